for w in [5, 6, 7, 2, 0, -3]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('ab'.center(w)))
print('abc'.center(9, '*'), 'abc'.ljust(6, '-'), 'abc'.rjust(6, '0'), 'x'.center(4, '='))
print('a'.center(2, '*'), 'ab'.center(3, '*'), 'abc'.center(4, '*'), 'abcd'.center(5, '*'), 'abcd'.center(7, '*'))
print('中文'.center(6, '·'), 'é'.rjust(3, 'é'))
try:
    'a'.center(5, 'xy')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.ljust('5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.rjust()
except TypeError as e:
    print(type(e).__name__, e)
for s in ['42', '-42', '+42', '', 'abc', '-', '+', '3.14', '-0.5', '--1', 'é']:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(0)))
print('12'.zfill(-5), '1'.zfill(3) + '|')
table = [('apple', 3), ('kiwi', 12), ('watermelon', 100)]
for name, qty in table:
    print(name.ljust(12, '.') + str(qty).rjust(5))
