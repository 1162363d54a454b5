# import of a helper module: runs once, attributes accessible, aliasing
print("before import")
import _helper
print("after first import")
import _helper
print("second import did not re-execute")
import _helper as h
print(h is _helper, h.__name__, _helper.CONST)
print(_helper.func(1), h.func("x"))
print(_helper.add_item("a"), h.add_item("b"), _helper.items)
w = _helper.Widget("w1")
print(w.describe(), type(w).__name__, type(w).__module__, type(w).__qualname__)
print(repr(type(w)))
import sys
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
print(type(_helper).__name__)
print(_helper._private())
_helper.CONST = 7
print(_helper.read_global())
def local_import():
    import _helper as inner_alias
    return inner_alias.CONST
print(local_import())
print(__name__)
if __name__ == "__main__":
    print("running as the main program")
print(sorted(n for n in dir(_helper) if not n.startswith("__")))
