# Objects with only __getitem__ are iterable: iteration stops at IndexError
class Squares:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 4:
            raise IndexError("end")
        return i * i
print(list(Squares()))
for v in Squares():
    if v > 1:
        break
print("broke at", v)
print(4 in Squares())
print(5 in Squares())
a, b, c, d = Squares()
print(a, b, c, d)
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
print(list(Letters("abc")), "".join(Letters("xyz")), sorted(Letters("cab")))
print(list(enumerate(Letters("hi"))), max(Letters("hello")))
it = iter(Letters("pq"))
print(next(it), next(it), next(it, "exhausted"), type(it).__name__)
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class WithLen:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(list(reversed(WithLen([1, 2, 3]))))
try:
    reversed(Letters("ab"))
except TypeError as e:
    print(type(e).__name__, e)
class IterWins:
    def __iter__(self):
        return iter(["from __iter__"])
    def __getitem__(self, i):
        return "from __getitem__"
print(list(IterWins()), IterWins()[0])
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
