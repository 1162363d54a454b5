# Every int presentation type crossed with sign, '#', '0', width, grouping and precision (ints refuse
# precision for integer types); md5 of each (value, type) group plus a sample
import hashlib, itertools
vals = [0, 1, -1, 7, 255, -4096, 65535, 10**6, -(10**12) - 1, 2**64, -(2**100), True]
types = ["b", "c", "d", "o", "x", "X", "n", "", "e", "f", "g", "%"]
count = 0
for v in vals:
    for t in types:
        out = []
        for s, a, z, w, g, p in itertools.product(["", "+", " ", "-"], ["", "#"], ["", "0"], ["", "9"], ["", ",", "_"], ["", ".2"]):
            spec = f"{s}{a}{z}{w}{g}{p}{t}"
            try:
                r = format(v, spec)
            except (ValueError, OverflowError) as e:
                r = f"{type(e).__name__}:{e}"
            out.append(spec + "=" + r)
            count += 1
        print(repr(v), repr(t), hashlib.md5("\n".join(out).encode()).hexdigest(), out[9], out[-3])
print(count)
for spec in ["c", "=+8d", "^#12_x", "*>+10,", "z", "z.1f", "#.0e", "010_b", ",c", "_n", ",n", "#c", "+c", ".0", ".5n"]:
    res = []
    for v in (0, 65, -65, 0x10FFFF, 0x110000, 10**20):
        try:
            res.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            res.append(f"{type(e).__name__}:{e}")
    print(spec, res)
