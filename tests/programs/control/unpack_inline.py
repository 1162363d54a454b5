# Compiled code unpacks exact tuples and lists of the right length in
# place; other lengths and types take the full path with its errors.


def two(seq):
    a, b = seq
    return a, b


def three(seq):
    x, (y, z), w = seq[0], seq[1], seq[2]
    return x, y, z, w


class T(tuple):
    def __iter__(self):
        yield "from"
        yield "iter"


class L(list):
    def __iter__(self):
        return iter(["list", "iter"])


class Del:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


for i in range(300):
    two((i, i + 1))
    two([i, "x"])
    three((1, (2, 3), 4))

print(two((1, 2)), two([3, 4]), two("ab"), two({5: 0, 6: 0}), two(range(7, 9)))
print(two(T((1, 2))), two(L([1, 2])), two(x for x in (9, 10)))
print(three([1, [2, 3], 4]), three((1, "yz", 4)))
for bad in ((1,), (1, 2, 3), [], [1, 2, 3], "abc", 5, None):
    try:
        two(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# The sequence's reference is dropped after the items are taken.
print(two((Del("a"), Del("b")))[0].name)
items = [Del("c"), 1]
print(two(items)[1])
del items
print("end")
