# Error messages of the datetime module (CPython's C implementation, _datetime).
from datetime import date, datetime, time, timedelta, timezone

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("date(2023, 2, 29)", lambda: date(2023, 2, 29))
attempt("date(2023, 13, 1)", lambda: date(2023, 13, 1))
attempt("date(0, 1, 1)", lambda: date(0, 1, 1))
attempt("date('2023', 1, 1)", lambda: date("2023", 1, 1))
attempt("time(24)", lambda: time(24))
attempt("time(1, 60)", lambda: time(1, 60))
attempt("time(microsecond=10**6)", lambda: time(microsecond=10**6))
attempt("timedelta(days=10**9)", lambda: timedelta(days=10**9))
attempt("date + int", lambda: date(2020, 1, 1) + 1)
attempt("datetime - date", lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
attempt("naive < aware", lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt("naive - aware", lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt("date < str", lambda: date(2020, 1, 1) < "2020")
attempt("timedelta / 0", lambda: timedelta(1) / 0)
attempt("timedelta // timedelta(0)", lambda: timedelta(1) // timedelta(0))
attempt("fromisoformat bad", lambda: date.fromisoformat("2020-1-1"))
attempt("datetime.fromisoformat bad", lambda: datetime.fromisoformat("not a date"))
attempt("strptime mismatch", lambda: datetime.strptime("2020/01/01", "%Y-%m-%d"))
attempt("strptime extra", lambda: datetime.strptime("2020-01-01 x", "%Y-%m-%d"))
attempt("timezone(24h)", lambda: timezone(timedelta(hours=24)))
attempt("timezone(int)", lambda: timezone(5))
attempt("date.max + 1 day", lambda: date.max + timedelta(days=1))
attempt("replace(day=32)", lambda: date(2020, 1, 1).replace(day=32))
attempt("fromordinal(0)", lambda: date.fromordinal(0))
attempt("isocalendar week 54", lambda: date.fromisocalendar(2020, 54, 1))
attempt("repr isocalendar", lambda: repr(date(2024, 1, 1).isocalendar()))
