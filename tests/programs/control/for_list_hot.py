# `for` over lists in hot code (tier 1 steps list iterators inline): lists
# that grow or shrink while iterated, list subclasses, exhausted iterators.

def total(xs):
    t = 0
    for x in xs:
        t += x
    return t

data = list(range(1000))
print(sum(total(data) for _ in range(50)))

def grow(n):
    xs = [1]
    seen = 0
    for x in xs:
        seen += 1
        if len(xs) < n:
            xs.append(x + 1)
    return seen, xs[-1]

print(grow(3000))

def shrink(n):
    xs = list(range(n))
    out = []
    for x in xs:
        out.append(x)
        if xs:
            xs.pop()
    return len(out), out[-3:]

print(shrink(3001))

class L(list):
    pass

print(total(L(range(2000))))

class Rev(list):
    def __iter__(self):
        return reversed(list.__iter__(self) and self[:])

def firsts(xs):
    r = []
    for x in xs:
        r.append(x)
        if len(r) == 3:
            break
    return r

for _ in range(1500):
    f = firsts(Rev([1, 2, 3, 4]))
print(f)

def resume(it):
    a = []
    for x in it:
        a.append(x)
        if x == 2:
            break
    for x in it:
        a.append(x * 10)
    for x in it:
        a.append("never")
    return a

for _ in range(1500):
    r = resume(iter([1, 2, 3, 4]))
print(r)

def nested(rows):
    t = 0
    for row in rows:
        for v in row:
            t += v
    return t

print(nested([[i, i + 1, None and 0 or i * 2] for i in range(3000)]))

def objs(xs):
    out = []
    for x in xs:
        out.append(type(x).__name__)
    return out[-4:]

for _ in range(1500):
    o = objs([1, "a", 2.5, [3], (4,), None] * 3)
print(o)
