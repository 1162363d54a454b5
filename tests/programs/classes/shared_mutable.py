# Mutable class attributes are shared by all instances
class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, person):
        self.members.append(person)
a = Team("a")
b = Team("b")
a.join("ann")
b.join("bob")
print(a.members, b.members, Team.members, a.members is b.members)
class FixedTeam:
    def __init__(self, name):
        self.name = name
        self.members = []
    def join(self, person):
        self.members.append(person)
x = FixedTeam("x")
y = FixedTeam("y")
x.join("xena")
print(x.members, y.members)
class Tags:
    tags = {"default": True}
t1 = Tags()
t2 = Tags()
t1.tags["t1"] = 1
print(t2.tags)
t1.tags = {"own": True}
t1.tags["more"] = 2
print(t1.tags, t2.tags, Tags.tags)
class Registry:
    instances = []
    def __init__(self, v):
        self.v = v
        Registry.instances.append(self)
for i in range(3):
    Registry(i * 10)
print([r.v for r in Registry.instances])
class Sub(Registry):
    pass
Sub(99)
print([r.v for r in Registry.instances], Sub.instances is Registry.instances)
class Matrix:
    row = [0, 0]
    rows = [row, row]
m = Matrix()
m.rows[0][0] = 1
print(Matrix.rows)
class Counter:
    total = 0
    def add(self):
        self.total = self.total + 1
c1, c2 = Counter(), Counter()
c1.add(); c1.add(); c2.add()
print(c1.total, c2.total, Counter.total)
