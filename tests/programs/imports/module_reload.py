# Removing a module from sys.modules makes the next import execute it again
import sys
import _documented
print(_documented.__doc__, _documented.VALUE)
first = _documented
_documented.VALUE = 99
import _documented
print("cached:", _documented.VALUE, _documented is first)
del sys.modules["_documented"]
import _documented
print("fresh:", _documented.VALUE, _documented is first, first.VALUE)
print(first.__name__ == _documented.__name__)
import _counter_mod
print(_counter_mod.__doc__)
sys.modules["_fake_module"] = "any object can live in sys.modules"
import _fake_module
print(_fake_module)
del sys.modules["_fake_module"]
sys.modules["_none_module"] = None
try:
    import _none_module
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_none_module"]
