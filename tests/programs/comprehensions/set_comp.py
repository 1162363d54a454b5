# Set comprehensions (of small ints, whose iteration order is deterministic)
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print({n for n in [1, 1, 2, 3, 3, 3]})
print({len(w) for w in ["a", "bb", "cc", "ddd"]})
s = {x for x in range(10) if x % 3 == 0}
print(s, type(s).__name__, len(s))
print(sorted({c for c in "mississippi"}))
print({x // 2 for x in range(8)} == {0, 1, 2, 3})
print({x for x in []}, type({x for x in []}).__name__)
a = {i for i in range(8)}
b = {i for i in range(5, 12)}
print(a & b, a | b, a - b, b - a, a ^ b)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({(x + y) % 4 for x in range(3) for y in range(3)}))
print({abs(x) for x in [-3, 3, -2, 2, 0]})
print(5 in {x * 5 for x in range(3)}, 7 in {x * 5 for x in range(3)})
try:
    print({[x] for x in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
print({True, 1, 1.0}, {0, False, 0.0})
print({x for x in range(100) if x % 10 == 0})
