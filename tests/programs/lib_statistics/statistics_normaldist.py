# statistics.NormalDist: construction, properties, pdf/cdf/inv_cdf, arithmetic, overlap, zscore, quantiles, from_samples, errors.
import statistics as st
from statistics import NormalDist

n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(round(n.pdf(100), 12), round(n.cdf(115), 12), round(n.inv_cdf(0.975), 9), round(n.zscore(130), 12))
print([round(q, 6) for q in n.quantiles()], [round(q, 6) for q in n.quantiles(n=10)])
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
print(NormalDist(), NormalDist(0, 1) == NormalDist(), NormalDist(1, 2) == NormalDist(1, 3), NormalDist() == 5)
print(n + 10, n - 10, n * 2, n / 3, 10 + n, 10 - n, 2 * n, -n, +n)
print(NormalDist(1, 3) + NormalDist(2, 4), NormalDist(5, 3) - NormalDist(1, 4))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(s.mean, 12), round(s.stdev, 12))
print(hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)))
print(round(NormalDist(10, 2).cdf(10), 12), NormalDist(5, 0.5).inv_cdf(0.5))
print(round(NormalDist().inv_cdf(1e-10), 9), round(NormalDist().cdf(-8), 20))

for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(0), lambda: NormalDist(0, 0).cdf(0),
            lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(0, 0).zscore(1),
            lambda: NormalDist().overlap(5), lambda: NormalDist(0, 0).overlap(NormalDist(0, 1)),
            lambda: NormalDist.from_samples([1]), lambda: NormalDist().quantiles(0)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
