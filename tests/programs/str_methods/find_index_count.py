s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('hello', 1, 15), s.find('xyz'), s.find(''))
print(s.rfind('hello'), s.rfind('hello', 0, 10), s.rfind('o'), s.rfind(''), s.rfind('', 3, 5))
print(s.find('o', -5), s.find('o', -100, -10), s.find('', 100), s.find('', 25), s.find('', 26))
print(s.index('world'), s.rindex('l'), s.index('o', 5), s.rindex('o', 0, 5))
for args in [('xyz',), ('hello', 20), ('h', 1, 12)]:
    try:
        s.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        s.rindex(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count('l'), s.count('hello'), s.count('l', 5), s.count('l', 5, 12), s.count(''), ''.count(''))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'), 'abc'.count('', 1), 'abc'.count('', 10))
print('ab'.find('b', None), 'ab'.find('a', None, None), 'abab'.rfind('ab', None, 3))
u = '中文字中文'
print(u.find('文'), u.rfind('文'), u.count('中'), u.index('字'), 'é😀é'.find('é', 1))
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
print('hello' in s, 'xyz' in s, '' in s, '' in '', 'world,' in s)
try:
    5 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
print(s.find('hello', 10 ** 20), s.rfind('o', -10 ** 20, 10 ** 20))
