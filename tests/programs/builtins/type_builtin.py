print(type(1), type(1.0), type('a'), type([]), type(()), type({}), type(set()))
print(type(None), type(True), type(type), type(object), type(b''), type(...))
print(type(range(1)), type(len), type(lambda: 0).__name__, type(frozenset()))


class Foo:
    pass


f = Foo()
print(type(f) is Foo, type(f).__name__, type(Foo) is type, type(f) == Foo)
print(type(1) is int, type(True) is bool, type(True) is int)
Point = type('Point', (), {'x': 1, 'y': 2})
p = Point()
print(Point.__name__, p.x, p.y, type(p) is Point, isinstance(p, Point))


def describe(self):
    return 'I am %s with v=%d' % (type(self).__name__, self.v)


Base = type('Base', (object,), {'v': 10, 'describe': describe})
Child = type('Child', (Base,), {'v': 20})
print(Base().describe(), Child().describe())
print(issubclass(Child, Base), Child.__bases__ == (Base,), Child.__mro__ == (Child, Base, object))
print(Child.__name__, Child.__qualname__)
Empty = type('Empty', (), {})
print(Empty.__bases__ == (object,), Empty.__name__)
Num = type('Num', (int,), {'double': lambda self: self * 2})
n = Num(21)
print(n, n.double(), isinstance(n, int), type(n).__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
print(type(type('Q', (), {})()).__name__)
print(type(int('3')), type(3 / 1), type(3 // 1), type(2 ** -1), type(2 ** 2))
print(type(int), type(Foo).__name__)
