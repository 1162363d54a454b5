# Exact messages for wrong calls to user-defined functions
def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
def none():
    pass
attempt(one)
attempt(two)
attempt(two, 1)
attempt(three)
attempt(three, 1)
attempt(one, 1, 2)
attempt(two, 1, 2, 3)
attempt(opt, 1, 2, 3)
attempt(opt)
attempt(none, 1)
attempt(none, 1, 2)
attempt(one, b=1)
attempt(one, 1, b=1)
attempt(two, 1, a=2)
attempt(opt, 1, a=2)
attempt(none, x=1)
attempt(two, 1, 2, c=3)
attempt(three, 1, c=3)
attempt(three, b=2)
def kwo(a, *, b, c):
    pass
attempt(kwo, 1)
attempt(kwo, 1, b=2)
attempt(kwo, 1, 2, 3)
attempt(kwo, 1, 2, b=2, c=3)
def va(a, *args):
    pass
attempt(va)
attempt(va, 1, 2, 3, a=1)
attempt(lambda x: x)
attempt(lambda: 0, 5)
attempt(lambda x, y=2: 0, 1, 2, 3)
def outer():
    def inner(p):
        pass
    return inner
attempt(outer())
attempt(outer(), 1, 2)
