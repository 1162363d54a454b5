print([], [1], [1, 'a', None, 2.5, True], [[1, [2, [3, []]]]], [(1,), {}, set(), 'q'])
print(str([1, 'x']), repr(['it\'s', 'a"b']), [b'x', 1e20, -0.0])
r = [1, 2]
r.append(r)
print(r, len(r))
r2 = []
r2.append(r2)
print(r2, str(r2))
a = [1]
b = [a]
a.append(b)
print(a, b)
d = {'k': []}
d['k'].append(d)
print(d)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 9, 9], [1, 2] <= [1, 2], [1, 2] >= [1, 3], [[1]] == [[1]], [1] == [1.0])
print([1, 2] == (1, 2), [1, 'a'] < [1, 'b'], [1, 2] == [1, 2, 3])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
n = float('nan')
print([n] == [n], [n] == [float('nan')], n == n)


class AlwaysEq:
    def __eq__(self, other):
        return True


print([AlwaysEq()] == [5], [1, AlwaysEq()] == [1, 'anything'])
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 5], [1]]))
print(bool([]), bool([0]), not [], len([[]]))
print([1, 2, 3].__len__(), [].__class__.__name__, list.__name__)
