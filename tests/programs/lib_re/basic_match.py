# match, search and fullmatch: where they look, what they return.
import re

print(re.match(r'ab+', 'abbbc'))
print(re.match(r'ab+', 'xabbbc'))
print(re.search(r'ab+', 'xabbbc'))
print(re.fullmatch(r'ab+', 'abbb'))
print(re.fullmatch(r'ab+', 'abbbc'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.match(r'a|ab', 'ab'))

m = re.search(r'(\d+)-(\d+)', 'call 555-1234 now')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.start(), m.end(), m.span(), m.span(1), m.start(2), m.end(2))
print(m.groups(), m[0], m[1], m[2])
print(m.pos, m.endpos, m.string, m.re.pattern, m.lastindex)
print(m.regs)
print(repr(m))

p = re.compile(r'\w+')
s = 'one two three'
print(p.match(s, 4), p.match(s, 4, 6), p.search(s, 8))
print(p.search(s, 100), p.search(s, -10, 3), p.match(s, pos=3, endpos=2))
print(p.fullmatch(s, 4, 7), p.fullmatch(s, 4, 8))

# Anchors see the whole string, not the slice.
print(re.compile(r'^two').search(s, 4))
print(re.compile(r'two$').search(s, 0, 7))
print(re.compile(r'\Atwo').match(s, 4))
print(re.compile(r'three\Z').search(s))
print(re.compile(r'\btwo\b').search(s))

# Empty pattern and empty string.
print(re.match('', ''), re.search('', 'abc'), re.fullmatch('', ''))
print(re.match('x*', 'aaa'), re.search('x*$', 'aaa'))

# Dot and newlines.
print(re.match('.+', 'ab\ncd'), re.match('(?s).+', 'ab\ncd'))
print(re.search('$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span())
print(re.findall('$', 'ab\n'), re.findall('(?m)$', 'a\nb\n'))

# Non-ASCII text.
m = re.search(r'(\w+)\s(\w+)', 'naïve café ☃ x')
print(m, m.groups(), m.span(2))
print(re.search('☃+', 'snow ☃☃☃!').span())
print(re.match('.', '\U0001f600x'))

# Match objects are always true.
print(bool(re.match('', 'x')))
print(type(re.match('a', 'a')).__name__, type(re.compile('a')).__name__)
