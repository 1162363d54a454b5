# Half-precision ('e') rounding exactly as PyFloat_Pack2: round half to even,
# gradual underflow, overflow at 65520.
import struct

tiny = 2.0 ** -24
cases = [1/3, 0.1, tiny, tiny / 2, tiny / 2 * 1.0001, tiny * 1.5, tiny * 2.5, 65504.0, 65505.0,
         65519.99, 1.0009765625, 1.00048828125, 1.00146484375, 2.0 ** -14, 2.0 ** -14 * (1 - 2 ** -11),
         6.1e-05, 1e-7, -1e-7, 3.14159, -2.5, 1000.3, 2048.5, 2049.0, 4097.0]
for x in cases:
    b = struct.pack('<e', x)
    print(repr(x), b, struct.pack('>e', x), struct.unpack('<e', b)[0])
for bits in range(0, 0x10000, 0x0777):
    v = struct.unpack('<e', struct.pack('<H', bits))[0]
    print(hex(bits), v)
for x in [65520.0, 1e6, -65520.0]:
    try:
        struct.pack('e', x)
    except OverflowError as e:
        print(x, 'OverflowError', e)
print(struct.pack('<e', float('inf')), struct.pack('<e', float('-inf')), struct.pack('<e', float('nan')),
      struct.pack('<e', -float('nan')))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x7c'))
