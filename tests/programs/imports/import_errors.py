# ImportError and ModuleNotFoundError messages and attributes
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import nope.deeper
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import _pkg.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    from _pkg import nope
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| message starts:", str(e).split(" (")[0])
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| message starts:", str(e).split(" (")[0])
try:
    from nope_either import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import _helper.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
import sys
print("nope" in sys.modules, "_pkg.nope" in sys.modules)
try:
    __import__("also_missing")
except ImportError as e:
    print(type(e).__name__, e)
mod = __import__("_helper")
print(mod.__name__, mod.CONST)
e = ImportError("custom message", name="modname")
print(str(e), repr(e.name), e.args)
e2 = ModuleNotFoundError("No module named 'x'")
print(repr(e2), e2.name)
