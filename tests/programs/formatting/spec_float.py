specs = ['', 'f', '.0f', '.2f', '.10f', 'e', '.0e', '.3E', 'g', '.0g', '.1g', '.3g', '.10g', '#g', '#.3g', '#.0f',
         '%', '.1%', 'F', 'G', 'n', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', '+.1f', ' .1f', ',.2f', '_.3f',
         ',', '.3', '.1', '15', '#', '.0', '*>12.4e']
vals = [0.0, -0.0, 1.0, 0.5, 2.5, 3.14159265358979, -1234.5678, 1e-7, 1.5e-5, 0.0001, 123456789.0, 1e16, 1e22,
        1.234e100, 5e-324, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(repr(v), ' | '.join(s + ':' + format(v, s) for s in specs))
print(format(0.125, '.2f'), format(0.375, '.2f'), format(2.675, '.2f'), format(1.005, '.2f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(format(1e16), format(1e15), format(1.0e16, ''), format(123.0, ''), '{:.3}'.format(1234.5678), '{:.3}'.format(0.0001234))
print(format(9.9999, '.3g'), format(99999.5, '.5g'), format(0.00001, 'g'), format(0.0001, 'g'), format(1e6, 'g'), format(999999.5, 'g'))
print(format(1e-5, '.3'), format(100.0, '.3'), format(1000.0, '.3'), format(12.0, '.1'), format(1.0, '.0'), format(0.5, '.0'))
for bad in ['d', 'x', 'c', 'b', ',e' if False else 's', '=z']:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
