# Exception classes that derive attributes from their args (StopIteration's
# value, OSError's errno, SystemExit's code, ImportError's name...) are
# recognised once per class; later instances and other classes still get
# exactly their own attributes.
class MyStop(StopIteration):
    pass

class MyOS(OSError):
    pass

class Plain(Exception):
    pass

for round_ in range(3):
    s = MyStop(round_, "x")
    o = MyOS(2, "No such file", "f%d" % round_)
    p = Plain(round_)
    e = SystemExit(round_)
    i = ImportError("m%d" % round_, name="mod")
    n = NameError("n")
    print(s.value, o.errno, o.strerror, o.filename, type(o).__name__, p.args,
          hasattr(p, "value"), e.code, i.msg, i.name, i.path, n.name)

def gen():
    yield 1
    return "done"

g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(stop.value)

try:
    open("/nonexistent/file")
except OSError as err:
    print(type(err).__name__, err.errno)
