# Augmented assignment to subscripts and attributes evaluates the target once
log = []
def idx(i):
    log.append(("idx", i))
    return i
def obj(o):
    log.append("obj")
    return o
data = [10, 20, 30]
obj(data)[idx(1)] += 5
print(data, log)
log.clear()
d = {"k": 1}
obj(d)[idx("k")] *= 7
print(d, log)
class Box:
    pass
b = Box()
b.v = 3
log.clear()
obj(b).v += 4
print(b.v, log)
b.items = [1]
b.items += [2]
print(b.items)
grid = [[0, 0], [0, 0]]
grid[1][0] += 9
grid[0][1] -= 1
print(grid)
counts = {}
for w in "abracadabra":
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
m = {"x": [1]}
m["x"] += [2, 3]
print(m)
try:
    m["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
lst[-1] **= 2
lst[0] <<= 3
print(lst)
try:
    lst[5] += 1
except IndexError as e:
    print(type(e).__name__, e)
s = [0, 1, 2, 3, 4]
s[1:3] += [9]
print(s)
s[::2] *= 1
print(s)
