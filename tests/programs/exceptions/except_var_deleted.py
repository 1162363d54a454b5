# The `as` name of an except clause is deleted when the handler ends
try:
    raise ValueError("temporary")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
e = "previous value"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("even a pre-existing name is deleted:", err)
def in_function():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err) + " | saved: " + repr(saved)
print(in_function())
try:
    raise TypeError("t")
except TypeError as kept:
    kept_copy = kept
print(repr(kept_copy))
try:
    kept
except NameError as err:
    print(err)
try:
    raise OSError("no as clause")
except OSError:
    pass
x = "untouched"
try:
    pass
except Exception as x:
    pass
print(x)
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as loop_err:
        last = loop_err
print(repr(last))
try:
    loop_err
except NameError as err:
    print(err)
