s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in set(s):
    if x % 2:
        s.discard(x)
print(s)
s = {1, 2, 3}
it = iter(s)
print(next(it))
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
total = 0
for v in {10, 20, 30}:
    total += v
print(total, sum({1, 2, 3}), max({4, 9, 2}), min(frozenset([7, 3])), sorted({3, 1, 2}, reverse=True))
print(len({i % 5 for i in range(100)}), {c for c in 'aaa'}, list(map(abs, {-3})))
seen = set()
dups = []
for v in [3, 1, 3, 2, 1, 5]:
    if v in seen:
        dups.append(v)
    seen.add(v)
print(seen, dups)
print(list(enumerate({42})), list(zip({1}, {2})))
