for v in [-0.0, 0.0, -0.0001, -0.004, 0.004, -1.5, -1e-300]:
    print(repr(v), format(v, 'z.1f'), format(v, '.1f'), format(v, 'z.2e'), format(v, 'z.0f'), format(v, '+z.1f'), format(v, 'zg'))
print('%.1f' % -0.01, '{:z.1f}'.format(-0.01), f'{-0.01:z.1f}', f'{-0.01:z>8.1f}|', f'{-0.01:*^z9.1f}' if False else 'skip')
try:
    format(-0.0, 'z')
except ValueError as e:
    print(type(e).__name__, e)
else:
    print('z alone ok', repr(format(-0.0, 'z')))
try:
    format('s', 'z')
except ValueError as e:
    print(type(e).__name__, e)
print(format(None), format(None, ''), '{}'.format(None), f'{None!r}', f'{None:}')
try:
    format(None, '>5')
except TypeError as e:
    print(type(e).__name__, e)
print(format(False, '^7'), format(True, 'x'), format(True, '.2f'), f'{True!s:>6}', f'{False:}', str(True).center(7))
print('{0:{1}}'.format(3.14159, '.3'), '{:{}{}{}}'.format(42, '*', '^', 8), '{:{width}.{prec}}'.format(2.71828, width=8, prec=3))
print('{!r:{}}|'.format('ab', 6), '{:>{}}|'.format('', 3), repr('{:}'.format('')), repr(format('', '^4')))
