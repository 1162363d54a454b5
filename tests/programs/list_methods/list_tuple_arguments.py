# list and tuple methods check arguments and convert indices like CPython.
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: [].append())
t(lambda: [].append(x=1))
t(lambda: [].extend(1))
t(lambda: [].insert(1))
t(lambda: [].insert('a', 1))
t(lambda: [].insert(10 ** 30, 1))
t(lambda: [1].pop(1, 2))
t(lambda: [1].pop('a'))
t(lambda: [1].pop(10 ** 30))
t(lambda: [1].pop(-2))
t(lambda: [].pop())
t(lambda: [1, 2, 3].index(2, 'x'))
t(lambda: [1, 2, 3].index(2, None))
t(lambda: [1, 2, 3].index(2, 0, 10 ** 30))
t(lambda: [1, 2, 3].index(2, -10 ** 30))
t(lambda: [1, 2, 3].index(1, 2, 3, 4))
t(lambda: [1, 2, 3].index('a'))
t(lambda: [1].clear(1))
t(lambda: [1].copy(1))
t(lambda: [1].reverse(1))
t(lambda: [1].__reversed__(1))
t(lambda: [1] * 10 ** 30)
t(lambda: (1,) * 10 ** 30)
t(lambda: list(x=1))
t(lambda: tuple(x=1))
t(lambda: list([1], [2]))
t(lambda: ().index())
t(lambda: (1, 2).index(2, -1))
t(lambda: (1,).index(1, 'a'))
t(lambda: (1,).count())
t(lambda: [1, 2] < [1, 'a'])
t(lambda: (1, 2) < (1, 'a'))
t(lambda: [1] == (1,))
t(lambda: (1,) + [2])


class Weird:
    def __lt__(self, other):
        return 'weird-result'

    def __eq__(self, other):
        return False


t(lambda: [Weird()] < [Weird()])
t(lambda: (Weird(),) < (Weird(),))


class Counting:
    n = 0

    def __eq__(self, other):
        Counting.n += 1
        return True


t(lambda: [Counting()] == [Counting(), Counting()])
print('eq calls', Counting.n)


def gen():
    yield 1
    yield 2
    raise ValueError('stop')


lst = [0]
try:
    lst.extend(gen())
except ValueError:
    pass
print(lst)
lst2 = [5, 6]
lst2.__init__(lst2)
print(lst2, [].__sizeof__(), (1, 2).__sizeof__(), ().__sizeof__())
print((1, 2).__getnewargs__(), len((1, 2) * 1), [1, 2] * True)
