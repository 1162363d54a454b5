# An exception raised inside an except* handler, with another part of the group unhandled: the
# uncaught result is a new group holding both, printed in CPython's boxed form
def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), KeyError("missing")])
try:
    work()
except* ValueError as eg:
    print("handling", repr(eg.exceptions))
    raise RuntimeError("handler failed")
except* TypeError:
    print("type errors swallowed")
