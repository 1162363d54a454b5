# Tier 1 lets a local or constant pushed right before an operator, compare,
# subscript, `is` or conditional jump go uncounted ("borrowed") and counts it
# only when the instruction leaves its inline paths. Reference counts must
# come out as CPython's whatever path each run takes: checked with
# sys.getrefcount, __del__ and in-place float reuse (a float whose only
# reference is a local must never be updated in place).
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def floats(n):
    x = 1.5
    y = 0.25
    total = 0.0
    for i in range(n):
        z = x + y          # x's only reference is the local: no reuse
        w = z * x
        total = total + w - y
        total += x / 3.0
        m = i * 0.5        # int * float
        m2 = 2 + y         # int + float
        m3 = x - i         # float - int
        total += m + m2 + m3
    return x, y, total


def compares(items, probe):
    hits = 0
    for v in items:
        if v is not None and v < probe:
            hits += 1
        if v == probe:
            hits += 10
        if v is probe:
            hits += 100
        if v is not None:
            hits += 1000
    return hits


def subscripts(lst, tup, d, keys):
    acc = 0
    for i in range(len(lst)):
        acc += lst[i] + tup[i % len(tup)] + lst[-1]
    for k in keys:
        acc += d[k]
    return acc


def strings(a, b, n):
    out = ""
    for _ in range(n):
        s = a + b
        if s > a:
            out = s
        if a == b:
            out = "same"
    return out


class Num:
    """Takes the slow paths: its operators run Python code."""

    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __getitem__(self, k):
        if k < 0:
            raise IndexError("negative")
        return self.v + k

    def __bool__(self):
        return self.v % 2 == 0


def mixed(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            try:
                r = o + 1        # ints, floats, Num, str (TypeError)
            except TypeError as e:
                r = str(e)
            try:
                c = o < 3
            except TypeError:
                c = None
            try:
                g = o[i - 1]     # Num raises IndexError at i == 0
            except (IndexError, TypeError, KeyError) as e:
                g = type(e).__name__
            if o:
                t = "t"
            else:
                t = "f"
            out.append((repr(r) if isinstance(r, (int, float, str)) else r.v, c, g, t))
    return out


def keep_alive():
    # Only the local holds each object: a wrong count frees it early (the
    # "del" line would come too soon) or never (it would never come).
    a = Noisy("a")
    b = Noisy("b")
    for _ in range(2000):
        if a is b:
            print("same?")
        if a is not None:
            pass
        if b is None:
            print("none?")
    print("loop done")
    del a
    print("a dropped")
    return b


def counts():
    obj = [1, 2, 3]
    key = "k" * 3
    d = {key: obj}
    f = 2.5
    before = (sys.getrefcount(obj), sys.getrefcount(key), sys.getrefcount(f))
    for i in range(2000):
        r = obj[0] + obj[-1]
        q = d[key]
        t = f * 2.0 + f
        if obj is q:
            pass
        if key == "kkk":
            pass
        if f < 3.0:
            pass
    del q
    after = (sys.getrefcount(obj), sys.getrefcount(key), sys.getrefcount(f))
    print("counts unchanged:", before == after, r, t)


def stores(n):
    # StoreSubscr lends its container and key; the stored value moves in.
    lst = [0] * 8
    key = "k" * 2
    d = {key: None}
    before = sys.getrefcount(lst), sys.getrefcount(d), sys.getrefcount(key)
    for i in range(n):
        j = i % 8
        v = i * 2
        lst[j] = v
        lst[-1] = j
        d[key] = lst
        d[j] = i
        w = [i]
        lst[0] = w
    del w
    lst[0] = 0
    d[key] = None
    after = sys.getrefcount(lst), sys.getrefcount(d), sys.getrefcount(key)
    print("stores", lst, sorted(d.items(), key=str), before == after)


def owned_counts():
    # The same instructions on counted (not borrowed) operands: results of
    # subscripts, which the inline paths must release.
    holder = [2.5, "kkk", [1, 2], {"k": 1}]
    f, s, l, d = holder
    before = [sys.getrefcount(x) for x in holder]
    for i in range(2000):
        if holder[0] < 3.0:
            pass
        t = holder[0] * 2.0 + holder[0]
        u = holder[0] + 1
        if holder[1] == "kkk":
            pass
        if holder[2] is l:
            pass
        if holder[3] is not None:
            pass
        x = holder[2][0] + holder[2][-1] + holder[3]["k"]
    after = [sys.getrefcount(x) for x in holder]
    print("owned counts unchanged:", before == after, t, u, x)


for n in (5, 3000, 5):
    print(floats(n))
print(compares([1, 5, 2.5, 7, None, 3], 3))
print(compares([1, 2, 3] * 800, 2))
print(subscripts([1, 2, 3, 4] * 400, (10, 20, 30), {"a": 1, 5: 2}, ["a", 5] * 800))
print(strings("ab", "cd", 2000), strings("x", "x", 2))
res = mixed([1, 2.5, Num(4), Num(3), "s", -7, 2 ** 70], 3)
for row in res:
    print(row)
for _ in range(3):
    res = mixed([Num(i) for i in range(5)] + [1.5, 3], 200)
print(len(res), res[-1], res[-7])
b = keep_alive()
print("returned")
del b
print("end of b")
counts()
owned_counts()
stores(5)
stores(3000)
