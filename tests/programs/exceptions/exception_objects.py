# Exception objects and the raise statement: argument checks, OSError subclass mapping, notes,
# with_traceback, __cause__/__context__/__suppress_context__ assignment rules, StopIteration in generators
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "->", f"{type(e).__name__}: {e}")
def raiser(x):
    def f():
        raise x
    return f
attempt("raise 5", raiser(5))
attempt("raise int", raiser(int))
attempt("raise object()", raiser(object()))
attempt("raise ValueError", raiser(ValueError))
class NotExc: pass
attempt("raise class not exc", raiser(NotExc))
def raise_from(cause):
    raise ValueError("v") from cause
attempt("from 5", lambda: raise_from(5))
attempt("from str class", lambda: raise_from(str))
try:
    raise_from(KeyError)
except ValueError as e:
    print("cause instantiated:", repr(e.__cause__), e.__suppress_context__)
try:
    raise_from(None)
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
attempt("raise class whose init fails", raiser(BadInit))
class ReturnsNonExc(Exception):
    def __new__(cls, *a): return 5
attempt("raise class whose __new__ returns int", raiser(ReturnsNonExc))
def bare_raise():
    raise
attempt("bare raise with nothing active", bare_raise)
# attributes
e = ValueError(1, "two", [3])
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
e.args = (9,)
print(e, e.args)
attempt("args = 5", lambda: setattr(e, "args", 5) or e.args)
attempt("args = 'ab'", lambda: setattr(e, "args", "ab") or e.args)
attempt("del args", lambda: delattr(e, "args"))
attempt("__cause__ = 5", lambda: setattr(e, "__cause__", 5))
attempt("__context__ = 'x'", lambda: setattr(e, "__context__", "x"))
e.__cause__ = KeyError()
print(e.__suppress_context__)
attempt("__traceback__ = 1", lambda: setattr(e, "__traceback__", 1))
e.__traceback__ = None
attempt("with_traceback(5)", lambda: e.with_traceback(5))
print(e.with_traceback(None) is e)
attempt("add_note(5)", lambda: e.add_note(5))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
e.__notes__ = "not a list"
attempt("add_note after __notes__ replaced", lambda: e.add_note("x"))
# OSError construction picks the subclass from errno
for args in [(2, "No such file"), (13, "perm"), (17, "exists"), (4, "intr"), (11, "again"), (32, "pipe"), (111, "refused"),
             (110, "timeout"), (9999, "unknown"), ("x",), (), (2,), (2, "nf", "file.txt"), (2, "nf", "a", None, "b")]:
    o = OSError(*args)
    print(args, type(o).__name__, o.errno, o.strerror, o.filename, o.filename2, str(o), o.args)
print(FileNotFoundError(2, "x").errno, type(FileNotFoundError(13, "y")).__name__, IOError is OSError, EnvironmentError is OSError)
class MyOSError(OSError): pass
print(type(MyOSError(2, "x")).__name__)
# StopIteration inside generators
def gen_raises_stop():
    yield 1
    raise StopIteration("inner")
attempt("list(gen raising StopIteration)", lambda: list(gen_raises_stop()))
try:
    list(gen_raises_stop())
except RuntimeError as e:
    print("cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
def gen_next_exhausted():
    it = iter([])
    yield next(it)
attempt("next() of exhausted inside gen", lambda: list(gen_next_exhausted()))
async def coro_raises_stop():
    raise StopIteration
attempt("coroutine raising StopIteration", lambda: coro_raises_stop().send(None))
# exceptions with custom __str__ and args, BaseException subclasses and KeyboardInterrupt not caught by Exception
class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self): return f"Custom[{self.code}]"
attempt("Custom", raiser(Custom(7)))
print(repr(Custom(7)), Custom(7).args)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as b:
    print("BaseException caught", type(b).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception),
      issubclass(SystemExit, BaseException), ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration(5).value, StopIteration().value,
      KeyError.__mro__[1].__name__, NameError(name="n").name, AttributeError(name="a", obj=1).obj, ImportError("m", name="x", path="p").path)
attempt("NameError(bad=1)", lambda: NameError(bad=1))
attempt("ImportError(bad=1)", lambda: ImportError(bad=1))
attempt("ValueError(x=1)", lambda: ValueError(x=1))
