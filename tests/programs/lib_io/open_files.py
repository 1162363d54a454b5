# open() on real files: modes, buffering, closefd, opener, text and binary
# layers, seek/tell, errors. Works in a fresh temporary directory (entered,
# so names stay relative) and removes everything at the end.
import io
import os
import tempfile


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


home = os.getcwd()
tmp = tempfile.mkdtemp()
os.chdir(tmp)
try:
    print("--- text write/read")
    with open("a.txt", "w") as f:
        print(repr(f), f.mode, f.name, f.encoding, f.line_buffering, f.closed)
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd)
        print(f.write("line 1\n"), f.write("line 2\nline 3"), f.tell())
        f.writelines(["\nx", "y\n"])
        print("Hello", "there", file=f)
    print(f.closed, f.buffer.closed)
    with open("a.txt") as f:
        print(f.read())
    with open("a.txt") as f:
        print(f.readline(), f.readlines(), repr(f.readline()))
    with open("a.txt", "r") as f:
        print([line.rstrip("\n") for line in f])
    with open("a.txt", "rb") as f:
        print(repr(f), f.mode, f.read(4), f.peek(1)[:1], f.read1(3), f.tell(), f.readline(), f.seek(-3, 2), f.read())

    print("--- append, exclusive, update")
    with open("a.txt", "a") as f:
        print(f.tell(), f.write("appended\n"), f.mode)
    attempt("x on existing", lambda: open("a.txt", "x"))
    with open("b.txt", "x") as f:
        f.write("new file")
    with open("b.txt", "r+") as f:
        print(repr(f.read(3)), f.tell(), f.seek(0), f.write("NEW"), f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(4), f.seek(0, 2))
    with open("b.txt", "w+") as f:
        print(repr(f.read()), f.write("abc\ndef\n"), f.seek(0), f.readline(), f.tell(), f.read())
    with open("b.txt", "a+") as f:
        print(f.tell(), repr(f.read()), f.seek(0), repr(f.read(2)), f.write("Z"))
    with open("b.txt", "rb+") as f:
        print(type(f).__name__, f.read(3), f.write(b"___"), f.seek(0), f.read())
    with open("b.txt", "ab") as f:
        print(type(f).__name__, f.write(b"!!"), f.tell())
    with open("b.txt", "rb") as f:
        print(f.read())

    print("--- unbuffered, buffering sizes")
    with open("c.bin", "wb", buffering=0) as f:
        print(type(f).__name__, repr(f), f.write(b"\x00\x01\x02"), f.tell(), f.seekable(), f.readable(), f.writable())
    with open("c.bin", "rb", buffering=0) as f:
        ba = bytearray(2)
        print(f.readinto(ba), ba, f.read(), f.read(), f.readall())
    with open("c.bin", "wb", buffering=2) as f:
        f.write(b"abcdef")
        f.write(b"g")
        print(f.tell(), os.path.getsize("c.bin"))
        f.flush()
        print(os.path.getsize("c.bin"))
    with open("c.bin", "w", buffering=1) as f:
        print(f.line_buffering)
        f.write("no newline")
        print(os.path.getsize("c.bin"))
        f.write("\n")
        print(os.path.getsize("c.bin"))

    print("--- encodings and newlines")
    with open("d.txt", "w", encoding="utf-16") as f:
        f.write("h\xe9\u20ac\n")
    with open("d.txt", "rb") as f:
        print(f.read())
    with open("d.txt", encoding="utf-16") as f:
        print(repr(f.read()), f.encoding)
    with open("d.txt", "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open("d.txt", "rb") as f:
        print(f.read())
    with open("d.txt", newline="") as f:
        print(f.readlines())
    with open("d.txt") as f:
        print(f.readlines(), f.newlines)
    with open("d.txt", "w", encoding="ascii", errors="replace") as f:
        f.write("caf\xe9")
    with open("d.txt", encoding="latin-1") as f:
        print(f.read(), f.errors)

    print("--- closefd and opener, fds")
    fd = os.open("e.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with open(fd, "w", closefd=False) as f:
        print(f.name == fd, f.write("via fd"))
    os.write(fd, b" and os.write")
    os.close(fd)
    with open("e.txt") as f:
        print(f.read())
    attempt("closefd False with name", lambda: open("e.txt", closefd=False))

    def opener(path, flags):
        print("  opener", path, flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) == flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
        return os.open(path, flags)

    with open("e.txt", opener=opener) as f:
        print(f.read())
    attempt("opener returns -1", lambda: open("e.txt", opener=lambda p, fl: -1))
    attempt("opener returns str", lambda: open("e.txt", opener=lambda p, fl: "x"))

    print("--- FileIO directly")
    raw = io.FileIO("f.bin", "w")
    print(repr(raw), raw.write(b"raw bytes"), raw.tell(), raw.mode, raw.name)
    raw.close()
    print(repr(raw), raw.closed)
    attempt("closed write", lambda: raw.write(b"x"))
    raw = io.FileIO("f.bin")
    print(raw.read(3), raw.readall(), raw.read(), raw.seek(1), raw.read(2), raw.truncate if False else "")
    attempt("write on read-only", lambda: raw.write(b"x"))
    raw.close()
    buf = io.BufferedReader(io.FileIO("f.bin"), buffer_size=4)
    print(buf.read(5), buf.peek(2)[:2], buf.read(), repr(buf.raw))
    buf.close()
    with io.BufferedRandom(io.FileIO("f.bin", "r+")) as br:
        print(br.read(3), br.write(b"XXX"), br.tell(), br.seek(0), br.read())

    print("--- mode and argument errors")
    for mode in ["rw", "q", "rr", "tb", "b", "+", "U", "rt+", "wbx", ""]:
        attempt("mode " + repr(mode), lambda: open("a.txt", mode).close())
    attempt("encoding in binary", lambda: open("a.txt", "rb", encoding="utf-8"))
    attempt("errors in binary", lambda: open("a.txt", "rb", errors="strict"))
    attempt("newline in binary", lambda: open("a.txt", "rb", newline=""))
    attempt("unbuffered text", lambda: open("a.txt", "w", buffering=0))
    attempt("bad newline", lambda: open("a.txt", newline="q"))
    attempt("float file", lambda: open(3.5))
    attempt("int mode", lambda: open("a.txt", 5))
    attempt("encoding int", lambda: open("a.txt", encoding=5))
    attempt("missing", lambda: open("missing/nothing.txt"))
    attempt("directory", lambda: open("."))
    attempt("unknown encoding", lambda: open("a.txt", encoding="nope"))
    attempt("write to read-only", lambda: open("a.txt").write("x"))
    attempt("read from write-only", lambda: open("g.txt", "w").read())
    attempt("negative fd", lambda: open(-1))
    attempt("null byte", lambda: open("a\0b"))
    attempt("no args", lambda: open())
    attempt("bad kw", lambda: open("a.txt", bogus=1))
    f = open("a.txt")
    f.close()
    attempt("read closed", f.read)
    attempt("iterate closed", lambda: next(iter(f)))
    with open("a.txt", "rb") as f:
        attempt("text write to binary", lambda: f.write("x"))
    print(open is io.open, io.open.__module__ if hasattr(io.open, "__module__") else None)
finally:
    os.chdir(home)
    for name in sorted(os.listdir(tmp)):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)
    print("cleaned up", os.path.exists(tmp))
