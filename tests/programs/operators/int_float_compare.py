# Exact comparison between ints and floats, even when the int cannot be represented
n = 2 ** 53
print(n == float(n), n + 1 == float(n + 1), float(n + 1) == float(n))
print(n + 1 > float(n), n + 1 < float(n + 2), n + 1 >= float(n + 1))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 != 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(10 ** 23 > 1e23, 10 ** 23 < 1e23)
print(1 == 1.0, 0 == -0.0, True == 1.0, False == 0.0)
print(1 < 1.5, 2 > 1.5, -1 < -0.5, 3 <= 3.0, 3 >= 3.0000000000000004)
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"), big == float("inf"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, big == nan, big != nan)
print(2 ** 63 == 9.223372036854775808e18, 2 ** 63 - 1 == 9.223372036854775808e18)
print(2 ** 63 - 1 < 9.223372036854775808e18, 2 ** 64 - 1 < 2.0 ** 64)
print(-(2 ** 63) == -9.223372036854775808e18)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(0.5 == 1 / 2, 1 / 3 == 0.3333333333333333)
vals = [3, 2.5, True, -1, 0.0, 10 ** 20, -1.5]
print(sorted(vals))
print(max(vals), min(vals))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(hash(1) == hash(1.0), hash(2 ** 53) == hash(float(2 ** 53)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
