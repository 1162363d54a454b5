# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10])), sorted([3, 1, 2], key=Adder(-1)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls, c())
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __call__(self, part):
        return Chain(self.path + "/" + part)
print(Chain()("usr")("local")("bin").path)
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.history = []
    def __call__(self, *args):
        self.history.append(args)
        return self.fn(*args)
@Deco
def mul(a, b):
    return a * b
print(mul(2, 3), mul(4, 5), mul.history)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance attribute is ignored"
try:
    ca()
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __call__(self):
        return "Base called on " + type(self).__name__
class Sub(Base):
    pass
print(Sub()(), callable(Sub()))
class ReturnsSelf:
    def __call__(self):
        return self
rs = ReturnsSelf()
print(rs()()() is rs)
class ArgErrors:
    def __call__(self, a):
        return a
try:
    ArgErrors()()
except TypeError as e:
    print(type(e).__name__, e)
