# Generator methods in classes, and __iter__ written as a generator
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
            return
        for c in self.children:
            yield from c.leaves()
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
print(list(t))
print(list(t.depth_first()))
print(list(t.leaves()))
print("a2" in t, "zz" in t, len(list(t)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    @staticmethod
    def evens(limit):
        return (x for x in range(limit) if x % 2 == 0)
    @classmethod
    def build_all(cls, sizes):
        for s in sizes:
            yield cls(s)
r = Range2(4)
print(list(r), list(r), sum(r))
print(list(Range2.evens(9)))
print([list(x) for x in Range2.build_all([1, 2, 3])])
it = iter(r)
print(next(it), next(it), type(it).__name__)
class Lines:
    def __init__(self, text):
        self.text = text
    def words(self):
        for line in self.text.split("\n"):
            for w in line.split():
                yield w.strip(".,")
doc = Lines("Hello, world.\nThe quick fox\n\nends.")
print(list(doc.words()))
print(sorted(doc.words(), key=len))
