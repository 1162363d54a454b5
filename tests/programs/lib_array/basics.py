# array: construction, typecodes, indexing, slicing, methods, repr.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
print([A(c).itemsize for c in array.typecodes])
print(A('i', [1, 2, 3]), A('u', 'hi'), A('d'), A('f', [0.1]), A('B', b''), str(A('b', [1])))
print(A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), A('i', (1, 2)), A('i', range(3)), A('d', A('i', [1, 2])))
print(A('b', bytearray(b'\x80\x7f')), A('H', iter([1, 2])), A('q', [2**62, -2**63]), A('Q', [2**64 - 1]))
print(A('f', [1e300]), A('d', [1e300]), A('l', [True, False]), A('B', [200]).typecode)

a = A('i', [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:4], a[::-2], a[2:1], a[-2:], a[100:], len(a), a.itemsize, a.typecode)
print(2 in a, 99 in a, 2.0 in a, list(reversed(a)), bool(A('i')), bool(a))
b = A('i', [1, 2, 3])
b[1:2] = A('i', [7, 8, 9])
print(b)
b[::-1] = A('i', [1, 2, 3, 4, 5])
print(b)
b[0] = -1
b[-1] = 42
del b[1]
print(b)
del b[::2]
print(b)
b[1:1] = A('i', [5, 6])
del b[:]
print(b, len(b))

c = A('h', [3, 1, 2])
c.append(9)
c.extend([4, 5])
c.extend(A('h', [6]))
c.insert(0, 100)
c.insert(-100, -1)
c.insert(100, 77)
print(c, c.pop(), c.pop(0), c.pop(-2), c)
c.remove(9)
print(c, c.index(2), c.index(6, -3), c.count(1), c.count('x'))
c.reverse()
print(c)
c.fromlist([10, 11])
c.frombytes(b'\x01\x00')
print(c, c.tolist(), c.tobytes())
s = A('h', [1, 256])
s.byteswap()
print(s, s.tobytes())
u = A('u', 'ab')
u.fromunicode('cd')
u.append('e')
print(u, u.tounicode(), u.tolist(), u.itemsize)
addr, n = A('i', [1, 2, 3]).buffer_info()
print(type(addr).__name__, n)

x = A('h', [1, 2])
y = x
x += A('h', [3])
x *= 2
print(x, y is x, x * -1, 0 * x, x * 2, 2 * A('b', [1]), x + A('h', [0]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]), A('i', [1]) == [1])
print(A('b') < A('b', [0]), A('b', [1, 2]) >= A('b', [1]), A('b', [1]) != A('b', [1, 0]))
print(A('d', [float('nan')]) == A('d', [float('nan')]))
it = iter(A('b', [1, 2]))
print(type(it).__name__, next(it), list(it))
m = A('b', [1, 2, 3])
for v in m:
    if v == 1:
        m.append(4)
print(m)

class Sub(A):
    pass
sub = Sub('i', [1, 2])
print(sub, type(sub[:]).__name__, type(sub + sub).__name__, isinstance(sub, A))
