# Single inheritance, overriding and extending methods
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " the " + self.kind + " says " + self.speak()
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
class Cat(Animal):
    kind = "cat"
    def __init__(self, name, indoor=True):
        Animal.__init__(self, name)
        self.indoor = indoor
    def speak(self):
        return "Meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit"), Cat("Tom", False)]:
    print(a.describe())
c = Cat("Kit")
print(c.name, c.indoor, c.__dict__)
print(isinstance(Puppy("p"), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print([k.__name__ for k in Puppy.__mro__])
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def report(self):
        return type(self).__name__ + " area " + str(self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).report())
try:
    Shape().report()
except NotImplementedError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return "A.who"
    def call_who(self):
        return self.who()
class B(A):
    def who(self):
        return "B.who"
print(A().call_who(), B().call_who())
class Empty(A):
    pass
print(Empty().who(), Empty.who is A.who)
print(issubclass(bool, int), issubclass(int, object), isinstance(None, object), object.__bases__)
