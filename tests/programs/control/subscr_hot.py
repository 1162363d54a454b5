# Indexing lists and tuples by int in hot code (tier 1 reads the item in
# place): negative indexes, the edges, IndexError, bools, big ints,
# subclasses and other containers at the same site.

def pick(seq, idxs):
    t = []
    for i in idxs:
        t.append(seq[i])
    return t

lst = list(range(10))
tup = tuple("abcdefghij")
for _ in range(300):
    a = pick(lst, [0, 9, -1, -10, 5])
    b = pick(tup, [0, 9, -1, -10, 5])
print(a, b)

for seq in (lst, tup):
    for bad in (10, -11, 2**70, -2**70):
        try:
            pick(seq, [bad])
        except IndexError as e:
            print(type(seq).__name__, bad, "IndexError:", e)

print(pick(lst, [True, False]), pick(tup, [True]))
try:
    pick(lst, ["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    pick(tup, [1.0])
except TypeError as e:
    print("TypeError:", e)

class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

print(pick(L([1, 2, 3]), [0, -1]))
print(pick({0: "zero", -1: "minus"}, [0, -1]), pick("hello", [1, -1]), pick(range(5), [2]))

def temp_index(n):
    t = 0
    for i in range(n):
        t += [i, i + 1, i + 2][i % 3] + (i, -i)[i & 1]
    return t

print(temp_index(30000))

def nested(grid):
    t = 0
    for r in range(len(grid)):
        row = grid[r]
        for c in range(len(row)):
            t += row[c] * grid[-1 - r][-1 - c]
    return t

print(nested([[r * 10 + c for c in range(20)] for r in range(20)]))

def shrinking(xs):
    out = []
    while xs:
        out.append(xs[len(xs) - 1])
        xs.pop()
    return out[:3], len(out)

for _ in range(50):
    r = shrinking(list(range(100)))
print(r)
