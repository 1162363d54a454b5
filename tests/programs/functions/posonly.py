# Positional-only parameters before /
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
attempt(f, 1, b=2, c=3, d=4)
attempt(f, a=1, b=2, c=3, d=4)
attempt(f, 1, 2, 3, 4)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
attempt(g, x=5)
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
attempt(h)
attempt(h, 1, b=5)
def only(a, /):
    return a
print(only(7))
attempt(only, a=7)
attempt(only)
attempt(only, 1, 2)
print(h.__defaults__)
print(len("abc"), divmod(7, 2))
attempt(len, obj="abc")
attempt(divmod, x=1, y=2)
