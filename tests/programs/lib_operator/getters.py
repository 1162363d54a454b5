from _operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([10, 20, 30]), g('xyz'), g({1: 'one'}))
g2 = itemgetter(0, 2, -1)
print(g2('abcdef'), g2([1, 2, 3]))
print(itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(repr(g), repr(g2), repr(itemgetter('a', None)), g.__reduce__(), g2.__reduce__())
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))

class P:
    def __init__(self):
        self.name = 'p'
        self.child = self
        self.n = 3
a = attrgetter('name')
b = attrgetter('child.child.name', 'n')
print(a(P()), b(P()))
print(repr(a), repr(b), b.__reduce__())

m = methodcaller('upper')
m2 = methodcaller('split', ',', maxsplit=1)
m3 = methodcaller('count', 'a')
print(m('abc'), m2('a,b,c'), m3('banana'))
print(repr(m), repr(m2), repr(m3), m.__reduce__(), m3.__reduce__())
print(type(g).__name__, type(g).__module__, type(a), type(m))

tests = ["itemgetter()", "attrgetter()", "attrgetter(1)", "methodcaller()", "methodcaller(1)", "itemgetter(1)(5)",
         "itemgetter(5)([1])", "attrgetter('zz')(1)", "attrgetter('real.zz')(1)", "methodcaller('nope')(1)",
         "itemgetter(1, x=1)", "itemgetter(1)()", "itemgetter(1)([1, 2], [3])", "attrgetter('a')(x=1)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    print('TypeError', e)
