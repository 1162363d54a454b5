for v in [0, 42, -42, 255, -255, 2 ** 70]:
    print('%d|%i|%o|%x|%X|%5d|%-5d|%05d|%+d|% d|%#o|%#x|%#X' % (v, v, v, v, v, v, v, v, v, v, v, v, v))
print('%d %i' % (3.99, -3.99), '%x' % True, '%d' % True, '%o' % 8, '%.3d' % 7, '%8.3d' % -7, '%-8.3d|' % 7)
print('%+05d' % 42, '%-+5d|' % 42, '% 05d' % 42, '%#08x' % 255, '%#-8x|' % 255, '%0-5d|' % 3, '%+ d' % 5)
print('%*d' % (6, 42), '%-*d|' % (6, 42), '%.*d' % (4, 42), '%*.*d' % (8, 4, 42), '%*d|' % (-6, 42))
print('%c%c%c' % (72, 'i', 0x1F600), '%5c|' % 'x', '%-3c|' % 65)
print('%%', '100%%' % (), '%d%%' % 50, '%s%%%s' % ('a', 'b'))
try:
    '%x' % 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%d' % '5'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%c' % 'ab'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%c' % -1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    '%c' % 0x110000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    '%o' % 2.0
except TypeError as e:
    print(type(e).__name__, e)
