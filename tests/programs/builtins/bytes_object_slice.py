print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes('héllo', 'utf-8'), bytes(b'x'))
print(bytes('abc', encoding='ascii'), bytes(bytearray(b'ba')), bytes((0, 255)))
for bad in [[256], [-1], ['a']]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('é', 'ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes(1.5)
except TypeError as e:
    print(type(e).__name__, e)
b = b'hello'
print(b[0], b[-1], b[1:3], b[::-1], len(b), b'll' in b, 104 in b, b.upper(), b + b'!', b * 2)
print(list(b), b.decode(), b.hex(), bytes.fromhex('68 69'), b.split(b'l'), b.find(b'l'))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 10), slice(1, 10, 2), slice(None, None, -1))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
lst = list(range(10))
print(lst[slice(2, 8, 3)], lst[slice(None)], 'abcdef'[slice(-2, None)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice('a', 'b', 'c'))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[slice(1, 2, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst['a':]
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
c = a
print(id(a) == id(c), id(a) == id([1, 2]), id(None) == id(None), a is c)
x = 'interned'
print(id(x) == id(x), type(id(a)).__name__)
