# statistics: variance/stdev (sample and population, given means, exact types), covariance, correlation, linear_regression.
import statistics as st
from decimal import Decimal
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
m = st.mean(data)
print(st.variance(data, m), st.pvariance(data, mu=m))
ints = [1, 2, 3, 4, 5, 6]
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(type(st.variance(ints)).__name__, type(st.pvariance([1, 2, 3])).__name__)
fr = [Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]
print(st.variance(fr), st.pvariance(fr), st.stdev(fr))
dec = [Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]
print(st.variance(dec), st.pvariance(dec), st.stdev(dec), st.pstdev(dec))
print(st.pvariance([5]), st.pstdev([5]), st.variance([1, 1, 1]))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x))
lr = st.linear_regression(x, [2 * v + 1 for v in x])
print(lr, lr.slope, lr.intercept, type(lr).__name__)
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))

for bad in (lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
            lambda: st.covariance([1], [1]), lambda: st.covariance([1, 2], [1, 2, 3]),
            lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.correlation([1], [2]),
            lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.linear_regression([1], [2]),
            lambda: st.variance(["a", "b"])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
