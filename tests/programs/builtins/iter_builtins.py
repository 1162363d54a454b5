# Iterators of the built-in types and functions: lengths, states, errors.
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), it.__reduce__()[1:], list(it), it.__reduce__()[1:])
lst = [1, 2, 3, 4]
r = reversed(lst)
next(r)
del lst[:3]
print(r.__length_hint__(), list(r))
rt = reversed((1, 2, 3))
print(rt.__length_hint__(), next(rt), rt.__reduce__()[1:], list(rt), rt.__length_hint__())
ri = iter(range(10))
ri.__setstate__(5)
print(list(ri), iter(range(3)).__reduce__()[1:], reversed(range(3)).__reduce__()[1:])
big = iter(range(10 ** 20, 10 ** 20 + 3))
print(type(big).__name__, next(big), big.__length_hint__(), list(big))
print(range(5).index(3), range(5).count(3.0), range(3).__reduce__())
for call in [lambda: range(5).index('a'), lambda: range(5).index(7), lambda: range(5).index(2, 1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
z = zip([1, 2], 'ab')
print(z.__reduce__()[0] is zip, list(z))
z = zip([1, 2], 'a', strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
m = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(m), list(filter(None, [0, 1, '', 'a', None, 2])), list(filter(bool, [0, 3])))
e = enumerate('xyz', -1)
next(e)
print(e.__reduce__()[1][1], list(e))
print(list(zip()), list(zip('ab', range(5), [None] * 3)))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Seq()), list(reversed([Seq()])) and 'ok', 4 in Seq(), list(iter(Seq())))


class NotRev:
    __reversed__ = None

    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


try:
    reversed(NotRev())
except TypeError as e:
    print(type(e).__name__, e)
it = iter(lambda: 1, 1)
print(list(it), list(it))
