# Small-int //, % and >> in compiled loops: signs, zero, the edges of the
# small-int range, and a switch to big ints and other types at warm sites.
def ops(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                out.append((x // y, x % y))
            except ZeroDivisionError as e:
                out.append(str(e))
            try:
                out.append(x >> y)
            except (ValueError, TypeError) as e:
                out.append(str(e))
    return out


small = [0, 1, -1, 7, -7, 13, -13, 2**62 - 1, -2**62, 2**61, -(2**61) - 3]
divs = [1, -1, 2, -2, 3, -3, 7, -7, 0, 62, 63, 64, 100]
for _ in range(30):
    r = ops(small, divs)
print(r)
print(ops([2**62, -2**62 - 1, 2**100, -2**100], [1, -1, 3, -3, 65]))
print(ops([7.5, -7.5], [2, -2.0]))
print(ops([True, False], [True, 2]))


def collatz(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps


print(sum(collatz(n) for n in range(1, 3000)))
print(-2**62 // -1, (-2**62) % -1, -2**62 >> 1, (2**62 - 1) >> 61)
