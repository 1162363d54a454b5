# cmath on ordinary values: results to the last bit, branch cuts, errors.
import cmath

inf, nan = float('inf'), float('nan')

def show(x):
    if isinstance(x, complex):
        return '(%r, %r)' % (x.real, x.imag)
    if isinstance(x, tuple):
        return '(' + ', '.join(map(repr, x)) + ')'
    return repr(x)

values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, 2 + 3j, -2 - 3j, 1e-300 + 1e-300j, 1e300 + 1e300j,
          -1e308 + 1e308j, 3 - 0j, complex(-3, -0.0), complex(-3, 0.0), 1.5, -0.75, 7, 1e-320j, 0.71, 1.7 + 0.1j,
          complex(1, 1e-200), complex(1, -1e-170), 1e154 + 1e154j, 710 + 1j, -710 + 2j, 1 + 710j, 20 + 1j]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print(name, ' '.join(out))

print(show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)), show(cmath.log(-1, 10)), show(cmath.log(100, 10.0)))
for args in [(0,), (1, 1), (2, 0), (0, 2), (1e308j,)]:
    try:
        print(args, show(cmath.log(*args)))
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(show(cmath.rect(2, cmath.pi / 3)), show(cmath.rect(1, 0.0)), show(cmath.rect(-1, -0.0)), show(cmath.rect(3, 2)))
try:
    cmath.polar(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(complex(nan, 0), complex(nan, 0)))

class Cx:
    def __complex__(self):
        return 3 + 4j
class Fl:
    def __float__(self):
        return 0.25
class Ix:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 5
print(show(cmath.sqrt(Cx())), show(cmath.sqrt(Fl())), show(cmath.sqrt(Ix())), show(cmath.sqrt(True)), show(cmath.exp(2**5)))
for call in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(),
             lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
             lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.sqrt(Bad()), lambda: cmath.exp(2**2000), lambda: cmath.exp(2**10), lambda: cmath.polar(complex(1e308, 1.7e308)),
             lambda: cmath.phase('a'), lambda: cmath.sqrt(None), lambda: cmath.sqrt(x=1)]:
    try:
        print(show(call()))
    except Exception as e:
        print(type(e).__name__, e)
