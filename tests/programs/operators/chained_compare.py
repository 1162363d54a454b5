# Chained comparisons evaluate the middle operand once and short-circuit
def v(x, tag):
    print("eval", tag)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1 == 1, 1 == 1 == 2, 1 != 2 != 1)
print(1 < 2 <= 2 < 3 != 4 > 0)
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(5, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(5, "b") < v(3, "c") < v(9, "d"))
x = 5
print(0 < x < 10, 0 < x < 5, 0 <= x <= 5)
print(x in [5] in [[5]], x not in [] is not None)
a = [1]
b = a
print(a is b is a, a is b is not None, a is list(a))
print(1 < 2 == True, (1 < 2) == True)
print("a" < "b" < "c", "abc" < "abd" < "b")
print(1 < 2.5 < 3 < 10 ** 30)
r = 2 < 1 < v(0, "never")
print(r)
try:
    print(1 < "a" < 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 < 1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 3] < [2], (1, 2) <= (1, 2) < (1, 2, 0))
print(not 1 < 2 < 3, not (1 > 2))
