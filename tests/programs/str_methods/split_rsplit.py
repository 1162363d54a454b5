print('a b  c'.split(), '  lead and trail  '.split(), ''.split(), '   '.split())
print('a\tb\nc\r\nd\x0be\x0cf'.split(), 'a\u3000b\xa0c'.split())
print('a,b,,c'.split(','), ','.split(','), ''.split(','), 'abc'.split(','))
print('a b c d'.split(None, 1), 'a b c d'.split(maxsplit=2), '  a b c  '.split(None, 1))
print('a,b,c,d'.split(',', 0), 'a,b,c,d'.split(',', -1), 'a,b,c'.split(',', 10))
print('a::b::c'.split('::'), 'aaa'.split('a'), 'aaaa'.split('aa'), 'abcabc'.split('bc'))
print('a b c d'.rsplit(None, 1), 'a,b,c,d'.rsplit(',', 2), '  a b c  '.rsplit(None, 1))
print('a b  c'.rsplit(), 'x'.rsplit('x'), 'aaa'.rsplit('aa'), 'aaa'.split('aa'))
print('  a  '.split(' '), '  a  '.rsplit(' ', 1), '1  2'.split(' '))
print('  lead'.split(None, 0), '  lead  '.rsplit(None, 0), ''.split(None, 0))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split(',', 'x')
except TypeError as e:
    print(type(e).__name__, e)
print('中,文,字'.split(','), 'é é'.split(), 'a😀b😀c'.split('😀'))
print('k=v=w'.split('=', 1), 'k=v=w'.rsplit('=', 1), 'path/to/file.txt'.rsplit('/', 1)[-1])
print('1 2 3'.split(sep=None, maxsplit=1), 'x y'.split(sep=' '))
line = 'name: Alice ; age: 30 ; city: Paris'
print([part.strip().split(': ') for part in line.split(';')])
