# type.__abstractmethods__ (what abc.ABCMeta sets) and __slots__ listing a name twice.
class A: __slots__ = ('x','y','x')
print(A.__slots__, A.x)
a=A(); a.x=1; print(a.x)
class B: pass
print(hasattr(B,'__abstractmethods__'))
try: B.__abstractmethods__
except AttributeError as e: print(e)
B.__abstractmethods__ = frozenset({'f','g'})
try: B()
except TypeError as e: print(e)
B.__abstractmethods__ = frozenset({'f'})
try: B()
except TypeError as e: print(e)
B.__abstractmethods__ = ()
print(type(B()).__name__)
B.__abstractmethods__ = ['x']
try: B()
except TypeError as e: print(e)
del B.__abstractmethods__
print(B.__abstractmethods__ if hasattr(B,'__abstractmethods__') else 'gone')
try: type.__abstractmethods__
except AttributeError as e: print(e)
try: int.__abstractmethods__ = 1
except TypeError as e: print(e)
class C:
  __abstractmethods__ = 5
print(C.__abstractmethods__)
C()
try:
    class D: __slots__ = ('x',); x = 1
except ValueError as e: print(e)
