# Assignment expressions
if (n := 10) > 5:
    print("n is", n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (chunk := data[i:i + 2]):
    print(chunk)
    i += 2
print((a := 3) + (b := 4), a, b)
r = (a := 5) if False else "skipped"
print(r, a)
def f():
    if (v := 7) > 3:
        return v * 2
    return 0
print(f())
vals = [(w := 1), w + 1, (w := w * 10), w]
print(vals, w)
total = 0
print([total := total + x for x in range(5)], total)
print(any((hit := x) > 3 for x in range(10)), hit)
x = (q := 2) ** (q + 1)
print(x, q)
print((z := [1, 2]).append(3), z)
def g(k):
    return (k := k + 1), k
print(g(1))
