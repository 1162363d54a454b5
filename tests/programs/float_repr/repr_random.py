# repr/str of floats built from exact bit patterns (shortest round-trip digits, halves to even).
hexes = ['0x1.0000000000000p+0', '0x1.1ccccccccccccp+49', '0x1.c6bf52634000cp+49', '0x1.fffffffffffffp+1023', '0x0.0000000000001p-1022',
         '0x1.0000000000001p-1022', '0x1.999999999999ap-4', '0x1.47ae147ae147bp-7', '0x1.c71c71c71c71cp-1', '0x1.5555555555555p-2',
         '0x1.6345785d8a000p+59', '0x1.1c37937e08000p+56', '0x1.8e1bc9bf04000p+52', '0x1.2a05f20000000p+33', '0x1.4f8b588e368f1p-17',
         '0x1.0c6f7a0b5ed8dp-20', '0x1.d6329f1c35ca5p+63', '0x1.ed09bead87c03p+66', '0x1.3426172c74d82p+69', '0x1.fp-1070']
vals = [float.fromhex(h) for h in hexes]
seed = 12345
for i in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    bits = seed
    exp = (bits >> 52) & 0x7ff
    if exp == 0x7ff:
        continue
    sign = '-' if bits >> 63 else ''
    mant = bits & ((1 << 52) - 1)
    if exp == 0:
        vals.append(float.fromhex(f'{sign}0x0.{mant:013x}p-1022'))
    else:
        vals.append(float.fromhex(f'{sign}0x1.{mant:013x}p{exp - 1023}'))
for v in vals:
    print(repr(v), str(v), f'{v!r:>25}', '%r' % v, v == float(repr(v)))
