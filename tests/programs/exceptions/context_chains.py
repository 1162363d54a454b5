# Implicit chaining walks the handled exception's context chain to break
# cycles: deep chains from nested handlers, and cycles made by hand.

def nested(n):
    try:
        raise KeyError(n)
    except KeyError:
        if n == 0:
            raise ValueError("bottom")
        return nested(n - 1)

try:
    nested(300)
except ValueError as e:
    depth = 0
    c = e.__context__
    while c is not None:
        depth += 1
        c = c.__context__
    print("chain depth", depth)

# A cycle assigned through __context__ must not hang the next raise.
try:
    raise TypeError("a")
except TypeError as a:
    try:
        raise IndexError("b")
    except IndexError as caught:
        b = caught
    a.__context__ = b
    b.__context__ = a
    try:
        raise RuntimeError("c")
    except RuntimeError as c:
        print(type(c.__context__).__name__, c.__context__ is a)
    print(type(a.__context__).__name__, type(b.__context__).__name__)

# Re-raising an exception that is already in the chain cuts the chain there.
try:
    raise KeyError("x")
except KeyError as x:
    try:
        raise OSError("y")
    except OSError as caught:
        y = caught
        try:
            raise x
        except KeyError as again:
            print(again is x, x.__context__ is y, y.__context__)

# Longer cycles, odd and even lengths.
for length in (1, 2, 3, 4, 5):
    excs = [ValueError(i) for i in range(length)]
    for i, ex in enumerate(excs):
        ex.__context__ = excs[(i + 1) % length]
    try:
        raise excs[0]
    except ValueError as h:
        try:
            raise LookupError("new")
        except LookupError as n:
            print(length, n.__context__ is h)
