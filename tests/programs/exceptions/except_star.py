# except*: matching parts of groups, naked exceptions, re-raising, else/finally
import sys
def run(exc, *, tuple_handler=False):
    log = []
    try:
        try:
            raise exc
        except* (ValueError, KeyError) as g:
            log.append(("VK", repr(g)))
        except* TypeError as g:
            log.append(("T", repr(g)))
            raise RuntimeError("from T handler")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as e:
        log.append(("escaped", repr(e)))
    return log
print(run(ValueError("plain")))
print(run(TypeError("plain t")))
print(run(OSError("plain os")))
print(run(ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3), OSError(4)])))
print(run(ExceptionGroup("g", [OSError(4)])))
def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
        except* ValueError:
            print("inner handler ValueError")
            raise
    except* TypeError as e:
        print("outer handler", repr(e))
    except* ValueError as e:
        print("outer handler V", repr(e))
nested()
def no_exception():
    try:
        x = 1
    except* ValueError:
        print("never")
    else:
        print("else ran", x)
no_exception()
def exc_info_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print(type(sys.exc_info()[1]).__name__, sys.exc_info()[1].exceptions)
    print(sys.exc_info())
exc_info_in_handler()
def handler_raises_naked():
    try:
        raise ValueError("orig")
    except* ValueError:
        raise KeyError("replacement")
try:
    handler_raises_naked()
except KeyError as e:
    print("KeyError escaped", repr(e), repr(e.__context__))
except BaseException as e:
    print("other", repr(e))
def loop_in_handler():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 2:
                break
            out.append(i)
    return out
print(loop_in_handler())
eg = ExceptionGroup("g", [ValueError(1)])
try:
    raise eg
except* ValueError as e:
    print(e is eg, e.exceptions[0] is eg.exceptions[0])
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("handler sees", repr(e), repr(sys.exc_info()[1]))
except* TypeError:
    print("type handler", repr(sys.exc_info()[1]))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
except BaseException as ex:
    print(repr(ex), repr(ex.exceptions), repr(ex.exceptions[0].__context__))
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise
except BaseException as ex:
    print("bare reraise of naked:", repr(ex))
try:
    try:
        raise ValueError(1)
    except* TypeError:
        pass
except BaseException as ex:
    print("unmatched naked:", repr(ex))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
except BaseException as ex:
    print("reraise:", repr(ex))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError:
        pass
except BaseException as ex:
    print("rest:", repr(ex))
try:
