for v in [0, 0.5, 0.12345, 1.0, -0.25, 12.3456, 1e-7, 2, 10 ** 3]:
    print(repr(v), format(v, '%'), format(v, '.0%'), format(v, '.2%'), format(v, '>10.1%'), format(v, '+.1%'))
for v in [0, 1234, -1234567, 1234.5678, 1e20, 0.000123]:
    print(repr(v), format(v, 'n'), format(v, ',') if not isinstance(v, float) or True else '', format(v, '_') if isinstance(v, int) else format(v, '_.2f'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-1234567, ',d'), format(1234, '010,'), format(1234, '09,'))
print(format(123456, '0=15,'), format(-123456, '015,'), format(1e10, ',.0f'), format(1e10, ',g'), format(12345.6789, ',e'))
print(format(0b11111111, '_b'), format(0xdeadbeef, '_X'), format(10 ** 12, '_o'), format(7, '#_b'))
print(format(1234.5, ',.1%'), format(12345678, ',').replace(',', '.'), format(0.1234, ',.3%'))
