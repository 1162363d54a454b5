# `for` over tuples steps inline in compiled code when the loop saw tuple
# iterators; other iterables at the same loop take the full path.

NEIGHBOURS = (-1, 1, -10, 10)


def around(p):
    out = 0
    for d in NEIGHBOURS:
        out += p + d
    return out


def first_big(seq, limit):
    for x in seq:
        if x > limit:
            return x
    return None


class T(tuple):
    pass


def total(seq):
    s = 0
    for x in seq:
        s += x
    return s


print(sum(around(p) for p in range(500)))
print([first_big((1, 5, 9, 12), k) for k in range(14)])
for _ in range(300):
    t = total((1, 2, 3)) + total([4, 5]) + total(T((6, 7))) + total(range(3)) + total(())
print(t)
mixed = [(1, 2), [3, 4], T((5,)), (x for x in (6, 7)), {8: 0}, "", (9,) * 40]
print([total(m) for m in mixed])

# An iterator partly consumed by hand, then by a loop.
it = iter((10, 20, 30, 40))
print(next(it))
for v in it:
    print("loop", v)
print(list(it), next(it, "done"))

# Items are references: the tuple may die while the loop runs.
def consume():
    acc = []
    for x in tuple(str(i) for i in range(5)):
        acc.append(x * 2)
    return acc


for _ in range(200):
    r = consume()
print(r)

# Nested loops over the same tuple and a tuple of tuples unpacked.
pairs = ((1, "a"), (2, "b"), (3, "c"))
for _ in range(200):
    out = [(n, s) for n, s in pairs for m in NEIGHBOURS if m > 0]
print(out)
