print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), ', '.join([]), '|'.join(['only']))
print(' '.join(str(i) for i in range(5)), '\n'.join(['l1', 'l2']), 'é'.join(['中', '文']))
print('ab'.join(('1', '2', '3')), ''.join({'k1': 1, 'k2': 2}), ''.join(reversed('abc')))
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(['a', None, 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join([b'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print(repr('\t\n hi \r\x0b\x0c'.strip()), repr('\xa0hi\u3000'.strip()), repr(''.strip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcHELLOcba'.strip('abc'), 'hello'.strip(''))
print('xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'), '...a.b...'.strip('.'), 'aaa'.strip('a') == '')
print('www.example.com'.strip('cmowz.'), '  x  '.strip(None), '0012300'.strip('0'))
print('ééabcéé'.strip('é'), '😀hi😀'.strip('😀'))
try:
    'a'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
s = 'unchanged'
print(s.strip() is s, s.strip('z') == s)
