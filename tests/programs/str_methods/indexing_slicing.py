s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[3:6], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[::-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-3], s[-3:-1], s[8:2:-2], s[-1:-4:-1], repr(s[2:8:-1]))
print(s[:100], s[-100:], s[0:10:100], s[::-100], s[10:0:-1], s[None:None:None], s[:-1000:-1])
for i in [10, -11, 100]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
u = 'héllo 中文 😀!'
print(len(u), u[1], u[6], u[7], u[9], u[-1], u[-2], u[6:8], u[::-1], u.upper())
print([c for c in u], list('é😀'), len('e\u0301'), 'e\u0301'[::-1] == '\u0301e')
print(s[True], s[False:True + 2], ''[:], repr(''[5:]))
try:
    ''[0]
except IndexError as e:
    print(type(e).__name__, e)
for ch in 'añ😀':
    print(ch, ord(ch), end=' ')
print()
print('abc' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, repr('' * 100), 'ab' * True)
try:
    'a' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
