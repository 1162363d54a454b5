# throw() raises an exception at the point where the generator is paused
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
print(g.throw(ValueError("again")))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("generator is finished after unhandled throw")
def unstarted():
    print("never runs")
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(u))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_finally()
next(w)
try:
    w.throw(TypeError("stop"))
except TypeError as e:
    print("after cleanup:", e)
def returns_on_throw():
    try:
        yield 1
    except Exception:
        return "returned after throw"
r = returns_on_throw()
next(r)
try:
    r.throw(Exception)
except StopIteration as e:
    print("StopIteration", e.value)
def delegating():
    yield from resilient()
d = delegating()
next(d)
print(d.throw(ValueError("through yield from")))
def catch_type():
    try:
        yield
    except ZeroDivisionError as e:
        yield type(e).__name__ + " " + repr(e.args)
c = catch_type()
next(c)
print(c.throw(ZeroDivisionError))
