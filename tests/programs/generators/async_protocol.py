# async def / await / async for / async with under a hand-written event loop: send/throw/close on
# coroutines, custom awaitables, error messages of the await/async-with/async-for protocols
import types
class Future:
    def __init__(self): self.done = False; self.result = None; self.callbacks = []
    def set_result(self, v):
        self.done = True; self.result = v
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self): self.ready = []; self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        steps = 0
        while self.ready:
            coro, value, name = self.ready.pop(0)
            steps += 1
            try:
                fut = coro.send(value)
            except StopIteration as e:
                self.log.append(f"{name} returned {e.value!r}")
                continue
            except Exception as e:
                self.log.append(f"{name} raised {type(e).__name__}: {e}")
                continue
            if isinstance(fut, Future):
                if not fut.done:
                    fut.set_result(f"result-for-{name}-{steps}")
                self.ready.append((coro, fut.result, name))
            else:
                self.ready.append((coro, None, name))
        return steps
async def child(n):
    total = 0
    for i in range(n):
        total += len(await Future())
    return total
async def parent():
    a = await child(2)
    b = await child(1)
    return a + b
async def boom():
    await Future()
    raise ValueError("boom inside")
loop = Loop()
loop.spawn(parent(), "parent")
loop.spawn(boom(), "boom")
print(loop.run(), loop.log)
# send/throw/close
async def catcher():
    try:
        v = await Future()
        print("got", v)
        await Future()
    except KeyError as e:
        print("caught", repr(e))
        return "handled"
    finally:
        print("catcher finally")
c = catcher()
print(type(c.send(None)).__name__)
print(type(c.send("value")).__name__)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame, c.cr_running, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = catcher()
c2.send(None)
c2.close()
print("closed", c2.cr_frame)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c3 = catcher()
try:
    c3.send(1)
except TypeError as e:
    print("TypeError:", e)
c3.close()
c4 = catcher()
try:
    c4.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError:", e)
async def ignores_exit():
    try:
        await Future()
    except GeneratorExit:
        await Future()
c5 = ignores_exit()
c5.send(None)
try:
    c5.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# awaiting bad things
class NotAwaitable: pass
class BadAwait:
    def __await__(self): return 5
class GenAwait:
    def __await__(self): return iter([1, 2])
class AwaitIsCoroutine:
    def __await__(self):
        async def inner(): return 1
        AwaitIsCoroutine.made = inner()
        return AwaitIsCoroutine.made
async def await_it(x):
    return await x
for obj in [NotAwaitable(), 5, BadAwait(), AwaitIsCoroutine(), None]:
    co = await_it(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
    except StopIteration as e:
        print("StopIteration", e.value)
    finally:
        co.close()
AwaitIsCoroutine.made.close()
co = await_it(GenAwait())
print(co.send(None), co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
# a coroutine can't be awaited twice
async def one(): return 1
o = one()
async def twice():
    a = await o
    b = await o
    return a, b
co = twice()
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
# generator-based coroutine via types.coroutine
@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x * 2
async def uses_legacy():
    return await legacy()
co = uses_legacy()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("legacy result", e.value)
# async with
class Ctx:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    async def __aenter__(self):
        print("aenter", self.name)
        await Future()
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.swallow
async def use_ctx():
    async with Ctx("outer") as a, Ctx("inner", swallow=True) as b:
        print("body", a, b)
        raise KeyError("swallowed")
    async with Ctx("third"):
        return "done"
loop = Loop()
loop.spawn(use_ctx(), "ctx")
loop.run()
print(loop.log)
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class BadAenter:
    def __aenter__(self): return 5
    def __aexit__(self, *a): return None
class BadAexit:
    async def __aenter__(self): return self
    def __aexit__(self, *a): return 5
async def with_obj(o):
    async with o:
        return "inside"
for o in [SyncOnly(), BadAenter(), BadAexit(), 1]:
    co = with_obj(o)
    try:
        co.send(None)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    except StopIteration as e:
        print("StopIteration", e.value)
# async for
class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Future()
        return self.i
async def collect():
    out = []
    async for v in Ticker(3):
        if v == 2:
            continue
        out.append(v)
    else:
        out.append("else")
    async for v in Ticker(5):
        if v == 2:
            break
    else:
        out.append("not reached")
    out.append([x async for x in Ticker(2)])
    out.append({x: x * x async for x in Ticker(2) if x > 1})
    return out
loop = Loop()
loop.spawn(collect(), "collect")
loop.run()
print(loop.log)
class NoAiter: pass
class AiterNotAnext:
    def __aiter__(self): return 5
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def iterate(o):
    async for _ in o:
        pass
for o in [NoAiter(), AiterNotAnext(), AnextNotAwaitable(), [1, 2]]:
    co = iterate(o)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
# async comprehension and await in non-async function are syntax errors
for src in ["def f():\n    await x", "def f():\n    async for x in y: pass", "def f():\n    async with x: pass",
            "def f():\n    return [x async for x in y]", "await x", "async def f():\n    yield from x",
            "async def f():\n    x = [await y for y in z]\n    return x"]:
    try:
        compile(src, "<src>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
# coroutine attributes and inspect flags
async def named(): pass
co = named()
print(co.__name__, co.__qualname__, type(co).__name__, co.cr_code.co_name, bool(co.cr_code.co_flags & 0x80))
co.close()
print(type(named).__name__, named.__code__.co_flags & 0x80 != 0)
