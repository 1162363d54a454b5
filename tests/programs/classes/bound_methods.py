# Bound methods carry their instance; functions on the class are plain functions
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + " greets " + other
a = Greeter("A")
b = Greeter("B")
ga = a.greet
print(ga("x"), Greeter.greet(b, "y"))
print(ga.__self__ is a, ga.__func__ is Greeter.greet, ga.__name__)
print(a.greet == a.greet, a.greet == b.greet)
methods = [a.greet, b.greet]
print([m("z") for m in methods])
a.name = "A2"
print(ga("later"))
print(list(map(a.greet, ["p", "q"])))
class Caller:
    def __init__(self, fn):
        self.fn = fn
    def run(self):
        return self.fn("stored")
print(Caller(b.greet).run())
class Store:
    def __init__(self):
        self.handler = self.default
    def default(self, v):
        return "default handled " + str(v)
s = Store()
print(s.handler(1))
class FuncAttr:
    pass
def plain(x):
    return "plain " + type(x).__name__
fa = FuncAttr()
fa.f = plain
print(fa.f(1))
FuncAttr.g = plain
print(fa.g())
items = []
add = items.append
add(1)
add(2)
print(items, add.__self__ is items, add.__name__)
up = "abc".upper
print(up(), type(up).__name__)
print(type(ga).__name__, type(Greeter.greet).__name__)
