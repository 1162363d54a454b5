import math

cases = [
    ('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log', (10, 1)), ('log', (10, 0)), ('log2', (0,)), ('log10', (-5,)),
    ('log1p', (-1,)), ('acos', (2,)), ('asin', (-1.5,)), ('acosh', (0.5,)), ('atanh', (1,)), ('gamma', (0,)),
    ('gamma', (-2,)), ('lgamma', (0,)), ('fmod', (1, 0)), ('remainder', (1, 0)), ('exp', (1000,)), ('pow', (10.0, 400)),
    ('pow', (0, -1)), ('pow', (-8, 1 / 3)), ('cosh', (1000,)), ('ldexp', (1.0, 10000)), ('gamma', (200,)),
    ('factorial', (-1,)), ('factorial', (2.5,)), ('comb', (-1, 2)), ('perm', (5, -1)), ('isqrt', (-4,)),
    ('sin', (math.inf,)), ('cos', (-math.inf,)), ('tan', (math.inf,)), ('floor', (math.inf,)), ('ceil', (math.nan,)),
    ('trunc', (math.inf,)), ('exp2', (2000,)), ('sqrt', ('4',)), ('gcd', (1.5, 2)), ('factorial', (10 ** 20,)),
    ('log', (10 ** 1000, 0)), ('dist', ((1, 2), (1,))), ('prod', (5,)), ('fsum', ([math.inf, -math.inf],)),
    ('fsum', ([1e308, 1e308],)), ('hypot', ('a',)), ('comb', (1.0, 1)), ('isqrt', (2.0,)),
]
for name, args in cases:
    try:
        result = getattr(math, name)(*args)
        print(name, args, '->', result)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
try:
    math.sqrt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
print(math.fabs(-0.0), math.sqrt(-0.0), math.exp(-math.inf), math.fmod(math.inf, 1) if False else 'skip')
