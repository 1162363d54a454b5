inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf, inf // 1 if False else 'skip')
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf == inf, inf > 1e308)
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3, nan, 1]) is not None)
print(-0.0 == 0.0, str(-0.0), str(0.0 * -1), str(-0.0 + 0.0), str(-0.0 - 0.0), str(-0.0 * 0), str(0.0 / -1))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 5e-324 / 2, -5e-324 / 2, 5e-324 * 0.5, 5e-324 * 0.6)
for expr in ['1.0 / 0', '1.0 // 0.0', '1.0 % 0', '0.0 / 0.0', 'divmod(1.0, 0)', '1 / 0.0', '5 % 0.0']:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
print(inf % 5 if False else 'skip', 5 % inf, -5 % inf, 5 // inf, -5 // inf, 5.0 % -inf)
print(inf % 5, -inf % 5, inf // 5, divmod(5.0, inf), divmod(-5.0, inf))
print(divmod(inf, 5) if False else 'skip', (inf - inf) != (inf - inf), abs(-nan) != abs(-nan))
print(float('nan') in [float('nan')], nan in [nan], [nan] == [nan], (nan,) == (nan,))
print(0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 100 * 1.1, 0.7 + 0.1, 0.2 + 0.4)
print(2 ** 0.5 * 2 ** 0.5, 10 / 3, 2 / 3, 1e-10 + 1, 1e15 + 0.3, 1e16 + 2.0, 9007199254740993.0)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, -7.5 // -2, 0.3 % 0.1, 1.0 % 0.1, -0.0 % 5, 0.0 % -5)
print(2.0 ** 1023 * 2, 2.0 ** -1074, 2.0 ** -1075, (-2.0) ** 2, (-8.0) ** 3, 0.0 ** 0, 0.0 ** 5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1.0 == 1, 1.0 != 1, 0.5 == 1 / 2, 1 / 3 + 1 / 3 + 1 / 3 == 1.0)
