# Python 3.12 syntax is rejected as 3.11 does
for s in ["class A[T]: pass", "type X = int", "def f[T](x): pass", "async def f[T](): pass"]:
    try:
        compile(s, "s.py", "exec")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
