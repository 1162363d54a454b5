# List comprehensions
print([x for x in range(5)])
print([x * x for x in range(10) if x % 2 == 0])
print([c.upper() for c in "abc"])
print([len(w) for w in "the quick brown fox".split()])
print([x for x in [3, -1, 0, 7, -5] if x > 0])
print([(x, x ** 2) for x in range(4)])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([x for x in range(20) if x % 2 if x % 3])
print([str(n) for n in range(3)] + [None for _ in "ab"])
print([[]for _ in range(2)], [[0] * 2 for _ in range(2)])
rows = [[1, 2, 3], [4, 5, 6]]
print([sum(r) for r in rows], [r[::-1] for r in rows])
print([i for i in []], [i for i in "" if i])
print([v for v in {"b": 1, "a": 2}], [k + str(v) for k, v in {"x": 1, "y": 2}.items()])
words = ["apple", "Bob", "cat", "Dog"]
print([w for w in words if w[0].isupper()], [w.lower() for w in words if len(w) == 3])
print([f(3) for f in (abs, str, float)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
lst = [1, 2, 3]
copy = [x for x in lst]
print(copy == lst, copy is lst)
print([x + y for x, y in zip([1, 2, 3], [10, 20, 30])])
print([c * i for i, c in enumerate("abc", 1)])
print(len([0 for _ in range(1000)]))
print([[y for y in range(x)] for x in range(4)])
print([ord(c) - 96 for c in "hello"])
print([x for x in range(10)][::3], [x for x in range(10)][-1])
