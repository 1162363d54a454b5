# try / except / else / finally execution order
def run(fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("v")
        if fail == "key":
            raise KeyError("k")
        log.append("try end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except KeyError:
        log.append("except KeyError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(None))
print(run("value"))
print(run("key"))
def uncaught():
    try:
        raise IndexError("not handled here")
    except ValueError:
        print("never")
    finally:
        print("finally before propagating")
try:
    uncaught()
except IndexError as e:
    print("outer caught", e)
def else_raises():
    try:
        pass
    except ValueError:
        return "except"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else exceptions are not caught by the same try:", e)
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("caught after inner finally:", e)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = x * 10
print(x)
try:
    result = int("12")
except ValueError:
    result = -1
print(result)
try:
    result = int("twelve")
except ValueError as e:
    result = -1
    print(type(e).__name__, e)
print(result)
for attempt in range(3):
    try:
        if attempt < 2:
            raise ConnectionError("attempt " + str(attempt))
        print("succeeded on attempt", attempt)
    except ConnectionError as e:
        print("retry after", e)
        continue
    else:
        break
