# Unpacking targets and starred expressions in comprehensions
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s for _, s in pairs])
print({s: n for n, s in pairs})
print([a + b + c for (a, b), c in [((1, 2), 3), ((4, 5), 6)]])
print([(head, rest) for head, *rest in [[1, 2, 3], [4], "xy"]])
print([(first, last) for first, *_, last in ["abc", [1, 2, 3, 4], (5, 6)]])
print([i * v for i, v in enumerate([10, 20, 30])])
print([k for k, v in sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1])])
print([*range(3), *[x * 10 for x in range(3)]])
print([[*row, 0] for row in [[1], [2, 3]]])
print({**{k: 0 for k in "ab"}, **{k: 1 for k in "bc"}})
print([x for x, in [(1,), (2,)]])
try:
    print([a for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([a for a, b in [1, 2]])
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(*[(1, "x"), (2, "y")])))
print(sorted(((v, k) for k, v in {"p": 3, "q": 1, "r": 2}.items()), reverse=True))
