# Chained assignment: one value bound to several targets, left to right
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
lst2 = [0, 0, 0, 0]
j = 1
lst2[j] = j = 3
print(lst2, j)
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append((k, v))
r = Rec()
r["first"] = r["second"] = "val"
print(log)
p, q = m, n = 1, 2
print(p, q, m, n)
t = u, v = (7, 8)
print(t, u, v)
d = {}
d["a"] = d["b"] = d
print(sorted(d), d["a"] is d)
s1 = s2 = "text"
s1 += "!"
print(s1, s2)
n1 = n2 = 10
n1 += 1
print(n1, n2)
k = k2 = k3 = None
print(k, k2, k3)
def f():
    print("called f")
    return [0, 0]
z1 = z2 = f()
z1[0] = "changed"
print(z2)
e = [0, 0]
e[0] = e[1] = e
print(len(e), e[0] is e, e)
