import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(100) % 10 ** 30)
print([math.comb(6, k) for k in range(8)], [math.perm(6, k) for k in range(8)])
print(math.comb(1000, 500) % 10 ** 20, math.comb(60, 30), math.perm(20, 10))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 8, 9, 99, 100, 10 ** 18 - 1, 10 ** 18]])
n = 10 ** 100 + 12345
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) ** 2)
print(math.gcd(2 ** 200 * 3, 2 ** 100 * 9), math.gcd(-12, -18), math.gcd(0, -7), math.gcd(True, 4))
print(math.lcm(2 ** 64, 3 ** 40), math.lcm(*range(1, 21)), math.lcm(-3, -4), math.lcm(0, 0))
print(math.prod([2 ** 64] * 3), math.prod(range(1, 21)) == math.factorial(20), math.prod([1, 2, 3.0]))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(7), type(math.trunc(7.9)).__name__)
print(math.floor(1e300) == 10 ** 300, math.floor(1e300) - 10 ** 300)
try:
    math.comb(10, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.lcm(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.factorial(True)
except TypeError as e:
    print(type(e).__name__, e)
else:
    print('factorial(True) =', math.factorial(True))
print(math.isqrt(True), math.comb(True, False), math.perm(5, None))
