# Dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({c: "abc".index(c) for c in "cab"})
print({x % 3: x for x in range(10)})
print({w: len(w) for w in "to be or not to be".split()})
print({i: [j for j in range(i)] for i in range(4)})
print({k: v for k, v in zip("xyz", range(3)) if v != 1})
d = {"a": 1, "b": 2, "c": 3}
print({k: v * 10 for k, v in d.items() if v % 2})
print({k.upper(): v for k, v in sorted(d.items(), reverse=True)})
print({(x, y): x * y for x in range(2) for y in range(2)})
print({x: "even" if x % 2 == 0 else "odd" for x in range(4)})
print({}, {k: 1 for k in []}, type({k: 1 for k in []}).__name__)
def key(x):
    print("key", x)
    return x
def val(x):
    print("val", x)
    return x * 10
print({key(i): val(i) for i in range(2)})
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print({c: n for c, n in counts.items() if n > 1})
print({1: "a", True: "b", 1.0: "c"})
print({k: v for k, v in [(1, "first"), (1, "second")]})
try:
    print({[k]: 1 for k in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
inverted = {v: k for k, v in {"x": 1, "y": 1, "z": 2}.items()}
print(inverted)
print(dict((str(i), i) for i in range(3)), dict.fromkeys("ab", 0))
