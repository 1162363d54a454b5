print('{} {} {}'.format(1, 'two', 3.0), '{0} {1} {0}'.format('a', 'b'), '{2}{1}{0}'.format(*'xyz'))
print('{name} is {age}'.format(name='Bo', age=3), '{0} {x}'.format(1, x=2), '{}'.format(None))
print('{0[1]} {0[0]}'.format(['a', 'b']), '{d[key]} {d[2]}'.format(d={'key': 'v', 2: 'two'}), '{0[0][1]}'.format([[1, 2]]))
print('{0.real} {0.imag}'.format(5), '{x.__class__.__name__}'.format(x=[]), '{0.start}-{0.stop}'.format(range(2, 9)))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>10}|'.format('x'), '{:}'.format(5), '{0!s:*^9}'.format(1.5))
print('{{}} {{{0}}} {{0}}'.format(7), '{{'.format(), '}}'.format(), 'a{{b}}c'.format())
print('{:{w}}|'.format('x', w=5), '{:{}{}}|'.format(3.14159, '.', 3) if False else '{:{}.{}f}|'.format(3.14159, 8, 2))
print('{0:{fill}{align}{width}}'.format('mid', fill='-', align='^', width=11), '{:>{}}'.format('r', 4))
print('{:,}'.format(10 ** 9), '{:_}'.format(10 ** 9), '{:.3}'.format(1234.5678), '{:.3}'.format('abcdef'))
print('{0}{0}{0}'.format('ab'), '{}'.format([1, 'a']), '{0}'.format((1,)), '{[0]}'.format('xyz'))
errors = ['{', '}', '{0', '{0!}', '{0!x}', '{:d}', '{1}', '{x}', '{0[}', '{}{0}', '{0}{}', '{:{:{}}}', '{0.}', '{.x}']
for fmt in errors:
    try:
        print(repr(fmt.format('s')))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    '{0.missing}'.format(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    '{0[5]}'.format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{0[a]}'.format({'b': 1})
except KeyError as e:
    print(type(e).__name__, e)
print('{0[-1]}'.format({'-1': 'strkey'}), '{0[01]}'.format({'01': 'x'}) if False else 'skip')
