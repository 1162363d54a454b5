# complex: construction, repr, arithmetic, ** (including float ** that becomes complex), errors.
def r(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(complex(), complex(1), complex(1.5, -2), complex('1+2j'), complex(' ( 1-2.5J ) '), complex('j'), complex('-j'), complex('1_0j'))
print(complex(1.0, -0.0), complex(-0.0, -0.0), complex(1j, 1j), complex(0, -0.0), -0j, complex('-0-0j'), complex('inf-nanj'))
print(r(lambda: complex('1+2')), r(lambda: complex('1__0j')), r(lambda: complex('((1))')), r(lambda: complex(1, 'a')),
      r(lambda: complex('a', 1)), r(lambda: complex([])), r(lambda: complex(1, [])), r(lambda: complex(x=1)))
zs = [0j, 1j, 2 - 3j, -1.5 + 0.5j, complex(1e300, 1e300), complex(float('inf'), 0), complex(0, float('nan'))]
for a in zs:
    for b in zs + [2, -1, 0.5, 0]:
        print(repr(a), repr(b), r(lambda: a + b), r(lambda: a - b), r(lambda: a * b), r(lambda: a / b), r(lambda: a ** b), r(lambda: a == b))
print(r(lambda: (-8) ** (1 / 3)), r(lambda: (-8.0) ** 0.5), r(lambda: (-2) ** 0.5), r(lambda: 2 ** (1 + 1j)), r(lambda: 1j ** 2),
      r(lambda: (1 + 1j) ** 200), r(lambda: (1 + 1j) ** -3), r(lambda: 0j ** -1), r(lambda: 0j ** 1j), r(lambda: float('inf') ** 1j),
      r(lambda: (1e200 + 1e200j) ** 2), r(lambda: (1e200 + 1e200j) ** 2.5), r(lambda: pow(1j, 2, 3)), r(lambda: (-1.0) ** 0.5))
print(r(lambda: 1j < 1j), r(lambda: 1j // 1), r(lambda: 1j % 1), r(lambda: divmod(1j, 1)), r(lambda: int(1j)), r(lambda: float(1j)),
      r(lambda: round(1j)), r(lambda: abs(3 + 4j)), r(lambda: abs(complex(1e308, 1e308))), r(lambda: hash(1j)), r(lambda: hash(1.5 + 0j) == hash(1.5)))
print((1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag, (2 + 0j) == 2, (2 + 1j) == 2, (1 + 0j).__eq__('a'), -(1 + 2j), +(1 - 2j), bool(0j))
print((1 + 2j).__getnewargs__(), (3 - 4j).__complex__(), (1j).__sizeof__())
