# Python subclasses of the io ABCs plugged into the native layers:
# a RawIOBase under BufferedReader/Writer/TextIOWrapper, IOBase's generic
# methods (readline, readlines, iteration, context manager, closed).
import io


class Source(io.RawIOBase):
    """Serves bytes in small pieces, counting the calls."""

    def __init__(self, data, piece=3):
        self.data = data
        self.pos = 0
        self.piece = piece
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.piece, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


s = Source(b"alpha\nbeta\ngamma\n")
print(s.read(4), s.read(), s.read(), s.calls)
s = Source(b"alpha\nbeta\ngamma")
print(s.readline(), s.readlines(), s.closed, s.seekable(), s.writable())
s = Source(b"one\ntwo\n")
print(list(s))
with Source(b"x") as s:
    print(s.readall())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)

r = io.BufferedReader(Source(b"first line\nsecond line\nrest", piece=4), buffer_size=8)
print(r.read(3), r.peek(1)[:1], r.readline(), r.read1(5), r.readline(), r.read(), r.raw.calls)

sink = Sink()
w = io.BufferedWriter(sink, buffer_size=4)
print(w.write(b"ab"), sink.chunks, w.write(b"cdef"), sink.chunks)
w.flush()
print(sink.chunks, w.writable(), w.readable())
w.close()
print(w.closed, sink.closed)

t = io.TextIOWrapper(io.BufferedReader(Source("h\xe9llo\nw\xf6rld\n".encode("utf-8"), piece=1)), encoding="utf-8")
print(t.readlines())
sink = Sink()
t = io.TextIOWrapper(io.BufferedWriter(sink), encoding="utf-8", newline="\r\n")
t.write("a\nb\n")
t.flush()
print(sink.chunks)


class Broken(io.RawIOBase):
    def readable(self):
        return True

    def readinto(self, b):
        return len(b) + 10


try:
    io.BufferedReader(Broken()).read(2)
except OSError as e:
    print(type(e).__name__, e)
try:
    io.BufferedReader(Sink())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    io.BufferedWriter(Source(b""))
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
base = io.IOBase()
for name in ["seek", "truncate", "fileno"]:
    try:
        getattr(base, name)(0) if name != "fileno" else base.fileno()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
print(base.readable(), base.writable(), base.seekable(), base.isatty(), base.closed)
base.close()
print(base.closed)
try:
    base.flush()
except ValueError as e:
    print("ValueError", e)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase),
      isinstance(io.BufferedReader(io.BytesIO()), io.BufferedIOBase), io.IOBase.__mro__[1].__name__)
print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__[1:3], io.BlockingIOError is BlockingIOError)
