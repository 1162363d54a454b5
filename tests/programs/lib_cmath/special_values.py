# Every cmath function over the special-value grid (C99 Annex G tables),
# with signs of zeros and the domain/range errors.
import cmath

inf, nan = float('inf'), float('nan')
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def show(x):
    if isinstance(x, complex):
        return '(%r, %r)' % (x.real, x.imag)
    return repr(x)

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    row = []
    for re in parts:
        for im in parts:
            try:
                row.append(show(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, ' '.join(row))

for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(show(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print('rect', ' '.join(row))
