# sys.exc_info() inside and outside handlers
import sys
print(sys.exc_info())
try:
    raise ValueError("inspect me")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(v).__name__, tb is not None, v.__traceback__ is tb)
    print(repr(sys.exception()), sys.exception() is v)
print(sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    raise KeyError("k")
except KeyError:
    print("visible in called function:", inner().__name__)
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise IndexError("inner")
    except IndexError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after all:", sys.exc_info()[0])
try:
    raise OSError("in try")
except OSError:
    pass
finally:
    print("in finally after handled:", sys.exc_info()[0])
try:
    try:
        raise RuntimeError("pending")
    finally:
        print("in finally while propagating:", sys.exc_info()[0].__name__)
except RuntimeError:
    pass
def gen():
    try:
        raise ValueError("gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
print("between yields outside:", sys.exc_info()[0])
print(next(g))
e = None
try:
    1 / 0
except ZeroDivisionError as exc:
    e = exc
print(type(e).__name__, e.__traceback__ is not None, type(e.__traceback__).__name__)
