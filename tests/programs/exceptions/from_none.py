# raise ... from None suppresses the displayed context
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise AttributeError("no attribute " + repr(key)) from None
try:
    lookup({}, "name")
except AttributeError as e:
    print(type(e).__name__, e)
    print("cause:", e.__cause__)
    print("context still recorded:", type(e.__context__).__name__, e.__context__)
    print("suppress_context:", e.__suppress_context__)
try:
    raise ValueError("no active exception") from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        err = RuntimeError("replacement")
        err.__suppress_context__ = True
        raise err
except RuntimeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__)
