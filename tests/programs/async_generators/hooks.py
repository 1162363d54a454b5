# sys.set_asyncgen_hooks: firstiter on the first step, finalizer when a suspended async generator dies
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

finalized = []

def firstiter(agen):
    print('firstiter', agen.__qualname__)

def finalizer(agen):
    print('finalizer', agen.__qualname__)
    finalized.append(agen)

async def counter():
    try:
        for i in range(3):
            yield i
    finally:
        print('counter cleanup')

async def main():
    g = counter()
    print(await g.__anext__())
    print(await g.__anext__())
    return g

old = sys.get_asyncgen_hooks()
print(old)
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks() == (firstiter, finalizer))
g = run(main())
del g
print('finalized', len(finalized))
# The finalizer received the generator; closing it runs the finally block.
agen = finalized.pop()
run(agen.aclose())
print(agen.ag_frame)
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)

# Without hooks, a dying suspended generator is closed (its finally runs).
async def plain():
    try:
        yield 1
    finally:
        print('plain cleanup')

async def step():
    g = plain()
    await g.__anext__()
run(step())
print('end')
