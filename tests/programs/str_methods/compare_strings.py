print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'a' <= 'a')
print('é' > 'z', '中' > 'é', '😀' > '中', 'a\x00' > 'a', 'A' == 'a', 'abc' != 'abc ')
print(sorted(['b', 'A', 'a', 'B', 'é', '1', ' ', '_', 'Z', '中', 'aa', '']))
print(max('hello', 'help', 'hell'), min(['zeta', 'alpha', 'Alpha']))
print('abc' == 'abc', 'a' in 'abc', 'abc' < 'abcd' < 'abd')
for op in ['<', '<=', '>', '>=']:
    try:
        eval("'a' " + op + ' 1')
    except TypeError as e:
        print(type(e).__name__, e)
print('a' == 1, 'a' != 1, '1' == 1, [('b', 2), ('a', 3)] < [('b', 2), ('b', 0)])
s1 = 'hello world'
s2 = 'hello ' + 'world'
print(s1 == s2, hash(s1) == hash(s2), s1.__eq__(5), s1.__lt__(5))
