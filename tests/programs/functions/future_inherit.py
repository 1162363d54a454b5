# compile()/exec()/eval() inherit `from __future__ import annotations` from the calling code unless
# dont_inherit=True; compile() accepts the feature's compiler_flag
from __future__ import annotations
import __future__
ns = {}
exec("def f(x: Undefined) -> AlsoUndefined: pass", ns)
print(ns["f"].__annotations__)
code = compile("def g(y: list[int]): pass", "<c>", "exec")
exec(code, ns)
print(ns["g"].__annotations__)
code = compile("def h(z: int): pass", "<c>", "exec", dont_inherit=True)
exec(code, ns)
print(ns["h"].__annotations__)
print(__future__.annotations.compiler_flag, __future__.annotations.mandatory, __future__.annotations.optional)
def inner():
    exec("def k(q: Nope): pass", ns)
    return ns["k"].__annotations__
print(inner())
print(bool(inner.__code__.co_flags & __future__.annotations.compiler_flag))
src = "def m(a: Missing): pass\nprint(m.__annotations__)"
exec(compile(src, "<explicit>", "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True), {})
try:
    exec(compile("def n(a: Missing): pass", "<none>", "exec", dont_inherit=True), {})
except NameError as e:
    print("NameError:", e)
for bad in [1 << 30, 0x8000000]:
    try:
        compile("1", "<f>", "exec", flags=bad)
    except ValueError as e:
        print("ValueError:", e)
print(eval("(lambda: 1)()"), compile("x: int = 1", "<v>", "exec", flags=0x1000000).co_flags & 0x1000000)
