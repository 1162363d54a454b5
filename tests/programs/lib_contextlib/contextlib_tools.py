# contextlib: contextmanager, closing, suppress, redirect_stdout/stderr, ExitStack, nullcontext, chdir, ContextDecorator.
import contextlib
import io
import os
import sys
import tempfile
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack, closing, contextmanager, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)

log = []


@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r} in {name}")
    finally:
        log.append(f"</{name}>")


with tag("a") as t, tag("b") as u:
    log.append(f"body {t}{u}")
print(log)
log.clear()
with tag("outer"):
    with tag("inner"):
        {}["missing"]
    log.append("after inner")
print(log)
log.clear()
try:
    with tag("x"):
        raise ValueError("not handled")
except ValueError as e:
    print("propagated:", e, log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated")
def work(n):
    log.append(f"work {n}")
    return n * 2


log.clear()
print(work(5), work(6), log)


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print(f"closing {self.name}")


with closing(Resource("db")) as r:
    print("using", r.name, r.closed)
print("closed after:", r.closed)

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes through:", e)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr buffer:", repr(err.getvalue()), sys.stdout is sys.__stdout__)

with nullcontext(42) as v:
    print("nullcontext:", v)
with nullcontext() as v:
    print("nullcontext default:", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(f"s{i}")) for i in range(3)]
    stack.callback(log.append, "callback ran")

    @stack.push
    def on_exit(exc_type, exc, tb):
        log.append(f"push saw {exc_type.__name__ if exc_type else None}")
        return False

    log.clear()
    print("entered:", names)
print(log)

log.clear()
with ExitStack() as outer:
    outer.enter_context(tag("kept"))
    moved = outer.pop_all()
    log.append("outer exiting")
log.append("moved still open")
moved.close()
print(log)


def cleanup_raises():
    raise RuntimeError("in cleanup")


try:
    with ExitStack() as stack:
        stack.callback(cleanup_raises)
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("swallowed by push")
print("ExitStack suppressed the error")


class Timer(ContextDecorator):
    def __enter__(self):
        log.append("timer start")
        return self

    def __exit__(self, *exc):
        log.append("timer stop")
        return False


@Timer()
def timed():
    log.append("timed body")


log.clear()
timed()
print(log)


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0])


with Managed() as m:
    print("Managed enter returns self:", isinstance(m, Managed))
print(issubclass(io.StringIO, AbstractContextManager), isinstance(open, AbstractContextManager))

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print("inside chdir:", os.getcwd() == os.path.realpath(d))
        with open("f.txt", "w") as f:
            f.write("x")
        print(os.listdir("."))
    print("restored:", os.getcwd() == start)

try:
    with tag("gen-close"):
        raise GeneratorExit
except GeneratorExit:
    print("GeneratorExit propagated")

with contextlib.suppress(StopIteration):
    with tag("stop"):
        raise StopIteration("inside")
print("StopIteration handled:", log[-1])
