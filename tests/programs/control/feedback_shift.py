# Type feedback: tier 1 emits inline paths only for the operand kinds an
# instruction met while interpreted. Each function here is warmed on one
# kind (past the tier-1 threshold), then meets the others.

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def less(a, b):
    return a < b

def same(a, b):
    return a == b

def item(seq, i):
    return seq[i]

def put(seq, i, v):
    seq[i] = v

def total(it):
    s = 0
    for x in it:
        s = s + x
    return s

def late(flag, a, b):
    # The branch below never runs during warm-up.
    if flag:
        return a - b, a * b, a < b, [a, b][1], a / b
    return None

for i in range(3000):
    add(i, 1)
    mul(i, 3)
    less(i, 7)
    same(i, i)
    item([1, 2, 3], 1)
    put([0, 0], 0, i)
    total([1, 2, 3])
    late(False, 1, 2)

print(add(1.5, 2.25), add("ab", "cd"), add([1], [2]), add(2**62, 2**62), add(True, True))
print(add(1, 2.5), add(2.5, 1), add(-2**62, -2**62))
print(mul(1.5, 4.0), mul("ab", 3), mul(2**40, 2**40), mul(-3, 7))
print(less(1.5, 2.5), less(float("nan"), 1.0), less("a", "b"), less((1, 2), (1, 3)), less(2**70, 1))
print(same(1.0, 1), same("x", "x"), same(None, None), same(float("nan"), float("nan")))
print(item((4, 5, 6), -1), item("xyz", 2), item({1: "one"}, 1), item(range(10), 3), item([1, 2, 3], -3))
try:
    item((1,), 5)
except IndexError as e:
    print("IndexError", e)
try:
    item([], 0)
except IndexError as e:
    print("IndexError", e)
d = {}
put(d, "k", 1)
lst = [1, 2, 3]
put(lst, -1, "last")
print(d, lst)
try:
    put((1, 2), 0, 5)
except TypeError as e:
    print("TypeError", e)
print(total(range(10)), total((1, 2, 3)), total(x * x for x in range(4)), total({1: 0, 2: 0}))
print(total([1.5, 2.5]), total(range(2**62, 2**62 + 3)))
print(late(True, 6, 3), late(True, 2.5, 0.5))
try:
    late(True, 1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Warmed on floats and tuples, then ints and lists.
def fsub(a, b):
    return a - b

def fge(a, b):
    return a >= b

for i in range(3000):
    fsub(1.5, 0.5)
    fge(2.0, 1.0)
    item((1, 2), 0)
print(fsub(10, 3), fsub(2**62, -2**62), fge(3, 3), fge("b", "a"), item([7, 8], 1), item([7, 8], -2))
