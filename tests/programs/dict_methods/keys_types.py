d = {}
d[1] = 'int'
d[1.5] = 'float'
d['s'] = 'str'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[frozenset({1})] = 'frozenset'
d[b'b'] = 'bytes'
d[-0.0] = 'negzero'
print(d)
print(d[1.0], d[True], d[0], d[0.0], d[False], d[frozenset([1])], d[(1, 2)])
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad in d
    except TypeError as e:
        print(type(e).__name__, e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return 'Key(%r)' % self.v


k = {Key(1): 'one', Key(2): 'two'}
print(k[Key(1)], Key(3) in k, k)


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return 'C%d' % self.v


c = {Collide(i): i for i in range(5)}
print(c, c[Collide(3)], len(c))
del c[Collide(2)]
print(c, Collide(2) in c)
big = {10 ** 30: 'a', -10 ** 30: 'b', 2 ** 63: 'c'}
print(big[10 ** 30], big[2 ** 63], big)
