# athrow/aclose, errors escaping async generators, awaitable states and messages
class Sleep:
    def __await__(self):
        r = yield 'tick'
        return r

def run(coro):
    val = None
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        except BaseException as e:
            print('  run raised', type(e).__name__, e)
            return None
        val = 'tock'

async def guarded():
    try:
        yield 1
        await Sleep()
        yield 2
    except ValueError as e:
        print('  caught', repr(e))
        yield 'recovered'
    finally:
        print('  finally')

async def main():
    g = guarded()
    print(await g.asend(None))
    print(await g.athrow(ValueError('boom')))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('exhausted')
    g = guarded()
    print(await g.__anext__())
    r = await g.aclose()
    print('aclose ->', r)
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed gen stops')
    g = guarded()
    print('aclose unstarted', await g.aclose())

    async def bad():
        yield 1
        raise StopAsyncIteration
    g = bad()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))

    async def bad2():
        yield 1
        raise StopIteration(5)
    g = bad2()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))

    async def ignore():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignore()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(repr(e))

    a = g.asend(None)
    print(type(a).__name__, type(g.athrow(ValueError)).__name__)
    async def simple():
        yield 10
    g = simple()
    a = g.__anext__()
    try:
        a.send(None)
    except StopIteration as e:
        print('item via StopIteration', e.value)
    try:
        a.send(None)
    except RuntimeError as e:
        print(repr(e))
    t = g.athrow(KeyError, 'k')
    try:
        t.send(None)
    except KeyError as e:
        print('athrow raised', repr(e))
    try:
        t.send(None)
    except RuntimeError as e:
        print(repr(e))
    g = simple()
    try:
        await g.athrow()
    except TypeError as e:
        print(repr(e))
    print(True)

    async def sender():
        x = yield 'first'
        print('  got', x)
        y = yield 'second'
        print('  got', y)
    g = sender()
    print(await g.asend(None))
    print(await g.asend('A'))
    try:
        await g.asend('B')
    except StopAsyncIteration:
        print('done')
    g = sender()
    try:
        await g.asend('x')
    except TypeError as e:
        print(repr(e))

    async def running():
        await Sleep()
        yield 1
    g = running()
    a1 = g.__anext__()
    print(a1.send(None))
    print(g.ag_running)
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print(repr(e))
    a1.close()
    print(repr(g)[:33])
    return 'ok'

print(run(main()))
