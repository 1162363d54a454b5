# A class body runs once, top to bottom, when the class statement executes
print("before class")
class Demo:
    print("class body starts")
    x = 1
    y = x + 1
    def method(self):
        return "method"
    print("defined method; x, y =", x, y)
    if y > 1:
        def conditional(self):
            return "conditional method exists"
    else:
        def other(self):
            return "never"
    for i in range(3):
        pass
    squares = [0, 1, 4]
    del i
    print("class body ends")
print("after class")
print(Demo.x, Demo.y, Demo().conditional(), hasattr(Demo, "other"), hasattr(Demo, "i"))
print(sorted(k for k in vars(Demo) if not k.startswith("__")))
def make_class(n):
    class Made:
        value = n
        def get(self):
            return self.value * 2
    return Made
C1 = make_class(1)
C2 = make_class(5)
print(C1().get(), C2().get(), C1 is C2, C1.__name__ == C2.__name__)
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make_inner(self):
        return self.Inner()
    def make_inner2(self):
        return Outer.Inner()
print(Outer().make_inner().hello(), type(Outer().make_inner2()).__qualname__)
try:
    class Broken:
        def method(self):
            return Inner
        class Inner:
            pass
    Broken().method()
except NameError as e:
    print(type(e).__name__, e)
class WithReturnValue:
    result = sum(range(10))
    label = "sum is " + str(result)
print(WithReturnValue.label)
class Later:
    pass
Later.added_method = lambda self: "added after creation"
print(Later().added_method())
def free_function(self, x):
    return "free " + str(x)
Later.free = free_function
print(Later().free(3))
