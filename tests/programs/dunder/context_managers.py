# __enter__ / __exit__ and the with statement
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return "value of " + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body got", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer"), CM("inner") as iv:
    print("nested body", iv)
with CM("x") as a, CM("y", suppress=True) as b:
    print(a, "|", b)
    raise RuntimeError("only y suppresses")
print("continues")
def returns_inside():
    with CM("r"):
        return "returned from with"
print(returns_inside())
for i in range(3):
    with CM("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "truthy string suppresses"
with TruthyExit() as t:
    1 / 0
print("suppressed by truthy", type(t).__name__)
class ExitRaises:
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with ExitRaises() as nothing:
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
print(nothing)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
