# Where await / async for / async with may appear
            "async def f():\n  await x\n  return 1", "async with x: pass", "class A:\n  await x", "lambda: await x", "async def f():\n  lambda: await x"]:
    try:
        compile(src, "s.py", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
