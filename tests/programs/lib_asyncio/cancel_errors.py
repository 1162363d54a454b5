# asyncio cancellation and exceptions inside tasks: CancelledError, cleanup in finally, shield, TaskGroup, timeouts that never fire.
import asyncio


async def sleeper(tag, log):
    try:
        log.append(f"{tag} start")
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise
    finally:
        log.append(f"{tag} finally")


async def broken():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    log = []
    t = asyncio.create_task(sleeper("t", log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print(t.cancelled(), t.done(), log)
    print(t.cancel())

    t = asyncio.create_task(sleeper("msg", log))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    t = asyncio.create_task(broken())
    try:
        await t
    except KeyError as e:
        print("task raised KeyError:", e, t.done(), type(t.exception()).__name__)

    inner_log = []
    inner = asyncio.create_task(sleeper("shielded", inner_log))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled(), inner_log)
    inner.cancel()
    await asyncio.gather(inner, return_exceptions=True)
    print("inner now:", inner.cancelled(), inner_log)

    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("g1", log))
            tg.create_task(sleeper("g2", log))
            tg.create_task(broken())
    except* KeyError as eg:
        print("TaskGroup:", type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(sorted(log))

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0, result="A"))
        b = tg.create_task(asyncio.sleep(0, result="B"))
    print(a.result(), b.result())

    async with asyncio.timeout(3600):
        await asyncio.sleep(0)
    print("timeout block finished")
    print(await asyncio.wait_for(asyncio.sleep(0, result="in time"), 3600))

    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError("future failed"))
    try:
        await fut
    except RuntimeError as e:
        print("future:", e)
    try:
        fut.result()
    except RuntimeError as e:
        print("result() re-raises:", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError before the result is set")
    f2.set_result(1)
    try:
        f2.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError on a second set_result", f2.result())
    callbacks = []
    f3 = asyncio.get_running_loop().create_future()
    f3.add_done_callback(lambda f: callbacks.append(("cb", f.result())))
    f3.set_result("x")
    await asyncio.sleep(0)
    print(callbacks)


asyncio.run(main())
