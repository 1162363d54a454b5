# strftime (C's wrap_strftime: %z %Z %f handled by _datetime, the rest by
# time.strftime), __format__, f-strings, ctime, timetuple/utctimetuple and
# the tzinfo callbacks they make.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Named(tzinfo):
    def __init__(self, name, minutes):
        self.name = name
        self.off = timedelta(minutes=minutes)

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(minutes=30) if self.name.endswith("DST") else timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return f"Named({self.name!r})"


d = date(2024, 3, 9)
dt = datetime(2024, 3, 9, 14, 5, 7, 89)
aware = datetime(2024, 3, 9, 14, 5, 7, 89, tzinfo=timezone(timedelta(hours=-4, minutes=-30), "VET"))
t = time(9, 8, 7, 654321, tzinfo=timezone(timedelta(seconds=3725, microseconds=5)))
formats = ["%Y-%m-%d %H:%M:%S.%f", "%z|%Z|%f", "%%z %%Z %%f %%", "%a %A %b %B %c", "%d %j %U %W %w %y %G %V %u",
           "%I %p %M %S", "%x %X", "plain text", "", "%", "x%", "%z%z%Z%Z", "%f%f", "%%%f", "%E", "%5Y", "\u00e9%H\u00e8"]
for f in formats:
    print(repr(f), "|", repr(d.strftime(f)), "|", repr(dt.strftime(f)), "|", repr(aware.strftime(f)), "|", repr(t.strftime(f)))
for tz in [timezone.utc, timezone(timedelta(0), "Zulu"), timezone(timedelta(hours=5, minutes=45)),
           timezone(timedelta(hours=-11, seconds=-1)), timezone.min, timezone.max, Named("A%B", 90), Named("XDST", -61),
           timezone(timedelta(microseconds=1))]:
    x = datetime(2000, 1, 2, 3, 4, 5, tzinfo=tz)
    print(repr(tz), str(tz), tz.tzname(None), x.strftime("%z %Z"), x.isoformat(), time(1, tzinfo=tz).strftime("%z|%Z"))
for f in ["", "%Y", "%H:%M", "%%", "{}"]:
    print(repr(f), format(d, f), format(dt, f), format(t, f), format(aware, f))
print(f"{d}|{d:%A}|{dt!r}|{dt:%I%p}|{t:%H}|{aware}|{aware:%z}")
print("{:%d/%m/%Y}".format(d), "{0:%H}h{0:%M}".format(dt), "%s" % (t,))
print(d.ctime(), dt.ctime(), aware.ctime(), datetime(1, 1, 1).ctime(), date(9999, 12, 31).ctime())
print(tuple(d.timetuple()), tuple(dt.timetuple()))
print(tuple(aware.timetuple()), tuple(aware.utctimetuple()))
print(tuple(datetime(2024, 1, 1, tzinfo=Named("XDST", 60)).timetuple()), tuple(datetime(2024, 1, 1, tzinfo=Named("X", 60)).timetuple()))
print(d.timetuple().tm_yday, dt.timetuple().tm_wday, aware.timetuple().tm_isdst, type(d.timetuple()).__name__)
print(tuple(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-1))).utctimetuple()))
attempt("utctimetuple overflow", lambda: datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1))).utctimetuple())
attempt("strftime int", lambda: d.strftime(5))
attempt("strftime none", lambda: dt.strftime(None))
attempt("strftime no arg", lambda: t.strftime())
attempt("strftime kw", lambda: d.strftime(format="%Y"))
attempt("format int", lambda: format(d, 5))
attempt("__format__ int", lambda: d.__format__(5))
attempt("timezone str name", lambda: timezone(timedelta(hours=1), 5))
attempt("timezone no args", lambda: timezone())
attempt("timezone kw", lambda: timezone(offset=timedelta(hours=1), name="X"))
attempt("timezone -24h", lambda: timezone(-timedelta(hours=24)))
attempt("timezone 23:59:59.999999", lambda: timezone(timedelta(hours=24) - timedelta.resolution))
attempt("timezone tzname(1)", lambda: timezone.utc.tzname(1))
attempt("timezone utcoffset(date)", lambda: timezone.utc.utcoffset(date(2020, 1, 1)))
attempt("timezone dst(None)", lambda: timezone.utc.dst(None))
attempt("timezone fromutc naive", lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
attempt("timezone fromutc date", lambda: timezone.utc.fromutc(date(2020, 1, 1)))
attempt("timezone fromutc", lambda: timezone(timedelta(hours=2)).fromutc(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2)))))
print(timezone.utc == timezone(timedelta(0)), timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"),
      timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc, timezone.utc != timezone.min)
print(hash(timezone(timedelta(hours=1), "A")) == hash(timezone(timedelta(hours=1))), timezone.utc.__getinitargs__(),
      timezone(timedelta(hours=1), "A").__getinitargs__(), timezone.min.utcoffset(None), timezone.max.utcoffset(None))
attempt("timezone <", lambda: timezone.utc < timezone.max)
