# Function attributes: __name__, __qualname__, __doc__, __defaults__, __module__, __dict__
def top(a, b=2, *args, c=3, **kw):
    """Top-level docstring."""
    return a
print(top.__name__, top.__qualname__, top.__module__)
print(top.__doc__)
print(top.__defaults__, top.__kwdefaults__)
def nodoc():
    x = "not a docstring because it is not first"
    return x
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
print(outer()().__name__)
class C:
    def method(self):
        "Method doc."
    class Nested:
        def deep(self):
            pass
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
print(C.method.__qualname__, C.Nested.deep.__qualname__, C.st.__qualname__, C.cm.__qualname__)
print(C.method.__name__, C().method.__name__, C.method.__doc__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def make():
    return lambda: 0
print(make().__qualname__)
top.__doc__ = "changed"
top.__name__ = "renamed"
print(top.__doc__, top.__name__, top.__qualname__)
top.custom = 1
print(top.__dict__)
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated.__annotations__)
print(callable(top), callable(C), callable(C()), callable(5))
print(type(top).__name__, type(C.method).__name__, type(C().method).__name__, type(lam).__name__)
bound = C().method
print(bound.__func__ is C.method, bound.__self__.__class__.__name__)
def f():
    pass
g = f
print(g.__name__, g is f)
print(repr(C.method).startswith("<function C.method at "), str(top).startswith("<function top at"))
