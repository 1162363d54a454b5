# except* corners: derive() on subclasses, traceback/cause/context copied to split parts, raising
# inside except* handlers, ExceptionGroup handlers refused, nested groups and the re-raised result
import sys
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", [type(e).__name__ for e in excs])
        return MyGroup(self.message + "*", excs)
def handle(eg, *types_):
    try:
        raise eg
    except* ValueError as e:
        print("ValueError part:", type(e).__name__, e.message, [repr(x) for x in e.exceptions])
    except* TypeError as e:
        print("TypeError part:", type(e).__name__, e.message, [repr(x) for x in e.exceptions])
try:
    handle(MyGroup("g", [ValueError(1), TypeError(2), KeyError(3)]))
except BaseException as rest:
    print("rest:", type(rest).__name__, rest.message, rest.exceptions)
# split parts keep __traceback__, __cause__, __context__, __notes__
try:
    try:
        raise OSError("ctx")
    except OSError:
        eg = ExceptionGroup("with ctx", [ValueError("a"), TypeError("b")])
        eg.__cause__ = KeyError("cause")
        eg.add_note("note1")
        raise eg
except* ValueError as e:
    print(type(e.__context__).__name__, repr(e.__cause__), e.__notes__, e.__traceback__ is not None)
except* TypeError as e:
    print("type part notes", e.__notes__)
# raising a new exception in an except* handler: grouped with the unhandled rest
def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
try:
    raise_in_handler()
except ExceptionGroup as e:
    print("outer got", repr(e), "| context of KeyError:", repr(e.exceptions[0].__context__))
# re-raising the caught part keeps the original group structure
def reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("nested", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as e:
    print("reraised", repr(e))
# naked exception is wrapped; handler sees a group
try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", repr(e), e.exceptions[0].__traceback__ is not None)
# nothing matches: the original propagates unchanged
try:
    try:
        raise ExceptionGroup("nomatch", [OSError()])
    except* ValueError:
        print("no")
except ExceptionGroup as e:
    print("unchanged", e.message)
try:
    try:
        raise RuntimeError("plain")
    except* ValueError:
        print("no")
except RuntimeError as e:
    print("plain propagates", repr(e))
# errors in except* clauses
for src in ["try:\n  pass\nexcept* ExceptionGroup:\n  pass",
            "try:\n  pass\nexcept* (ValueError, BaseExceptionGroup):\n  pass"]:
    try:
        exec(src)
        print("ran")
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* 42:
        pass
except TypeError as e:
    print("TypeError:", e)
for src in ["for i in []:\n  try: pass\n  except* ValueError: break",
            "for i in []:\n  try: pass\n  except* ValueError: continue",
            "def f():\n  try: pass\n  except* ValueError: return 1",
            "try: pass\nexcept* ValueError: pass\nexcept KeyError: pass",
            "try: pass\nexcept*: pass",
            "try: pass\nexcept ValueError: pass\nexcept* KeyError: pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# sys.exc_info inside except*
try:
    raise ExceptionGroup("info", [ValueError(9)])
except* ValueError:
    t, v, tb = sys.exc_info()
    print("exc_info:", t.__name__, repr(v))
# BaseExceptionGroup with KeyboardInterrupt
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as e:
    print("KI part:", type(e).__name__, repr(e))
except* ValueError as e:
    print("VE part:", type(e).__name__, repr(e))
# split/subgroup with condition callables and nested empty results
eg = ExceptionGroup("top", [ValueError("v"), ExceptionGroup("mid", [TypeError("t"), ExceptionGroup("low", [KeyError("k")])])])
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "low"))
print(eg.subgroup(lambda e: False))
print(eg.split(BaseException)[1])
