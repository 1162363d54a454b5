# Generator and yield-from corners: delegation of send/throw/close to sub-iterators that are not
# generators, return values, gi_yieldfrom, running-generator errors, finalization order, generator
# expressions' first iterable evaluated eagerly
import sys
class Sub:
    """An iterator with send/throw/close, as yield from delegates to it."""
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub done")
        return f"next{self.n}"
    def send(self, v):
        print("  Sub.send", v)
        return self.__next__()
    def throw(self, *a):
        print("  Sub.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        return "thrown-handled"
    def close(self):
        print("  Sub.close")
def delegate(it):
    r = yield from it
    print("  delegate got", repr(r))
    return r
g = delegate(Sub())
print(next(g), g.send("x"), g.throw(KeyError), g.gi_yieldfrom.__class__.__name__)
g.close()
class PlainIter:
    def __init__(self): self.i = iter([1, 2])
    def __iter__(self): return self
    def __next__(self): return next(self.i)
g = delegate(PlainIter())
print(next(g))
try:
    g.send("not None")
except AttributeError as e:
    print("AttributeError:", e)
g = delegate(PlainIter())
next(g)
try:
    g.throw(ValueError("into plain"))
except ValueError as e:
    print("ValueError:", e)
g = delegate(PlainIter())
next(g)
g.close()
print("closed plain")
try:
    list(delegate(5))
except TypeError as e:
    print("TypeError:", e)
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  inner GeneratorExit")
        raise
    finally:
        print("  inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")
g = outer()
next(g)
g.close()
def ret():
    yield 1
    return [1, 2]
def catch_ret():
    x = yield from ret()
    yield x
print(list(catch_ret()))
# StopIteration value carried by close() in 3.11? (close returns None)
def closing():
    try:
        yield
    except GeneratorExit:
        return "ignored return"
c = closing()
next(c)
print(c.close())
# running generator re-entry
def reenter():
    yield g2.send(None)
g2 = reenter()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
# throw with traceback and with type + value forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)
c = catcher()
next(c)
c.throw(KeyError)
c.throw(KeyError, "val")
c.throw(KeyError("inst"))
try:
    c.throw(KeyError("inst"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    c.throw(5)
except TypeError as e:
    print("TypeError:", e)
c.throw(ValueError, ValueError("already instance"))
try:
    c.throw(ValueError, 1, 2)
except TypeError as e:
    print("TypeError:", e)
# generator expressions evaluate their first iterable immediately
def src():
    print("  src evaluated")
    return [1, 2]
ge = (x for x in src())
print("genexp created")
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
ge = (y for x in [1] for y in 5)
try:
    next(ge)
except TypeError as e:
    print("TypeError:", e)
# gi_frame / gi_running / gi_code / gi_suspended-like state
def states():
    yield sys._getframe().f_code.co_name
s = states()
print(s.gi_running, s.gi_frame is not None, s.gi_code.co_name, next(s), s.gi_frame.f_lineno > 0)
for _ in s:
    pass
print(s.gi_frame, s.gi_yieldfrom)
# yield inside try/finally with return in finally swallowing exceptions
def finally_return():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"
print(list(finally_return()))
# send() to a just-started generator with non-None
def g3():
    x = yield
    yield x
gg = g3()
try:
    gg.send(5)
except TypeError as e:
    print("TypeError:", e)
# generator that raises StopIteration explicitly inside yield from
def subgen_stop():
    yield 1
    raise StopIteration("manual")
def wrapper():
    yield from subgen_stop()
try:
    list(wrapper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
# exhausted generators keep raising StopIteration without value
def one():
    yield 1
    return "v"
o = one()
next(o)
for _ in range(2):
    try:
        next(o)
    except StopIteration as e:
        print("StopIteration", repr(e.value))
