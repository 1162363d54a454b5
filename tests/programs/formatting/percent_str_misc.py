print('%s' % 'x', '%r' % 'x', '%a' % 'é', '%s' % 'é', '%r' % 'é', '%5s|' % 'ab', '%-5s|' % 'ab', '%.2s' % 'abcdef')
print('%s %s' % (1, [2]), '%s' % (1,), '%s' % ((1, 2),), '%s' % [1, 2], '%r' % (None,), '%s' % {'k': 1})
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 7}, '%(x)r %(x)s' % {'x': 'q'}, '%(a)5.1f|' % {'a': 2.25})
print('%(k)s %%' % {'k': 'v'}, '%s' % {'only': 'dict'}, '%(missing)s' % {'missing': None})
print('%10.4s|' % 'abcdefgh', '%-10.4s|' % 'abcdefgh', '%*s|' % (5, 'x'), '%.*s' % (2, 'xyz'), '%.0s|' % 'abc')
print('%s' % b'bytes', '%r' % b'b', '%a' % 'ü€', '%5r|' % 'x', '%s' % 1.0, '%r' % 1.5, '%s' % True)
errors = [
    ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', ()), ('%(x)s', ('x',)), ('%(x)s', {'y': 1}), ('%z', (1,)),
    ('%', ()), ('%(x', {'x': 1}), ('%s %(x)s', {'x': 1}), ('%*d', ('a', 1)), ('abc', (1,)), ('%d', ([],)),
]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print('no format' % (), 'x' % {}, '%s' % 'single', '%s-%s' % tuple('ab'))


class R:
    def __repr__(self):
        return 'R()'

    def __str__(self):
        return 'str-R'


print('%s %r %a' % (R(), R(), R()))
