# struct.error and the other exceptions, with CPython's messages.
import struct

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
    else:
        print(f.__name__, args, '->', r)

print(struct.error, struct.error.__module__, struct.error.__mro__[1:])
for ch in 'bBhHiIlLqQnNP':
    for v in (-1, 2**70, -2**70, 256, 70000, 2**33, 1.5, '1', None):
        attempt(struct.pack, ch, v)
for order in '<>':
    for ch in 'bBhHiIlLqQ':
        for v in (-1, 2**70, 256, 70000, 2**33, 2**64):
            attempt(struct.pack, order + ch, v)
for fmt in ['@e', '<e', '@f', '<f', '>d']:
    for v in (1e300, 'x', 2**2000, 65520.0, 65519.0, 1e-8, -0.0):
        attempt(struct.pack, fmt, v)
attempt(struct.pack, 'c', b'ab')
attempt(struct.pack, 'c', 'a')
attempt(struct.pack, 'c', bytearray(b'a'))
attempt(struct.pack, 's', 'a')
attempt(struct.pack, 'p', 1)
attempt(struct.pack, 'i')
attempt(struct.pack, 'i', 1, 2)
attempt(struct.pack)
attempt(struct.pack, 'i', x=1)
for fmt in ['2', 'z', '3 i', '<P', '<n', '=N', '99999999999999999999i', '9223372036854775807i', '\0', 'i\0', 5, 'é']:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize)
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i', 5)
attempt(struct.unpack, 'i')
attempt(struct.unpack, '0p', b'')
attempt(struct.Struct, 5)
attempt(struct.Struct)
attempt(struct.Struct, 'i', 'x')
s = struct.Struct('i')
attempt(s.unpack)
attempt(s.iter_unpack)
attempt(s.pack, x=1)
attempt(s.unpack_from, b'abcd', 0, 1)
attempt(s.unpack_from)
ba = bytearray(10)
for off in (8, 7, -3, -11, 2**70, 'x'):
    attempt(struct.pack_into, 'i', ba, off, 1)
attempt(struct.pack_into, 'i', b'abcd', 0, 1)
attempt(struct.pack_into, 'i', ba)
attempt(struct.pack_into, 'i')
attempt(struct.pack_into, 'i', ba, 0)
attempt(struct.pack_into)
attempt(struct.unpack_from, 'i', b'abcdef', 3)
attempt(struct.unpack_from, 'i', b'abcdef', -7)
attempt(struct.iter_unpack, '', b'')
attempt(struct.iter_unpack, 'h', b'abc')
attempt(struct.iter_unpack, 'h')
print(isinstance(struct.error('x'), Exception))
