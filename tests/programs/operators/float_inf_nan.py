# inf and nan behaviour in arithmetic and comparisons
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(-nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, inf / 2, 1 / inf, -1 / inf)
print(inf > 10 ** 300, -inf < -(10 ** 300), inf == inf, inf - 1 == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
x = nan
print(x == x, x is x, [x] == [x], x in [x], [nan] == [float("nan")])
print(nan + 1, nan * 0, 0 * nan, nan ** 0, 1 ** nan, nan ** 1)
print(inf ** 0, 0 ** inf, inf ** -1, 2 ** inf, 0.5 ** inf, (-inf) ** 3, (-inf) ** 2)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(inf // 1, -inf // 1, inf % 1)
print(5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(max(1, inf), min(-inf, 0), abs(-inf))
print(float("Infinity"), float("-INF"), float("  nan  "), float("+inf"))
print(sorted([3, inf, -inf, 0]))
print(inf == 10 ** 400, 10 ** 400 < inf)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.5))
print(-0.0, 0.0 == -0.0, 1 / inf == -1 / inf, str(-1 / inf))
print(float("1e500"), float("-1e500"), 1e-400, -1e-400)
print(type(inf).__name__, bool(nan), bool(0.0), bool(-0.0))
print(inf * 2 == inf, (inf - inf) != (inf - inf))
