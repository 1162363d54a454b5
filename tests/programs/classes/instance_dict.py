# Instance __dict__ and vars(): insertion ordered, live view of attributes
class P:
    cls_attr = "shared"
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = P(1, 2)
print(p.__dict__, vars(p))
p.c = 3
print(p.__dict__)
p.a = "changed"
print(p.__dict__)
del p.b
print(p.__dict__, list(p.__dict__))
p.b = "re-added"
print(p.__dict__)
d = p.__dict__
d["z"] = "via dict"
print(p.z, d is p.__dict__)
print("cls_attr" in p.__dict__, "cls_attr" in P.__dict__, p.cls_attr)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
q = P(0, 0)
q.__dict__.update({"x": 1, "y": 2})
print(q.x + q.y, vars(q))
q.__dict__.clear()
print(vars(q))
try:
    q.a
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(e.__dict__, len(vars(e)))
for i in range(3):
    setattr(e, "attr" + str(i), i * i)
print(vars(e))
print([(k, v) for k, v in vars(e).items() if v])
try:
    vars(5)
except TypeError as err:
    print(type(err).__name__, err)
def f():
    pass
f.x = 1
print(f.__dict__)
