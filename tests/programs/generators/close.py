# close() raises GeneratorExit inside the generator; finally blocks run
def gen():
    try:
        print("started")
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally runs")
g = gen()
print(next(g))
g.close()
print("after close")
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
g.close()
print("closing twice is fine")
u = gen()
u.close()
print("closing an unstarted generator runs nothing")
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowing and returning")
        return
s = swallow()
next(s)
s.close()
print("closed cleanly")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse to close"
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def finished():
    yield 1
f = finished()
print(list(f))
f.close()
print("closing finished generator is fine")
def loop_cleanup():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("loop_cleanup finally at", i)
lc = loop_cleanup()
for v in lc:
    if v == 2:
        break
print("after break")
lc.close()
print("after explicit close")
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def raise_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
r = raise_other()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e)
