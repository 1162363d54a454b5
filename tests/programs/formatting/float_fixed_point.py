# Fixed-point float formatting (%f, format spec 'f') against CPython's
# correctly rounded digits: halves, tiny and huge magnitudes, negative
# zero, every precision up to 25, with and without flags and widths; and
# precisions on the other conversions (cutting strs, not numbers).
import random

edge = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, 1e16, 1e22, 1.7976931348623157e308,
        5e-324, 123456.789, 0.1, 0.3, 2.675, 1.005, -1e-300, 9.9999999, 0.045, 1e-5]
for v in edge:
    print("%.0f|%.1f|%.2f|%.3f|%.6f|%f|%.17f" % (v, v, v, v, v, v, v))
    print("%10.3f|%-10.2f|%+.2f|%#.0f|% .1f|%010.4f|%F" % (v, v, v, v, v, v, v), f"{v:.3f}|{v:z.2f}|{v:,.2f}|{v:+.1f}")
print(("%.3f" % float("inf")), ("%.2f" % float("-inf")), ("%.1F" % float("nan")), ("%+.0f" % float("nan")))

r = random.Random(7)
vals = [r.uniform(-1e6, 1e6) for _ in range(200)] + [r.random() * 10 ** r.randint(-30, 30) for _ in range(200)]
vals += [i * 0.1 for i in range(150)] + [i / 8 for i in range(-40, 40)]
lines = []
for v in vals:
    lines.append(" ".join("%.*f" % (p, v) for p in (0, 1, 2, 3, 6, 10, 17, 25)))
    lines.append(" ".join(format(v, f".{p}f") for p in (0, 2, 5)))
print(len(lines))
for i in range(0, len(lines), 37):
    print(lines[i])
checksum = 0
for line in lines:
    for ch in line:
        checksum = (checksum * 131 + ord(ch)) % 1000000007
print(checksum)

# Precision on other conversions: strs are cut, numbers are not.
print("%.2s|%.0s|%.3r|%.1a|%5.2s|%-5.1s|" % ("hello", "x", "abcdef", "é", "abc", "xyz"))
print("%.3d|%.1x|%#.3x|%.2c|%.4i|%.0d" % (5, 255, 255, "q", -7, 0))
