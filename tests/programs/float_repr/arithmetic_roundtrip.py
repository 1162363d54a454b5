results = []
x = 0.0
for i in range(20):
    x += 0.1
    results.append(x)
print(results)
print([i / 10 for i in range(11)])
print([i * 0.1 for i in range(11)])
print([1 / n for n in range(1, 16)])
print([2 ** -n for n in range(0, 12)])
print([10.0 ** n for n in range(-6, 24, 3)])
print([n / 7 for n in range(8)])
print([1.1 ** n for n in range(10)])
print([round(0.1 * n, 2) for n in range(10)])
vals = [3.141592653589793 * k for k in range(1, 8)]
print(vals)
print([float(repr(v)) == v for v in vals])
acc = 1.0
seq = []
for i in range(15):
    acc *= 3.7
    seq.append(acc)
print(seq)
print([v / 1e10 for v in seq[::3]])
print([x * x for x in [0.1, 0.7, 1.3, 2.9, 12.25]])
print(sum([0.1] * 7), 0.1 * 7, 7 / 10, 0.7)
print(1e300 * 1e10, 1e-300 * 1e-30, 1e-320, 1e-310 * 10, 2.5e-320 * 4)
