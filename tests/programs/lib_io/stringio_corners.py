# io.StringIO: newline modes, positions, over-seeks, errors with CPython's messages.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("--- newline modes")
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), repr(s.newlines), s.readlines())
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    s.write("\nw")
    s.seek(0)
    print(repr(nl), repr(s.read()), repr(s.newlines), s.tell())

print("--- write/read/seek")
s = io.StringIO()
print(s.write("héllo wörld"), s.tell(), repr(s.getvalue()))
print(s.seek(2), repr(s.read(3)), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(20), s.write("!"), repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(-1)), repr(s.read()), repr(s.read(None)))
s = io.StringIO("line1\nline2\nlast")
print(repr(s.readline()), repr(s.readline(3)), repr(s.readline(-1)), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(list(s), s.tell())
s = io.StringIO("abc")
print(s.write(""), s.tell(), repr(s.getvalue()))
s.seek(1)
print(s.write("XYZW"), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.closed, s.isatty())
print(s.encoding, s.errors)
s = io.StringIO(None)
print(repr(s.getvalue()))
s = io.StringIO("abc\n")
print(s.readlines(1), s.readlines())
s = io.StringIO("a\nbb\nccc\n")
print(s.readlines(3))

print("--- errors")
s = io.StringIO("abc")
attempt("seek whence", lambda: s.seek(0, 3))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek float", lambda: s.seek(1.5))
attempt("write bytes", lambda: s.write(b"x"))
attempt("truncate neg", lambda: s.truncate(-1))
attempt("read str", lambda: s.read("x"))
attempt("newline x", lambda: io.StringIO(newline="x"))
attempt("newline int", lambda: io.StringIO(newline=5))
attempt("init int", lambda: io.StringIO(5))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("kw", lambda: io.StringIO(initial_value="q", newline="\r").getvalue())
attempt("detach", lambda: io.StringIO().detach())
attempt("fileno", lambda: io.StringIO().fileno())
s.close()
s.close()
for name in ["read", "getvalue", "tell", "readline", "readable", "writable", "seekable", "__iter__"]:
    attempt("closed " + name, getattr(s, name))
attempt("closed write", lambda: s.write("x"))
attempt("closed seek", lambda: s.seek(0))
attempt("closed newlines", lambda: s.newlines)
attempt("closed line_buffering", lambda: s.line_buffering)
print(s.closed)

print("--- context manager, subclass, iteration")
with io.StringIO("q\nr") as f:
    print([line for line in f])
print(f.closed)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

    def readline(self, size=-1):
        line = super().readline(size)
        return line.replace("\n", "|\n")


u = Upper()
print("a", "b", file=u)
u.writelines(["c\n", "d"])
u.seek(0)
print(repr(u.getvalue()), list(u))
u.custom = 1
print(u.custom, isinstance(u, io.TextIOBase), isinstance(u, io.IOBase), type(u).__mro__[1:3])
print(io.StringIO.__module__, io.StringIO.__name__, issubclass(io.StringIO, io.TextIOBase))

print("--- print into a StringIO")
buf = io.StringIO()
print(1, 2, 3, sep="-", end="!\n", file=buf)
print("x", file=buf, flush=True)
print(repr(buf.getvalue()))
