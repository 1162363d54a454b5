# Package features: star imports with __all__, module __getattr__, relative imports, import errors, circular imports
import sys
from _lazypkg import *
print(helper(), CONST, "_private" in dir())
import _lazypkg
print(_lazypkg.lazy)
try:
    _lazypkg.nothere
except AttributeError as e:
    print(e)
import _lazypkg.subpkg.mod
print(_lazypkg.subpkg.mod.value)
print(_lazypkg.subpkg.mod.__name__, _lazypkg.subpkg.__package__, _lazypkg.subpkg.mod.__package__)
try:
    from _lazypkg import nonexistent
except ImportError as e:
    print("ImportError:", e.msg if hasattr(e, "msg") else e, e.name)
try:
    import _lazypkg.nonexistent_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import _circ2_a
except ImportError as e:
    print("circular:", e)
import _lazypkg.helpers as hh
print(hh.helper.__module__, type(hh).__name__, hh.__name__)
print(_lazypkg.__file__.endswith("__init__.py"), hasattr(_lazypkg, "__path__"), hasattr(hh, "__path__"))
print(__name__)
from _lazypkg.subpkg import mod as m2
print(m2 is _lazypkg.subpkg.mod)
try:
    from . import anything
except ImportError as e:
    print("relative:", e)
try:
    import helpers
except ImportError as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith("_lazypkg")))
