# time.strptime in the C locale: directives, defaults, errors.
import time
tests = [
    ('2024-02-29 13:05:09', '%Y-%m-%d %H:%M:%S'),
    ('Thu Jan  1 00:00:00 1970', '%a %b %d %H:%M:%S %Y'),
    ('Thu Jan  1 00:00:00 1970', None),
    ('31/12/99', '%d/%m/%y'),
    ('1/2/03', '%d/%m/%y'),
    ('12:30 PM', '%I:%M %p'),
    ('12:30 am', '%I:%M %p'),
    ('2021 100', '%Y %j'),
    ('2021 10 3', '%Y %U %w'),
    ('2021 10 3', '%Y %W %w'),
    ('2020 W53 5', '%G W%V %u'),
    ('March 5 2010', '%B %d %Y'),
    ('mar 5', '%b %d'),
    ('Feb 29', '%b %d'),
    ('2010-03-05T10:11:12.123', '%Y-%m-%dT%H:%M:%S.%f'),
    ('+0530', '%z'),
    ('-05:30:15', '%z'),
    ('Z', '%z'),
    ('UTC 2020', '%Z %Y'),
    ('10   20', '%H %M'),
    ('2020-02-30', '%Y-%m-%d'),
    ('2020-13-01', '%Y-%m-%d'),
    ('2020-01-01x', '%Y-%m-%d'),
    ('2020', '%Q'),
    ('2020', '%'),
    ('05%', '%d%%'),
    ('12/31/99 23:59:59', '%x %X'),
    ('Mon Jul  4 10:00:00 2022', '%c'),
    ('monday 4 july', '%A %d %B'),
    ('1900', '%Y'),
    ('  7', '%d'),
]
for s, f in tests:
    try:
        r = time.strptime(s) if f is None else time.strptime(s, f)
        print(tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strptime(5, '%Y')
except TypeError as e:
    print(e)
