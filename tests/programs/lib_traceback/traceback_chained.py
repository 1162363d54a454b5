# traceback: format_exception for chained (cause/context/suppressed) exceptions, TracebackException attributes, limits, chain=False.
import traceback

def level3():
    raise KeyError("deep")

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e

def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")

def clean(lines):
    out = []
    for chunk in lines:
        for line in chunk.splitlines():
            if line.startswith('  File "'):
                name = line.split('"')[1].rsplit("/", 1)[-1]
                line = '  File "' + name + '"' + line.split('"', 2)[2]
            out.append(line)
    return out

try:
    level1()
except RuntimeError as exc:
    err = exc

for line in clean(traceback.format_exception(err)):
    print(line)
print("---- chain=False")
for line in clean(traceback.format_exception(type(err), err, err.__traceback__, chain=False)):
    print(line)
print("---- limit=1")
for line in clean(traceback.format_exception(err, limit=1)):
    print(line)
print("---- only")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), te.__cause__ is None, te.__context__.exc_type.__name__,
      te.__context__.__cause__.exc_type.__name__, te.__suppress_context__, te.__context__.__suppress_context__)
print([f.name for f in te.stack], [f.name for f in te.__context__.stack])
print(list(te.format_exception_only()))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("replaced") from None
except TypeError as e2:
    te2 = traceback.TracebackException.from_exception(e2)
    print(te2.__suppress_context__, te2.__context__.exc_type.__name__)
    for line in clean(te2.format()):
        print(line)

e3 = ValueError("no traceback")
print(traceback.format_exception(e3))
print(traceback.format_exception(None, None, None) if False else "skip")
e4 = OSError(2, "No such file")
print(traceback.format_exception_only(e4))

class CustomStr(Exception):
    def __str__(self):
        return "custom text"

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("nope")

print(traceback.format_exception_only(CustomStr()))
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(KeyError()))
