# Asynchronous generators driven by a tiny hand-written event loop: async for, asend, anext, async comprehensions
import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ('sleep', self.n)
        return r

def run(coro):
    """A tiny event loop: answers every yielded request with its argument."""
    val = None
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        print('  loop got', req)
        val = req[1] * 10

async def agen(n):
    for i in range(n):
        r = await Sleep(i)
        yield i, r
    print('  agen done')

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print('collected', out)
    g = agen(2)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print('stop', repr(e))
    print(await anext(g, 'default'))
    print([x async for x in agen(2)])
    print({x: 1 async for x in agen(2)})
    print([i * 2 async for i, r in agen(3) if i != 1])
    ag2 = (i + 1 async for i, r in agen(2))
    print(type(ag2).__name__)
    print([x async for x in ag2])
    return 'main result'

print(run(main()))
