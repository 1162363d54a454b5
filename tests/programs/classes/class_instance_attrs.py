# Class attributes versus instance attributes and lookup order
class Config:
    debug = False
    level = 1
    def enable(self):
        self.debug = True
a = Config()
b = Config()
print(a.debug, b.debug, Config.debug)
a.enable()
print(a.debug, b.debug, Config.debug)
print(a.__dict__, b.__dict__)
Config.level = 5
print(a.level, b.level)
b.level = 9
Config.level = 7
print(a.level, b.level, Config.level)
del b.level
print(b.level)
class Counted:
    count = 0
    def __init__(self):
        Counted.count += 1
        self.id = Counted.count
objs = [Counted() for _ in range(3)]
print([o.id for o in objs], Counted.count, objs[0].count)
class Wrong:
    count = 0
    def __init__(self):
        self.count += 1
w1 = Wrong()
w2 = Wrong()
print(w1.count, w2.count, Wrong.count)
class WithMethodAttr:
    def greet(self):
        return "class method"
o = WithMethodAttr()
o.greet = lambda: "instance attribute wins"
print(o.greet(), WithMethodAttr().greet())
del o.greet
print(o.greet())
print("debug" in Config.__dict__, "enable" in Config.__dict__, "debug" in vars(a))
print(getattr(Config, "level"), getattr(a, "level"))
setattr(Config, "added", [1])
print(a.added, b.added is a.added)
class Base:
    x = "base"
class Sub(Base):
    pass
s = Sub()
print(s.x)
Sub.x = "sub"
print(s.x, Base.x)
del Sub.x
print(s.x)
