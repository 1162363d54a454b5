# What _datetime exports and how its types look: names, modules, docs, the
# methods each type has, immutability, and the IsoCalendarDate tuple.
import datetime
import pickle
import weakref
from datetime import date, datetime as dt, time, timedelta, timezone, tzinfo

print(sorted(n for n in dir(datetime) if not n.startswith("_") and n != "datetime_CAPI"), datetime.MINYEAR, datetime.MAXYEAR)
print(datetime.UTC is timezone.utc)
for t in (date, dt, time, timedelta, tzinfo, timezone):
    print(t.__name__, t.__qualname__, t.__module__, repr(t), [b.__name__ for b in t.__mro__])
    print("  ", sorted(n for n in vars(t) if not n.startswith("__") or n in ("__reduce__", "__reduce_ex__", "__getinitargs__")))
    print("  ", repr(t.__doc__))
for obj in (date(2020, 1, 1), dt(2020, 1, 1), time(), timedelta(1), timezone.utc):
    for attr, value in (("year", 1), ("hour", 1), ("days", 1), ("foo", 1)):
        try:
            setattr(obj, attr, value)
            print("set", attr)
        except AttributeError as e:
            print("AttributeError:", e)
    try:
        weakref.ref(obj)
        print("weakref ok")
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(dt.now(), date), issubclass(timezone, tzinfo), issubclass(time, date), isinstance(timezone.utc, timezone))

ic = date(2021, 1, 3).isocalendar()
print(ic, repr(ic), type(ic).__name__, type(ic).__module__, ic.year, ic.week, ic.weekday, ic[0], len(ic), tuple(ic))
print(ic == (2020, 53, 7), isinstance(ic, tuple), pickle.loads(pickle.dumps(ic)), type(pickle.loads(pickle.dumps(ic))).__name__)
y, w, d = dt(2024, 12, 30).isocalendar()
print(y, w, d, [tuple(date(2020 + k, 1, 1).isocalendar()) for k in range(8)])
try:
    ic.year = 5
except AttributeError as e:
    print("AttributeError:", e)


class WithSlots(date):
    __slots__ = ("tag",)


s = WithSlots(2020, 5, 17)
s.tag = "x"
print(s, s.tag, repr(s), hasattr(s, "__dict__"))


class WithDict(time):
    pass


wd = WithDict(5)
wd.note = "n"
print(wd, wd.note, wd.__dict__, repr(wd))
