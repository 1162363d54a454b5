# Pickling and copying every datetime type (all protocols, fold and tzinfo
# kept), hashes consistent with equality, dict/set keys, and comparisons
# across types, offsets and folds with C's error messages.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Fold(tzinfo):
    """-4h normally, -5h for fold=1 between 1:00 and 2:00."""

    def utcoffset(self, dt):
        if dt is not None and dt.hour == 1 and dt.fold:
            return timedelta(hours=-5)
        return timedelta(hours=-4)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "F"

    def __repr__(self):
        return "Fold()"

    def __reduce__(self):
        return (Fold, ())


tz = timezone(timedelta(hours=3), "EAT")
values = [date(2024, 2, 29), date.min, date.max, datetime(2024, 2, 29, 1, 2, 3, 4), datetime.max,
          datetime(2024, 2, 29, 1, 2, 3, tzinfo=tz), datetime(2020, 11, 1, 1, 30, fold=1),
          datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=Fold()), time(1, 2, 3, 4), time.max,
          time(23, 0, fold=1, tzinfo=timezone.utc), timedelta(-1, 5, 7), timedelta.max, timezone.utc, tz,
          timezone(timedelta(minutes=-90)), timezone.min]
for v in values:
    outs = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(v, proto))
        outs.append(back == v and repr(back) == repr(v) and type(back) is type(v) and getattr(back, "fold", 0) == getattr(v, "fold", 0))
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(repr(v), all(outs), c == v, dc == v, getattr(dc, "fold", None), c is v)
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc, pickle.loads(pickle.dumps(tz)).tzname(None))
print(datetime(2020, 1, 1, 1, fold=1).__reduce_ex__(2), datetime(2020, 1, 1, 1, fold=1).__reduce_ex__(4))
print(time(5, fold=1).__reduce__(), time(5, fold=1).__reduce_ex__(4), date(1, 2, 3).__reduce__(), tz.__reduce__())
print(datetime(b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06"), date(b"\x07\xe4\x0c\x1f"), time(b"\x81\x02\x03\x00\x00\x07").fold)
attempt("bad state tz", lambda: datetime(b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06", 5))
attempt("bytes wrong size", lambda: date(b"\x07\xe4\x01"))
attempt("bytes bad month", lambda: date(b"\x07\xe4\x0d\x01"))

# Hashes agree with equality.
pairs = [(datetime(2020, 1, 1, 12, tzinfo=timezone.utc), datetime(2020, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))),
         (time(12, tzinfo=timezone.utc), time(14, tzinfo=timezone(timedelta(hours=2)))),
         (timedelta(hours=24), timedelta(days=1)), (timezone(timedelta(hours=1)), timezone(timedelta(hours=1), "X")),
         (date(2020, 1, 1), date(2020, 1, 1)), (datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0, 0, 0)),
         (datetime(2020, 11, 1, 1, 30, tzinfo=Fold()), datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)),
         (datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 11, 1, 1, 30)), (time(1, fold=1), time(1))]
for a, b in pairs:
    print(a == b, hash(a) == hash(b))
d = {datetime(2020, 1, 1, 12, tzinfo=timezone.utc): "noon UTC", date(2020, 1, 1): "new year", time(0): "midnight",
     timedelta(0): "zero", timezone.utc: "utc"}
print(d[datetime(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))], d[date(2020, 1, 1)], d[time()], d[timedelta()],
      d[timezone(timedelta(0))], datetime(2020, 1, 1) in d, len({date(2020, 1, 1), datetime(2020, 1, 1), date(2020, 1, 1)}))

# Comparisons.
naive, aware = datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc)
print(naive == aware, naive != aware, aware == aware.astimezone(timezone(timedelta(hours=9))))
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))
print(time(1) == time(1, tzinfo=timezone.utc), time(1, tzinfo=timezone.utc) < time(2, tzinfo=timezone(timedelta(hours=1))))
print(datetime(2020, 11, 1, 1, 30, tzinfo=Fold()) == datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=Fold()))
print(datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc) == datetime(2020, 11, 1, 1, 30, tzinfo=Fold()),
      datetime(2020, 11, 1, 6, 30, tzinfo=timezone.utc) == datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=Fold()))
print(datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=Fold()) - datetime(2020, 11, 1, 1, 30, tzinfo=Fold()),
      datetime(2020, 11, 1, 1, 30, fold=1, tzinfo=Fold()) - datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc))
print(sorted([datetime(2020, 1, 1, 3, tzinfo=timezone(timedelta(hours=h))) for h in (-2, 5, 0, 1)]))
print(sorted([time(3), time(1, 30), time(2, 59, 59, 999999)]), max(date(2020, 1, 1), date(2019, 12, 31)))
attempt("naive < aware", lambda: naive < aware)
attempt("aware >= naive", lambda: aware >= naive)
attempt("naive - aware", lambda: naive - aware)
attempt("time naive < aware", lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt("date < datetime", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt("datetime > date", lambda: datetime(2020, 1, 1) > date(2020, 1, 1))
attempt("date < time", lambda: date(2020, 1, 1) < time(1))
attempt("time < timedelta", lambda: time(1) < timedelta(1))
attempt("datetime < str", lambda: datetime(2020, 1, 1) <= "x")
attempt("date == None", lambda: date(2020, 1, 1) == None)
attempt("time + timedelta", lambda: time(1) + timedelta(hours=1))
attempt("date - datetime", lambda: date(2020, 1, 1) - datetime(2020, 1, 1))
attempt("datetime + datetime", lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1))
attempt("date + date", lambda: date(2020, 1, 1) + date(2020, 1, 1))
attempt("timedelta - date", lambda: timedelta(1) - date(2020, 1, 1))
attempt("datetime.max + 1us", lambda: datetime.max + timedelta.resolution)
attempt("datetime.min - 1us", lambda: datetime.min - timedelta.resolution)
attempt("date.min - 1 day", lambda: date.min - timedelta(days=1))
attempt("date + huge", lambda: date(2020, 1, 1) + timedelta(days=999999999))
print(datetime.max - datetime.min, date.max - date.min, datetime(2020, 3, 1) - timedelta(microseconds=1),
      date(2020, 3, 1) - timedelta(hours=23), date(2020, 3, 1) + timedelta(hours=47), timedelta(days=1) + date(2020, 2, 28))
print(datetime(2020, 1, 1, tzinfo=timezone.utc) - datetime(2019, 12, 31, 20, tzinfo=timezone(timedelta(hours=-5))))
print(bool(date.min), bool(datetime.min), bool(time(0)), bool(timezone.utc))
