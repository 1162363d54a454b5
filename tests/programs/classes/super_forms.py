# super() in its various forms
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def greet(self):
        return "Base greet"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
    @staticmethod
    def util():
        return "Base.util"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def greet(self):
        return "Child + " + super().greet()
    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()
    def explicit(self):
        return super(Child, self).greet()
    def util_via_super(self):
        return super().util()
c = Child(1, 2)
print(c.x, c.y, c.greet(), c.explicit())
print(Child.make(), c.util_via_super())
class GrandChild(Child):
    def greet(self):
        return "GrandChild + " + super().greet()
    def skip(self):
        return super(Child, self).greet()
g = GrandChild(3, 4)
print(g.greet())
print(g.skip())
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go(), B().go())
class Log:
    def __init__(self, **kw):
        print("Log init, leftover", kw)
class Named(Log):
    def __init__(self, name, **kw):
        self.name = name
        print("Named init", name)
        super().__init__(**kw)
class Aged(Log):
    def __init__(self, age, **kw):
        self.age = age
        print("Aged init", age)
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="Ann", age=30)
print(p.name, p.age, [k.__name__ for k in Person.__mro__])
class NoOverride(Base):
    pass
n = NoOverride(9)
print(n.greet())
class Outside(Base):
    pass
def outside_method(self):
    return super(Outside, self).greet() + " via explicit super outside class"
Outside.m = outside_method
print(Outside(0).m())
