# Flags: as arguments, inline, scoped; and how patterns show them.
import re

print(re.match('abc', 'ABC', re.IGNORECASE), re.match('abc', 'ABC', re.I))
print(re.findall(r'^\w', 'one\ntwo\nthree', re.MULTILINE), re.findall(r'^\w', 'one\ntwo'))
print(re.findall(r'\w$', 'one\ntwo\nthree', re.M))
print(re.match('a.c', 'a\nc', re.DOTALL), re.match('a.c', 'a\nc'))
print(re.findall(r'\w+', 'naïve ß', re.ASCII), re.findall(r'\w+', 'naïve ß'))
print(re.match(r'''
    (\d+)   # the number
    \s*     # optional space
    ([a-z]+) # the unit
''', '12 kg', re.VERBOSE).groups())
print(re.match(r'a b # c', 'ab', re.X), re.match(r'a\ b', 'a b', re.X), re.match(r'a[ ]b', 'a b', re.X))
print(re.match(r'(?x) a  b  c', 'abc'))
print(re.match(r'(?i)ABC', 'abc'), re.match(r'(?s).', '\n'), re.match(r'(?m)^b', 'a\nb'))
print(re.search(r'(?m)^b', 'a\nb'))
print(re.match(r'a(?i:b)c', 'aBc'), re.match(r'a(?i:b)c', 'aBC'))
print(re.match(r'(?i)a(?-i:b)c', 'AbC'), re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.match(r'(?s:.)(?-s:.)', '\n\n'), re.match(r'(?s:.).', '\nx'))
print(re.match(r'(?a:\w)\w', 'éé'), re.match(r'(?u:\w)', 'é'))
print(re.match(r'(?x: a b )c', 'abc'))
print(re.search(r'(?m:^x)', 'a\nx'))

# Combining and the flag values.
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), int(re.NOFLAG))
print(re.compile('x', re.I | re.M).flags, re.compile('(?i)x').flags, re.compile(b'x').flags)
print(re.compile('x', re.I | re.M))
print(re.compile('x', re.I | re.S | re.X | re.A))
print(re.compile(b'x', re.L | re.I))
print(re.compile('x', re.U), re.compile('(?u)x'), re.compile(b'x'))
print(re.compile('(?i)x'), re.compile('x', 0x400 | re.I))

# Bad flag combinations.
for args in [('x', re.A | re.U), (b'x', re.U), ('x', re.L), (b'x', re.A | re.L), ('(?L)x', 0), ('(?au)x', 0), ('(?i', 0), ('(?z)x', 0), ('x(?i)', 0), ('(?-u:x)', 0), ('(?i-i:x)', 0), ('(?-:x)', 0)]:
    try:
        print(re.compile(*args))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

# MULTILINE / DOTALL interplay with \A, \Z.
s = 'first\nsecond\n'
print(re.findall(r'(?m)^(\w+)$', s), re.findall(r'\A\w+', s, re.M), re.findall(r'\w+\Z', s, re.M))
print(re.findall(r'(?ms)^.+$', 'a\nb'))
