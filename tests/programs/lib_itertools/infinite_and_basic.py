import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, islice, pairwise

# count
c = count()
print([next(c) for _ in range(3)], c)
c = count(5)
print(c, next(c), c)
c = count(2.5, 0.5)
print([next(c) for _ in range(4)], c)
print(count(10, -2), count(0, 1.0), count(start=3, step=2), count(1, True))
c = count(2**64)
next(c)
print(c)
print(count(1j, 1+1j))
print(count(1, 1).__reduce__(), count(1, 3).__reduce__())

# cycle
cy = cycle('abc')
print([next(cy) for _ in range(8)])
print(list(islice(cycle([]), 5)))

# repeat
print(list(repeat('a', 3)), repeat('a', 3), repeat(None))
r = repeat(7, 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), r)
print(list(repeat(1, -3)), repeat(1, -3), repeat(object=3, times=2))
print(repeat([1, 2]).__reduce__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(list(map(pow, range(5), repeat(2))))

# accumulate
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], initial=100)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=None)))

# chain
print(list(chain('ab', [1, 2], (), range(3))))
print(list(chain.from_iterable(['xy', 'z'])))
print(list(chain()))
print(chain[int])
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print('TypeError', e)
print(list(ch))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))
print(list(compress(data=[1, 2], selectors=[0, 1])))

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], 'ab', (), range(2)])))

# islice
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 3)), next(it))

# pairwise
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))

# misc
print(type(count()).__module__, count.__name__, itertools.chain.__name__)
print(isinstance(chain(), chain), iter(c) is c)
class MyChain(chain):
    pass
mc = MyChain([1, 2], [3])
print(list(mc), type(mc).__name__)
class Counter2(count):
    pass
print(Counter2(3))
