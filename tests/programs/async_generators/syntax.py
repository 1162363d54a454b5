# Where asynchronous generators and comprehensions are allowed, with CPython's messages
for src in [
    "async def f():\n    yield 1",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    return",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return (await x for x in y)",
    "[x async for x in y]",
    "{x: 1 async for x in y}",
    "async def f():\n    return [x for x in (await y for y in z)]",
    "async def f():\n    def g(): return [x async for x in y]",
    "def f():\n    return [[x async for x in y] for z in w]",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "async def f():\n    lambda: await x",
    "async def f():\n    lambda: (await x for x in y)",
    "(await x for x in y)",
]:
    try:
        code = compile(src, "s.py", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)

import types
async def ag():
    yield
print(ag.__code__.co_flags & 0x200 != 0, ag.__code__.co_flags & 0x80 != 0)
async def co():
    return 1
print(co.__code__.co_flags & 0x200 != 0, co.__code__.co_flags & 0x80 != 0)
print(type(ag()) is types.AsyncGeneratorType, types.AsyncGeneratorType.__name__)
g = (x async for x in ag())
print(type(g).__name__, g.__name__)
