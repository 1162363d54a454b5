# Compiled float arithmetic writes its result into an operand's object when
# the stack holds that operand's only reference (the left one first, else the
# right one): a float anyone else can see must never change.
import sys

def mixes(n):
    a = 2.0
    lst = [3.0, 0.5]
    d = {"k": 1.25}
    out = []
    for i in range(n):
        r1 = a * lst[0]            # right operand shared with the list
        r2 = (a + 1.0) - (a * 2.0)  # both temporaries
        r3 = a - (a * 2.0)         # left lent, right temporary
        r4 = lst[1] / (a + 2.0)    # left shared, right temporary
        r5 = d["k"] + (lst[0] - a)  # left shared with the dict
        r6 = (lst[0] * 1.0) * lst[0]
        r7 = -1.0 * (a * a)
        out.append((r1, r2, r3, r4, r5, r6, r7))
    return out, a, lst, d

out, a, lst, d = mixes(3000)
print(out[0], out[-1], len(set(out)))
print(a, lst, d)

def accumulate(n):
    total = 0.0
    x = 0.0
    keep = []
    for i in range(n):
        x = (i + 0.5) * 0.25
        keep.append(x)
        total += 4.0 / (1.0 + x * x)
        total = total - (x - x)
    return total, keep[:3], keep[-1]

print(accumulate(2000))

def div_by_zero_temp(x):
    try:
        return 1.0 / (x - x)
    except ZeroDivisionError as e:
        return "zde", x

print(div_by_zero_temp(3.5))

def shared_counts(n):
    f = 1.5
    g = [2.5]
    base_f = sys.getrefcount(f)
    base_g = sys.getrefcount(g[0])
    for i in range(n):
        y = (f * 2.0) + g[0]
        z = g[0] * (f - 0.5)
        w = (g[0] + 0.0) * (f + 0.0)
    return sys.getrefcount(f) - base_f, sys.getrefcount(g[0]) - base_g, f, g, y, z, w

print(shared_counts(3000))

def mixed_types(n):
    r = []
    for i in range(n):
        r.append((i * 1.5) + (i + 1))
        r.append((i + 1) * (i * 0.5))
    return r[-2:]

print(mixed_types(3000))

# Floats made by compiled arithmetic come off the free list that freed
# floats go to: each has exactly its own value and one reference.
def churn(n):
    kept = []
    x = 0.5
    for i in range(n):
        t = (x * 2.0) + 1.0      # temporaries freed at once
        x = t - x
        if i % 97 == 0:
            kept.append(x * 1.0)
    return kept, [sys.getrefcount(k) for k in kept[:5]]

kept, counts = churn(5000)
print(len(kept), kept[:3], kept[-1], counts)
