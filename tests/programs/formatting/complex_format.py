# format() of complex numbers and their repr.
vals = [0j, 1 + 2j, -1.5 - 0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e20j, complex(float('inf'), float('nan')), 3.14159 + 2.71828j, complex(1e-20, -1e20)]
for s in ['', '10', '<20', '^24', '+', ' ', '.2f', '.3e', 'g', '.0g', '#g', ',.2f', 'z.1f', 'n', '*>30.4', 'E', 'F']:
    print(repr(s), [format(v, s) for v in vals])
for s in ['d', '=', '010', '%', 's']:
    try:
        format(1 + 1j, s)
    except ValueError as e:
        print(repr(s), e)
print([repr(v) for v in vals], [str(v) for v in vals])
