# io.TextIOWrapper over BytesIO: encodings, newline translation, tell/seek
# cookies, chunked reads, reconfigure, detach; IncrementalNewlineDecoder.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("--- writing")
for nl in [None, "", "\n", "\r", "\r\n"]:
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding="utf-8", newline=nl)
    print(t.write("a\nb\r\nc\rd"), end=" ")
    t.flush()
    print(repr(nl), raw.getvalue())

print("--- reading")
data = b"one\ntwo\r\nthree\rfour\r\n\r\nend"
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    print(repr(nl), t.readlines(), repr(t.newlines))
t = io.TextIOWrapper(io.BytesIO(data), encoding="ascii")
print(repr(t.read(5)), repr(t.readline()), repr(t.readline(3)), repr(t.read()), repr(t.read()), repr(t.readline()))

print("--- encodings")
for enc in ["utf-8", "latin-1", "utf-16", "utf-16-le", "utf-8-sig", "cp1252", "ascii"]:
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding=enc, errors="replace")
    t.write("h\xe9llo \u20ac!\n")
    t.write("second\n")
    t.flush()
    raw.seek(0)
    r = io.TextIOWrapper(raw, encoding=enc)
    print(enc, raw.getvalue(), repr(r.read()), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO(b"ok \xff\xfe bad \xe9"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"ok \xff bad"), encoding="utf-8")
attempt("strict decode", t.read)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
attempt("strict encode", lambda: t.write("\u20ac"))
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="xmlcharrefreplace")
t.write("\u20ac\xe9")
t.flush()
print(t.buffer.getvalue())

print("--- multibyte across chunks, tell/seek")
text = "".join(chr(0x41 + i % 26) + ("\xe9" if i % 3 == 0 else "") + ("\u20ac\n" if i % 7 == 0 else "") for i in range(200))
raw = io.BytesIO(text.encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
t._CHUNK_SIZE = 5
got = []
positions = []
while True:
    positions.append(t.tell())
    line = t.readline()
    if not line:
        break
    got.append(line)
print("".join(got) == text, len(got), positions[:6])
for p, line in list(zip(positions, got))[::5]:
    t.seek(p)
    assert t.readline() == line, (p, line)
print("seek back ok")
t.seek(0)
print(repr(t.read(7)))
p = t.tell()
rest = t.read(10)
t.seek(p)
print(p, repr(rest), t.read(10) == rest)
print(t.seek(0, 2), repr(t.read()), t.tell())
attempt("nonzero cur", lambda: t.seek(1, 1))
attempt("nonzero end", lambda: t.seek(1, 2))
attempt("bad whence", lambda: t.seek(0, 5))
attempt("negative", lambda: t.seek(-1))
print(t.seek(0, 1) == t.tell())

print("--- utf-16 tell/seek")
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-16")
t.write("ab\ncd\n")
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.readline()), t.tell(), repr(t.readline()))
p = t.tell()
t.write("ef\n")
t.seek(0)
print(repr(t.read()), raw.getvalue())

print("--- CR at chunk end")
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\r\nc"), encoding="ascii", newline="")
t._CHUNK_SIZE = 2
print([t.readline() for _ in range(4)], t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii")
t._CHUNK_SIZE = 2
print(repr(t.read()), t.newlines)

for nl in ["\r\n", "\r", "\n", ""]:
    for size in [1, 2, 3]:
        t = io.TextIOWrapper(io.BytesIO("ab\r\ncd\re\u20acf\n\r\ng".encode()), encoding="utf-8", newline=nl)
        t._CHUNK_SIZE = size
        lines = []
        while True:
            p = t.tell()
            line = t.readline()
            if not line:
                break
            lines.append(line)
        t.seek(p)
        print(repr(nl), size, lines, repr(t.read()))
t = io.TextIOWrapper(io.BytesIO("abc\u20acdef\r\nxy".encode()), encoding="utf-8", newline="\r\n")
t._CHUNK_SIZE = 2
print([t.readline(2), t.readline(3), t.readline(1), t.readline(4), t.readline(0), t.readline()])

print("--- iteration disables tell")
t = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="ascii")
print(next(t))
attempt("tell during next", t.tell)
print(list(t))
print(t.tell())

print("--- line buffering, write_through, reconfigure")


class Spy(io.BytesIO):
    def write(self, b):
        print("  raw write", bytes(b))
        return super().write(b)

    def flush(self):
        print("  raw flush")
        return super().flush()


s = Spy()
t = io.TextIOWrapper(s, encoding="utf-8", line_buffering=True)
print(t.line_buffering, t.write_through)
t.write("no newline")
print("after first write")
t.write(" now\n")
t.reconfigure(line_buffering=False, write_through=True)
print(t.line_buffering, t.write_through)
t.write("through")
t.reconfigure(encoding="latin-1", newline="\r\n")
t.write("\xe9\n")
print(t.encoding, s.getvalue())
attempt("reconfigure bad newline", lambda: t.reconfigure(newline="x"))
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef"), encoding="ascii")
t.read(1)
attempt("reconfigure after read", lambda: t.reconfigure(encoding="utf-8"))
t.reconfigure(line_buffering=True)
print(t.line_buffering)

print("--- attributes, detach, close")
raw = io.BytesIO(b"data")
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.buffer is raw, t.closed, t.readable(), t.writable(), t.seekable(), t.isatty())
attempt("name", lambda: t.name)
attempt("fileno", t.fileno)
t.mode = "r"
print(repr(t))
b = t.detach()
print(b is raw, b.closed)
attempt("after detach read", t.read)
attempt("after detach repr", lambda: repr(t))
attempt("after detach buffer", lambda: t.buffer)
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
t.close()
print(t.closed, t.buffer.closed)
attempt("closed read", t.read)
attempt("closed write", lambda: t.write("x"))
attempt("closed tell", t.tell)
t.close()
attempt("write bytes", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(b"x"))
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt("newline int", lambda: io.TextIOWrapper(io.BytesIO(), newline=3))
attempt("unknown encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
attempt("not text encoding", lambda: io.TextIOWrapper(io.BytesIO(), encoding="rot13"))
attempt("encoding int", lambda: io.TextIOWrapper(io.BytesIO(), encoding=3))
attempt("errors int", lambda: io.TextIOWrapper(io.BytesIO(), errors=3))
attempt("chunk size 0", lambda: setattr(io.TextIOWrapper(io.BytesIO()), "_CHUNK_SIZE", 0))
print(io.TextIOWrapper(io.BytesIO()).encoding == io.text_encoding(None) or "locale")
print(io.text_encoding(None), io.text_encoding("latin-1"))

r = io.BufferedReader(io.BytesIO(b"ro"))
t = io.TextIOWrapper(r, encoding="ascii")
attempt("write to reader", lambda: t.write("x"))
w = io.BufferedWriter(io.BytesIO())
t = io.TextIOWrapper(w, encoding="ascii")
attempt("read from writer", t.read)

print("--- IncrementalNewlineDecoder")
import codecs

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=False)
print(repr(d.decode(b"x\r\ny\xc3")), d.getstate(), repr(d.decode(b"\xa9\r")), d.getstate(), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode(b"z", True)))
attempt("decode bytes without decoder", lambda: io.IncrementalNewlineDecoder(None, False).decode(b"x"))
attempt("setstate not tuple", lambda: io.IncrementalNewlineDecoder(None, False).setstate(3))
