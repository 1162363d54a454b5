# match: remaining corners — self-matching builtins, str/bytes are not sequences, mapping **rest copies,
# get() protocol on mappings, __match_args__ inheritance, attribute lookup errors, pattern order of evaluation
for v in [True, 1, 1.0, "s", b"b", bytearray(b"ba"), frozenset({1}), {1}, (1,), [1], {1: 2}, 3j, None]:
    match v:
        case bool(x): r = f"bool {x}"
        case int(x): r = f"int {x}"
        case float(x): r = f"float {x}"
        case str(x): r = f"str {x}"
        case bytes(x): r = f"bytes {x!r}"
        case bytearray(x): r = f"bytearray {x!r}"
        case frozenset(x): r = f"frozenset {sorted(x)}"
        case set(x): r = f"set {sorted(x)}"
        case tuple(x): r = f"tuple {x}"
        case list(x): r = f"list {x}"
        case dict(x): r = f"dict {x}"
        case complex(): r = "complex"
        case _: r = "other"
    print(repr(v), "->", r)
# strings, bytes, bytearray never match sequence patterns
for v in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), range(2), memoryview(b"ab")]:
    match v:
        case [x, y]: print(type(v).__name__, "seq", x, y)
        case _: print(type(v).__name__, "not a sequence")
# mapping: get() is used, __missing__ is not triggered, **rest is a fresh dict without matched keys
class DD(dict):
    def __missing__(self, k): print("missing called"); return 0
match DD(a=1):
    case {"b": _}: print("matched b")
    case {"a": x, **rest}: print("a", x, rest, type(rest).__name__)
d = {"k": 1}
match d:
    case {"k": 1, **r}:
        r["new"] = 2
        print(d, r)
# __match_args__ inherited, keyword and positional on same attr
class Base:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
class Derived(Base): pass
match Derived(1, 2):
    case Base(1, b=2): print("derived matches base pattern")
try:
    match Derived(1, 2):
        case Derived(1, a=1): pass
except TypeError as e:
    print("TypeError:", e)
class Lazy:
    __match_args__ = ("p",)
    @property
    def p(self): print("p evaluated"); return 5
    def __getattr__(self, n):
        raise AttributeError(n)
match Lazy():
    case Lazy(4): print("4")
    case Lazy(5): print("5")
    case Lazy(missing=1): print("no")
    case Lazy(): print("fallback")
class Bad:
    __match_args__ = ("q",)
try:
    match Bad():
        case Bad(1): print("?")
        case _: print("no attr -> no match")
except AttributeError as e:
    print("AttributeError:", e)
class Boom:
    @property
    def z(self): raise ValueError("boom")
try:
    match Boom():
        case Boom(z=1): pass
except ValueError as e:
    print("ValueError:", e)
for src in ["match 1:\n case int(1, 2): pass", "match 1.0:\n case float(1, 2): pass",
            "match 'a':\n case str(x, y): pass", "match 1:\n case len(): pass", "match 1j:\n case complex(x): pass",
            "match 1:\n case (lambda: 0)(): pass"]:
    try:
        exec(src)
        print("ok", repr(src))
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)
class C:
    __match_args__ = ()
try:
    match C():
        case C(1): pass
except TypeError as e:
    print(e)
class C2:
    __match_args__ = ("a", "b")
    a = b = 0
try:
    match C2():
        case C2(1, 2, 3): pass
except TypeError as e:
    print(e)
class C3:
    __match_args__ = "ab"
try:
    match C3():
        case C3(1): pass
except TypeError as e:
    print(e)
# as-patterns and or-patterns binding, nested groups, value patterns with dotted names
class Col:
    R = "r"
    G = "g"
for v in [Col.R, Col.G, 1, (1, 2), [3, [4, 5]]]:
    match v:
        case Col.R | Col.G as c: print("color", c)
        case ((1 | 2) as first, (2 | 3) as second): print("pair", first, second)
        case [3, [4, _] as inner] as whole: print("nested", inner, whole)
        case x: print("capture", x)
# guard side effects and failure rebinding
def g(v):
    print("guard", v)
    return v > 1
match [1, 2, 3]:
    case [*_, last] if g(last): print("last", last)
match (1, 2, 3, 4, 5):
    case (1, *mid, 5): print(mid)
match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [_, {"c": cc}]}}: print("deep", cc)
# negative numbers and complex literals
for v in [-1, -1.5, 1+2j, -2j, 0j]:
    match v:
        case -1: print("minus one")
        case -1.5: print("minus one and a half")
        case 1+2j: print("complex 1+2j")
        case -2j: print("minus 2j")
        case 0: print("zero (0j == 0)")
# True matches only True, 1 matches True (==)
for v in [1, True, 1.0]:
    match v:
        case True: print(repr(v), "is True")
        case 1: print(repr(v), "== 1")
