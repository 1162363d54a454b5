# async generators, async context managers, async iteration, asyncio.Queue, Event, Lock, Semaphore, Condition.
import asyncio
import contextlib


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return et is KeyError


@contextlib.asynccontextmanager
async def managed(log):
    log.append("acm start")
    try:
        yield "acm value"
    finally:
        log.append("acm end")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * 10)
        q.task_done()
    q.task_done()


async def main():
    print([i async for i in ticker(4)])
    print([i async for i in ticker(6) if i % 2])
    agen = ticker(3)
    print(await agen.__anext__(), await anext(agen), await anext(agen), await anext(agen, "end"))
    await agen.aclose()

    log = []
    async with Resource("r1", log) as r, managed(log) as v:
        log.append(f"body {r.name} {v}")
    async with Resource("r2", log):
        raise KeyError("swallowed")
    try:
        async with Resource("r3", log):
            raise ValueError("propagates")
    except ValueError as e:
        log.append(f"caught {e}")
    print(log)
    print([x async for x in Countdown(3)])

    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.maxsize)
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait("a")
    try:
        q3.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q3.full())
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set:", seen, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("after set:", sorted(seen))

    lock = asyncio.Lock()
    trace = []

    async def critical(i):
        async with lock:
            trace.append(f"in{i}")
            await asyncio.sleep(0)
            trace.append(f"out{i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace, lock.locked())

    sem = asyncio.Semaphore(2)
    active, peak = 0, 0

    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1

    await asyncio.gather(*(limited() for _ in range(5)))
    print("peak concurrency:", peak)

    cond = asyncio.Condition()
    box = []

    async def cons():
        async with cond:
            await cond.wait_for(lambda: box)
            return box.pop()

    c = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        box.append("item")
        cond.notify()
    print(await c)


asyncio.run(main())
