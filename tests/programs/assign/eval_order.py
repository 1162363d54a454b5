# Right-hand side is evaluated before targets; targets are assigned left to right
def v(tag, value):
    print("eval", tag)
    return value
class T:
    def __setitem__(self, key, value):
        print("setitem", key, value)
t = T()
t["a"], t["b"] = v("rhs1", 1), v("rhs2", 2)
v("obj", t)[v("key", "k")] = v("value", 3)
t["c"] = t["d"] = v("shared", 4)
v("o1", t)[v("k1", 1)], v("o2", t)[v("k2", 2)] = v("r", (10, 20))
d = {}
d[v("dk", "x")] = v("dv", 5)
print(d)
x = [0, 1, 2]
x[v("i", 0)], x[v("j", 1)] = x[v("j2", 1)], x[v("i2", 0)]
print(x)
print(v("left", 1) + v("right", 2) * v("third", 3))
print([v("l0", 0), v("l1", 1)], {v("k", "a"): v("val", 1)})
def f(a, b, c):
    return a, b, c
print(f(v("a", 1), c=v("c", 3), b=v("b", 2)))
y = v("a", 1) if v("cond", True) else v("b", 2)
z = v("x", 0) or v("y", 0) or v("z", "last")
print(y, z)
