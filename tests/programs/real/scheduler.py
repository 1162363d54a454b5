"""A date/time scheduler: recurrences, business days, time zones and free-slot search, with a fixed 'today'."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum
from typing import Iterator

TODAY = date(2024, 2, 26)  # a Monday in a leap year; never the real clock
UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")
NYC = timezone(timedelta(hours=-5), "EST")
IST = timezone(timedelta(hours=5, minutes=30))

HOLIDAYS = {date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 27), date(2024, 12, 25), date(2024, 12, 26)}


class Freq(Enum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


def add_months(d: date, n: int) -> date:
    """Same day n months later, clamped to the month's last day (Jan 31 + 1 month = Feb 29 in 2024)."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The nth (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        if d.month != month:
            raise ValueError(f"there is no weekday #{n} {calendar.day_name[weekday]} in {calendar.month_name[month]} {year}")
        return d
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def is_business_day(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(d: date, n: int) -> date:
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business_day(d):
            n -= step
    return d


def business_days_between(a: date, b: date) -> int:
    return sum(1 for i in range((b - a).days) if is_business_day(a + timedelta(days=i)))


@dataclass(order=True)
class Event:
    start: datetime
    title: str = field(compare=False)
    duration: timedelta = field(default=timedelta(hours=1), compare=False)
    freq: Freq | None = field(default=None, compare=False)
    count: int = field(default=1, compare=False)

    @property
    def end(self) -> datetime:
        return self.start + self.duration

    def occurrences(self) -> Iterator[Event]:
        for i in range(self.count):
            if self.freq is None or self.freq is Freq.DAILY:
                start = self.start + timedelta(days=i)
            elif self.freq is Freq.WEEKLY:
                start = self.start + timedelta(weeks=i)
            elif self.freq is Freq.MONTHLY:
                start = datetime.combine(add_months(self.start.date(), i), self.start.timetz())
            else:
                start = datetime.combine(add_months(self.start.date(), 12 * i), self.start.timetz())
            yield Event(start, self.title, self.duration)

    def overlaps(self, other: Event) -> bool:
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{self.start:%a %d %b %H:%M}-{self.end:%H:%M} {self.title}"


def free_slots(events: list[Event], day: date, open_at: time, close_at: time, min_len: timedelta) -> list[tuple[datetime, datetime]]:
    cursor = datetime.combine(day, open_at, CET)
    close = datetime.combine(day, close_at, CET)
    slots = []
    for e in sorted(e for e in events if e.start.astimezone(CET).date() == day):
        start = e.start.astimezone(CET)
        if start - cursor >= min_len:
            slots.append((cursor, start))
        cursor = max(cursor, e.end.astimezone(CET))
    if close - cursor >= min_len:
        slots.append((cursor, close))
    return slots


def human(delta: timedelta) -> str:
    sign = "-" if delta < timedelta(0) else ""
    secs = int(abs(delta).total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        q, secs = divmod(secs, size)
        if q:
            parts.append(f"{q}{unit}")
    return sign + (" ".join(parts) or "0s")


def main():
    print("== today ==")
    print(TODAY, TODAY.isoformat(), TODAY.strftime("%A %d %B %Y, day %j, week %W"), tuple(TODAY.isocalendar()), TODAY.isocalendar().week)
    print("weekday", TODAY.weekday(), TODAY.isoweekday(), calendar.day_name[TODAY.weekday()], "leap", calendar.isleap(TODAY.year))
    print("ordinal", TODAY.toordinal(), date.fromordinal(TODAY.toordinal() + 100), date.fromisoformat("2024-02-29"))
    print("iso week 1 of 2025 starts", date.fromisocalendar(2025, 1, 1))

    print("== month arithmetic ==")
    for d, n in [(date(2024, 1, 31), 1), (date(2023, 1, 31), 1), (date(2024, 2, 29), 12), (date(2024, 10, 31), 4), (date(2024, 3, 15), -3)]:
        print(f"  {d} + {n:>2} months = {add_months(d, n)}")
    print("  thanksgiving:", nth_weekday(2024, 11, calendar.THURSDAY, 4), "last monday of may:", nth_weekday(2024, 5, calendar.MONDAY, -1))
    try:
        nth_weekday(2024, 2, calendar.FRIDAY, 5)
    except ValueError as e:
        print("  ValueError:", e)
    print("  days to new year:", (date(2025, 1, 1) - TODAY).days, "weeks:", (date(2025, 1, 1) - TODAY) // timedelta(weeks=1))

    print("== business days ==")
    for n in (1, 5, 10, 25, -3):
        print(f"  {TODAY} {n:+d} business days = {add_business_days(TODAY, n)} ({add_business_days(TODAY, n):%a})")
    print("  March business days:", business_days_between(date(2024, 3, 1), date(2024, 4, 1)))
    print("  holidays in Q2:", sorted(str(h) for h in HOLIDAYS if date(2024, 4, 1) <= h < date(2024, 7, 1)))

    print("== calendar ==")
    cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
    print(cal.formatmonth(2024, 2))
    print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.leapdays(2000, 2025))
    print([d for d in calendar.Calendar().itermonthdays(2024, 2)][:8])
    print(calendar.weekday(2000, 1, 1), calendar.month_abbr[12], list(calendar.day_abbr))
    print(calendar.timegm((2024, 2, 26, 12, 0, 0)))

    print("== events ==")
    base = datetime(2024, 2, 26, 9, 0, tzinfo=CET)
    events = [
        Event(base, "standup", timedelta(minutes=15), Freq.DAILY, 5),
        Event(base.replace(hour=14), "1:1 with Sam", timedelta(minutes=30), Freq.WEEKLY, 3),
        Event(datetime(2024, 1, 31, 16, 0, tzinfo=CET), "month-end report", timedelta(hours=2), Freq.MONTHLY, 4),
        Event(datetime(2024, 2, 26, 15, 0, tzinfo=NYC), "call with NYC", timedelta(minutes=45)),
        Event(datetime(2024, 2, 26, 10, 0, tzinfo=UTC), "design review", timedelta(hours=1, minutes=30)),
        Event(datetime(2024, 2, 29, 12, 0, tzinfo=CET), "leap lunch", freq=Freq.YEARLY, count=3),
    ]
    expanded = sorted(o for e in events for o in e.occurrences())
    for e in expanded:
        local = e.start.astimezone(CET)
        print(f"  {local:%Y-%m-%d %H:%M %Z} ({e.start.tzname() or 'UTC+?'}) {e.title:<18} {human(e.duration)}")
    clashes = [(a.title, b.title) for i, a in enumerate(expanded) for b in expanded[i + 1:] if a.overlaps(b)]
    print("  clashes:", clashes)
    print("  first:", expanded[0], "| last:", expanded[-1])

    print("== free slots on", TODAY, "==")
    for a, b in free_slots(expanded, TODAY, time(9), time(18), timedelta(minutes=30)):
        print(f"  {a:%H:%M}-{b:%H:%M} ({human(b - a)})")

    print("== time zones ==")
    meeting = datetime(2024, 3, 10, 16, 30, tzinfo=UTC)
    for tz in (UTC, CET, NYC, IST):
        local = meeting.astimezone(tz)
        print(f"  {local.isoformat()} {local.tzname():>9} offset {local.utcoffset()} {local:%I:%M %p}")
    naive = datetime(2024, 3, 10, 16, 30)
    print("  naive:", naive.tzinfo, naive.utcoffset(), "aware:", meeting.tzinfo, meeting.replace(tzinfo=None) == naive)
    print("  naive == aware:", naive == meeting, "| utc timestamp:", meeting.timestamp())
    print("  fromtimestamp:", datetime.fromtimestamp(1_700_000_000, UTC), datetime.fromtimestamp(0, IST))

    print("== parsing and formatting ==")
    for text, fmt in [("2024-02-26 17:45", "%Y-%m-%d %H:%M"), ("26/02/24", "%d/%m/%y"), ("Mon, 26 Feb 2024 08:00:00", "%a, %d %b %Y %H:%M:%S"),
                      ("2024-13-01", "%Y-%m-%d"), ("12:60", "%H:%M")]:
        try:
            print(f"  {text!r:28} -> {datetime.strptime(text, fmt)!r}")
        except ValueError as e:
            print(f"  {text!r:28} -> ValueError: {e}")
    print("  ", datetime.fromisoformat("2024-02-26T17:45:30.250+05:30"), repr(datetime.fromisoformat("2024-02-26")))
    dt = datetime(2024, 2, 26, 7, 5, 9, 123456)
    print("  ", dt.strftime("%y|%m|%d|%H|%I|%M|%S|%f|%p|%%|%b|%B|%a|%U"), dt.isoformat(timespec="milliseconds"))
    print("  ", f"{dt:%d.%m.%Y}", format(dt.date(), "%x"), dt.ctime(), dt.time().isoformat())

    print("== timedelta ==")
    td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5)
    print("  ", td, repr(td), td.total_seconds(), human(td))
    print("  ", timedelta(hours=-1), -timedelta(days=1, seconds=1), abs(timedelta(hours=-36)), human(timedelta(hours=-36)))
    print("  ", timedelta(weeks=1) / timedelta(hours=1), timedelta(minutes=90) * 1.5, timedelta(days=7) % timedelta(days=3))
    print("  ", divmod(timedelta(hours=50), timedelta(days=1)), timedelta.max, timedelta.resolution)
    for bad in (lambda: date(2023, 2, 29), lambda: TODAY + 1, lambda: timedelta(days=1_000_000_000), lambda: time(24)):
        try:
            bad()
        except (ValueError, TypeError, OverflowError) as e:
            print(f"  {type(e).__name__}")

    print("== age and anniversaries ==")
    people = {"Ada": date(1815, 12, 10), "Leap Baby": date(2000, 2, 29), "Grace": date(1906, 12, 9)}
    for name, born in people.items():
        age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        try:
            nxt = born.replace(year=TODAY.year)
        except ValueError:
            nxt = date(TODAY.year, 3, 1)
        if nxt < TODAY:
            nxt = add_months(born, 12 * (TODAY.year + 1 - born.year))
        print(f"  {name:<10} age {age:>3}, next birthday {nxt} in {(nxt - TODAY).days} days, born on a {born:%A}")


if __name__ == "__main__":
    main()
