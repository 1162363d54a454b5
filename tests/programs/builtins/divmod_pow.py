print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(1, -0.3))
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7), divmod(True, 2))
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(5.0, float('inf')), divmod(-5.0, float('inf')))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(0, 0))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -1, 5), pow(38, -1, 97), pow(5, -2, 13), pow(-2, -1, 7))
print(pow(7, -3, 1), pow(10 ** 20, 10 ** 20, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(1.5, 2), pow(4, 0.5), pow(2, 0.5))
print(pow(-2, 3), pow(-2, -3), pow(2, 100), pow(-1, 10 ** 10 + 1))
try:
    pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(10.0, -400), pow(float('inf'), 0), pow(float('nan'), 0), pow(1, float('nan')))
