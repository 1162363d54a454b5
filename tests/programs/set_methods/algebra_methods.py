a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7, 8], (9,), range(10, 12)), a.intersection([1, 2, 99], {2, 1}), a.difference([1], [2]))
print(a.union(), a.intersection(), a.difference(), a.symmetric_difference([1, 9]))
print(a, b)
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a & 'ab'
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.union(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c.update([4], {5})
print(c)
c.intersection_update({1, 2, 3, 4, 99}, [2, 3, 4])
print(c)
c.difference_update([2], {100})
print(c)
c.symmetric_difference_update({4, 7})
print(c)
d = {1, 2}
alias = d
d |= {3}
d &= {1, 3, 5}
d -= {5}
d ^= {1, 8}
print(d, alias is d)
try:
    d |= [1]
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset({1, 2})
orig = fs
fs |= {3}
print(fs, orig, fs is orig, type(fs).__name__)
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}), frozenset({1}) & {1}, type({1} & frozenset({1})).__name__)
print(frozenset('ab') == {'a', 'b'}, frozenset([1, 2]).union([3]))
