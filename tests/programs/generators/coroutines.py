# Coroutines: async def, await, async with, async for, driven by a hand-written loop
# A tiny event loop driving coroutines by hand
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks
class Resource:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("acquire", self.name)
        await Sleep(1)
        return self
    async def __aexit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else None)
        return False
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(1)
        return self.i
async def worker(name, n):
    total = 0
    async with Resource(name) as r:
        async for v in Counter(n):
            total += v
            print(name, "got", v)
    slept = await Sleep(2)
    return f"{name} done total={total} slept={slept}"
async def failing():
    await Sleep(1)
    raise ValueError("worker failed")
def run(coros):
    tasks = list(coros)
    results = {}
    step = 0
    while tasks:
        step += 1
        for t in list(tasks):
            try:
                t.send(None)
            except StopIteration as e:
                results[t.__name__ + str(id(t) % 1)] = e.value
                print("finished:", e.value)
                tasks.remove(t)
            except ValueError as e:
                print("task raised:", e)
                tasks.remove(t)
    return step
print("steps", run([worker("a", 2), worker("b", 3), failing()]))
c = worker("x", 0)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def noop(): return 1
n = noop()
try:
    n.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for x in noop():
        pass
except TypeError as e:
    print("TypeError:", e)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)
async def awaits_coroutine():
    return await noop() + await noop()
try:
    awaits_coroutine().send(None)
except StopIteration as e:
    print("sum", e.value)
w = noop().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper value", e.value)
async def with_error():
    async with Resource("r"):
        raise KeyError("inside")
try:
    co = with_error()
    while True:
        co.send(None)
except KeyError as e:
    print("KeyError propagated", e)
async def async_for_else():
    async for v in Counter(2):
        if v == 5:
            break
    else:
        print("async for else ran")
    async for v in Counter(3):
        if v == 2:
            print("breaking at", v)
            break
    return "ok"
co = async_for_else()
try:
    while True:
        co.send(None)
except StopIteration as e:
    print(e.value)
