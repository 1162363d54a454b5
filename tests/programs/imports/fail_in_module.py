# Uncaught exception raised inside a function defined in an imported module
import _helper
from _helper import Widget

def main():
    w = _helper.Widget("gadget")
    print(w.describe())
    broken = Widget(None)
    print("made broken widget", broken.name)
    print(broken.describe())

print(Widget is _helper.Widget)
print(_helper.func("arg"))
print(_helper.CONST, _helper.add_item(1), _helper.items)
print(Widget.__module__, Widget.__qualname__)
print(main.__module__)
print(_helper.__name__)
print(Widget("direct").describe())
main()
print("not reached")
