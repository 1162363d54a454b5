# Explicit chaining with raise ... from ...
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value: " + repr(text)) from e
try:
    parse("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("explicit cause, not active")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("with class cause") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise TypeError("second") from first
except TypeError as e:
    c = e.__cause__
    print(type(c).__name__, c, c.__cause__, c.__context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set manually")
print(repr(e.__cause__), e.__suppress_context__)
def chain_depth(exc):
    depth = 0
    while exc is not None:
        depth += 1
        exc = exc.__cause__
    return depth
try:
    try:
        try:
            raise OSError("level 1")
        except OSError as a:
            raise LookupError("level 2") from a
    except LookupError as b:
        raise ArithmeticError("level 3") from b
except ArithmeticError as top:
    print("chain depth", chain_depth(top))
    print(top.__cause__.__cause__)
