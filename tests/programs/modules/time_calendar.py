import time

g = time.gmtime(0)
print(g, type(g).__name__, g.tm_year, g.tm_wday, g.tm_zone, g.tm_gmtoff, g[0], len(g), tuple(g))
print(g.n_fields, g.n_sequence_fields, g.n_unnamed_fields, isinstance(g, tuple))
print(time.gmtime(1234567890), time.gmtime(1.9).tm_sec, time.gmtime(-1).tm_year, time.gmtime(10 ** 10).tm_year)
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %p %%', time.gmtime(946728000)))
print(time.strftime('', g), time.strftime('%H:%M', (2020, 1, 1, 7, 30, 0, 0, 1, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_mday, st.tm_zone, st == (2020, 1, 2, 3, 4, 5, 6, 7, 0))
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
for call in [lambda: time.struct_time((1, 2, 3)), lambda: time.struct_time(range(12)),
             lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (1, 2)),
             lambda: time.strftime('%Y', 5), lambda: time.gmtime('x'), lambda: time.gmtime(float('nan')),
             lambda: time.get_clock_info('nope')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
lt = time.localtime()
print(type(lt).__name__, lt.tm_isdst in (-1, 0, 1), type(time.mktime(lt)).__name__, type(time.ctime()).__name__)
print(abs(time.mktime(time.localtime(1000000)) - 1000000) < 1, type(time.timezone).__name__, len(time.tzname))
info = time.get_clock_info('monotonic')
print(info.monotonic, info.adjustable, type(info.resolution).__name__)
print(type(time.thread_time()).__name__, type(time.process_time_ns()).__name__, time.CLOCK_REALTIME)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, time.clock_getres(time.CLOCK_MONOTONIC) > 0)
