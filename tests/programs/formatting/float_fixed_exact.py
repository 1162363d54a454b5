# Fixed-point formatting (%.Nf, format(x, ".Nf"), str.format) of values under
# 2**53 with up to 15 digits takes an exact integer path: ties round half to
# even on the exact binary value, negative values keep their sign (-0.00),
# subnormals and the 2**53 edge; larger precisions and values take the
# general path. A checksum of every string, then a few shown.
import random, struct
r = random.Random(5)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-300, 5e-324, -5e-324, 2.675, 1.005, 9007199254740991.0, 9007199254740992.0,
        4503599627370495.5, 0.045, 1/3, -1/3, 123456.789, 1e15, 1e16, 0.05, 0.005, 0.0005, 99.995, -0.001, 1e-10]
for i in range(600):
    vals.append(i * 1.25); vals.append(i / 3.0); vals.append(r.uniform(-1e6, 1e6)); vals.append(r.random() * 10 ** r.randint(-20, 17))
    vals.append(struct.unpack('d', struct.pack('Q', r.getrandbits(64)))[0])
h = 0
for v in vals:
    if v != v or v in (float('inf'), float('-inf')):
        continue
    for p in (0, 1, 2, 3, 6, 15, 16, 20):
        s = "%.*f" % (p, v)
        t = format(v, ".%df" % p)
        u = "{:.{}f}".format(v, p)
        assert s == t == u, (v, p, s, t, u)
        for ch in s: h = (h * 131 + ord(ch)) % 1000000007
print(h)
print("%.2f %.0f %.3f %.1f" % (2.675, 0.5, 1.0005, -0.05))
print(f"{-0.0:.2f} {5e-324:.15f} {9007199254740991.0:.3f} {4503599627370495.5:.0f} {0.125:.2f} {0.375:.2f}")
