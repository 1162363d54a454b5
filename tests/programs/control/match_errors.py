# Errors from match statements: compile-time pattern checks and runtime class/mapping checks
cases = [
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case y if y: pass\n case 1: pass",
    "match x:\n case 1 | y | 2: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case [a] | (b,): pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case {'k': 1, 'k': 2}: pass",
    "match x:\n case {1: _, 1.0: _}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case (1 as a) | (2 as a): pass",
    "match x:\n case _ as y: pass\n case 2: pass",
    "match x:\n case (y): pass\n case 2: pass",
    "match x:\n case 1 | _: pass\n case 2: pass",
]
for c in cases:
    try:
        compile(c, "m.py", "exec")
        print(repr(c), "compiles")
    except SyntaxError as e:
        print(repr(c), "->", e.msg, "| line", e.lineno)
class C: pass
c5 = 5
class M:
    __match_args__ = ["a"]
class N:
    __match_args__ = (1,)
class K:
    __match_args__ = ("x",)
    x = 1
for src in ["match 1:\n case C(1): pass", "match 1:\n case c5(1): pass", "match M():\n case M(1): pass",
            "match N():\n case N(1): pass", "match 5:\n case int(a, b): pass", "match C():\n case C(a): pass",
            "match K():\n case K(1, x=1): pass"]:
    try:
        exec(src)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
key = 1
class Keys:
    one = 1
    also_one = 1.0
try:
    match {1: 2}:
        case {Keys.one: _, Keys.also_one: _}: pass
except ValueError as e:
    print("ValueError:", e)
