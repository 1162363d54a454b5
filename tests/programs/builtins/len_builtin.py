print(len(''), len('abc'), len('héllo'), len('中文'), len('😀'))
print(len([]), len([1, 2, [3, 4]]))
print(len(()), len((1,)), len((1, 2, 3)))
print(len({}), len({1: 2, 3: 4}))
print(len(set()), len({1, 2, 2, 3}), len(frozenset([1, 1])))
print(len(b''), len(b'abc'), len(bytearray(5)))
print(len(range(10)), len(range(0)), len(range(10, 0, -3)))
print(len(range(-5, 5, 2)), len(range(5, -5)))
print(len({1: 2}.keys()), len({1: 2, 3: 4}.items()), len({}.values()))


class L:
    def __len__(self):
        return 7


print(len(L()))


class Neg:
    def __len__(self):
        return -1


try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)


class NotInt:
    def __len__(self):
        return 'x'


try:
    len(NotInt())
except TypeError as e:
    print(type(e).__name__, e)


class Big:
    def __len__(self):
        return 2 ** 70


try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)

for bad in [5, 3.0, None, len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)


class BoolLen:
    def __len__(self):
        return True


print(len(BoolLen()))
