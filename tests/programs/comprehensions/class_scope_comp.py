# Comprehensions in class bodies: only the first iterable sees class variables
class A:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    offset = 10
    try:
        shifted = [v + offset for v in values]
    except NameError as e:
        shifted = "NameError: " + str(e)
    try:
        pairs = [(a, b) for a in values for b in values if a < b]
    except NameError as e:
        pairs = "NameError: " + str(e)
    try:
        filtered = [v for v in range(5) if v in values]
    except NameError as e:
        filtered = "NameError: " + str(e)
print(A.doubled)
print(A.shifted)
print(A.pairs)
print(A.filtered)
class B:
    limit = 3
    squares = {k: k * k for k in range(limit)}
    gen_sum = sum(k for k in range(limit))
print(B.squares, B.gen_sum)
class C:
    base = 100
    try:
        adders = [lambda x, b=base: x + b for _ in range(2)]
    except NameError as e:
        adders = "NameError: " + str(e)
    single = (lambda x, b=base: x + b)
print(C.adders, C.single(1))
g_var = "global"
class D:
    g_var = "class"
    seen = [g_var for _ in range(2)]
print(D.seen)
class E:
    data = [3, 1, 2]
    ordered = sorted(data)
    first = data[0]
    total = sum(x for x in data)
print(E.ordered, E.first, E.total)
def factory():
    local = "function local"
    class F:
        local = "class local"
        seen = [local for _ in range(1)]
    return F.seen
print(factory())
class G:
    x = 5
    y = [x * 2 for x in [x]]
    def method(self):
        return [self.x * i for i in range(3)]
print(G.y, G().method())
