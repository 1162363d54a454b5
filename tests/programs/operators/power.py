# ** operator: ints, negative exponents, floats, 0**0, right associativity
print(2 ** 10, 2 ** 0, 0 ** 0, 0.0 ** 0, 0 ** 0.0)
print(2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-2) ** -1, (-2) ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 10, 2.5 ** 2, 1.5 ** -2)
print(1 ** 1000000, (-1) ** 1000001, (-1) ** 1000000)
print(3 ** 40)
print(7 ** 77)
print((-3) ** 41)
print(2 ** 64, 2 ** 63, 2 ** 62)
print(pow(2, 10), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000000007))
print(pow(2, -1, 7), pow(3, -2, 11))
print(-2 ** -1)
print(10 ** 2.0, type(10 ** 2.0).__name__)
print(0.5 ** 1074 > 0, 0.5 ** 1075)
for e in [0, -1, -2]:
    try:
        print(0 ** e)
    except ZeroDivisionError as ex:
        print(e, type(ex).__name__, ex)
try:
    print(0.0 ** -1)
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex)
try:
    print(10.0 ** 400)
except OverflowError as ex:
    print(type(ex).__name__)
try:
    print(pow(2, 3, 0))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    print(pow(2.0, 3, 5))
except TypeError as ex:
    print(type(ex).__name__, ex)
x = 3
x **= 3
print(x)
print(True ** 5, 5 ** True, False ** 0)
