# Closures capture variables, not values: late binding in loops
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
funcs = []
for j in range(3):
    def f():
        return j
    funcs.append(f)
print([f() for f in funcs])
def make_all():
    out = []
    for k in range(3):
        out.append(lambda: k)
    return out
print([f() for f in make_all()])
bound = [lambda k=k: k for k in range(3)]
print([f() for f in bound])
def factory(n):
    return lambda: n
fixed = [factory(n) for n in range(3)]
print([f() for f in fixed])
comp = [lambda: m for m in range(3)]
print([f() for f in comp])
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print(outer()())
def counter_list():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return fs
print([f() for f in counter_list()])
gens = [(lambda: p) for p in "ab"]
print([g() for g in gens])
def shared():
    val = []
    def add(x):
        val.append(x)
        return list(val)
    def get():
        return val
    return add, get
add, get = shared()
add(1)
add(2)
print(get())
