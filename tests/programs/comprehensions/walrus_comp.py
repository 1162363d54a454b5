# Assignment expressions inside comprehensions bind in the enclosing scope
values = [1, 5, 2, 8, 3]
big = [y for x in values if (y := x * 10) > 25]
print(big, y)
total = 0
running = [total := total + v for v in values]
print(running, total)
def f():
    hits = [last := v for v in range(5) if v % 2]
    return hits, last
print(f())
def g(data):
    if any((bad := d) < 0 for d in data):
        return "first negative " + str(bad)
    return "all non-negative"
print(g([3, -1, -4]), g([1, 2]))
def h(data):
    return [(s, s * 2) for d in data if (s := d.strip())]
print(h(["  a ", "", "b  ", "   "]))
print([(n, sq) for n in range(6) if (sq := n * n) % 2 == 0], sq)
def nested():
    res = [[(m := i * j) for j in range(3)] for i in range(3)]
    return res, m
print(nested())
seen = set()
dedup = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(dedup)
count = 0
def counting():
    global count
    [count := count + 1 for _ in range(4)]
    return count
print(counting(), count)
