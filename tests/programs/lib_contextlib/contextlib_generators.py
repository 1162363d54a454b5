# contextlib.contextmanager edge cases, suppress/nullcontext/closing/redirect, ContextDecorator, AsyncExitStack with a manual driver.
import contextlib
import io
import sys

@contextlib.contextmanager
def catcher():
    try:
        yield "v"
    except ZeroDivisionError as e:
        print("caught inside", e)

with catcher() as v:
    print("got", v)
    1 / 0
print("continued")

@contextlib.contextmanager
def reraiser():
    try:
        yield
    except KeyError:
        raise ValueError("converted")

try:
    with reraiser():
        raise KeyError("k")
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def ignore_exc():
    try:
        yield
    except Exception:
        yield
try:
    with ignore_exc():
        raise OSError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration("inner stop")
except StopIteration as e:
    print("StopIteration passes through:", e)

cm = catcher()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

@catcher()
def decorated(x):
    print("decorated body", x)
    return 1 / x
print(decorated(2), decorated(0))

with contextlib.suppress(KeyError, IndexError):
    [][1]
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with contextlib.suppress(Exception):
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("left:", eg, eg.exceptions)

with contextlib.nullcontext(5) as n:
    print("null", n)

class Res:
    def close(self):
        print("closed Res")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)

buf, ebuf = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(ebuf):
    print("to buf")
    print("to ebuf", file=sys.stderr)
    with contextlib.redirect_stdout(None):
        pass
print(repr(buf.getvalue()), repr(ebuf.getvalue()))

class Announce(contextlib.ContextDecorator):
    def __enter__(self):
        print("announce enter")
        return self
    def __exit__(self, *exc):
        print("announce exit", exc[0])
        return False

@Announce()
def work():
    print("working")
work()

@contextlib.asynccontextmanager
async def agen(tag):
    print("aenter", tag)
    yield tag
    print("aexit", tag)

class AsyncRes:
    async def __aenter__(self):
        print("AsyncRes enter")
        return self
    async def __aexit__(self, *exc):
        print("AsyncRes exit", exc[0])

async def main():
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(agen("A"))
        await st.enter_async_context(AsyncRes())
        st.callback(print, "sync callback")
        async def acb(x):
            print("async callback", x)
        st.push_async_callback(acb, 7)
        print("inside", a)
    async with contextlib.aclosing(agen_plain()) as g:
        async for x in g:
            print("item", x)
            break
    return "done"

async def agen_plain():
    try:
        yield 1
        yield 2
    finally:
        print("agen_plain closed")

coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
