print(list(enumerate('abc')))
print(list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
print(list(enumerate([], 3)))
e = enumerate([10, 20, 30], 100)
print(next(e), next(e))
print(list(e))
print(list(e))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(list(enumerate(range(3), 10 ** 20)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)

print(list(zip()))
print(list(zip([1, 2, 3])))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip('abcd', range(10), [True, False, None])))
print(dict(zip('xyz', [1, 2, 3])))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [4, 5], [6], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], None)
except TypeError as e:
    print(type(e).__name__, e)
z = zip(range(3), range(3, 6))
print(next(z))
print(list(z))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
print(list(it))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
nums, letters = zip(*sorted(pairs))
print(nums, letters)
