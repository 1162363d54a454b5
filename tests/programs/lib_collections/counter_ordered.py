# collections.Counter arithmetic/most_common/total/elements and OrderedDict move_to_end/popitem/equality/reversed, namedtuple options.
from collections import Counter, OrderedDict, namedtuple

c = Counter("abracadabra")
d = Counter(a=1, b=5, z=-2)
print(c.most_common(2), c.most_common(), c.total(), sorted(c.elements()), c["missing"])
print(c + d, c - d, c & d, c | d, +d, -d)
c2 = c.copy()
c2.update("aaz")
c2.subtract({"a": 10, "q": 1})
print(c2, c2 == Counter(c2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2) if hasattr(Counter, "__le__") else None)
c3 = Counter(x=3)
c3 += Counter(x=-5, y=2)
print(c3, repr(Counter()), Counter({"k": 1}).most_common(0), Counter(x=1, y=1, z=2).most_common(2))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
del c["a"]
del c["not there"]
print(sorted(c.items()), len(c), list(Counter(b=2, a=2, c=3).elements()))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
print(od == OrderedDict([("a", 0), ("c", 0), ("b", 0)]), od == {"b": 0, "a": 0, "c": 0}, OrderedDict(a=1) == OrderedDict(a=1))
o1, o2 = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 | {"c": 3}, repr(OrderedDict()), repr(o1))
for bad in (lambda: OrderedDict().popitem(), lambda: od.move_to_end("zz")):
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
od2 = OrderedDict(x=1)
od2.setdefault("y", 2)
print(od2.pop("x"), od2, od2.pop("nope", "dflt"), list(od2.keys()), list(od2.values()), list(od2.items()))

Pt = namedtuple("Pt", "x y", defaults=[0])
print(Pt(1), Pt(1, 2)._asdict(), Pt._make([3, 4]), Pt._fields, Pt._field_defaults, Pt.__doc__, Pt.x.__doc__)
R = namedtuple("R", ["def", "x", "x", "_y"], rename=True)
print(R._fields, R(1, 2, 3, 4))
M = namedtuple("M", "a b", module="mymod")
print(M.__module__, M(1, 2) == (1, 2), M(1, 2)._replace(b=5))
for bad in (lambda: namedtuple("B", "a a"), lambda: namedtuple("B", "1a"), lambda: namedtuple("B", "_a"),
            lambda: namedtuple("class", "a"), lambda: Pt(), lambda: Pt(1, 2, 3), lambda: Pt(1)._replace(z=1),
            lambda: Pt._make([1, 2, 3])):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
