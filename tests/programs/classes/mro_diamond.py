# Multiple inheritance and the C3 method resolution order
def mro(cls):
    return [c.__name__ for c in cls.__mro__]
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(mro(D), D().who())
class E(C, B):
    pass
print(mro(E), E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass
print(mro(Top))
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class I(F, G): pass
class J(G, H): pass
class L(I, J): pass
print(mro(L))
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Base:
    def hello(self):
        return "base hello"
class UsesMixin(Mixin, Base): pass
class BaseFirst(Base, Mixin): pass
print(UsesMixin().hello(), "|", BaseFirst().hello())
print(mro(UsesMixin), mro(BaseFirst))
class P:
    attr = "P"
class Q(P):
    pass
class R(P):
    attr = "R"
class S(Q, R):
    pass
print(S.attr, mro(S))
print(D.__bases__ == (B, C), [b.__name__ for b in E.__bases__])
print(issubclass(D, A), issubclass(D, C), isinstance(D(), B))
print(D.mro() == list(D.__mro__), type(D.__mro__).__name__)
class Deep1: pass
class Deep2(Deep1): pass
class Deep3(Deep2): pass
class Side(Deep1): pass
class Joined(Deep3, Side): pass
print(mro(Joined))
