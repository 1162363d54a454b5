# Exceptions raised while handling another get __context__ set automatically
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling KeyError")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise KeyError("b")
        except KeyError:
            raise IndexError("c")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("in try")
    finally:
        raise OSError("in finally")
except OSError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("after handler")
except KeyError as e:
    print("no context after handler completes:", e.__context__)
def helper():
    raise RuntimeError("from helper")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__)
try:
    try:
        raise ValueError("same")
    except ValueError as err:
        raise err
except ValueError as e:
    print("re-raising the same object does not self-chain:", e.__context__)
