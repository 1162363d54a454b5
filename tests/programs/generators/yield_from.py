# yield from delegates to a sub-iterator and returns its return value
def sub(n):
    for i in range(n):
        yield i
    return "sub done " + str(n)
def delegator():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    return "all done"
g = delegator()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("final", e.value)
        break
print(out)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from [1, 2]
    yield from (3,)
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    r = yield from []
    yield r
print(list(from_iterables()))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
def wrapper():
    result = yield from echo()
    yield "echo returned " + str(result)
w = wrapper()
print(next(w), w.send("a"), w.send("b"), w.send(None))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1], "xy", range(3, 5))))
def inner_raises():
    yield 1
    raise ValueError("from inner")
def outer_catches():
    try:
        yield from inner_raises()
    except ValueError as e:
        yield "caught " + str(e)
print(list(outer_catches()))
def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    yield depth
    right = yield from tree(depth - 1)
    return left + right
g = tree(2)
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as e:
    print(vals, "leaves:", e.value)
