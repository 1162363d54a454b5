# assert with and without a message
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args, e.args[0][1])
try:
    x = 5
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(str(e))
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
try:
    t = (0, "tuple is truthy")
    assert t
    print("tuple assert passed")
except AssertionError:
    print("never")
print(issubclass(AssertionError, Exception))
def checked(n):
    assert isinstance(n, int), "need int, got " + type(n).__name__
    return n * 2
print(checked(4))
try:
    checked("4")
except AssertionError as e:
    print(e)
