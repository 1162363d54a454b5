# statistics: median variants, mode/multimode, means of several kinds, quantiles methods, exact result types, errors.
import statistics as st
from decimal import Decimal
from fractions import Fraction

data = [1, 3, 3, 6, 7, 8, 9]
even = [1, 2, 4, 7, 8, 10]
for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.mode, st.geometric_mean, st.harmonic_mean):
    print(fn.__name__, fn(data), fn(even))

print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1]))
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 6)]), st.mean([Decimal("0.1"), Decimal("0.25")]))
print(st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, type(st.mean([1, 2, 3])).__name__)
print(st.median(["b", "a", "c"]), st.median_low(["b", "a", "d", "c"]), st.median_high(["b", "a", "d", "c"]))
print(st.mode("aabbbcc"), st.mode([1, 1, 2, 2]), st.multimode("aabbcc"), st.multimode([]), st.multimode("abcab"))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([0.5, 1.5])))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]))
print(st.geometric_mean([54, 24, 36]))

for n in (2, 4, 5, 10):
    print(n, st.quantiles(range(1, 11), n=n), st.quantiles(range(1, 11), n=n, method="inclusive"))
print(st.quantiles([1.5, 2.5], n=3), st.quantiles([Fraction(1), Fraction(5)], n=4))

errors = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]),
    lambda: st.median_high([]), lambda: st.mode([]), lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -1]), lambda: st.quantiles([1], n=4),
    lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method="weird"),
    lambda: st.fmean([1, 2], weights=[1]), lambda: st.mean(["a", "b"]), lambda: st.harmonic_mean([1, 2], weights=[1]),
]
for bad in errors:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError))
