# An uncaught exception group prints its sub-exceptions in nested boxes
def f1():
    raise ValueError("v1")
def f2():
    raise TypeError("t2")
def collect():
    errors = []
    for f in (f1, f2):
        try:
            f()
        except Exception as e:
            errors.append(e)
    try:
        raise KeyError("ctx")
    except KeyError:
        inner = ExceptionGroup("inner", [IndexError("i"), ZeroDivisionError("z")])
        errors.append(inner)
    raise ExceptionGroup("many problems", errors)
try:
    collect()
except* ValueError as eg:
    print("handled", eg.exceptions)
