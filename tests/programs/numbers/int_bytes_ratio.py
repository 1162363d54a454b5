# int.to_bytes / int.from_bytes (3.11 defaults), bit_length, bit_count, as_integer_ratio, is_integer-free
# int API corners with CPython's messages
for n in [0, 1, 255, 256, -1, -128, -129, 2**64 - 1, 2**64, -(2**63), 10**30]:
    out = []
    for signed in (False, True):
        for order in ("big", "little"):
            try:
                length = max(1, (n.bit_length() + 8) // 8)
                out.append(n.to_bytes(length, order, signed=signed).hex())
            except OverflowError as e:
                out.append(f"OverflowError({e})")
    print(n, out)
print((1024).to_bytes(2), (1024).to_bytes(2, "little"), (0).to_bytes(0), (5).to_bytes(), (255).to_bytes(1))
print((-1).to_bytes(1, signed=True), (127).to_bytes(length=1, byteorder="big", signed=True))
for args, kw in [((256, 1), {}), ((-1, 1), {}), ((128, 1), {"signed": True}), ((-129, 1), {"signed": True}),
                 ((1, -1), {}), ((1, 1, "middle"), {}), ((1, 1, 5), {}), ((1, "1"), {}), ((0, 0), {"signed": True}),
                 ((1, 0), {}), ((-1, 0), {"signed": True})]:
    n, *rest = args
    try:
        print(n.to_bytes(*rest, **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(f"{n}.to_bytes{tuple(rest)} {kw} -> {type(e).__name__}: {e}")
for data in [b"", b"\x00", b"\x01\x00", b"\xff", b"\xff\xff", b"\x80\x00", bytearray(b"\x12\x34"), [1, 2], (255, 0), memoryview(b"\x7f\xff")]:
    print(bytes(data).hex() or "''", int.from_bytes(data), int.from_bytes(data, "little"), int.from_bytes(data, signed=True),
          int.from_bytes(data, "little", signed=True))
for bad in [("x",), (5,), ([256],), ([-1],), (b"\x01", "mid"), (b"\x01", 3)]:
    try:
        int.from_bytes(*bad)
    except (TypeError, ValueError) as e:
        print(f"from_bytes{bad!r} -> {type(e).__name__}: {e}")
class MyInt(int): pass
r = MyInt.from_bytes(b"\x01\x02")
print(type(r).__name__, r, type(bool.from_bytes(b"\x01")).__name__, bool.from_bytes(b"\x00"))
class Bytesish:
    def __bytes__(self): return b"\x00\x10"
print(int.from_bytes(Bytesish()))
# round-trips of big values
big = 3**200
print(int.from_bytes(big.to_bytes(40, "little"), "little") == big, (-big).to_bytes(40, "big", signed=True)[:4].hex())
# bit_length / bit_count
for n in [0, 1, -1, 7, 8, -8, -9, 2**100, -(2**100), 2**100 - 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), bin(n))
# as_integer_ratio, numerator/denominator, is_integer absent on int in 3.11
print((42).as_integer_ratio(), (-7).as_integer_ratio(), (0).as_integer_ratio(), MyInt(3).as_integer_ratio(),
      type(MyInt(3).as_integer_ratio()[0]).__name__, (2**70).numerator, (5).denominator, hasattr(5, "is_integer"))
# int methods as unbound calls, conjugate, __trunc__/__floor__/__ceil__/__round__
print(int.bit_length(-5), int.conjugate(3), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(),
      (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (15).__round__(-1), (25).__round__(-1))
print(round(12345, -1), round(12355, -1), round(-12345, -1), round(5, -1), round(15, -1), round(123, 5), round(123, -5),
      type(round(123, -1)).__name__, round(True, 0), type(round(True)).__name__)
print(round(10**20 + 5 * 10**9, -10), round(-(10**20) - 5 * 10**9, -10), round(2**100, -30))
try:
    round(5, 1.5)
except TypeError as e:
    print("TypeError:", e)
# int() parsing corners
for s in ["0x1f", "0b101", "0o17", "1_000", " 42 ", "-0", "+7", "١٢٣", "0_0", "00", "1__0", "_1", "1_", "0x", "", "12a"]:
    for base in (10, 0, 16):
        try:
            v = int(s, base)
        except ValueError as e:
            v = f"ValueError: {e}"
        print(repr(s), base, v)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("zz", 36), int("Z", 36), int(b"12"), int(bytearray(b"0x10"), 16), int(" \t12\n"), int(3.99), int(-3.99), int("-0b11", 0))
for bad in [float("inf"), float("nan"), "1.5", None, [1]]:
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(f"int({bad!r}) -> {type(e).__name__}: {e}")
