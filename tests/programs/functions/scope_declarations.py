# global / nonlocal: semantics and every SyntaxError CPython raises for them
x = "module x"
def read_global():
    return x
def write_global():
    global x
    x = "rebound by write_global"
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
print(read_global())
write_global()
print(x)
c = make_counter()
print(c(), c(), c())
# nonlocal reaches the nearest enclosing function scope, skipping class scopes
def outer():
    v = "outer v"
    class K:
        v = "class v"
        def m(self):
            nonlocal v
            v = "changed via method"
            return v
    K().m()
    return v, K.v
print(outer())
# global inside a class body and nested function
y = 1
class G:
    global y
    y = 2
    z = y
print(y, G.z)
def nested_global():
    def inner():
        global fresh_name
        fresh_name = "created"
    inner()
nested_global()
print(fresh_name)
# a global declared in an enclosing function does not leak into nested ones
def shadow():
    global x
    x = "shadow set"
    def inner():
        x = "inner local"
        return x
    return inner()
print(shadow(), x)
# free variable lookup from class body: class-level name vs enclosing function
def class_free():
    a = "function a"
    class C:
        a = "class a"
        b = a
        def m(self): return a
    return C.b, C().m()
print(class_free())
def class_reads_later():
    class D:
        print("class body sees", w)
    w = "late"
    return D
try:
    class_reads_later()
except NameError as e:
    print("NameError:", e)
# UnboundLocalError vs NameError
def unbound():
    print(q)
    q = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def inner():
        return r
    r_value = inner
    try:
        return inner()
    finally:
        pass
    r = 1
try:
    free_unbound()
except NameError as e:
    print(type(e).__name__ + ":", e)
def deleted():
    s = 1
    del s
    return s
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# global statement at module level is allowed and harmless
global module_level
module_level = 5
print(module_level)
errors = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "def f(x):\n    global x",
    "def f(x):\n    nonlocal x",
    "def f():\n    nonlocal x",
    "nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f():\n    global x\n    global x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x, x",
    "def f():\n    global __class__",
    "def f():\n    def g():\n        nonlocal __class__",
    "def f():\n    for x in []: pass\n    global x",
    "def f():\n    import x\n    global x",
    "def f():\n    del x\n    global x",
    "def f():\n    [x for x in y]\n    global x",
    "def f():\n    def x(): pass\n    global x",
    "def f():\n    class x: pass\n    global x",
    "def f():\n    x += 1\n    global x",
    "def f():\n    with a as x: pass\n    global x",
    "def f():\n    try: pass\n    except E as x: pass\n    global x",
    "def f():\n    (x := 1)\n    global x",
    "def f():\n    [(y := 1) for y in z]",
    "def f():\n    [(z := 1) for y in z]\n    global z",
    "class C:\n    [(q := 1) for y in z]",
    "def f():\n    lambda: (yield)\n",
    "def f():\n    nonlocal x\n    x = 1",
]
for src in errors:
    try:
        compile(src, "<decl>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})")
