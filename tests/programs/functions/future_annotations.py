"""Docstring first: future imports may follow it."""
from __future__ import annotations
from __future__ import generator_stop, division
# PEP 563: annotations are stored as strings (CPython's unparse of the expression); names in them
# are never evaluated; annotations of complex targets are not evaluated either
def f(a: x[1,], b: x[()], c: x[*y], d: x[1:2, ::3], e: lambda *a, b=1, **k: 0, f: lambda x, /, y=2: x,
      h: f"{x!r:>{w}} {{lit}} {'q'}", i: -(1 ** -2) ** 3, j: (a, b), k: not a and b or c, l: a if b else (c if d else e),
      m: [x async for x in y if z], n: {**a, 'k': 1}, o: {1, 2}, p: 1 .real, q: 1.5e300 * 2j, r: "it's", s: b'\x00"\'',
      v: x(*a, k=1, **kw), w: x(i for i in y), y: ..., z: 1e400, aa: -0.0, bb: 1e16, cc: 0.0001, dd: 123456789012345678.0,
      ee: 'é\u200b\n\t', ff: a < b <= c is not d not in e, gg: ~a ** b, hh: (a or b)(c), ii: a.b.c[d](e), jj: (lambda: 1)(),
      kk: 1j, ll: (1+2j), mm: (a, *b), nn: {k: v for k, v in x}, oo: {x for x in y}, pp: (x for x in y), qq: x[a, b:c],
      rr: 2 ** 3 ** 4, ss: (2 ** 3) ** 4, tt: a - (b - c), uu: (a - b) - c, vv: a * (b + c), ww: [*a, *b], xx: f"{ {1: 2}[1] }",
      yy: 0.1 + 0.2, zz: 1_000_000, *args: Undefined, kwonly: "quoted", **kw: dict[str, "Forward"]) -> List[Optional[int]]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
class C:
    x: List[int] = []
    y: "forward"
    z = 5
    other: Undefined.attribute
print(C.__annotations__, C.x)
obj = C()
obj.attr: NotEvaluated = 3
d = {}
d["k"]: AlsoNotEvaluated = 4
print(obj.attr, d)
module_level: Dict[str, int] = {}
print(__annotations__)
def g():
    local: NeverEvaluated = 1
    return local
print(g(), g.__annotations__)
async def h(x: Awaitable[int]) -> Coroutine: pass
print(h.__annotations__)
lam = lambda: 0
print(lam.__annotations__)
# later __future__ imports are errors
for src in ["x = 1\nfrom __future__ import annotations", "from __future__ import braces", "from __future__ import nope",
            "import os\nfrom __future__ import annotations", "def f():\n    from __future__ import annotations",
            "'doc'\nfrom __future__ import annotations\nfrom __future__ import division", "from __future__ import *",
            "from __future__ import annotations; import os; from __future__ import division"]:
    try:
        compile(src, "<future>", "exec")
        print("compiles", repr(src))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno})", repr(src))
