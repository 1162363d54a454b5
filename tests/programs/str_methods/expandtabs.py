cases = ['a\tb', '\t', 'ab\tc', 'abcdefgh\ti', 'abcdefg\th', '\t\t', 'a\tb\tc', 'x\ny\tz', 'x\r\tz', '', 'no tabs']
for s in cases:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print(repr('a\tb'.expandtabs(-1)), repr('12345\t6'.expandtabs(3)), repr('中\t文'.expandtabs(4)))
print(repr('a\tb'.expandtabs(tabsize=2)))
try:
    'a'.expandtabs('4')
except TypeError as e:
    print(type(e).__name__, e)
