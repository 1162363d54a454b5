import math

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.25, 1.5, 2.0, 1e100, -1e100, 1e300, 5e-324, 1.7976931348623157e308,
        0.1, 3.14159, 2.0 ** 61, 2.0 ** 62, 2.0 ** 63, 2.0 ** 64, 1e18, 123456.789, -2.5, 1 / 3, 2.0 ** -30,
        float('inf'), float('-inf'), 1e-300, 2.0 ** 60 + 2.0 ** 8]
for v in vals:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 64) == hash(2 ** 64), hash(1e100) == hash(int(1e100)), hash(-0.0) == hash(0))
print(hash(1e18) == hash(10 ** 18), hash(2.0 ** 61) == hash(2 ** 61), hash(-1.0), hash(-1.0) == hash(-1))
nan = float('nan')
print(hash(nan) == hash(nan), math.isnan(nan))
print(hash(math.inf), hash(-math.inf), hash(math.pi), hash(math.e))
