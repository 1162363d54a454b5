# Comparisons across container types and mixed types
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) < (1, 0), () == ())
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]])
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} > {1})
print(None == None, None is None, None == 0, None != False)
print(1 == "1", [] == (), [] == [], () == ())
print([1, 2.0] == [1.0, 2], (0,) == (False,))
print(1 != 1.0, [1] != [1.0])
for a, b in [(1, "a"), ([1], (1,)), (None, 0), ({}, {}), ({1}, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [([1, "x"], [1, 2]), ((1, None), (1, None)), ((1, None), (2, None))]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({1: 1} < {1: 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(2.5 >= "x")
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a[0] is b[0])
print(max([3, 1], [2, 9]), min((1, 2), (1,)), sorted([[2], [1, 5], [1]]))
print(["b", "a"] < ["b", "b"], ("a", 2) < ("a", 10), ("a", 2) < ("b", 1))
