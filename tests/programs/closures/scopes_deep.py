# Closures, nonlocal, global, class scopes and comprehension scopes
def make_counters():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc, get, reset = make_counters()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
reset()
print(get())

# nonlocal through several levels
def l1():
    x = "l1"
    def l2():
        def l3():
            nonlocal x
            x = "set by l3"
        l3()
        return x
    return l2(), x
print(l1())

# global declared in nested function
gv = "module"
def outer_g():
    gv = "outer local"
    def inner_g():
        global gv
        gv = "set globally"
    inner_g()
    return gv
print(outer_g(), gv)

# class scope is skipped by nested functions
x = "global x"
class K:
    x = "class x"
    def method(self):
        return x
    lam = lambda self: x
    items = [x for _ in range(1)]
    first_iter = [c for c in x[:3]]
print(K().method(), K().lam(), K.items, K.first_iter)

# class body sees enclosing function locals
def class_in_func():
    secret = "fn local"
    class Inner:
        seen = secret
        def get(self):
            return secret
    return Inner.seen, Inner().get()
print(class_in_func())

# class body name shadowing a free variable
def shadow():
    y = "fn y"
    class C:
        y = "class y"
        z = y
        def m(self):
            return y
    return C.z, C().m()
print(shadow())

# late binding in loops vs default capture
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

# comprehension iteration variables don't leak; loop vars do
for leak in range(3): pass
[nol for nol in range(3)]
print(leak, "nol" in globals())

# nested comprehensions referencing outer iteration variables
print([[i * j for j in range(i)] for i in range(4)])
print({i: {j for j in range(i)} for i in range(3)})
print(list((i, j) for i in range(2) for j in range(i, 3)))

# generator expression: first iterable evaluated immediately
def source():
    print("source evaluated")
    return [1, 2]
gen = (v * 10 for v in source())
print("before iteration")
print(list(gen))

# cells shared between closures created in the same call
def pair():
    shared = []
    def add(v): shared.append(v)
    def show(): return list(shared)
    return add, show
add, show = pair()
add(1); add(2)
print(show())

# UnboundLocalError vs NameError
def unbound():
    try:
        print(zz)
    except NameError as e:
        print(type(e).__name__, e)
    zz = 1
unbound()
def free_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
free_unbound()

# del of a closed-over variable
def del_cell():
    v = 1
    def get(): return v
    del v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
del_cell()

# locals() in function and class
def loc(a, b=2):
    c = a + b
    return sorted(locals().items())
print(loc(1))
class WithLocals:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(WithLocals.q)

# global statement at module level and in class body
class G:
    global made_in_class
    made_in_class = "yes"
print(made_in_class)

# recursion through a closure
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10))

# __class__ cell
class WithClassCell:
    def who(self):
        return __class__.__name__
print(WithClassCell().who())
