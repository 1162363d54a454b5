# Basic integer arithmetic with mixed signs
vals = [0, 1, -1, 7, -7, 12, -12, 100]
for a in vals:
    for b in [3, -3, 1, -1]:
        print(a, b, a + b, a - b, a * b)
print(2 + 3 * 4)
print((2 + 3) * 4)
print(10 - 2 - 3)
print(2 * -3)
print(-2 * -3)
print(0 * -5, -0, 0 == -0)
print(1000000 * 1000000)
print(123456789 * 987654321)
print(-123456789 * 987654321)
x = 5
print(x + x * x - x)
print(type(3 + 4).__name__, type(3 * 4).__name__)
print(sum([1, 2, 3]) - 6)
print(1 + -1, 1 - -1, -1 - 1, +1 - +1)
print(99999 * 99999, 46341 * 46341, 65536 * 65536)
print(0x10 + 0o10 + 0b10, 1_000_000 + 1, 0xFF * 2)
print(7 * 0, -7 * 0, 0 - 0, 0 + -0)
print(3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3 * 3)
