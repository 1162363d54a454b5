# Basic generator functions and lazy execution
def simple():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("end")
g = simple()
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(list(simple()))
for v in simple():
    print("loop got", v)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), list(countdown(0)))
def yields_none():
    yield
    yield
print(list(yields_none()))
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(sum(evens(10)), max(evens(10)), list(evens(1)))
def multi_yield():
    yield "a"
    yield from "bc"
    for x in (1, 2):
        yield x
    yield [3]
print(list(multi_yield()))
def gen_with_state():
    total = 0
    for i in range(1, 5):
        total += i
        yield total
print(list(gen_with_state()))
g1 = countdown(3)
g2 = countdown(3)
print(next(g1), next(g1), next(g2), next(g1), next(g2))
print(next(countdown(0), "default"), next(iter([]), None))
print(sorted(countdown(4)), tuple(countdown(2)), "-".join(str(x) for x in countdown(3)))
print(3 in countdown(5), 9 in countdown(5))
a, b, c = countdown(3)
print(a, b, c)
