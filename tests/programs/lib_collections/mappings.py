# Counter, OrderedDict, namedtuple, ChainMap and UserDict from Lib/collections.
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, namedtuple

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update({'a': -2, 'q': 3})
c.subtract('bb')
print(sorted(c.items()), +c, -c, c & Counter('aaq'), c | Counter('zz'), Counter('ab') + Counter('bc'), Counter('ab') - Counter('b'))
print(Counter(a=1, b=2) == Counter(b=2, a=1), Counter('aab') <= Counter('aabb'), repr(Counter()), Counter({'x': 0}) == Counter())

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1}, list(reversed(od)))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), p == (1, 2))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(9), P3._field_defaults, namedtuple('R', 'def x', rename=True)._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('B', 'x x'), lambda: namedtuple('B', '1x'),
            lambda: p._replace(z=1), lambda: Point(1, 2).__setattr__('x', 3)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'], cm.parents, dict(cm))
cm['z'] = 0
print(cm.maps, 'z' in cm, cm.get('q', 'none'))
ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), 'a' in ud, ud.data, UserList([1, 2]) + [3], UserString('abc').upper(), UserString('x') * 3)
