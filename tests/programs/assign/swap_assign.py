# Assignments of two or three values to as many targets swap the values on
# the stack instead of building and unpacking a tuple: same order of
# evaluation and stores as CPython.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
[p, q] = [q2 := 5, 6]
print(p, q, q2)
class O: pass
o = O(); l = [0, 0, 0]
o.a, l[1], o.b = l, 7, o
print(o.a, l, o.b is o)
def f():
    i, j = 0, 1
    for _ in range(10):
        i, j = j, i + j
    return i, j
print(f())
m, n = k = 3, 4
print(m, n, k)
def order():
    log = []
    def v(n): log.append(n); return n
    class T:
        def __setattr__(s, k, val): log.append(("set", k, val))
    t = T()
    t.a, t.b, t.c = v(1), v(2), v(3)
    return log
print(order())
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
