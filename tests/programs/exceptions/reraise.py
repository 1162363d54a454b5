# Bare except, bare raise and re-raising
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 / n
def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    wrapper(0)
except ZeroDivisionError as e:
    print("outer got", type(e).__name__, e)
print(wrapper(5))
try:
    try:
        raise KeyError("original")
    except:
        print("bare except caught something")
        raise
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_other():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print("bare raise re-raises the currently handled:", type(e).__name__, e)
def reraise_modified():
    try:
        raise ValueError("msg")
    except ValueError as e:
        e.args = ("modified msg",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
def raise_saved():
    saved = None
    try:
        raise IndexError("saved")
    except IndexError as e:
        saved = e
    raise saved
try:
    raise_saved()
except IndexError as e:
    print("raised saved exception:", e)
try:
    try:
        raise OSError("io")
    except:
        pass
    print("bare except swallowed it")
except OSError:
    print("never")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry", e)
print("count", count)
