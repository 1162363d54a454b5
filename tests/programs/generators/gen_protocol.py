# Generator protocol: send, throw, close, yield from delegation of all three
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append("caught " + str(e))
                yield "handled"
    finally:
        print("echo finally", received)

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print("closed; send after close:")
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.args)

def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught KeyError", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer done"

o = outer()
print(next(o), o.send("s1"), o.send("s2"))
print(next(o, "exhausted"))
o = outer()
next(o)
print(o.throw(KeyError("k")))
print(next(o))
o = outer()
next(o)
o.close()
print("closed delegating generator")

# throw an exception the subgenerator does not handle: propagates out
o = outer()
next(o)
try:
    o.throw(IndexError("unhandled"))
except IndexError as e:
    print("propagated", e)
print(next(o, "dead"))

# yield from an iterator without throw/close
def from_list():
    yield from [1, 2, 3]
fl = from_list()
print(next(fl))
try:
    fl.throw(RuntimeError("no throw method"))
except RuntimeError as e:
    print("raised at yield from:", e)

# close() when generator yields in finally -> RuntimeError
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

# GeneratorExit caught and converted to return
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return
p = polite()
next(p)
p.close()
print("polite closed")

# throw with a class, class and value
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
c = catcher()
next(c)
c.throw(ValueError)
c.throw(ValueError("v"))
c.throw(TypeError, TypeError("t"))

# generator running re-entrancy
def reenter():
    yield me.send(None)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# just-started generator send non-None
def simple():
    yield 1
try:
    simple().send(5)
except TypeError as e:
    print("TypeError", e)

# return value through StopIteration in send
def returner():
    yield 1
    return 42
r = returner()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print("value", e.value)

# yield expression values
def collect():
    items = []
    while True:
        item = yield
        if item is None:
            return items
        items.append(item * 2)
def drive():
    result = yield from collect()
    yield result
d = drive()
next(d)
for v in [1, 2, 3]:
    d.send(v)
print(d.send(None))

# StopIteration raised inside generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# gi_running, gi_yieldfrom
def watcher():
    yield w.gi_running
w = watcher()
print(w.gi_running, next(w), w.gi_running)
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
o.close()
print("end")
