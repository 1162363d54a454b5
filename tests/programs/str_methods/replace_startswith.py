s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('x', 'y'), 'aaa'.replace('a', 'aa'), 'aaa'.replace('aa', 'b'), ''.replace('', 'x'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('b', ''), 'a.b.c'.replace('.', ''))
print('中文中'.replace('中', 'zh'), 'é'.replace('é', 'e'), 'hello'.replace('l', 'L', 1))
try:
    'a'.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.replace(1, 'b')
except TypeError as e:
    print(type(e).__name__, e)
f = 'report_2023.csv'
print(f.startswith('report'), f.startswith('2023', 7), f.startswith('2023', 7, 9), f.startswith(''))
print(f.endswith('.csv'), f.endswith(('.txt', '.csv')), f.endswith(('.txt', '.md')), f.endswith('report', 0, 6))
print(f.startswith(('x', 'rep')), f.startswith(()), f.endswith('', 100), f.startswith('', 100))
print(f.endswith('csv', -3), f.endswith('2023', None, -4), 'abc'.startswith('abc', -100))
try:
    f.startswith(['report'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.endswith(('a', 1))
except TypeError as e:
    print(type(e).__name__, e)
print('prefix_name'.removeprefix('prefix_'), 'prefix_name'.removeprefix('nope'), 'x'.removeprefix(''))
print('name.txt'.removesuffix('.txt'), 'name.txt'.removesuffix('.md'), 'aa'.removesuffix('a'), ''.removesuffix('x'))
print('abcabc'.removeprefix('abc'), 'abc'.removeprefix('abc') == '', 'abc'.removesuffix('abc') == '')
try:
    'x'.removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
