# Keyword-only parameters after * or *args
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=2), f(a=0, b=0))
def g(*args, sep=" ", end=""):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="-"), g(end="!"))
def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
attempt(f, 1, 2)
attempt(f, 1)
attempt(f, 1, 2, 3)
attempt(f, 1, b=2, d=4)
def h(*, only):
    return only
attempt(h, only=5)
attempt(h)
attempt(h, 5)
def many(*, x, y, z):
    return x + y + z
attempt(many, x=1)
attempt(many)
attempt(many, y=1, z=2, x=3)
def defaults_only(*, a=1, b=2):
    return a, b
print(defaults_only(), defaults_only(b=5))
print(f.__kwdefaults__, h.__kwdefaults__, many.__kwdefaults__)
class K:
    def method(self, *, flag=False):
        return flag
print(K().method(), K().method(flag=True))
attempt(K().method, True)
