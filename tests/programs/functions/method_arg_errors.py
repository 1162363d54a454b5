# Argument error messages for methods, classmethods, staticmethods and constructors
class A:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return y
    @classmethod
    def cm(cls, z):
        return z
    @staticmethod
    def sm(w):
        return w
def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
attempt(A)
attempt(A, 1, 2)
attempt(A, y=1)
a = A(1)
attempt(a.m)
attempt(a.m, 1, 2)
attempt(a.m, 1)
attempt(A.m, 1)
attempt(A.m, a, 2)
attempt(a.cm)
attempt(A.cm, 1, 2)
attempt(a.sm)
attempt(A.sm, 1, 2)
attempt(a.m, y=3, z=4)
class NoInit:
    pass
attempt(NoInit, 1)
attempt(NoInit, k=1)
class Child(A):
    pass
attempt(Child)
attempt(Child(5).m)
attempt(5)
attempt("str")
attempt(a)
attempt(None)
