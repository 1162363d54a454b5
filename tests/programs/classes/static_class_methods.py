# staticmethod and classmethod
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def how_many(cls):
        return cls.__name__ + " count " + str(cls.count)
    @staticmethod
    def is_valid_topping(t):
        return t not in ("pineapple",)
    def check(self):
        return [self.is_valid_topping(t) for t in self.toppings]
p = Pizza.margherita()
print(p.toppings, type(p).__name__)
print(Pizza.how_many(), p.how_many())
print(Pizza.is_valid_topping("ham"), p.is_valid_topping("pineapple"))
print(Pizza(["ham", "pineapple"]).check())
class Special(Pizza):
    pass
s = Special.margherita()
print(type(s).__name__, Special.how_many(), Pizza.how_many())
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
Registry.register(1).register(2)
print(Registry.items)
class Math:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def fact(n):
        return 1 if n <= 1 else n * Math.fact(n - 1)
print(Math.add(2, 3), Math().add(4, 5), Math.fact(10))
f = Math.add
print(f(1, 1), type(Math.__dict__["add"]).__name__, type(Pizza.__dict__["how_many"]).__name__)
cm = Pizza.how_many
print(cm.__self__ is Pizza, cm())
class Factory:
    def __init__(self, value):
        self.value = value
    @classmethod
    def from_string(cls, s):
        return cls(int(s))
    @classmethod
    def from_pair(cls, a, b):
        return cls.from_string(str(a) + str(b))
print(Factory.from_pair(1, 2).value, Factory.from_string("77").value)
class Temp:
    def plain():
        return "called through the class"
print(Temp.plain())
try:
    Temp().plain()
except TypeError as e:
    print(type(e).__name__, e)
sm = staticmethod(lambda: "wrapped lambda")
class Holder:
    run = sm
print(Holder.run(), Holder().run())
