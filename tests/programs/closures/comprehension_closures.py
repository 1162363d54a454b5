# Closures created in comprehensions and comprehensions inside closures
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
fs = [lambda x=x: x for x in range(3)]
print([f() for f in fs])
fs = [(lambda y: lambda: y)(x) for x in range(3)]
print([f() for f in fs])
def scale_all(factor, values):
    return [v * factor for v in values]
print(scale_all(3, [1, 2, 3]))
def nested_factor(n):
    return [[i * n + j for j in range(n)] for i in range(n)]
print(nested_factor(3))
def make_filters(limits):
    return {lim: (lambda v, lim=lim: v < lim) for lim in limits}
flt = make_filters([2, 5])
print([flt[2](x) for x in range(4)], [flt[5](x) for x in range(4)])
def counter_in_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    running = [add(v) for v in [1, 2, 3, 4]]
    return running, total
print(counter_in_comp())
base = 100
gen = (base + i for i in range(3))
base = 200
print(list(gen))
def outer():
    k = 10
    return [(lambda: k * i)() for i in range(3)]
print(outer())
mults = {name: (lambda n: lambda v: v * n)(n) for name, n in [("double", 2), ("triple", 3)]}
print(mults["double"](7), mults["triple"](7))
x = "global x"
print([x for _ in range(2)], [x for x in "ab"], x)
def uses_outer_in_condition(limit):
    return [v for v in range(10) if v % limit == 0]
print(uses_outer_in_condition(4))
def nested_gen(n):
    return list(sum(1 for _ in range(i)) for i in range(n))
print(nested_gen(4))
