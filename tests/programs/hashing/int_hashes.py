M = 2 ** 61 - 1
vals = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, M - 1, M, M + 1, 2 * M, 2 * M - 1, -M, -M - 1, -(M + 1),
        2 ** 61, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 20, 10 ** 100, -(10 ** 100), 2 ** 1000, M * M,
        M - 2, -(M - 1), 3 ** 100, -(3 ** 100), 12345678901234567890123]
for v in vals:
    print(v, hash(v))
print(hash(-1) == hash(-2), hash(M) == hash(0), hash(-M) == hash(0), hash(M - 1) == hash(-2))
print(hash(True), hash(False), hash(True) == hash(1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 2)))
print([hash(i) for i in range(-5, 6)])
