# __name__, __qualname__, __module__, __class__ and reprs of classes
class A:
    class Inner:
        class Deeper:
            pass
def make():
    class Local:
        pass
    return Local
print(A.__name__, A.__qualname__, A.__module__)
print(A.Inner.__name__, A.Inner.__qualname__)
print(A.Inner.Deeper.__qualname__)
L = make()
print(L.__name__, L.__qualname__)
print(repr(A), str(A), A)
print(A.Inner, A.Inner.Deeper, L)
print(int, str, type, object, bool, list, dict, type(None))
print(type(A), type(A()), type(A()) is A, type(type))
a = A()
print(a.__class__, a.__class__ is A, a.__class__.__name__)
print(type(5).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print((5).__class__, "x".__class__.__class__)
print(type(print).__name__, type(len), type(lambda: 0).__name__)
print(ValueError, ValueError.__name__, ValueError.__module__)
print(int.__name__, int.__qualname__, int.__module__)
print(type(A.Inner()).__qualname__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, A)
class B(A):
    pass
print(B.__bases__, B.__base__.__qualname__)
print([cls.__name__ for cls in (int, float, str, bytes, tuple, set, frozenset)])
print(isinstance(A, type), isinstance(a, type), type(A).__name__)
print(A.__doc__, B.__dict__.get("__doc__"))
