# Exceptions raised inside handlers, nested by recursion: fresh exceptions
# get the handled one as __context__, and re-raising one already in the
# chain cuts the cycle, as CPython does.

def depth_of(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__context__
    return n


def nest(k):
    try:
        raise KeyError(k)
    except KeyError:
        if k == 0:
            try:
                {}[k]
            except KeyError as inner:
                return inner
        return nest(k - 1)


e = nest(5)
print(type(e).__name__, depth_of(e), [x.args[0] for x in iter(lambda c=[e]: (c.append(c[-1].__context__) or c[-2]) if c[-1] is not None else None, None)])


def reraise_outer():
    try:
        raise ValueError("outer")
    except ValueError as outer:
        try:
            raise TypeError("middle")
        except TypeError:
            try:
                raise outer
            except ValueError as again:
                return again


r = reraise_outer()
print(r.args, type(r.__context__).__name__, r.__context__.args, r.__context__.__context__)


# A memoizing wrapper whose misses recurse inside `except`: deep chains.
def memoize(f):
    cache = {}

    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            value = cache[args] = f(*args)
            return value
    return wrapper


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


print(partitions(60, 60))


def chain_in_handler():
    try:
        raise KeyError("a")
    except KeyError as a:
        err = RuntimeError("b")
        held = [err]
        try:
            raise err
        except RuntimeError as b:
            return b.__context__ is a, held[0] is b


print(chain_in_handler())
