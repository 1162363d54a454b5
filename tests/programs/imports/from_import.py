# from-imports: names, aliases, star imports with and without __all__
from _helper import func, CONST as C, Widget
print(func(2), C, Widget("x").describe())
from _helper import items, add_item
add_item(1)
print(items)
import _helper
_helper.CONST = "rebound in module"
print(C, _helper.CONST)
print(_helper.read_global())
from _star import *
print(public_a, _listed_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
from _star_noall import *
print(visible_one, visible_two, visible_func())
try:
    _underscore
except NameError as e:
    print(type(e).__name__, e)
from _star import _hidden
print(_hidden)
from _helper import (
    func as f2,
    read_global,
)
print(f2 is func, read_global())
import sys
print("_star" in sys.modules, "_star_noall" in sys.modules)
