import math

print(math.exp(0), math.exp(1), math.exp(-1), math.exp(710 - 1), math.exp(-1000))
print(math.expm1(1e-10), math.expm1(0), math.expm1(1))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000), math.log(10 ** 500))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 2000), math.log10(1000), math.log10(2), math.log10(10 ** 400))
print(math.log1p(0), math.log1p(1e-10), math.log1p(1), math.log(0.5, 4), math.log(1, 10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(-8, 3), math.pow(1, math.nan))
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi), math.cos(0), math.cos(math.pi), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.tanh(1000), math.atan(math.inf), math.sin(1e10), math.cos(-1.5))
print(math.erf(0), math.erf(1), math.erfc(1), math.erf(-3), math.erfc(10))
print(math.gamma(5), math.gamma(0.5), math.gamma(-1.5), math.lgamma(10), math.lgamma(0.5), math.gamma(171))
print(math.sqrt(math.inf), math.exp(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(-math.inf))
vals = [0.1, 0.5, 1.0, 2.0, 3.5]
print([round(math.sin(v) ** 2 + math.cos(v) ** 2, 12) for v in vals])
print([math.exp(math.log(v)) for v in vals])
