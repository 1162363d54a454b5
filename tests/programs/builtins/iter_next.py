it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(list(iter('abc')), list(iter(range(3))), list(iter((1,))))
it2 = iter([5])
print(iter(it2) is it2)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
print(counter)
values = iter([3, 1, 4, 1, 5, 9, 0, 2])
print(list(iter(lambda: next(values), 0)))
print(list(values))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, 'end'))


class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i


print(list(iter(OldSeq())), 4 in OldSeq())


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), next(di), next(di, '-'))
print(next(iter(set([7]))), next(iter({9: 1}.values())), next(iter({9: 1}.items())))
