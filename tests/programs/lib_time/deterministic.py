# time: conversions and formatting of fixed instants (no clock readings printed).
import time

t = time.gmtime(0)
print(t, t.tm_year, t[:6], t.tm_wday, t.tm_yday, t.tm_isdst, len(t))
t = time.gmtime(1700000000)
print(tuple(t), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %U %w %%', t), time.asctime(t))
print(time.strftime('%A %B %p %y %I', time.gmtime(86400 * 45.5)), time.calendar if hasattr(time, 'calendar') else '')
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)), time.gmtime(-86400)[:3], time.gmtime(2**31)[:6])
s = time.strptime('2024-02-29 13:45:01', '%Y-%m-%d %H:%M:%S')
print(s[:6], s.tm_wday, s.tm_yday)
print(time.strptime('Mar 5 1999', '%b %d %Y')[:3], time.strptime('23', '%H').tm_hour)
a, b = time.monotonic(), time.monotonic()
c, d = time.perf_counter(), time.perf_counter()
print(b >= a, d >= c, time.time() > 1.6e9, isinstance(time.time_ns(), int), isinstance(time.process_time(), float))
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
time.sleep(0)
for bad in [lambda: time.strptime('x', '%Y'), lambda: time.gmtime('x'), lambda: time.strftime('%Y', (1,)),
            lambda: time.sleep(-1), lambda: time.struct_time((1, 2)), lambda: time.get_clock_info('nope')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
