# round() is correctly rounded (exact decimal value, halves to even) for any ndigits.
vals = [2.675, 1.005, 0.125, 0.375, -0.5, 1.5, 2.5, 1234.5678, -1234.5678, 1e22, 5e-324, 1.7976931348623157e308,
        0.1 + 0.2, 123456789.123456789, 1e-5, 0.5e-5, 9.995, 1e15 + 0.5, 4.35, -4.35, 8.5e-310]
for v in vals:
    out = []
    for nd in [None, 0, 1, 2, 3, 5, 10, 17, 300, 400, -1, -2, -5, -22, -300, -308, -309]:
        try:
            out.append(round(v, nd) if nd is not None else round(v))
        except OverflowError as e:
            out.append('OverflowError: ' + str(e))
    print(repr(v), out)
for i in [0, 5, 15, 25, -25, 125, 10 ** 30 + 5 * 10 ** 10, -(10 ** 20) - 5]:
    print(i, [round(i, nd) for nd in [None, 0, 1, -1, -2, -11, -40]])
print(round(1.5, 2 ** 100), round(1.5, -2 ** 100), round(-1.5, -2 ** 100), round(float('inf'), 2), round(True, -1))
for bad in [lambda: round(1.5, 1.5), lambda: round(float('nan')), lambda: round(float('inf')), lambda: round(5, 1.0), lambda: round('x')]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
