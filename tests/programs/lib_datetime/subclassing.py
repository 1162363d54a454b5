# Subclasses of date, datetime, time, timedelta and tzinfo: what C's _datetime
# returns for them (arithmetic and alternate constructors call the subclass).
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class MyDate(date):
    made = 0

    def __new__(cls, *args, **kw):
        MyDate.made += 1
        return super().__new__(cls, *args, **kw)

    def describe(self):
        return f"MyDate {self.year}/{self.month}/{self.day}"


class MyDateTime(datetime):
    extra = "x"

    def __repr__(self):
        return "MyDateTime<" + super().__repr__() + ">"


class MyTime(time):
    pass


class MyDelta(timedelta):
    def double(self):
        return self * 2


class FixedTZ(tzinfo):
    def __init__(self, hours, name):
        self._off = timedelta(hours=hours)
        self._name = name

    def utcoffset(self, dt):
        return self._off

    def tzname(self, dt):
        return self._name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f"FixedTZ({self._name})"

    def __getinitargs__(self):
        return (self._off.total_seconds() / 3600, self._name)


class USEastern(tzinfo):
    """A toy DST zone: DST between March 10 and November 3 (2024 rules)."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1) and not dt.fold:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "USEastern()"


d = MyDate(2024, 2, 28)
print(repr(d), d, d.describe(), type(d).__name__, MyDate.made)
for r in [d + timedelta(days=2), timedelta(days=1) + d, d - timedelta(days=30), d.replace(day=1),
          MyDate.fromordinal(700000), MyDate.fromisoformat("2021-03-04"), MyDate.fromisocalendar(2020, 1, 1)]:
    print(type(r).__name__, r)
print("made", MyDate.made)
print(d - date(2024, 1, 1), type(d - date(2024, 1, 1)).__name__, d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)))
print(isinstance(d, date), MyDate.__mro__[1:], MyDate.min, type(MyDate.max).__name__)

dt = MyDateTime(2024, 1, 31, 12, 30, tzinfo=FixedTZ(2, "CEST"))
print(dt, repr(dt), dt.extra, dt.tzname(), dt.utcoffset(), dt.dst())
for r in [dt + timedelta(hours=13), dt - timedelta(days=31), dt.replace(hour=1), dt.astimezone(timezone.utc),
          MyDateTime.combine(date(2020, 1, 1), time(5)), MyDateTime.fromisoformat("2020-05-05T05:05:05"),
          MyDateTime.fromtimestamp(0, timezone.utc), MyDateTime.strptime("2001-02-03", "%Y-%m-%d")]:
    print(type(r).__name__, r)
print(dt - datetime(2024, 1, 31, 10, 30, tzinfo=timezone.utc), dt == datetime(2024, 1, 31, 10, 30, tzinfo=timezone.utc))
print(dt.isoformat(), dt.timetuple()[:6], dt.utctimetuple()[:6], dt.timestamp())
print(dt.date(), type(dt.date()).__name__, dt.timetz(), type(dt.time()).__name__)

t = MyTime(10, 20, 30, tzinfo=FixedTZ(-3, "BRT"))
print(repr(t), t, t.utcoffset(), t.tzname(), type(t.replace(hour=1)).__name__, t.isoformat("minutes"))
print(type(MyTime.fromisoformat("01:02:03")).__name__, t == time(13, 20, 30, tzinfo=timezone.utc))

md = MyDelta(days=1, hours=1)
print(repr(md), md, type(md).__name__, type(md.double()).__name__, type(-md).__name__, type(md + md).__name__)
print(md.double(), md // 2, md / 4, md == timedelta(hours=25))

tz = USEastern()
for args in [(2024, 1, 15, 12), (2024, 7, 4, 12), (2024, 11, 3, 1, 30), (2024, 3, 10, 2, 30)]:
    x = datetime(*args, tzinfo=tz)
    x1 = x.replace(fold=1)
    print(x, x.tzname(), x1.utcoffset(), x.astimezone(timezone.utc), x1.astimezone(timezone.utc))
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for k in range(4):
    local = (u + timedelta(minutes=30 * k)).astimezone(tz)
    print(local, local.fold, local.tzname())
print(datetime(2024, 11, 3, 1, 30, tzinfo=tz) == datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=tz))
print(datetime(2024, 11, 3, 1, 30, tzinfo=tz) == datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc))

for obj in [d, dt, t, md, FixedTZ(1, "A")]:
    c = copy.copy(obj)
    p = pickle.loads(pickle.dumps(obj))
    print(type(c).__name__, type(p).__name__, repr(p) == repr(obj), c == obj if not isinstance(obj, tzinfo) else p.tzname(None))
print(MyDate.made)


class Plain(tzinfo):
    pass

pz = Plain()
for meth in ("utcoffset", "dst", "tzname"):
    try:
        getattr(pz, meth)(None)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    datetime(2020, 1, 1, tzinfo=pz).isoformat()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(pickle.loads(pickle.dumps(pz)).__class__.__name__, pz.__reduce__()[1:])


class BadTZ(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off

    def dst(self, dt):
        return None

for off in [timedelta(hours=24), 5, timedelta(hours=-24), "x", None]:
    x = datetime(2020, 1, 1, tzinfo=BadTZ(off))
    for f in (x.utcoffset, x.tzname, x.isoformat, lambda: x.strftime("%z"), lambda: x.strftime("%Z")):
        try:
            print(repr(f()))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)

try:
    class T(timezone):
        pass
except TypeError as e:
    print("TypeError:", e)
