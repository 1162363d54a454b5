# timedelta normalisation and arithmetic; fixed-offset timezones and conversion.
from datetime import datetime, timedelta, timezone, tzinfo

for td in [timedelta(), timedelta(days=1), timedelta(hours=36), timedelta(minutes=-1), timedelta(seconds=1.5),
           timedelta(microseconds=-1), timedelta(weeks=2, days=-1, hours=3), timedelta(milliseconds=1500)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a / 2, a / b, a // b, a % b, divmod(a, b))
print(a * 0.1, a // 7, timedelta(seconds=1) / 3, round(timedelta(seconds=10) / timedelta(seconds=3), 6))
print(a > b, a == timedelta(seconds=18000), bool(timedelta()), bool(b), hash(a) == hash(timedelta(hours=5)))
print(sum([a, b, b], timedelta()), max(a, b), sorted([a, -b, b]))
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) == timedelta.max)
print(timedelta(seconds=0.0000005), timedelta(seconds=0.0000015), timedelta(microseconds=0.5), timedelta(microseconds=1.5))

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
named = timezone(timedelta(hours=-3, minutes=-30), "NST")
print(utc, repr(utc), plus2, repr(plus2), named, repr(named))
print(plus2.utcoffset(None), named.tzname(None), utc.dst(None), plus2.tzname(None), timezone(timedelta(0)) == utc)
print(timezone.min, timezone.max, timezone(timedelta(seconds=90)).tzname(None))
t = datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
print(t, t.utcoffset(), t.tzname(), t.astimezone(utc), t.astimezone(named), t.astimezone(named).tzname())
print(t == t.astimezone(utc), t - t.astimezone(named), t.timestamp(), t.utctimetuple()[:6])
print(t.replace(tzinfo=None), t.replace(tzinfo=utc) - t, datetime(2024, 6, 1, tzinfo=utc).isoformat())
print(t.strftime("%H:%M %z %Z"), named.fromutc(datetime(2024, 6, 1, 12, tzinfo=named)))

class Fixed(tzinfo):
    """A user-defined tzinfo with a DST hour in (northern) summer."""
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, d):
        return self.offset + self.dst(d)
    def dst(self, d):
        return timedelta(hours=1) if d is not None and 4 <= d.month <= 9 else timedelta(0)
    def tzname(self, d):
        return self.name + ("S" if self.dst(d) else "")
    def __repr__(self):
        return f"Fixed({self.name})"

eu = Fixed(1, "CE")
for month in (1, 7):
    x = datetime(2024, month, 15, 12, tzinfo=eu)
    print(x, x.tzname(), x.utcoffset(), x.dst(), x.astimezone(utc), repr(x.tzinfo))
print(datetime(2024, 7, 15, 10, tzinfo=utc).astimezone(eu))
aware = datetime(2024, 1, 1, tzinfo=utc)
naive = datetime(2024, 1, 1)
print(aware == naive, aware != naive, naive.utcoffset(), naive.tzname(), naive.dst())
