# io.BytesIO: reads, writes past the end, getbuffer exports, errors with CPython's messages.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.read1(2), b.tell(), b.readline(), b.readline(2), b.readline(-1), b.readline())
b.seek(0)
print(b.readlines(), b.read(), b.read(5))
b.seek(0)
print(b.readlines(7))
b.seek(0)
print(list(b))
print(b.getvalue(), b.tell())

print("--- writes")
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), b.write(b""), b.getvalue())
print(b.seek(10), b.write(b"Z"), b.getvalue(), b.tell())
print(b.seek(2), b.write(b"XY"), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(1, 1), b.seek(-100, 1), b.tell())
b.writelines([b"1", bytearray(b"2"), b"3"])
print(b.getvalue())
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba)
ba = bytearray(10)
print(b.readinto(ba), ba)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)

print("--- getbuffer")
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
print(len(v), bytes(v), v.readonly)
v[0] = ord("A")
print(b.getvalue())
attempt("write while exported", lambda: b.write(b"x"))
attempt("truncate while exported", lambda: b.truncate(0))
attempt("close while exported", lambda: b.close())
attempt("seek while exported", lambda: b.seek(2))
attempt("read while exported", lambda: b.read(2))
v.release()
print(b.write(b"Q"), b.getvalue())
with b.getbuffer() as view:
    print(bytes(view[1:3]))
print(b.write(b"R"), b.getvalue())
b.getbuffer()[5] = ord("!")
print(b.getvalue())

print("--- errors")
b = io.BytesIO(b"abc")
attempt("seek whence", lambda: b.seek(0, 3))
attempt("seek neg", lambda: b.seek(-1))
attempt("seek float", lambda: b.seek(1.5))
attempt("read str", lambda: b.read("x"))
attempt("readlines str", lambda: b.readlines("x"))
attempt("truncate neg", lambda: b.truncate(-1))
attempt("write str", lambda: b.write("s"))
attempt("readinto bytes", lambda: b.readinto(b"xx"))
attempt("init str", lambda: io.BytesIO("s"))
attempt("init kw", lambda: io.BytesIO(initial_bytes=b"q").read())
attempt("init bytearray", lambda: io.BytesIO(bytearray(b"ba")).read())
attempt("fileno", lambda: b.fileno())
attempt("detach", lambda: b.detach())
b.close()
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "readline", "readlines", "readable", "getbuffer", "flush", "isatty", "truncate"]:
    attempt("closed " + name, getattr(b, name))
attempt("closed write", lambda: b.write(b"x"))
attempt("closed seek", lambda: b.seek(0))
attempt("closed next", lambda: next(b))
attempt("closed iter", lambda: iter(b) is b)

print("--- subclass, context manager")


class Counting(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)


c = Counting(b"xy")
c.seek(0, 2)
c.writelines([b"1", b"2"])
print(c.getvalue(), c.writes, isinstance(c, io.BufferedIOBase))
with io.BytesIO(b"a\nb") as f:
    print([line for line in f])
print(f.closed)
print(io.BytesIO.__module__, io.BytesIO.__mro__[1].__name__)
