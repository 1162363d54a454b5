# asyncio basics: run, sleep(0) interleaving, create_task, gather (results, exceptions), wait_for, current_task, names.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done after {steps}"


async def fail(msg, after=0):
    for _ in range(after):
        await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    print("running loop:", type(asyncio.get_running_loop()).__name__)
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(results)
    print(" ".join(log))
    log.clear()

    t1 = asyncio.create_task(worker("x", 2), name="task-x")
    t2 = asyncio.create_task(worker("y", 3))
    print(t1.get_name(), t1.done(), t2.done())
    await asyncio.sleep(0)
    print("after one sleep:", log)
    print(await t1, await t2, t1.done(), t1.result())
    print(" ".join(log))

    r = await asyncio.gather(worker("p", 1), fail("boom", 1), worker("q", 2), return_exceptions=True)
    print([type(x).__name__ + ":" + str(x) for x in r])
    try:
        await asyncio.gather(fail("first", 2), fail("second", 0))
    except ValueError as e:
        print("gather raised:", e)

    async def value():
        return 42

    print(await asyncio.wait_for(value(), timeout=None), await asyncio.wait_for(value(), 10))
    t = asyncio.current_task()
    print(t is not None, t.get_name() != "", isinstance(t, asyncio.Task))
    print(len(asyncio.all_tasks()) >= 1)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "from call_soon")
    print(await fut, fut.done(), fut.cancelled())
    order = []
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(order.append, i)
    await asyncio.sleep(0)
    print("call_soon order:", order)

    done, pending = await asyncio.wait([asyncio.create_task(worker("w", n)) for n in (1, 2)])
    print(sorted(t.result() for t in done), pending)
    r = [await c for c in asyncio.as_completed([worker("m", 2), worker("n", 1)])]
    print(sorted(r))
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.run(fail("top level"))
except ValueError as e:
    print("run raised:", e)


async def nested():
    c = worker("z", 1)
    try:
        return asyncio.run(c)
    finally:
        c.close()


try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(42))
