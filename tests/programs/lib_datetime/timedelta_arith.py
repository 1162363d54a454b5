# timedelta: constructor normalisation and float rounding (round-half-even),
# multiplication/division by ints and floats, floor division, modulo,
# divmod, comparisons, str/repr and the overflow errors of C's _datetime.
from datetime import timedelta


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min), repr(timedelta.max))
for kw in [dict(), dict(days=1), dict(seconds=-1), dict(microseconds=-1), dict(days=-1, seconds=86399),
           dict(weeks=1, days=-7), dict(hours=25), dict(minutes=-1441), dict(milliseconds=1500),
           dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-0.5),
           dict(microseconds=-1.5), dict(seconds=0.0000005), dict(seconds=0.0000015), dict(days=0.1),
           dict(days=1e-11), dict(hours=1.1, minutes=0.7, seconds=0.3), dict(weeks=0.5, days=-0.5),
           dict(milliseconds=-0.0005), dict(days=True, seconds=False), dict(seconds=1e9),
           dict(microseconds=10**15), dict(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
           dict(days=-999999999), dict(microseconds=0.49999999999999994), dict(seconds=1/3), dict(minutes=-1/7)]:
    td = timedelta(**kw)
    print(kw, "->", repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(1, 2, 3, 4, 5, 6, 7), timedelta(0, 0, 0, 0, 0, 0, 0))

attempt("days=10**9", lambda: timedelta(days=10**9))
attempt("days=-10**9", lambda: timedelta(days=-10**9))
attempt("seconds=10**20", lambda: timedelta(seconds=10**20))
attempt("hours=1e20", lambda: timedelta(hours=1e20))
attempt("days=1e9", lambda: timedelta(days=1e9))
attempt("nan", lambda: timedelta(seconds=float("nan")))
attempt("inf", lambda: timedelta(minutes=float("-inf")))
attempt("str", lambda: timedelta(hours="1"))
attempt("complex", lambda: timedelta(weeks=1j))
attempt("bad kw", lambda: timedelta(day=1))
attempt("too many", lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
attempt("max + 1us", lambda: timedelta.max + timedelta.resolution)
attempt("min - 1us", lambda: timedelta.min - timedelta.resolution)
attempt("-min", lambda: -timedelta.min)
attempt("abs(min)", lambda: abs(timedelta.min))

a = timedelta(days=1, seconds=7, microseconds=3)
b = timedelta(hours=-5, microseconds=999999)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a), a * 2, 3 * b, a * -1, a * 0, True * a)
for f in [0.5, 1.5, 2.5, -0.5, 1 / 3, 1e-6, 0.1, 7.0, -2.25, 1e-3]:
    print(f, a * f, f * b, a / f, b / f)
for n in [1, 2, 3, -3, 7, 10**6, 10**12]:
    print(n, a / n, b / n, a // n, b // n)
print(a / b, b / a, a // b, b // a, a % b, b % a, divmod(a, b), divmod(b, a), a / a, a // a)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=-7) / 2)
print(timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5, timedelta(microseconds=-5) * 0.5, timedelta(microseconds=3) / 6)
print(timedelta(microseconds=1) // 2, timedelta(microseconds=-1) // 2, timedelta(days=7) // timedelta(hours=5),
      timedelta(days=-7) // timedelta(hours=5), timedelta(days=-7) % timedelta(hours=5))
print(timedelta(hours=1) / timedelta(minutes=7), timedelta.max / timedelta.resolution, timedelta.max // timedelta.resolution)
attempt("td / 0", lambda: a / 0)
attempt("td / 0.0", lambda: a / 0.0)
attempt("td // 0", lambda: a // 0)
attempt("td / td(0)", lambda: a / timedelta(0))
attempt("td // td(0)", lambda: a // timedelta(0))
attempt("td % td(0)", lambda: a % timedelta(0))
attempt("divmod td(0)", lambda: divmod(a, timedelta(0)))
attempt("td * inf", lambda: a * float("inf"))
attempt("td * nan", lambda: a * float("nan"))
attempt("td / nan", lambda: a / float("nan"))
attempt("td * 1e10", lambda: a * 1e10)
attempt("td * 10**20", lambda: a * 10**20)
attempt("td // 1.5", lambda: a // 1.5)
attempt("td % 2", lambda: a % 2)
attempt("td + 1", lambda: a + 1)
attempt("1 - td", lambda: 1 - a)
attempt("td * td", lambda: a * a)
attempt("2 / td", lambda: 2 / a)
attempt("td < 1", lambda: a < 1)
attempt("td ** 2", lambda: a ** 2)
print(a == timedelta(1, 7, 3), a != b, a > b, a >= a, b < a, b <= b, a == 1, a != "x", sorted([a, b, -a, timedelta(0)]))
print(bool(timedelta(0)), bool(timedelta(microseconds=-1)), hash(a) == hash(timedelta(seconds=86407, microseconds=3)))
print(hash(timedelta(0)) == hash(timedelta()), {timedelta(hours=24): "day"}[timedelta(days=1)])
print(repr(timedelta(seconds=-1)), str(timedelta(seconds=-1)), str(timedelta(days=-2, microseconds=1)), str(timedelta(days=2)))
print(str(timedelta(days=-1)), str(timedelta(hours=23, minutes=59, seconds=59, microseconds=1)), repr(timedelta(microseconds=-1)))
print(timedelta(days=1).__reduce__(), timedelta(1, 2, 3) == eval(repr(timedelta(1, 2, 3)), {"datetime": __import__("datetime")}))
print(sum([timedelta(minutes=m) for m in range(100)], timedelta()), max(a, b), min(a, b))
