# isoformat() with every timespec and fromisoformat() of the forms CPython
# 3.11's C parser accepts, plus the strings it rejects and their messages.
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


dt = datetime(2024, 5, 6, 7, 8, 9, 123456)
t = time(7, 8, 9, 123456)
aware = dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), t.isoformat(timespec=spec), aware.isoformat(" ", spec))
print(dt.replace(microsecond=0).isoformat(), dt.replace(microsecond=999).isoformat(timespec="milliseconds"))
print(datetime(1, 1, 1).isoformat(), date(5, 6, 7).isoformat(), time().isoformat(), str(time(0, 0, 0, 1)))
for sep in ["T", " ", "x", "\u00e9", "\U0001f600"]:
    print(repr(dt.isoformat(sep)))
for off in [timedelta(0), timedelta(hours=-3), timedelta(seconds=1), timedelta(microseconds=-1), timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)]:
    print(datetime(2020, 1, 1, tzinfo=timezone(off)).isoformat(), time(1, tzinfo=timezone(off)).isoformat())
attempt("timespec bad", lambda: dt.isoformat(timespec="nanoseconds"))
attempt("time timespec bad", lambda: t.isoformat(timespec="Hours"))
attempt("sep two chars", lambda: dt.isoformat("TT"))
attempt("sep int", lambda: dt.isoformat(1))
attempt("sep empty", lambda: dt.isoformat(""))
attempt("timespec int", lambda: dt.isoformat("T", 3))

for v in [dt, aware, datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(1, 1, 1, tzinfo=timezone.utc)]:
    s = v.isoformat()
    back = datetime.fromisoformat(s)
    print(s, back == v, repr(back))
for v in [t, time(0), time(23, 59, 59, 1, tzinfo=timezone(timedelta(hours=-1)))]:
    s = v.isoformat()
    print(s, time.fromisoformat(s) == v, repr(time.fromisoformat(s)))

dates = ["2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W53-7", "2020W537", "2021-W52-1",
         "2020-1-1", "2020-01-1", "2020/01/01", "2020-13-01", "2020-02-30", "2020-W54", "2020-W01-8",
         "2020-W01-0", "202001", "2020-01-01T00:00", "0000-01-01", "2020010100", "2020-01", "", "２０２０-01-01"]
for s in dates:
    attempt("date " + repr(s), lambda: date.fromisoformat(s))

times = ["12", "12:30", "1230", "12:30:45", "123045", "12:30:45.1", "12:30:45.12345", "12:30:45,5",
         "12:30:45.1234567", "12:30:45.123456789", "T12:30", "12:30Z", "12:30:45+05:30", "12:30:45-0530",
         "12:30+05", "12:30:45+05:30:15", "12:30:45+05:30:15.5", "12:30:45.5Z", "24:00", "12:60",
         "12:30:60", "1:30", "12:3", "12:30:", "12:30:45.", "12::30", "12:30Zx", "12:30+", "12:30+5",
         "12-30", "", "12:30:45:67", "12:30:45 ", "12:30:45+24:00", "12:30:45+00:00", "12:30:45-00:00.000001"]
for s in times:
    attempt("time " + repr(s), lambda: time.fromisoformat(s))

stamps = ["2020-01-01T12:30:45", "2020-01-01 12:30", "2020-01-01x12", "20200101T123045", "2020-W01-1T12:00",
          "2020W011T1200", "2020W01T12", "2020-W01T12", "2020-01-01T12:30:45.123456+01:00", "2020-01-01T12:30Z",
          "2020-01-01T", "2020-01-01T25:00", "2020-01-01 12:30:45.5-02:00", "2020-01-01T12:30:45+0130",
          "2020-01-0112:30", "2020-01-01\u00e912:30", "2020-02-30T00:00", "not a date", "2020-01",
          "2020-01-01T12:30:45.+01:00", "2020-01-01T12:30:45+01:00:00.5", "2020-01-01T00:00+23:59:59.999999",
          "2020-01-01T00:00:00Z", "2020-W53T00", "2020-W01-1-12", "1234567", "2020-1-01T00:00"]
for s in stamps:
    attempt("datetime " + repr(s), lambda: datetime.fromisoformat(s))

attempt("date int", lambda: date.fromisoformat(20200101))
attempt("datetime bytes", lambda: datetime.fromisoformat(b"2020-01-01"))
attempt("time None", lambda: time.fromisoformat(None))
attempt("datetime fromisoformat no args", lambda: datetime.fromisoformat())
