# A freed slice's memory is kept for the next slice, and assigning as many
# items as a slice replaces swaps them in place: neither may show through.
import sys

kept = [slice(i, i + 1) for i in range(5)]
data = list(range(10))
for i in range(100):
    part = data[i % 5:i % 5 + 3]
print(kept, part)

class Bound:
    """An index whose release makes and frees slices of its own."""
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __del__(self):
        tmp = data[1:3]
        s = slice(7, 8, 9)
        log.append((tmp, s))

log = []
print(data[Bound(2):Bound(5)], log)
s = slice(Bound(1), Bound(4))
print(data[s])
del s
print(log[-2:])
print(data[::2], data[::-3], data[7:2:-2], data[-3:], data[:-8])

class Watcher:
    """An item that looks at the list while it is released."""
    def __init__(self, name, lst):
        self.name = name
        self.lst = lst
    def __del__(self):
        log.append((self.name, [getattr(x, "name", x) for x in self.lst]))

log.clear()
lst = []
lst.extend([Watcher("w0", lst), Watcher("w1", lst), 3, 4])
lst[0:2] = ["a", "b"]          # as many items: swapped in place
print(log)
log.clear()
lst[1:3] = (x for x in "XY")    # from an iterator, same length
print(lst)
lst[:2] = [1]                   # fewer
lst[1:1] = [7, 8, 9]            # more
print(lst)
lst[:] = lst
print(lst)
lst[::2] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)

# Counts of the values that slices and assignments hold and drop.
o = object()
base = sys.getrefcount(o)
work = [o] * 6
for i in range(200):
    work[1:3] = [o, o]
    work[0:2] = work[2:4]
    part = work[1:5]
    work[::2] = [o, o, o]
del part
print(sys.getrefcount(o) - base, len(work))

# The fannkuch flip: reverse a prefix in place.
perm = [3, 1, 4, 0, 2]
k = perm[0]
flips = 0
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
