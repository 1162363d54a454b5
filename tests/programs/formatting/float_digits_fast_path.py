# Fixed and exponent float formatting (%-format, format(), f-strings, round) of
# ties, powers of two, huge, tiny and random values: the shortest-digits fast
# path of dtoa must give exactly the correctly rounded digits.
import random
random.seed(5)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.1, 0.2, 0.3, 1/3, 2/3, 12.5, 1.25, 1e15, 1e16, 2**53, 2**60, 1e22, 1e23, 123456789.125,
        5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308, 0.005, 0.015, 0.025, 0.045, 1.005, 2.675, 9.995, 99.5, 0.95, 1e-5, 123.456]
for _ in range(800):
    vals.append(random.uniform(-1e6, 1e6))
    vals.append(random.random() * 10 ** random.randint(-30, 30))
    vals.append(round(random.uniform(0, 1000), random.randint(0, 4)))
    vals.append(random.randint(0, 10**6) / 8)
out = []
for v in vals:
    for spec in ["%.0f", "%.1f", "%.2f", "%.3f", "%.6f", "%.10f", "%.17f", "%.20f", "%.0e", "%.2e", "%.5e", "%.16e", "%g", "%.3g", "%.10g", "%.17g", "%.25g", "%.1g"]:
        out.append(spec % v)
    out.append(format(v, ".2f")); out.append(format(v, ",.3f")); out.append(f"{v:.4e}"); out.append(str(round(v, 2)))
print(len(out))
import hashlib
print(hashlib.md5("\n".join(out).encode()).hexdigest())
for v in vals[:35]:
    print(repr(v), "%.2f" % v, "%.3e" % v, "%.4g" % v, format(v, ".1f"))
