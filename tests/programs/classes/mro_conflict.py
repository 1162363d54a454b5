# Inconsistent hierarchies raise TypeError at class creation
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Fine(B, A):
    pass
print([c.__name__ for c in Fine.__mro__])
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print(type(e).__name__)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Z(XY):
    pass
print([c.__name__ for c in Z.__mro__])
