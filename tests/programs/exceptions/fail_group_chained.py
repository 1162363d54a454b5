# Uncaught exception group whose members have causes, contexts, notes and nested groups; the group
# itself was raised while handling another exception
def inner(n):
    try:
        raise KeyError("k%d" % n)
    except KeyError as e:
        raise ValueError(f"bad {n}") from e
def gather():
    errs = []
    for n in range(2):
        try:
            inner(n)
        except ValueError as e:
            e.add_note(f"note for {n}")
            errs.append(e)
    try:
        raise ZeroDivisionError("zero")
    except ZeroDivisionError:
        try:
            raise OSError("io")
        except OSError as e:
            errs.append(e)
    errs.append(BaseExceptionGroup("nested", [ExceptionGroup("deeper", [TypeError("t")]), NameError("n")]))
    return errs
try:
    raise RuntimeError("while handling")
except RuntimeError:
    raise ExceptionGroup("top level", gather())
