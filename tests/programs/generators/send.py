# send() passes values into a suspended generator
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)
e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("two"))
print(next(e))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 0]])
def two_way():
    x = yield 1
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    return x + y
t = two_way()
print(next(t))
print(t.send(5))
try:
    t.send(7)
except StopIteration as stop:
    print("stop value", stop.value)
try:
    t.send(1)
except StopIteration as stop:
    print("exhausted send:", stop.value, stop.args)
def coroutine_log():
    log = []
    try:
        while True:
            item = yield
            log.append(item)
    finally:
        print("log was", log)
c = coroutine_log()
next(c)
c.send("a")
c.send("b")
c.close()
print("closed")
