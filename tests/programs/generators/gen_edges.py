# Generator edge cases: unstarted throw/close, names, yield from results, exc state
# generator edge cases
def g():
    x = yield
    print("got", x)
    yield x * 2
it = g()
print(next(it), it.send(21))
# generator expression scoping / laziness errors
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, type(ge).__name__)
print(list(ge), list(ge))
def named(): yield
print(named().__name__, named().__qualname__)
n = named(); n.__name__ = "renamed"; print(n.__name__)
# yield inside try/finally with return
def tf():
    try:
        yield 1
        return 2
    finally:
        print("tf finally")
t = tf()
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("stop", e.value)
# close on exhausted / unstarted
def un():
    print("started")
    yield
u = un(); u.close(); print("closed unstarted")
try:
    next(u)
except StopIteration:
    print("stop after close")
# throw into unstarted generator
def ts():
    try:
        yield 1
    except ValueError:
        yield "caught"
t2 = ts()
try:
    t2.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw propagates:", e)
# yield from with return value and exceptions from sub
def sub():
    yield 1
    raise KeyError("sub failed")
def deleg():
    try:
        yield from sub()
    except KeyError as e:
        yield f"delegator caught {e}"
print(list(deleg()))
# generator that yields in except handler restores exc context
def ctx():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
import sys
print(list(ctx()))
# infinite generator with islice-like manual
def count(n=0):
    while True:
        yield n
        n += 1
c = count()
print([next(c) for _ in range(5)])
# send() return values through yield from chain
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
def wrap():
    r = yield from acc()
    return r
w = wrap(); next(w)
for v in (1, 2, 3): print(w.send(v))
try:
    w.send(None)
except StopIteration as e:
    print("final", e.value)
# generator in class body comprehension
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
# recursion in generators
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree
print(list(walk([1, [2, [3, [4, [5]]]]])))
# gi_frame none when done
def one(): yield 1
o = one(); list(o); print(o.gi_frame)
print(o.gi_code.co_name)
