# Compile-time errors CPython users hit, with their exact messages (SyntaxError/IndentationError) and lines
srcs = [
    "x = 1 +", "def f(:\n pass", "f(a=1, a=2)", "def f(a, a): pass", "lambda a, a: 0", "class C(x for x in y): pass",
    "return", "yield 1", "break", "continue", "for x in y:\n  def f():\n    break", "async def f():\n  yield from x",
    "def f():\n  x = yield\n  return 1", "x: int = 1 = 2", "(a, b): int", "[a]: int", "a.b: int = 1", "del f()",
    "del (a, b)", "del [a, [b]]", "del a + b", "f() = 1", "a + 1 = 2", "(a for a in b) = 1", "None = 1", "True += 1",
    "__debug__ = 1", "def f(__debug__): pass", "a if b else c = 1", "{a: b} = c", "'s' = 1", "f'{x}' = 1", "x += 1 += 2",
    "(yield) = 1", "[x for x in y] = 1", "a, b += 1", "*a += 1", "import a.b as c.d", "from . import *", "from x import (a, b,)",
    "from x import a,", "from __future__ import braces", "from __future__ import nonsense", "x = 1\nfrom __future__ import annotations",
    "def f():\n  from x import *", "nonlocal = 1", "def f(*, a, *b): pass", "def f(a=1, b): pass", "def f(**a, **b): pass",
    "def f(*a, *b): pass", "def f(a, /, /): pass", "def f(/, a): pass", "def f(*, /): pass", "lambda: yield", "print 'x'",
    "exec 'x'", "x = 08", "x = 0_", "x = 1__0", "x = 0b2", "x = 0o8", "x = 1e", "x = 1.2.3", "x = 5j5", "if x = 1: pass",
    "while x = 1: pass", "x = (1, 2", "x = [1, 2)", "x = }", "x = 'abc", "x = '''abc", "\tif x:\n        pass\n\tfoo",
    "if x:\npass", "  x = 1", "if x:\n    a\n  b", "def f():\n    '''doc'''\n   x", "try:\n  pass", "try:\n  pass\nelse:\n  pass",
    "else: pass", "elif x: pass", "except: pass", "finally: pass", "class C:\n  return 1", "x = yield = 1",
    "a = 1; b = 2;", "a = b = c = ", "f(**)", "f(*)", "f(x for x in y)", "f(x for x in y, )", "@x\nfoo = 1", "@\ndef f(): pass",
    "with a as b, : pass", "with (a as b, c as d): pass", "match x:\n  case 1: pass\n  case: pass", "x = {1: 2, 3}", "x = {1, 2: 3}",
    "x = [i for i in range(3) if i else 0]", "x = not", "a.1", "1 = x", "x = 1 if 2", "print(end='', 'x')", "def f(): x: int = 1; global x",
    "async = 1", "await = 1", "def f(): await x", "async def f(): pass\nawait f()", "x = `1`", "x <> y", "x === y", "lambda x=1, y: x",
    "def f[T](): pass", "type X = int", "0 if 1 else", "global x, ", "import", "from x import", "raise from x", "x = 1 2",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} [line {e.lineno}]", repr(src))
