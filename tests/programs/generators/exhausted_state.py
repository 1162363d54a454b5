# Generators stay exhausted; iterating again yields nothing
def three():
    yield 1
    yield 2
    yield 3
g = three()
print(list(g), list(g), sum(g))
g = three()
for x in g:
    if x == 2:
        break
print("resume after break:", list(g))
g = three()
print(next(g), list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration again", e.value)
g = three()
print(iter(g) is g, g.__iter__() is g)
def restartable():
    return three()
print(list(restartable()), list(restartable()))
class Reusable:
    def __iter__(self):
        yield "a"
        yield "b"
r = Reusable()
print(list(r), list(r))
def failing():
    yield 1
    raise ValueError("fail")
f = failing()
print(next(f))
try:
    next(f)
except ValueError as e:
    print(type(e).__name__, e)
print(next(f, "done after failure"))
zipped = zip(three(), "ab")
print(list(zipped), list(zipped))
m = map(str, three())
print(next(m), list(m), list(m))
it = iter([1, 2])
print(list(it), list(it))
def gen_name():
    yield
print(gen_name.__name__, gen_name().__name__, gen_name().__qualname__)
print(type(three()).__name__)
