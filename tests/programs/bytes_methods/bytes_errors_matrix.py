# bytes/bytearray methods called with wrong argument types and values: CPython's exact messages,
# plus bytearray mutation corners (slice assignment from iterables, self-assignment, extended slices)
calls = [
    ("b'abc'.find", ("b",)), ("b'abc'.find", (256,)), ("b'abc'.find", (-1,)), ("b'abc'.find", (1.5,)), ("b'abc'.count", (None,)),
    ("b'abc'.index", (b"z",)), ("b'abc'.rindex", (b"z",)), ("b'abc'.startswith", ("a",)), ("b'abc'.startswith", ([b"a"],)),
    ("b'abc'.endswith", ((b"c", "c"),)), ("b'abc'.split", ("b",)), ("b'abc'.split", (b"",)), ("b'abc'.rsplit", (b"",)),
    ("b'abc'.join", ([b"x", "y"],)), ("b'abc'.join", ([1],)), ("b'abc'.join", (5,)), ("b'abc'.replace", ("a", "b")),
    ("b'abc'.strip", ("a",)), ("b'abc'.center", (10, b"ab")), ("b'abc'.center", (10, "a")), ("b'abc'.ljust", ("x",)),
    ("b'abc'.zfill", ("5",)), ("b'abc'.expandtabs", ("4",)), ("b'abc'.partition", (b"",)), ("b'abc'.partition", ("b",)),
    ("b'abc'.translate", (b"short",)), ("b'abc'.translate", ("x" * 256,)), ("bytes.maketrans", (b"ab", b"c")),
    ("bytes.maketrans", ("ab", "cd")), ("bytes.fromhex", ("zz",)), ("bytes.fromhex", ("0",)), ("bytes.fromhex", (b"00",)),
    ("bytes.fromhex", ("0 1",)), ("b'abc'.hex", (1,)), ("b'abc'.hex", ("::",)), ("b'abc'.hex", ("é",)),
    ("b'abc'.decode", ("nope",)), ("b'\\xff'.decode", ()), ("b'\\xff'.decode", ("ascii",)), ("b'abc'.decode", ("utf-8", 5)),
    ("b'abc'.removeprefix", ("a",)), ("b'abc'.splitlines", ("x",)), ("b'abc'.__getitem__", ("x",)), ("b'abc'.__getitem__", (5,)),
    ("bytearray(b'abc').__getitem__", (5,)), ("bytearray(b'abc').__setitem__", (0, 256)), ("bytearray(b'abc').__setitem__", (0, b"x")),
    ("bytearray(b'abc').__setitem__", (5, 1)), ("bytearray(b'abc').__setitem__", (slice(0, 1), 5)),
    ("bytearray(b'abc').__setitem__", (slice(0, 1), "s")), ("bytearray(b'abc').__setitem__", (slice(None, None, 2), b"x")),
    ("bytearray(b'abc').__delitem__", (5,)), ("bytearray(b'abc').append", (-1,)), ("bytearray(b'abc').append", (b"a",)),
    ("bytearray(b'abc').extend", (5,)), ("bytearray(b'abc').extend", ([300],)), ("bytearray(b'abc').extend", ("str",)),
    ("bytearray(b'abc').insert", (0, "x")), ("bytearray(b'abc').remove", (120,)), ("bytearray().pop", ()),
    ("bytearray(b'abc').pop", (10,)), ("bytes", (-1,)), ("bytes", ("abc",)), ("bytes", ("abc", "nope")), ("bytes", (1.5,)),
    ("bytes", ([1, 300],)), ("bytes", ([1, "a"],)), ("bytes", (b"x", "utf-8")), ("bytearray", ("abc",)), ("bytes", (None,)),
    ("b'%d' .__mod__", ("x",)), ("b'%s'.__mod__", ("x",)), ("b'%x'.__mod__", (1.5,)), ("b'%c'.__mod__", (256,)),
    ("b'%c'.__mod__", (b"ab",)), ("b'%q'.__mod__", (1,)), ("b'%d %d'.__mod__", ((1,),)), ("b'abc'.__mod__", (5,)),
    ("b'a' .__add__", ("b",)), ("b'abc'.__contains__", ("a",)), ("b'abc'.__contains__", (300,)),
]
for expr, args in calls:
    try:
        fn = eval(expr)
        r = fn(*args)
        print(f"{expr}{args!r} = {r!r}")
    except Exception as e:
        print(f"{expr}{args!r} -> {type(e).__name__}: {e}")
for src in ["b'a' < 'a'", "b'a' + 1", "1 + b'a'", "b'a' * 1.5", "bytearray(b'a') + 'b'", "'a' + b'a'", "b'a' == 'a'", "b'%b' % 'x'",
            "b'%r' % 1", "b'%a' % 'é'", "bytearray(b'x') < b'y'", "bytearray(b'x') == memoryview(b'x')", "b'x' in bytearray(b'xy')",
            "b'ab'[::-1]", "bytearray(b'abc')[1:] + b'!'", "b'abc'[5:]", "bytes(memoryview(b'mv'))", "b'\\x00'.isalnum()"]:
    try:
        print(src, "=", repr(eval(src)))
    except Exception as e:
        print(src, "->", f"{type(e).__name__}: {e}")
# bytearray mutation corners
ba = bytearray(b"hello world")
ba[0:5] = [72, 69, 76, 76, 79]
ba[5:6] = b""
ba[-5:] = range(65, 68)
print(ba)
ba[:] = ba
print(ba)
ba[1:1] = b"***"
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[::3]
print(ba)
ba += b"tail"
ba *= 2
print(ba, len(ba))
b2 = bytearray(b"abc")
b2[len(b2):] = b"def"
b2.extend(x for x in b"gh")
b2.extend(memoryview(b"ij"))
b2.insert(-100, 48)
b2.insert(100, 57)
print(b2, b2.pop(), b2.pop(0), b2)
b3 = bytearray(b"x" * 3)
b3[0:1] = bytearray(b"yyy")
try:
    b3 += b3
except BufferError as e:
    print("BufferError:", e)
b3.extend(b3)
print(b3)
print(bytearray(5), bytearray(b"ab") * 0, bytearray(range(5)), bytearray([]), bytearray(b"abc").copy() is None)
