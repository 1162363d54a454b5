# statistics: averages, spread, quantiles, NormalDist, correlation/regression, exact types, errors.
import statistics as st
from decimal import Decimal
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 3, 3, 6, 7, 8, 9, 9, 9, 12]
print(st.mean(data), st.fmean(data), st.mean(ints), st.mean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__)
print(st.median(data), st.median(ints), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([5]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode(ints), st.mode("abracadabra"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.mode([1, 1, 2, 2]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
print(st.pstdev(data), st.stdev(data), st.pvariance(ints), st.variance(ints), st.variance(data, xbar=st.mean(data)))
print(st.quantiles(ints), st.quantiles(ints, n=10), st.quantiles(ints, n=4, method="inclusive"), st.quantiles([1, 2], n=3))
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)]), st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(7, 4)]))
print(st.mean([Decimal("0.5"), Decimal("0.75"), Decimal("0.625")]), st.median([Decimal("1.5"), Decimal("2.5")]), st.stdev([Decimal(1), Decimal(2), Decimal(4)]))
print(st.mean(range(1, 101)), st.median(range(10)), st.pvariance(range(10)), st.mean(iter([1.5, 2.5])))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(round(st.covariance(x, y), 10), round(st.correlation(x, x), 10), round(st.correlation(x, [-v for v in x]), 10), round(st.correlation(x, y), 10))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(lr, lr.slope, lr.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode)
print(round(n.cdf(115), 6), round(n.pdf(100), 8), round(n.inv_cdf(0.975), 4), [round(q, 3) for q in n.quantiles(4)])
print(round(n.overlap(st.NormalDist(110, 15)), 6), round(n.zscore(130), 3))
m = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(m.mean, 6), round(m.stdev, 6))
s = n + 10
print(s, n * 2, n - st.NormalDist(5, 20), n == st.NormalDist(100, 15), st.NormalDist())

for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.stdev, [1]), (st.variance, [3]), (st.geometric_mean, [1, -1]),
                (st.harmonic_mean, [1, -2]), (lambda d: st.quantiles(d, n=0), [1, 2, 3]), (st.quantiles, [1]), (st.pstdev, []), (st.fmean, [])]:
    try:
        print(fn(arg))
    except st.StatisticsError as e:
        print(f"{fn.__name__}: StatisticsError: {e}")
for bad in (lambda: st.correlation([1, 2], [1]), lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1], [2]),
            lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 1).inv_cdf(1.5), lambda: st.covariance([1, 2, 3], [1, 2])):
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
