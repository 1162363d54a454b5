# NotImplemented fallback order and the resulting TypeError messages
class A:
    def __add__(self, o):
        print("  A.__add__ ->", "NotImplemented" if not isinstance(o, A) else "ok")
        if isinstance(o, A):
            return "A+A"
        return NotImplemented
    def __radd__(self, o):
        print("  A.__radd__ -> NotImplemented")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("  B.__radd__ -> NotImplemented")
        return NotImplemented
class C:
    pass
print(A() + A())
for left, right in [(A(), B()), (A(), C()), (C(), A()), (1, A()), (A(), 1), (C(), C()), (B(), A())]:
    try:
        print(left + right)
    except TypeError as e:
        print(type(e).__name__, e)
ops = [
    ("-", lambda x, y: x - y), ("*", lambda x, y: x * y), ("/", lambda x, y: x / y),
    ("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("**", lambda x, y: x ** y),
    ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y), ("&", lambda x, y: x & y),
    ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y), ("@", lambda x, y: x @ y),
]
for sym, fn in ops:
    try:
        fn(C(), 2)
    except TypeError as e:
        print(sym, e)
try:
    pow(C(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(C(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    -C()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(NotImplemented), type(NotImplemented).__name__)
class Eq:
    def __eq__(self, o):
        return NotImplemented
print(Eq() == Eq(), Eq() != Eq(), Eq() == 1)
e = Eq()
print(e == e)
