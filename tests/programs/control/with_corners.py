# with statements: protocol errors, __exit__ suppression rules, exceptions raised in __exit__,
# return/break/continue through with blocks, multiple items and their unwinding order
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "->", f"{type(e).__name__}: {e}")
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
def use(cm):
    with cm:
        return "body"
attempt("with 1", lambda: use(1))
attempt("only __enter__", lambda: use(OnlyEnter()))
attempt("only __exit__", lambda: use(OnlyExit()))
class InstanceAttrs:
    pass
ia = InstanceAttrs()
ia.__enter__ = lambda: 1
ia.__exit__ = lambda *a: None
attempt("instance attributes ignored", lambda: use(ia))
class Log:
    def __init__(self, name, suppress=False, raise_in_exit=None):
        self.name, self.suppress, self.raise_in_exit = name, suppress, raise_in_exit
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}", et.__name__ if et else None, tb is not None if et else "")
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress
def nested_order():
    with Log("a") as a, Log("b") as b, Log("c"):
        print("  body", a, b)
        raise KeyError("k")
attempt("nested unwinding", nested_order)
def suppressed():
    with Log("outer"):
        with Log("inner", suppress=True):
            raise ValueError("swallowed")
        print("  after inner")
    return "done"
attempt("suppression", suppressed)
def truthy_suppress():
    with Log("t", suppress="yes"):
        raise ValueError
    return "suppressed by truthy str"
attempt("truthy suppress", truthy_suppress)
def exit_raises():
    with Log("x", raise_in_exit=RuntimeError("from exit")):
        raise ValueError("original")
try:
    exit_raises()
except RuntimeError as e:
    print("exit raised:", repr(e), "context:", repr(e.__context__))
def exit_raises_no_exc():
    with Log("y", raise_in_exit=RuntimeError("exit only")):
        pass
attempt("exit raises without exception", exit_raises_no_exc)
def control_flow():
    out = []
    for i in range(4):
        with Log(f"loop{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
attempt("continue/break through with", control_flow)
def return_in_with():
    with Log("r"):
        return "returned"
attempt("return through with", return_in_with)
def return_overridden():
    try:
        with Log("s", suppress=True):
            return "from with"
    finally:
        print("  finally")
attempt("return with suppressing cm", return_overridden)
class ExitReturnsNotBool:
    def __enter__(self): return self
    def __exit__(self, *a):
        class Bad:
            def __bool__(self): raise TypeError("bad bool")
        return Bad()
def bad_bool():
    with ExitReturnsNotBool():
        raise ValueError("v")
attempt("__exit__ result bool raises", bad_bool)
class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a):
        print("  never")
attempt("__enter__ raises", lambda: use(EnterRaises()))
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, a, b, c, d=None): return True
attempt("exit with default arg", lambda: use(ExitArgs()))
class ExitTooFew:
    def __enter__(self): return self
    def __exit__(self): pass
attempt("exit with too few params", lambda: use(ExitTooFew()))
# the as-target is assigned after __enter__ runs, with complex targets
class Pair:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Pair() as (x, [y, z]):
    print(x, y, z)
d = {}
with Pair() as d["k"]:
    pass
print(d)
# generator-based context managers are not used (contextlib elsewhere); generators inside with
def gen():
    with Log("g"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")
def gen2():
    with Log("g2"):
        yield 1
g2 = gen2()
next(g2)
del g2
print("deleted")
