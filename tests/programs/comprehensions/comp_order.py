# Evaluation order and side effects inside comprehensions
def trace(tag, value):
    print("  ", tag, value)
    return value
print("list:")
r = [trace("elem", x) for x in trace("iter", [1, 2]) if trace("cond", x)]
print(r)
print("nested:")
r = [(trace("a", a), trace("b", b)) for a in trace("outer", [1, 2]) for b in trace("inner", [a])]
print(r)
print("dict:")
r = {trace("key", k): trace("val", k * 2) for k in [1, 2]}
print(r)
print("genexp first iterable is evaluated immediately:")
g = (trace("g-elem", x) for x in trace("g-iter", [7]))
print("created")
print(list(g))
print("conditions short-circuit:")
r = [x for x in range(6) if trace("c1", x % 2 == 0) and trace("c2", x > 2)]
print(r)
acc = []
r = [acc.append(x) for x in range(3)]
print(r, acc)
