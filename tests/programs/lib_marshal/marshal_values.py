# marshal round trips of values, CPython's wire format read back (with references), errors
import marshal

values = [None, True, False, 0, -7, 2**31 - 1, -2**31, 2**31, 2**40, -(2**100), 1.5, -0.0, float("inf"), 2j,
          "", "abc", "héllo wörld", "x" * 300, b"", b"bytes", bytearray(b"ba"), (), (1, "a", (2.5,)), tuple(range(300)),
          [1, [2, [3]]], {"a": 1, 2: [3]}, {1, 2, 3}, frozenset({"f"}), ..., StopIteration]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(type(back).__name__, back == v or v != v, repr(back)[:50])
# Data written by CPython (with FLAG_REF and back-references).
print(marshal.loads(b"\xe9\x05\x00\x00\x00"), marshal.loads(b"\xda\x03abc"))
print(marshal.loads(b"[\x02\x00\x00\x00\xda\x01xr\x00\x00\x00\x00"))
print(marshal.loads(b"\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04"), marshal.loads(b"i\x05\x00\x00\x00trailing"))
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(...), marshal.dumps(-(2**100)), marshal.version)
for bad in [object(), len, [object()]]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
for data in [b"", b"i\x01", b"\x01", b"[\x05\x00\x00\x00N"]:
    try:
        marshal.loads(data)
    except (EOFError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    marshal.loads("str")
except TypeError as e:
    print("TypeError:", e)
