# compile() reports CPython's SyntaxError messages and lines for common mistakes
cases = [
    "f() = 3", "x + 1 = 3", "1 = x", "a, f() = 1, 2", "f(), a = 1, 2", "(a, 1) = 2",
    "[a, 1] = x", "x = 1 = 2", "f() = a = 1", "None = 1", "a < b = 1", "not a = 1",
    "f() += 1", "del f()", "for f() in x: pass", "with x as f(): pass", "[x for f() in y]",
    "x() : int = 1", "[a]: int = 1", "x = yield = 1", "__debug__ = 1", "del __debug__",
    "print(1 2)", "[1 2 3]", "x = [1,\n2\n3]", "print 'hello'", "exec 'code'",
    "if x = 1: pass", "f(a.b=1)", "f(True=1)", "[f() = 1]", "f() := 1",
    "try:\n    pass\nx = 1\n", "try:\n    pass\n", "x = 1 if 2", "y = [a if b]",
    "x = {a: b for a, b in c if}", "f(1, x for x in y)", "def f(**k, a): pass", "def f(*, **k): pass",
    "def f(:\n    pass", "x = (1,\ny = 2", "foo(\n 1\n 2)", "if x:\n", "class A:\n    # nothing\n",
    "x = 0777", "x = 0b2", "x = 0o8", "x = 0x", "x = 1__0", "x = 1e5x", "x = 1.5j2", "1if x else 2",
    "def f():\n    nonlocal q", "global x = 1", "'unterminated", "'''never\nends",
    "x = (1 + 2))", "a = [1, 2}", "f(a b=1)", "f(**x, *y)", "f(x=1, y)", "def f(a=1, b): pass",
]
for src in cases:
    try:
        compile(src, "snippet.py", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, "| line", e.lineno)
for src in ["x = 1", "(x = 1)", "f(x for x in y, 1)", "[x = 1]"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), "->", e.msg)
