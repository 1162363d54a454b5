# Generator expressions are lazy and single-use
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print("".join(c.upper() for c in "hello" if c != "l"))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5, 1]))
def loud(n):
    print("producing", n)
    return n
lazy = (loud(i) for i in range(3))
print("nothing produced yet")
print(next(lazy))
print("one produced")
print(list(lazy))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(bad))
src = [1, 2, 3]
ge = (x * 10 for x in src)
src.append(4)
print(list(ge))
src2 = [1, 2]
ge2 = (x for x in src2)
src2 = [9, 9]
print(list(ge2))
try:
    gen_first = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
nested = (sum(row) for row in [[1, 2], [3], []])
print(list(nested))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(tuple(i for i in "abc"), set(i % 2 for i in range(5)), dict((i, i * i) for i in range(3)))
