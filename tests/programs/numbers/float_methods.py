for x in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 3.0, 1e16, 123.456]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '0X1.0P-2', 'inf', '-nan', '0x.8', '1', '0x10']:
    print(s, float.fromhex(s))
for bad in ['0x1p99999', 'xyz', '0x1.2.3']:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float('inf').is_integer(), float('nan').is_integer(), float('inf').hex(), float('nan').hex(), (-0.0).hex())
print((2.5).__round__(), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (7.5).__divmod__(2))
print((0.5).__add__(1), (0.5).__radd__(1), (1.0).__eq__(1), (1.0).__truediv__(0.5), (2.0).__pow__(0.5))
print(float.__add__(1.0, 2.0), (1.5).__int__(), (1.5).__float__(), (-1.5).__abs__(), (1.5).__neg__())
print((1.0).__add__('x'), (1.0).__eq__('x'), (3.5).__mod__(2), (-3.5).__floordiv__(2))
print(type(1.5.real).__name__, float.__name__, (1.5).__class__ is float, (10.0).__hash__() == hash(10))
