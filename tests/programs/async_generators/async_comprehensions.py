# Asynchronous comprehensions, async generators with asend/athrow/aclose, await inside f-strings and
# conditionals, all driven by a tiny loop
class Tick:
    def __await__(self):
        yield "tick"
        return 1
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def main():
    out = {}
    out["list"] = [x async for x in agen(3)]
    out["set"] = {x % 2 async for x in agen(4)}
    out["dict"] = {x: await Tick() async for x in agen(2)}
    out["filtered"] = [x async for x in agen(5) if x % 2 if x > 1]
    out["nested"] = [[y async for y in agen(x)] async for x in agen(3)]
    out["await in elt"] = [await Tick() + x for x in range(3)]
    out["fstring"] = f"{await Tick()}-{[v async for v in agen(2)]}"
    out["cond"] = "yes" if await Tick() else "no"
    g = (x * 10 async for x in agen(3))
    out["genexp"] = [v async for v in g]
    out["genexp type"] = type(g).__name__
    return out
result, ticks = run(main())
for k, v in result.items():
    print(k, v)
print("ticks", ticks)
async def protocol():
    log = []
    async def echo():
        try:
            v = yield "first"
            while True:
                log.append(("got", v))
                v = yield v * 2
        except ValueError as e:
            log.append(("caught", str(e)))
            yield "after throw"
        finally:
            log.append("finally")
    g = echo()
    log.append(await g.asend(None))
    log.append(await g.asend(5))
    log.append(await g.athrow(ValueError("boom")))
    await g.aclose()
    try:
        await g.asend(1)
    except StopAsyncIteration:
        log.append("exhausted")
    log.append((g.ag_running, g.ag_frame, type(g.ag_code).__name__))
    return log
print(run(protocol())[0])
async def errors():
    out = []
    async def bad_gen():
        yield 1
        raise StopAsyncIteration
    try:
        [x async for x in bad_gen()]
    except RuntimeError as e:
        out.append(f"RuntimeError: {e}")
    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores_exit()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        out.append(f"RuntimeError: {e}")
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        out.append(f"TypeError: {e}")
    try:
        [x for x in agen(1)]
    except TypeError as e:
        out.append(f"TypeError: {e}")
    return out
print(run(errors())[0])
async def f():
    async for x in [1, 2]: pass
try:
    f().send(None)
except TypeError as e: print(e)
for x in [1, [2], *[3]]: print(x)
print([y for y in [1, 2] if y], 2 in [1, 2], 3 not in [a for a in "x"])
