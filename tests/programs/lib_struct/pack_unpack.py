# struct.pack/unpack over every format character, byte order and alignment.
import struct

print(struct.calcsize('bi'), struct.calcsize('ib'), struct.calcsize('b0i'), struct.calcsize('bP?e'))
print(struct.calcsize('<bi'), struct.calcsize('=q'), struct.calcsize('!Hd'), struct.calcsize('@hq'), struct.calcsize('3s2p'))
print(struct.calcsize('i i'), struct.calcsize(''), struct.calcsize('10x'), struct.calcsize(b'<4H'))

values = {'b': -5, 'B': 200, 'h': -1234, 'H': 54321, 'i': -123456, 'I': 3000000000, 'l': -2**30,
          'L': 2**31, 'q': -2**62, 'Q': 2**63 + 5, 'n': -7, 'N': 7, 'P': 4096, '?': True,
          'e': 1.5, 'f': -0.25, 'd': 1e100, 'c': b'z'}
for order in '@=<>!':
    for ch, v in values.items():
        if order != '@' and ch in 'nNP':
            continue
        fmt = order + ch
        data = struct.pack(fmt, v)
        print(fmt, data, struct.unpack(fmt, data))

print(struct.pack('@bhiq', 1, 2, 3, 4))
print(struct.pack('<bhiq', 1, 2, 3, 4))
print(struct.pack('>bhiq', 1, 2, 3, 4))
print(struct.unpack('@bhiq', struct.pack('@bhiq', -1, -2, -3, -4)))
print(struct.pack('2xi', 5), struct.pack('3x'), struct.pack('i0l', 1), struct.pack('<2h2H', 1, -1, 2, 3))

# strings
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('3s', bytearray(b'xyzw')))
print(struct.pack('5p', b'abcdefg'), struct.pack('2p', b'abc'), struct.pack('p', b'q'), struct.pack('0s', b'abc'))
print(struct.unpack('c3s3p', b'x' + b'abc' + b'\x05de'), struct.unpack('0s', b''))
print(struct.unpack('?2?', b'\x00\x02\xff'), struct.pack('?', []), struct.pack('?', 'a'), struct.pack('3?', 0, 1, 2))

# unsigned extremes and sign extension
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('>q', b'\xff' * 8), struct.unpack('<l', b'\xff\xff\xff\x7f'))
print(struct.unpack('P', struct.pack('P', 2**64 - 1)), struct.pack('P', -1))
print(struct.pack('<q', -2**63), struct.pack('>Q', 2**64 - 1), struct.unpack('<h', b'\x00\x80'))

# __index__ and floats
class Idx:
    def __index__(self):
        return 7
print(struct.pack('i', Idx()), struct.pack('d', Idx()), struct.pack('f', 3), struct.pack('<d', True))
print(struct.pack('>d', 1.5), struct.pack('!f', -2.5), struct.pack('=q', -2), struct.pack('<?', 5))
print(struct.pack('@f', 1e300), struct.unpack('<f', struct.pack('<f', 0.1)))
for x in [float('inf'), float('-inf'), -0.0, 5e-324]:
    print(x, struct.pack('<d', x), struct.pack('>f', x), struct.unpack('<e', struct.pack('<e', x)))
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0] != 0)

# Struct objects
s = struct.Struct('>hh')
print(s.size, s.format, s.unpack(b'\x00\x01\x00\x02'), s.pack(3, 4), type(s).__name__, type(s).__module__)
s = struct.Struct(format=b'<i')
print(s.format, s.size, s.unpack_from(b'..\x01\x00\x00\x00', 2), s.unpack_from(buffer=b'\x02\x00\x00\x00'))
s.__init__('2H')
print(s.format, s.size, s.pack(1, 2))
class MyStruct(struct.Struct):
    pass
m = MyStruct('b')
print(m.unpack(b'\x80'), isinstance(m, struct.Struct), m.size)
print(struct.Struct('i') == struct.Struct('i'), struct.Struct.__doc__)

# iter_unpack and pack_into
it = struct.iter_unpack('<h', b'abcdef')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
print(list(struct.iter_unpack('<BB', bytearray(b'\x01\x02\x03\x04'))))
ba = bytearray(10)
struct.pack_into('<i', ba, 2, 0x01020304)
struct.pack_into('>h', ba, -2, 5)
print(ba)
mv = memoryview(bytearray(6))
struct.pack_into('<hh', mv, 1, 1, -1)
print(mv.tobytes())
print(struct.unpack('<i', memoryview(b'\x01\x00\x00\x00')), struct.unpack('<H', bytearray(b'\xff\x00')))
print(struct.unpack_from('<h', b'abcdef', -4), struct.unpack_from('<h', b'abcdef', offset=1))
print(struct._clearcache(), sorted(struct.__all__))
