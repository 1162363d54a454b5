# Subscripts by slices built in place (`x[a:b]`, `x[a:b:c] = y`): the
# bounds of every kind on the built-in sequences, on subclasses and on
# other containers, with the errors and the lines they are reported at.


class Idx:
    def __init__(self, v, log=None):
        self.v = v
        self.log = log

    def __repr__(self):
        return f"Idx({self.v})"

    def __index__(self):
        if self.log is not None:
            self.log.append(self.v)
        return self.v


class Grow:
    """An index whose __index__ changes the list being sliced."""

    def __init__(self, target, v):
        self.target = target
        self.v = v

    def __index__(self):
        self.target.append(len(self.target))
        return self.v


class L(list):
    def __getitem__(self, key):
        return ("L.getitem", type(key).__name__, key.start, key.stop, key.step)


class T(tuple):
    pass


class S(str):
    pass


class Box:
    def __getitem__(self, key):
        return ("Box", key)

    def __setitem__(self, key, value):
        print("Box set", key, value)


def reads(xs, k):
    out = []
    out.append(xs[1:3])
    out.append(xs[:k])
    out.append(xs[k:])
    out.append(xs[::-1])
    out.append(xs[k::-1])
    out.append(xs[-2:])
    out.append(xs[:-1])
    out.append(xs[::2])
    out.append(xs[1::k + 1])
    out.append(xs[-100:100])
    out.append(xs[100:])
    out.append(xs[:-100])
    out.append(xs[2**70:])
    out.append(xs[-2**70:2**70:2**65])
    out.append(xs[True:])
    out.append(xs[Idx(1):Idx(-1)])
    out.append(xs[None:None:None])
    out.append(xs[k:k])
    return out


def errors(xs):
    for make in (lambda: xs[1.5:], lambda: xs[:"a"], lambda: xs[::0], lambda: xs[::1.0]):
        try:
            make()
        except Exception as e:
            print(type(e).__name__, e)


for rep in range(3):
    for xs in ([0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), "abcdef", "aé€😀bc", b"abcdef",
               bytearray(b"abcdef"), range(10, 16), L([1, 2, 3]), T((1, 2, 3, 4)), S("hello")):
        r = reads(xs, 2)
        if rep == 0:
            print(type(xs).__name__, r)
            errors(xs)

# The whole sequence: the object itself for exact tuples and strs, a copy otherwise.
t = (1, 2, 3)
s = "xyz"
lst = [1, 2]
print(t[:] is t, s[:] is s, lst[:] is lst, lst[:] == lst)
print(T(t)[:] is T(t), type(T(t)[:]).__name__, type(S("ab")[:]).__name__, type(L([1])[:]).__name__)

# Bounds are read before the length is.
log = []
xs = [0, 1, 2, 3]
print(xs[Idx(1, log):Idx(3, log):Idx(1, log)], log)
xs = [0, 1, 2]
print(xs[Grow(xs, 1):], xs)
print(range(10)[::2**65], range(0, 2**80, 3)[2**70:-1:-2], range(5)[-2**90:2**90])
print(Box()[1:2], Box()[::3], Box()[Idx(1):])
try:
    {}[1:2]
except TypeError as e:
    print("dict", e)


def writes():
    xs = list(range(8))
    xs[1:3] = ["a", "b", "c"]
    print(xs)
    xs[:2] = []
    print(xs)
    xs[::2] = "wxyz"
    print(xs)
    xs[::-1] = xs
    print(xs)
    xs[:] = xs
    print(xs)
    xs[5:] = (i * i for i in range(3))
    print(xs)
    xs[-1:0] = [99]
    print(xs)
    xs[2**80:] = [7]
    print(xs)
    for bad in (lambda: xs.__setitem__(slice(None, None, 2), [1]), ):
        try:
            bad()
        except ValueError as e:
            print("ValueError", e)
    try:
        xs[::2] = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        xs[1:2] = 5
    except TypeError as e:
        print("TypeError", e)
    try:
        xs[::2] = 5
    except TypeError as e:
        print("TypeError", e)
    try:
        xs["a":] = []
    except TypeError as e:
        print("TypeError", e)
    try:
        xs[::0] = []
    except ValueError as e:
        print("ValueError", e)
    ba = bytearray(b"hello")
    ba[1:3] = b"EL"
    ba[::2] = b"xyz"
    print(ba)
    b = Box()
    b[1:2] = "v"
    b[::-1] = "w"
    try:
        (1, 2)[0:1] = (3,)
    except TypeError as e:
        print("TypeError", e)
    try:
        "ab"[:1] = "c"
    except TypeError as e:
        print("TypeError", e)


for rep in range(2):
    writes()


def line_of_error(xs):
    try:
        return xs[
            1:
            "x"
        ]
    except TypeError as e:
        return e.__traceback__.tb_lineno - line_of_error.__code__.co_firstlineno


print("error line offset", line_of_error([1, 2, 3]), line_of_error("abc"))


def uncaught():
    data = [1, 2, 3]
    return data[1:2:0]


uncaught()
