# Slice assignment can grow, shrink, insert and clear lists
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = ["front"]
print(a)
a[len(a):] = ["back1", "back2"]
print(a)
a[2:2] = "ins"
print(a)
a[-2:] = (7,)
print(a)
a[100:200] = [100]
print(a)
a[-100:1] = ["low"]
print(a)
a[5:2] = ["odd"]
print(a)
a[:] = range(3)
print(a)
b = a
a[:] = []
print(a, b, a is b)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [1, 2, 3, 4]
d[::1] = [9]
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[0:1] = None
except TypeError as e:
    print(type(e).__name__, e)
e = [0, 1, 2, 3, 4, 5, 6, 7]
e[1:7][0] = "copy only"
print(e)
e[-3:-1] = ["a", "b", "c", "d"]
print(e)
e[3:-3] = []
print(e)
f = list("hello")
f[1:4] = "EY"
print("".join(f))
g = [1, 2, 3]
g[1:] = {"k": 1}
print(g)
ba = bytearray(b"hello")
ba[1:3] = b"EEEE"
print(ba)
