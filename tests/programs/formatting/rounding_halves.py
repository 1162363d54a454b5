for v in [0.125, 0.375, 0.625, 0.875, 2.675, 1.005, 1.015, 1.025, 0.045, 1.45, 2.5, 3.5, -0.5, -1.5, 0.5, 1.5, 1e-6 * 5, 1234.5, 1235.5]:
    print(repr(v), '%.2f' % v, '%.1f' % v, '%.0f' % v, format(v, '.2f'), format(v, '.1f'), format(v, '.0f'),
          format(v, '.2e'), format(v, '.3g'), round(v, 2), round(v, 1), round(v))
print('%.2f' % 0.005, '%.2f' % 0.015, '%.2f' % 0.025, '%.3f' % 0.0005, '%.3f' % 1.0005)
print(format(5e-324, '.1000f')[-10:], len(format(5e-324, '.1000f')), format(0.1, '.30f'), format(1 / 3, '.25f'))
print(format(2 ** 60 + 0.0, 'f'), format(1e22, 'f'), format(1e23, 'f'), format(123.456, '.0e'), format(125, '.1e'), format(135, '.1e'))
print(format(10 ** 20, '.3e'), format(15, '.0e'), format(25, '.0e'), format(-35, '.0e'), format(2 ** 64, 'e'))
