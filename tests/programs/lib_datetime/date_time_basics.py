# date, time, datetime: construction, attributes, arithmetic, comparison, replace, formatting.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt_mod

print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
d = date(2023, 12, 31)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d + timedelta(days=1), d - timedelta(weeks=52), d - date(2000, 1, 1))
print(d.replace(month=2, day=28), d.replace(year=2024).isoformat())
print(d.timetuple()[:7], d.toordinal(), date.fromordinal(1), date.fromordinal(738885))
print(date.fromisoformat("2020-02-29"), date.fromisocalendar(2020, 53, 7), tuple(date(2021, 1, 3).isocalendar()))
print(d < date(2024, 1, 1), d == date(2023, 12, 31), d != d.replace(day=30), max(d, date(1999, 1, 1)))
print(sorted([date(2020, 5, 1), date(2019, 5, 1), date(2020, 1, 31)]))
print(hash(d) == hash(date(2023, 12, 31)), {d: 1}[date(2023, 12, 31)])
print(d.strftime("%Y/%m/%d %A %B %j %U %W %w"), format(d, "%d.%m.%y"), f"{d:%b %d}", str(d), format(d, ""))
print(d.ctime())

t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(time(), time(23, 59, 59, 999999), time(7, 30).isoformat(), t.isoformat("seconds"), t.isoformat(timespec="microseconds"))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("04:23"), t.replace(hour=1), t < time(14), t.strftime("%H.%M.%S %p"))
print(bool(time(0)), time(12, tzinfo=timezone.utc), time(12, tzinfo=timezone.utc).utcoffset())

dt = datetime(2024, 2, 29, 23, 59, 30, 500000)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.tzinfo)
print(dt + timedelta(seconds=30), dt + timedelta(seconds=29.5), dt - timedelta(days=365))
print(dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
print(datetime.combine(date(2024, 1, 1), time(8, 15)), datetime.combine(d, t).isoformat(" "))
print(dt.replace(microsecond=0, second=0), dt.isoformat(), dt.isoformat(sep="T", timespec="minutes"))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
print(datetime.strptime("31 Dec 2023 18:30", "%d %b %Y %H:%M"), datetime.strptime("2023-W05-3", "%Y-W%W-%w"))
print(datetime.strptime("07/04/1976 02:03:04 PM", "%m/%d/%Y %I:%M:%S %p"))
print(dt.timetuple()[:6], dt.toordinal(), dt.weekday(), dt.strftime("%c|%x|%X"))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
print(datetime(2024, 1, 1) == date(2024, 1, 1), isinstance(dt, date), issubclass(datetime, date))
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(86400 * 365.25, timezone.utc))
print(datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1_000_000_000, tz=timezone(timedelta(hours=-7))))
print(datetime.min, datetime.max, datetime.resolution)

class MyDate(date):
    def __str__(self):
        return f"MyDate<{self.isoformat()}>"

m = MyDate(2020, 1, 2)
print(m, type(m + timedelta(days=1)).__name__, type(m.replace(day=5)).__name__, isinstance(m, date))
print(dt_mod.date is date, dt_mod.datetime.__name__, dt_mod.timezone.__name__)
