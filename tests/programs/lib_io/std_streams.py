# sys.stdin/stdout/stderr are TextIOWrappers over buffered FileIOs on
# descriptors 0, 1, 2; input() and reading stdin (from std_streams.stdin).
import io
import sys

for name in ["stdin", "stdout", "stderr"]:
    s = getattr(sys, name)
    print(name, repr(s), s.name, s.mode, s.encoding, s.fileno(), s.closed, s.readable(), s.writable())
    print(" ", isinstance(s, io.TextIOWrapper), s is getattr(sys, "__%s__" % name), s.buffer.name, s.buffer.raw.closefd if hasattr(s.buffer, "raw") else s.buffer.closefd)
print(sys.stderr.errors, sys.stdin.newlines)

print(sys.stdout.write("written with write()\n"))
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write()\n")
print("flushed", flush=True)
print("a", "b", sep="", end="")
print()
sys.stdout.writelines(["w1\n", "w2\n"])
print(1, 2.5, None, [1, "x"], sep=" | ")

line = input()
print("input() ->", repr(line))
line = input("prompt> ")
print("\ninput(prompt) ->", repr(line))
print("readline ->", repr(sys.stdin.readline()))
print("readline(3) ->", repr(sys.stdin.readline(3)))
print("readline rest ->", repr(sys.stdin.readline()))
for i, line in enumerate(sys.stdin):
    print("iter", i, repr(line))
    if i == 1:
        break
print("read ->", repr(sys.stdin.read()))
print("read at eof ->", repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError", e)


class Upper:
    def write(self, s):
        sys.__stdout__.write(s.upper())
        return len(s)

    def flush(self):
        pass


sys.stdout = Upper()
print("through a replacement stdout", 42)
sys.stdout = sys.__stdout__
print("restored")
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print("done")
