# arrays as buffers: bytes(), memoryview, struct, bytes methods, pickling, copying.
import copy
import struct
from array import array as A, _array_reconstructor

d = A('d', [1.5])
print(bytes(d), bytearray(A('h', [1])), b''.join([A('b', [65, 66]), b'C']))
print(b'x' + A('B', [121]), bytearray(b'ab') == A('B', [97, 98]), b'ab' == A('B', [97, 98]))
m = memoryview(A('i', [1, 2, 3]))
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m[::2].tolist(), m.readonly)
arr = A('h', [1, 2, 3])
mv = memoryview(arr)
mv[0] = -7
print(arr, mv.obj is arr)
print(struct.unpack('<3h', arr), struct.unpack_from('<h', arr, 2))
buf = A('b', [0] * 4)
struct.pack_into('<i', buf, 0, 0x01020304)
print(buf)
print(A('B', b'abc').tobytes().decode(), int.from_bytes(A('B', [1, 2]), 'big'))

a = A('i', [1, 2, 3])
print(copy.copy(a), copy.deepcopy(a), a.__copy__() is not a)
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(3)[1:])
for c in 'bBuhHiIlLqQfd':
    x = A(c, 'ab' if c == 'u' else [1, 2])
    f, state, d = x.__reduce_ex__(3)
    print(c, state[2], f(*state), d)
print(_array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x01'))
print(_array_reconstructor(A, 'd', 15, b'\x3f\x80\x00\x00'))
print(_array_reconstructor(A, 'i', 12, b'\x01' + b'\x00' * 7))
print(_array_reconstructor(A, 'b', 3, b'\x01\x00'))
for args in [(1, 'i', 8, b''), (A, 1, 8, b''), (A, 'x', 8, b''), (A, 'i', 99, b''), (A, 'i', 8, ''),
             (A, 'i', 8, b'\x00'), (A, 'i', 12, b'\x00')]:
    try:
        print(_array_reconstructor(*args))
    except Exception as e:
        print(type(e).__name__, e)
