# A generator's return value travels in StopIteration.value
def g(ret):
    yield "only"
    return ret
for ret in [None, 0, "text", (1, 2), [3]]:
    it = g(ret)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(ret), "->", repr(e.value), e.args)
def immediate():
    return "no yields executed"
    yield
it = immediate()
try:
    next(it)
except StopIteration as e:
    print(e.value)
print(list(g("ignored by list")))
def outer():
    v = yield from g("inner value")
    yield "outer saw " + repr(v)
print(list(outer()))
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("custom value")
        self.n -= 1
        return self.n
def delegate_to_iterator():
    r = yield from Counter(2)
    yield "iterator returned " + repr(r)
print(list(delegate_to_iterator()))
def leaks_stop():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def next_inside():
    it = iter([])
    yield next(it)
try:
    print(list(next_inside()))
except RuntimeError as e:
    print(type(e).__name__, e)
e = StopIteration(1, 2)
print(e.value, e.args)
print(StopIteration().value, StopIteration("x").value)
