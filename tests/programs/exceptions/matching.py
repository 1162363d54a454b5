# Exception matching by class hierarchy, tuples and clause order
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError clause"
    except ArithmeticError:
        return "ArithmeticError clause"
    except (KeyError, IndexError) as e:
        return "Key/Index clause: " + type(e).__name__
    except LookupError:
        return "LookupError clause"
    except Exception as e:
        return "Exception clause: " + type(e).__name__
for exc in [ZeroDivisionError(), OverflowError(), FloatingPointError(), KeyError(),
            IndexError(), LookupError(), ValueError(), TypeError(), UnicodeError(),
            NotImplementedError(), RecursionError(), FileNotFoundError(), StopIteration()]:
    print(type(exc).__name__, "->", classify(exc))
def first_match_wins():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError listed first wins"
    except KeyError:
        return "never"
print(first_match_wins())
errors = (ValueError, TypeError)
try:
    int(None)
except errors as e:
    print("matched via tuple variable:", type(e).__name__)
try:
    raise SystemExit(5)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("never")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught", repr(e))
class MyErr(ValueError):
    pass
try:
    raise MyErr("custom")
except ValueError as e:
    print("subclass caught by parent:", type(e).__name__, e)
try:
    raise ValueError("parent")
except MyErr:
    print("never")
except ValueError:
    print("parent not caught by subclass clause")
try:
    try:
        raise TypeError("x")
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except (TypeError, KeyError, ValueError) as e:
    print("raised class gives instance:", repr(e))
