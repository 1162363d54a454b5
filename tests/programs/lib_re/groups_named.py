# Named groups, group lookup by name and index, lastindex and lastgroup.
import re

m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?', '2024-05 and more')
print(m.group('year'), m.group('month'), m.group('day'))
print(m['year'], m.group('year', 'month', 2))
print(m.groupdict(), m.groupdict('??'), m.groupdict(default=0))
print(m.groups(), m.groups('-'), m.groups(default=None))
print(m.start('month'), m.end('year'), m.span('day'), m.span(3))
print(m.lastindex, m.lastgroup)
print(m.re.groups, dict(m.re.groupindex), m.re.groupindex['day'])

m = re.match(r'(?P<a>x)|(?P<b>y)|(z)', 'y')
print(m.lastindex, m.lastgroup)
m = re.match(r'(?P<a>x)|(?P<b>y)|(z)', 'z')
print(m.lastindex, m.lastgroup)
m = re.match(r'((a)(b))', 'ab')
print(m.lastindex, m.groups())
m = re.match(r'(a)(?:b)', 'ab')
print(m.lastindex)
print(re.match(r'ab', 'ab').lastindex, re.match(r'ab', 'ab').lastgroup)

# Repeated groups keep their last iteration.
m = re.match(r'(?:(\w)\s?)+', 'a b c')
print(m.group(1), m.span(1))
m = re.match(r'(a|(b))+', 'abba')
print(m.groups(), m.regs)

# Bad group references.
m = re.match(r'(?P<n>a)(b)?', 'a')
for g in [3, -1, 'x', 2**70, 1.5, None, 'n', True, False]:
    try:
        print(repr(g), repr(m.group(g)))
    except IndexError as e:
        print(repr(g), 'IndexError', e)
for f in (m.start, m.end, m.span):
    try:
        f(9)
    except IndexError as e:
        print(f.__name__, e)
try:
    m.group([])
except TypeError as e:
    print('TypeError', e)
try:
    re.match('(a)', 'a').group([])
except IndexError as e:
    print('IndexError', e)
try:
    m['missing']
except IndexError as e:
    print('getitem', e)

# Group names: identifiers, including non-ASCII ones.
m = re.match(r'(?P<café>\w+)', 'latte')
print(m.groupdict())
print(re.match(r'(?P<x1>a)(?P=x1)', 'aa'))
