# Item assignment to lists in hot code (tier 1 stores in place): negative
# indexes, IndexError, other containers at the same site, __del__ of the
# replaced item.

def fill(seq, idxs, v):
    for i in idxs:
        seq[i] = v
    return seq

xs = [0] * 8
for n in range(300):
    fill(xs, [0, -1, 3, -8], n)
print(xs)

for bad in (8, -9, 2**70):
    try:
        fill([0] * 8, [bad], 1)
    except IndexError as e:
        print(bad, "IndexError:", e)
try:
    fill([0], ["a"], 1)
except TypeError as e:
    print("TypeError:", e)
try:
    fill((1, 2), [0], 1)
except TypeError as e:
    print("TypeError:", e)

print(fill({}, [0, -1, "k"], 5), fill(bytearray(3), [0, -1], 65))

class L(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))

print(fill(L([1, 2]), [0, True], 9))

log = []

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(("del", self.name, holder[0] is self))

holder = [D("first")]
for k in range(3):
    fill(holder, [0], D("gen%d" % k))
print(log, holder[0].name)

def sieve(n):
    flags = [True] * n
    flags[0] = flags[1] = False
    for i in range(2, n):
        if flags[i]:
            for j in range(i * i, n, i):
                flags[j] = False
    return sum(flags)

print(sieve(100000))
