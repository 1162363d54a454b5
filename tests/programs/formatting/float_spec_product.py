# Every float presentation type crossed with sign, '#', '0', width, grouping and precision, over
# values chosen for rounding, exponent switch points, inf/nan and negative zero. Each (value, type)
# line shows a few results and the md5 of all of them (a failure names the value and the type).
import hashlib, itertools
vals = [0.0, -0.0, 5e-324, 1e-5, 0.000123456, 0.5, 1.0, 9.5, 99.95, 123.456, -1234567.891, 1e15, 1.5e16, 2**53 + 1.0,
        1e100, float("inf"), float("-inf"), float("nan")]
types = ["e", "E", "f", "F", "g", "G", "%", "", "n"]
signs = ["", "+", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "12"]
groups = ["", ",", "_"]
precs = ["", ".0", ".3", ".12"]
count = 0
for v in vals:
    for t in types:
        out = []
        for s, a, z, w, g, p in itertools.product(signs, alts, zeros, widths, groups, precs):
            spec = f"{s}{a}{z}{w}{g}{p}{t}"
            try:
                r = format(v, spec)
            except ValueError as e:
                r = "E:" + str(e)
            out.append(spec + "=" + r)
            count += 1
        digest = hashlib.md5("\n".join(out).encode()).hexdigest()
        print(repr(v), repr(t), digest, out[5], out[-1])
print(count)
for spec in ["=+12.3f", "*<12,.2f", ">+012.1e", "^#15.0f", "x^20_.4%", "0=12,g", "<012.3", "-.2F", "z.0f", "+z.1e", "z%"]:
    print(spec, [format(v, spec) for v in (-0.0, -0.00049, 1234.5, -1e-9, float("nan"))])
