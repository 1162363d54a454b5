# Tuple and list unpacking in assignments
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
g, h, i = "xyz"
print(g, h, i)
j, k = range(2)
print(j, k)
(l, m), n = (7, 8), 9
print(l, m, n)
p, (q, (r, s)) = 1, (2, (3, 4))
print(p, q, r, s)
x, = [42]
print(x)
[y] = "z"
print(y)
t = 1, 2, 3
print(t, type(t).__name__)
u, v = {"first": 1, "second": 2}
print(u, v)
w1, w2 = {10: "a", 20: "b"}.items()
print(w1, w2)
it = iter([100, 200])
o1, o2 = it
print(o1, o2)
def gen():
    yield "g1"
    yield "g2"
z1, z2 = gen()
print(z1, z2)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 99
print(i, lst)
lst2 = [1, 2, 3]
lst2[0], lst2[2] = lst2[2], lst2[0]
print(lst2)
class P:
    pass
obj = P()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
dd = {}
dd["x"], dd["y"] = 1, 2
print(dd)
() = []
[] = ()
print("empty unpack ok")
a = b = c = 0
a, b, c = c + 1, a + 2, b + 3
print(a, b, c)
