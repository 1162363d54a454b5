# with statements and exception chaining (raise from, implicit context)
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit:
            raise RuntimeError("exit failed in " + self.name)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
    print("inner suppressed it")
except KeyError:
    print("not reached")
try:
    with CM("f", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
try:
    with CM("x"):
        raise TypeError("passes through")
except TypeError as e:
    print("caught", e)

# __enter__ failure: __exit__ is not called
class BadEnter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with BadEnter():
        pass
except OSError as e:
    print("OSError", e)

# objects without the protocol
for obj in [object(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)

# exit returning a truthy non-bool suppresses
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy suppressed")

# raise from
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("from class") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError", e)

# implicit chaining through several levels
def level3():
    raise KeyError("l3")
def level2():
    try:
        level3()
    except KeyError:
        raise IndexError("l2")
def level1():
    try:
        level2()
    except IndexError:
        raise ValueError("l1")
try:
    level1()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

# context is not set to itself; re-raising keeps the original context
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
        raise err
except KeyError as e:
    print(repr(e.__context__))

# exception attributes and args
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
e = MyErr(404, "not found")
print(e.args, e.code, str(e), repr(e))
class WithStr(Exception):
    def __str__(self): return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)))
print(KeyError("k"), repr(KeyError("k")), str(KeyError()), IndexError("i"))

# with_traceback and __traceback__
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, e.with_traceback(None) is e, e.__traceback__)

