print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted('hello'), sorted((5, -1, 3)), sorted({3: 'a', 1: 'b'}))
print(sorted([]), sorted(range(5, 0, -1)))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'z'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted([1.5, -2, 3, 0.0, -0.5, True]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=None))
print(sorted([-3, 1, -2, 4], key=abs))
print(sorted(['b10', 'a2', 'c1'], key=lambda s: int(s[1:])))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return 'K(%d)' % self.v


print(sorted([K(3), K(1), K(2)]))
print(sorted([K(3), K(1), K(2)], reverse=True))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: -t[0], reverse=True))
print(sorted('Mississippi', reverse=True))
