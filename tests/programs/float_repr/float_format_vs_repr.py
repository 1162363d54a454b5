vals = [0.1, 1 / 3, 1e16, 1e-5, 123456.789, 1e22, -0.0, 2.5, 1e100, 12345678.9]
for v in vals:
    print(repr(v), str(v), format(v), format(v, ''), '%s' % v, '%r' % v, '{}'.format(v), '{!r}'.format(v), f'{v}')
for v in vals:
    print('%g' % v, '%.17g' % v, '%e' % v, '%f' % v, format(v, 'g'), format(v, '.12g'))
