a = {1, 2}
b = {1, 2, 3}
c = {4}
print(a.issubset(b), b.issubset(a), a.issubset(a), a.issubset([1, 2, 5]), set().issubset(c))
print(b.issuperset(a), a.issuperset(b), b.issuperset([1]), b.issuperset(range(1, 4)))
print(a.isdisjoint(c), a.isdisjoint(b), a.isdisjoint([3, 4]), set().isdisjoint(set()))
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a == {2, 1}, a != b)
print(a < c, a > c, a == c, {1} < {1, 2}, frozenset({1}) < {1, 2}, {1} == frozenset({1}))
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
print(a == [1, 2], a != (1, 2))
sets = [{1, 2}, {1}, {2, 3}, set(), {1, 2, 3}]
print(sorted(sets, key=len))
print([s for s in sets if s <= {1, 2}])
print(max(sets, key=len), min(sets, key=len))
