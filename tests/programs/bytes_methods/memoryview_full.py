# memoryview: formats, shapes, multi-dimensional casts, comparison, release semantics, exports
# that block resizing, slicing assignment, hex/tobytes/tolist and their errors
import sys
b = bytearray(range(12))
m = memoryview(b)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.contiguous, m.f_contiguous, m.nbytes)
m2 = m.cast("B", shape=[3, 4])
print(m2.ndim, m2.shape, m2.strides, m2.tolist(), m2.nbytes, len(m2), m2.c_contiguous, m2.f_contiguous)
try:
    m2[0]
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(m2[1, 2], m2[-1, -1])
try:
    m2[3, 0]
except IndexError as e:
    print("IndexError:", e)
m2[0, 0] = 99
print(b[0], m2.tobytes()[:4], m2.cast("B").tolist()[:3])
m3 = m.cast("h", shape=[2, 3])
print(m3.tolist(), m3.format, m3.strides)
for args in [("B", [5]), ("h", [4, 2]), ("B", [0]), ("Q", [2]), ("z",), ("B", "x")]:
    try:
        print(m.cast(*args).tolist())
    except (TypeError, ValueError) as e:
        print(f"cast{args} -> {type(e).__name__}: {e}")
try:
    m2.cast("h")
except TypeError as e:
    print("TypeError:", e)
# formats
raw = bytes(range(1, 17))
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "f", "d", "?", "e", "N", "n", "P"]:
    try:
        v = memoryview(raw).cast(fmt)
        print(fmt, v.itemsize, len(v), v.tolist()[:2])
    except (ValueError, TypeError) as e:
        print(fmt, f"{type(e).__name__}: {e}")
# setting items of typed views
w = memoryview(bytearray(8)).cast("i")
w[0] = -1
w[1] = 2**31 - 1
print(w.tolist(), bytes(w.obj).hex())
for bad in [2**31, 1.5, "x", None]:
    try:
        w[0] = bad
    except (TypeError, ValueError) as e:
        print(f"w[0] = {bad!r} -> {type(e).__name__}: {e}")
fv = memoryview(bytearray(8)).cast("d")
fv[0] = 1.5
fv[0] = 2
print(fv.tolist())
cv = memoryview(bytearray(b"ab")).cast("c")
cv[0] = b"z"
print(cv.tolist(), cv.obj)
try:
    cv[0] = b"zz"
except ValueError as e:
    print("ValueError:", e)
bv = memoryview(bytearray(2)).cast("?")
bv[0] = True
bv[1] = 0
print(bv.tolist())
# slices: assignment with same length, strides, negative steps
s = bytearray(b"abcdefgh")
v = memoryview(s)
v[::2] = b"ABCD"
print(s)
v[1:3] = memoryview(b"xy")
print(s, v[::-1].tobytes(), v[::-3].tolist(), v[5:1:-1].tobytes(), v[100:].tobytes(), v[-3:].tobytes())
for key, val in [(slice(0, 2), b"abc"), (slice(0, 2), "ab"), (slice(0, 4, 2), b"a"), (0, b"a")]:
    try:
        v[key] = val
    except (ValueError, TypeError) as e:
        print(f"v[{key}] = {val!r} -> {type(e).__name__}: {e}")
# comparisons
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abc"), memoryview(b"abc") == "abc",
      memoryview(b"abc") != b"abd", memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00").cast("H"),
      memoryview(b"\x00\x00\x00\x00").cast("f") == memoryview(b"\x00\x00\x00\x00").cast("i"),
      memoryview(bytes(8)).cast("d") == memoryview(bytes(8)).cast("d"))
nanv = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(nanv == nanv, nanv.tolist())
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"memoryview(b'a') {op} memoryview(b'b')")
    except TypeError as e:
        print("TypeError:", e)
# hashing: only read-only formats B, b, c
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
for mv in [memoryview(bytearray(b"x")), memoryview(bytes(4)).cast("i")]:
    try:
        hash(mv)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
# hex with separators, tobytes order
h = memoryview(b"\x01\x02\x03\x04\x05")
print(h.hex(), h.hex(":"), h.hex("-", 2), h.hex("_", -2), h.tobytes("C"), h.tobytes("A"), h.tobytes(None))
try:
    h.tobytes("X")
except ValueError as e:
    print("ValueError:", e)
# release and context manager; exports block resizing of bytearray
ba = bytearray(b"grow")
exp = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError:", e)
try:
    ba.extend(b"xx")
except BufferError as e:
    print("BufferError:", e)
ba[0] = 71
print(ba, exp.tobytes())
exp.release()
ba.append(33)
print(ba)
exp.release()
for attr in ["tobytes", "tolist", "hex"]:
    try:
        getattr(exp, attr)()
    except ValueError as e:
        print(attr, "ValueError:", e)
for attr in ["format", "nbytes", "shape", "readonly", "obj"]:
    try:
        getattr(exp, attr)
    except ValueError as e:
        print(attr, "ValueError:", e)
try:
    len(exp)
except ValueError as e:
    print("len ValueError:", e)
print(exp == exp, exp == b"grow", repr(exp)[:20])
with memoryview(bytearray(b"ctx")) as c:
    sub = c[1:]
    print(c.tobytes(), sub.tobytes())
try:
    c.tobytes()
except ValueError as e:
    print("ValueError:", e)
print(sub.tobytes())
# memoryview of memoryview shares the buffer; toreadonly; obj
base = bytearray(b"share")
mm = memoryview(memoryview(base)[1:])
mm[0] = ord("H")
print(base, mm.obj is base, memoryview(b"ro").toreadonly().readonly, memoryview(base).toreadonly().readonly)
ro = memoryview(base).toreadonly()
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
# iteration, membership, list(), count/index absent in 3.11
it = memoryview(b"xyz")
print(list(it), 121 in it, [x for x in it[::-1]], hasattr(it, "count"), bytes(it), bytearray(it))
print(list(memoryview(bytes(range(8))).cast("H")), sum(memoryview(b"\x01\x02\x03")))
# constructor errors
for bad in ["str", 5, [1], None]:
    try:
        memoryview(bad)
    except TypeError as e:
        print("TypeError:", e)
print(memoryview(b"abc")[1:2].tobytes(), memoryview(b"") .tolist(), memoryview(b"").tobytes(), len(memoryview(b"")))
