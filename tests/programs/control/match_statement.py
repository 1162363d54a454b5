# match statements: literal, capture, sequence, mapping, class, or/as patterns and guards
class OrderedDict(dict): pass
class Color:
    RED = "red"
    GREEN = "green"
def describe(x):
    match x:
        case None: return "none"
        case True: return "true"
        case False: return "false"
        case Color.RED: return "red!"
        case -1: return "minus one"
        case 1.5 | 2j: return "float or complex"
        case "a" | "b" as letter: return "letter " + letter
        case b"bytes": return "bytes"
        case []: return "empty list"
        case [x]: return f"one {x}"
        case [1, *_, 9]: return "1..9"
        case (x, y, *rest) if len(rest) > 2: return f"long {x} {y} {rest}"
        case [x, y, *rest]: return f"seq {x} {y} {rest}"
        case {}: return "empty-ish mapping"
        case _: return f"other {type(x).__name__}"
for v in [None, True, False, "red", -1, 1.5, 2j, "a", "b", b"bytes", [], [5], (5,), [1, 2, 9], [1, 9], (1, 2, 3, 4, 5), "abc", range(3), {"x": 1}, 0, 1, 1.0]:
    print(repr(v), "->", describe(v))
def mapping(x):
    match x:
        case {"type": "point", "x": int(px), "y": int(py)}: return f"point {px},{py}"
        case {"type": "circle", **kw}: return f"circle {sorted(kw.items())}"
        case {1: one}: return f"int key {one}"
        case dict(d) if not d: return "empty dict"
        case _: return "no"
for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": "1", "y": 2}, {"type": "circle", "r": 3, "c": 0}, OrderedDict({1: "one"}), {}, [("type", "point")], {True: "t"}]:
    print(v, "->", mapping(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z
def cls(p):
    match p:
        case Point3(0, 0, 0): return "origin3"
        case Point(0, 0): return "origin"
        case Point(x=0, y=yy): return f"on y axis {yy}"
        case Point(xx, 0): return f"on x axis {xx}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(): return "some point"
        case int(n) | float(n): return f"number {n}"
        case str(s): return f"string {s!r}"
        case list([a, b]): return f"pair list {a} {b}"
        case object(): return "object"
for v in [Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5, "s", [1, 2], (1, 2)]:
    print(cls(v))
# names bound only on success, guard sees bindings, bindings persist after the match
match [1, 2]:
    case [a, 3]: print("no")
    case [b, c] if b > c: print("no")
    case [d, e]: print("bound", d, e)
print("b, c after guard failure:", b, c)
try:
    print(a)
except NameError as ex:
    print("a unbound:", ex)
# match in a function with captures as locals
def f(cmd):
    match cmd.split():
        case ["go", direction]: return "going " + direction
        case ["pick", "up", item] | ["take", item]: return "taking " + item
        case ["quit" | "exit"]: return "bye"
        case [verb, *args]: return f"unknown {verb} {args}"
print(f("go north"), f("pick up lamp"), f("take key"), f("exit"), f("dance wildly now"))
# subject evaluated once
def subj():
    print("subject evaluated"); return 3
match subj():
    case 1: pass
    case 2: pass
    case 3: print("three")
# no case matched
match 99:
    case 1: print("one")
print("after no match")
# star captures list even for tuples
match (1, 2, 3):
    case (first, *others):
        print(first, others, type(others).__name__)
# walrus / nested
match {"items": [1, [2, 3]]}:
    case {"items": [x, [y, z]]}:
        print(x + y + z)
# value pattern with dotted access uses ==
class Eq:
    def __eq__(self, other): print("eq called"); return True
class NS:
    E = Eq()
match 5:
    case NS.E: print("matched via __eq__")
def classify(x):
    match x:
        case 0 | 1:
            return "small"
        case int(n) if n > 100:
            return f"big {n}"
        case [a, b, *rest]:
            return f"list {a} {b} {rest}"
        case {"k": v, **others}:
            return f"dict {v} {others}"
        case str() as s:
            return "str " + s
        case (1, 2):
            return "tuple12"
        case _:
            return "other"
for v in [0, 1, 500, [1, 2, 3, 4], {"k": 1, "z": 2}, "hi", (1, 2), 3.5]:
    print(classify(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Point(1, 2):
    case Point(x=1, y=yy):
        print("kw", yy)
match Point(3, 4):
    case Point(a, b):
        print("pos", a, b)
