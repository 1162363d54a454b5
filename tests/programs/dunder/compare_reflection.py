# Rich comparisons: reflected operands, subclass priority, NotImplemented fallbacks, identity
# fallback of ==/!=, __ne__ derived from __eq__, ordering TypeErrors and total_ordering-free corners
log = []
class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    def __eq__(self, o): log.append(f"A.__eq__({o!r})"); return NotImplemented
    def __lt__(self, o): log.append(f"A.__lt__({o!r})"); return NotImplemented
    def __gt__(self, o): log.append(f"A.__gt__({o!r})"); return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"B({self.v})"
    def __eq__(self, o): log.append(f"B.__eq__({o!r})"); return isinstance(o, A) and o.v == self.v
    def __gt__(self, o): log.append(f"B.__gt__({o!r})"); return self.v > o.v
def show(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(label, "->", r, log)
show("A(1) == B(1)", lambda: A(1) == B(1))
show("A(1) != B(2)", lambda: A(1) != B(2))
show("A(1) < B(0)", lambda: A(1) < B(0))
show("A(1) > B(0)", lambda: A(1) > B(0))
show("A(1) <= B(0)", lambda: A(1) <= B(0))
show("A(1) == A(1)", lambda: A(1) == A(1))
a = A(1)
show("a == a", lambda: a == a)
show("a != a", lambda: a != a)
show("a is a in list", lambda: [a] == [a])
show("a in [a]", lambda: a in [a])
show("A(1) in [A(1)]", lambda: A(1) in [A(1)])
# subclass reflected method tried first when it overrides
class Base:
    def __lt__(self, o): log.append("Base.__lt__"); return "base"
    def __gt__(self, o): log.append("Base.__gt__"); return "base-gt"
class Derived(Base):
    def __gt__(self, o): log.append("Derived.__gt__"); return "derived-gt"
class DerivedNoOverride(Base):
    pass
show("Base() < Derived()", lambda: Base() < Derived())
show("Base() < DerivedNoOverride()", lambda: Base() < DerivedNoOverride())
show("Derived() < Base()", lambda: Derived() < Base())
# __eq__ result not bool is returned as is; __ne__ inverts __eq__ by default
class Weird:
    def __eq__(self, o): return "yes"
show("Weird() == 1", lambda: Weird() == 1)
show("Weird() != 1", lambda: Weird() != 1)
class Falsy:
    def __eq__(self, o): return 0
show("Falsy() != 1", lambda: Falsy() != 1)
class NoBool:
    def __bool__(self): raise ValueError("no bool")
class RetNoBool:
    def __eq__(self, o): return NoBool()
show("type of RetNoBool()==1", lambda: type(RetNoBool() == 1).__name__)
try:
    RetNoBool() != 1
except ValueError as e:
    print("ValueError from != :", e)
try:
    [RetNoBool()] == [1]
except ValueError as e:
    print("ValueError from list == :", e)
# ordering errors between unrelated types
class P: pass
class Q: pass
for label, f in [("P() < Q()", lambda: P() < Q()), ("P() >= 1", lambda: P() >= 1), ("1 > P()", lambda: 1 > P()),
                 ("'a' < 1", lambda: "a" < 1), ("[1] < (1,)", lambda: [1] < (1,)), ("None < None", lambda: None < None),
                 ("{} < {}", lambda: {} < {}), ("1j < 2j", lambda: 1j < 2j), ("[1, 'a'] < [1, 2]", lambda: [1, "a"] < [1, 2]),
                 ("sorted mixed", lambda: sorted([3, "a"])), ("max mixed", lambda: max(1, "b")),
                 ("P() == Q()", lambda: P() == Q()), ("P() != Q()", lambda: P() != Q()),
                 ("type compare", lambda: int < str), ("A(1) <= A(2)", lambda: A(1) <= A(2))]:
    show(label, f)
# == across numeric types and containers
print(1 == 1.0, 1 == True, 1.0 == 1 + 0j, [1, 2] == [1.0, 2.0], (1,) == [1], {1: "a"} == {1.0: "a"}, {1} == frozenset([1]))
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print(n == n, [n] == [n], n in [n], (n,) < (n, 1))
# reflected __eq__ on int subclass
class MyInt(int):
    def __eq__(self, o): log.append("MyInt.__eq__"); return "myint eq"
    __hash__ = int.__hash__
show("1 == MyInt(1)", lambda: 1 == MyInt(1))
show("MyInt(1) == 1", lambda: MyInt(1) == 1)
class MyStr(str):
    def __lt__(self, o): log.append("MyStr.__lt__"); return NotImplemented
    def __gt__(self, o): log.append("MyStr.__gt__"); return "gt"
show("'a' < MyStr('b')", lambda: "a" < MyStr("b"))
show("MyStr('b') < 'a'", lambda: MyStr("b") < "a")
# comparison methods called through the type, not the instance
class Inst:
    pass
i = Inst()
i.__eq__ = lambda o: True
show("instance __eq__ ignored", lambda: i == 5)
# chained comparisons evaluate middle once and short-circuit
def val(x):
    log.append(f"val {x}")
    return x
show("1 < val(2) < 3", lambda: 1 < val(2) < 3)
show("3 < val(2) < val(4)", lambda: 3 < val(2) < val(4))
# __hash__ = None when __eq__ is defined
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)
print(H.__hash__)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
# object methods directly
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1), object.__lt__(a, a))
print(int.__lt__(1, 2), int.__lt__(1, 2.5), float.__eq__(1.0, 1), str.__eq__("a", 1))
