# Extended slices (step != 1) require exact length matches
a = list(range(10))
a[::2] = "abcde"
print(a)
a[1::2] = [10, 11, 12, 13, 14]
print(a)
a[::-1] = range(10)
print(a)
a[8:2:-2] = ["p", "q", "r"]
print(a)
a[::3] = [None] * 4
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:8:3] = "abcd"
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[::-1] = b
print(b)
c = [0, 1, 2, 3]
c[5:10:2] = []
print(c)
c[::-2] = "xy"
print(c)
d = list(range(6))
d[::1] = []
print(d)
e = list(range(7))
e[-1:-8:-3] = ["A", "B", "C"]
print(e)
del e[::2]
print(e)
f = list(range(10))
del f[::-3]
print(f)
del f[1:100:2]
print(f)
g = list(range(5))
g[10:0:-1] = "WXYZ"
print(g)
try:
    g[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(g[::0])
except ValueError as e:
    print(type(e).__name__, e)
h = list(range(8))
h[slice(1, None, 3)] = [-1, -2, -3]
print(h)
print(h[slice(None, None, -2)], h[slice(2, 6)])
