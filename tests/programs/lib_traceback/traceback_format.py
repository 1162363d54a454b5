# traceback: print_exc/format_exc to stdout, extract_tb, format_exception, chained exceptions, TracebackException.
import os
import sys
import traceback


def level3(x):
    return {"a": 1}[x]


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise ValueError(f"bad key {x!r}") from e


def divide(a, b):
    return a / b


print("== print_exc / format_exc ==")
try:
    level2("zz")
except KeyError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print("format_exc lines:", len(text.splitlines()), "last:", text.splitlines()[-1])
    print("exc_info:", sys.exc_info()[0].__name__, sys.exc_info()[1])
try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc(limit=1, file=sys.stdout)
    print(traceback.format_exc(limit=-1), end="")
print("outside handler:", repr(traceback.format_exc()))

print("== chained ==")
try:
    level1("q")
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("pieces:", len(lines), "cause:", repr(e.__cause__), "suppress_context:", e.__suppress_context__)
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))

try:
    try:
        divide(2, 0)
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("context:", repr(e.__context__))

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second") from None
except TypeError as e:
    print("".join(traceback.format_exception(e)), end="")

print("== extract_tb ==")
try:
    level1("k")
except ValueError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    for fs in frames:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
    inner = traceback.extract_tb(e.__cause__.__traceback__)
    print([(f.name, f.lineno) for f in inner], len(inner))
    print("".join(traceback.format_list(inner[-1:])), end="")
    print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(e.__cause__.__traceback__)])
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    fs = frames[-1]
    print(fs[0] == fs.filename, fs[1], fs[2], fs[3], len(fs), fs == frames[-1])

print("== TracebackException ==")
try:
    level1(42)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.stack[0].name, len(te.stack), te.__cause__.exc_type.__name__)
    print("".join(te.format_exception_only()), end="")
    print("".join(te.format()), end="")
    print(list(te.format(chain=False))[-1], end="")

print("== syntax errors ==")
try:
    compile("x = (1,\n  2 +\n", "<snippet>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
try:
    compile("def f():\n  return 1 +* 2\n", "snippet.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)

print("== stacks ==")


def where():
    return traceback.extract_stack()


def outer():
    return where()


stack = outer()
print([(f.name, f.lineno) for f in stack][-3:])
print("".join(traceback.format_list(stack[-2:])), end="")
print("".join(traceback.format_stack(limit=1)), end="")
summary = traceback.StackSummary.from_list([("file.py", 10, "func", "do_thing()"), ("other.py", 3, "<module>", None)])
print("".join(summary.format()), end="")


class CustomError(Exception):
    def __str__(self):
        return "custom message"


class NoStr(Exception):
    def __str__(self):
        raise RuntimeError("broken __str__")


for exc in (CustomError(), NoStr(), Exception(), Exception("a", "b"), KeyError("k"), SystemExit(3)):
    print(traceback.format_exception_only(exc)[0], end="")
print("== uncaught chained error ==")
level1("final")
