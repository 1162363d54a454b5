# Unpacking in for-loop targets, and unusual for targets
pairs = [(1, "a"), (2, "b"), (3, "c")]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
for a, *rest in [[1, 2, 3], [4, 5]]:
    print(a, rest)
lst = [0, 0, 0]
for lst[0] in range(3):
    print(lst)
print(lst)
class C:
    pass
o = C()
for o.attr in "pq":
    print(o.attr)
print(o.attr)
d = {}
for i, d[i] in enumerate("xyz"):
    pass
print(d)
for x in []:
    print("never")
x = "unchanged"
for x in []:
    pass
print(x)
for x in range(3):
    pass
print("after loop", x)
for x, y in zip([1, 2, 3], "ab"):
    print(x, y)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
