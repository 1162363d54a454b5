# memoryview over bytes and bytearray: items, slices, casts, writes, release.
m = memoryview(b'abcdef')
print(m[0], m[-1], len(m), m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m == b'abcdef', m[1:3] == b'bc', m == memoryview(b'abcdef'), hash(m) == hash(b'abcdef'), list(m[:3]), m.hex(), m.obj)
ba = bytearray(b'hello')
w = memoryview(ba)
w[0] = 72
w[1:3] = b'EL'
print(ba, w.readonly, w.tolist(), w.cast('c').tolist(), w.cast('b')[0])
for call in [lambda: m.__setitem__(0, 1), lambda: w.__setitem__(0, 300), lambda: w.__setitem__(0, 'x'), lambda: m[10],
             lambda: memoryview('abc'), lambda: hash(w), lambda: m.cast('q'), lambda: w.__setitem__(slice(0, 2), b'abc'), lambda: m['a']]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
with memoryview(b'xy') as v:
    print(v.tobytes())
print(v.nbytes if False else 1)
try:
    v[0]
except ValueError as e:
    print(e)
print(repr(m)[:8], m.c_contiguous, m[::2].c_contiguous, m.toreadonly().readonly)
q = memoryview(bytes(range(16))).cast('i')
print(q.tolist(), q.itemsize, q.nbytes, len(q), q[1], q.format, q[::2].tolist(), q.cast('B')[:4].tolist())
h = memoryview(bytearray(8)).cast('h')
h[1] = -2
h[2] = 300
print(h.tolist(), h.obj)
for call in [lambda: q.cast('h'), lambda: memoryview(b'abc').cast('i'), lambda: h.__setitem__(0, 70000), lambda: hash(q.toreadonly())]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(memoryview(b'\x01\x00').cast('?').tolist(), memoryview(bytes(8)).cast('d')[0])
