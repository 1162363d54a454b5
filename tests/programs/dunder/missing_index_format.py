# __missing__ on dict subclasses, __index__ wherever an integer is needed, __format__ dispatch
class Counter(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        return 0
c = Counter(a=1)
print(c["a"], c["b"], "b" in c, c.get("z"), c.get("z", 5), len(c))
c["x"] = c["x"] + 1
print(sorted(c.items()))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
tree = Auto()
tree["a"]["b"]["c"] = 1
print(tree)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raising()["q"]
except KeyError as e:
    print("KeyError:", e)
class NoMissing(dict): pass
try:
    NoMissing()["q"]
except KeyError as e:
    print("KeyError:", e)
# __missing__ is looked up on the type only, and not used by pop/get/setdefault/in
d = NoMissing()
d.__missing__ = lambda k: "instance"
try:
    d["k"]
except KeyError as e:
    print("instance __missing__ ignored:", e)
print(Counter().pop("p", "dflt"), Counter().setdefault("s", 9))
# dict.__getitem__ called directly still uses __missing__
print(dict.__getitem__(Counter(), "direct"))
# __missing__ used by str.format_map / % formatting with mappings
print("{name} is {age}".format_map(Counter(name="Ann")))
print("%(x)s and %(y)s" % Counter(x="X"))
# __index__
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(1):Idx(7):Idx(2)], "abcdef"[Idx(2)], (1, 2, 3)[Idx(0)])
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), range(Idx(3))[-1], [0] * Idx(2), "ab" * Idx(2))
print(bytes(Idx(3)), bytearray(Idx(2)), int.from_bytes(b"\x01", "big") + 0)
import operator
print(operator.index(Idx(7)), (5).__pow__(2, Idx(7)), round(1.23456, Idx(2)))
try:
    pow(3, 4, Idx(5))
except TypeError as e:
    print("TypeError:", e)
print(chr(Idx(65)), "%x" % Idx(255), "%d" % Idx(12))
print(int(Idx(42)))
print(b"abc"[Idx(1)], bytearray(b"xyz")[Idx(-1)], memoryview(b"mv")[Idx(0)])
l = [1, 2, 3]
l[Idx(0)] = 10
del l[Idx(1)]
print(l, l.pop(Idx(0)), l)
l2 = [1, 2, 3, 4]
l2.insert(Idx(1), "x")
print(l2, "abcabc".find("c", Idx(3)), [1, 2, 1].index(1, Idx(1)))
class BadIdx:
    def __index__(self): return "no"
class FloatIdx:
    def __index__(self): return 1.5
for obj in [BadIdx(), FloatIdx(), 1.5, "3", None]:
    try:
        [1, 2][obj]
    except TypeError as e:
        print("TypeError:", e)
for obj in [BadIdx(), 2.0]:
    try:
        operator.index(obj)
    except TypeError as e:
        print("TypeError:", e)
    try:
        hex(obj)
    except TypeError as e:
        print("TypeError:", e)
    try:
        range(obj)
    except TypeError as e:
        print("TypeError:", e)
    try:
        "x" * obj
    except TypeError as e:
        print("TypeError:", e)
# int() uses __int__ then __index__ then __trunc__
class OnlyIndex:
    def __index__(self): return 9
class OnlyInt:
    def __int__(self): return 8
class OnlyTrunc:
    def __trunc__(self): return 7
print(int(OnlyIndex()), int(OnlyInt()), float(OnlyIndex()), complex(OnlyIndex()))
try:
    [1][OnlyInt()]
except TypeError as e:
    print("TypeError:", e)
# __format__
class Fmt:
    def __format__(self, spec):
        return f"Fmt<{spec}>"
    def __str__(self): return "str"
    def __repr__(self): return "repr"
f = Fmt()
print(format(f), format(f, "x>10"), f"{f}", f"{f:abc}", f"{f!s}", f"{f!r:>6}", "{:q}".format(f), "{0!s:>5}".format(f))
class BadFmt:
    def __format__(self, spec): return 5
try:
    format(BadFmt(), "")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFmt()}"
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(Plain(), "")[:9])
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
# builtin subclasses inherit __format__; str subclass
class MyInt(int):
    def __format__(self, spec): return "myint:" + int.__format__(self, spec)
class MyFloat(float): pass
print(format(MyInt(5), "03d"), f"{MyInt(7):x}", format(MyFloat(1.5), ".3f"), f"{MyFloat(2.5)}")
class MyStr(str):
    def __str__(self): return "overridden str"
print(format(MyStr("abc"), ""), f"{MyStr('abc')}", "{}".format(MyStr("abc")), str(MyStr("q")))
print(format(True, ""), format(True, "d"), format(True, ">5"), format(None, ""), f"{None!r:>6}")
try:
    format(None, ">5")
except TypeError as e:
    print("TypeError:", e)
try:
    format([], "x")
except TypeError as e:
    print("TypeError:", e)
