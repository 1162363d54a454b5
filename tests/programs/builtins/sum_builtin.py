print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5]))
print(sum([True, True, False]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum((x * x for x in range(10)), start=-100))
print(sum([1e100, 1.0, -1e100]), sum([10 ** 20, 1.0]))
print(sum([2 ** 64, 2 ** 64]), sum([-1, -2, -3]))
print(sum([], 5), sum([], start=0.0))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([bytearray(b'a')], bytearray())
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, None])
except TypeError as e:
    print(type(e).__name__, e)


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return V(self.n + (other.n if isinstance(other, V) else other))

    def __radd__(self, other):
        return V(other + self.n)


print(sum([V(1), V(2), V(3)]).n)
print(sum([V(1), V(2)], V(10)).n)
print(sum([1.5, 2**53]), sum([float('inf'), 1]), sum([0.5, 0.25, 0.125]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
