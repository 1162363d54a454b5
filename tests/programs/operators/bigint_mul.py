# Products and sums of huge integers
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a * -b)
print(-a * -b)
print(b // a, b % a)
print(-b // a, -b % a)
print(a * b // b == a)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 47))
print(f % 1000000007)
m = 2 ** 521 - 1
print(m)
print(m * m % (2 ** 127 - 1))
print(len(str(3 ** 1000)))
print(str(3 ** 1000)[:20], str(3 ** 1000)[-20:])
x = 10 ** 50
print(x + 1, x - 1, -x + 1)
print((x + 1) * (x - 1) == x * x - 1)
print(divmod(10 ** 40 + 7, 10 ** 20))
print(divmod(-(10 ** 40 + 7), 10 ** 20))
total = 0
for k in range(100):
    total += 2 ** k
print(total == 2 ** 100 - 1, total)
print(abs(-(10 ** 30)), -(-(10 ** 30)))
print(int("9" * 60) + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 70 + 5))
