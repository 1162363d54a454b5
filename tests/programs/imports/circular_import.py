# Circular imports work when names are only used after both modules finish
import sys
print("main module starts")
print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
import _circ_a
print("_circ_a" in sys.modules, "_circ_b" in sys.modules)
print("main sees", _circ_a.A_VALUE)
print(_circ_a.a_func())
print(_circ_a.a_calls_b())
import _circ_b
print(_circ_b.b_func())
print(_circ_b._circ_a is _circ_a, _circ_a._circ_b is _circ_b)
from _circ_b import B_VALUE
from _circ_a import A_VALUE
print(A_VALUE, "|", B_VALUE)
import _circ_a, _circ_b
print("importing again prints nothing")
print(_circ_a.__name__, _circ_b.__name__)
print(sorted(n for n in vars(_circ_b) if not n.startswith("__")))
print(sorted(n for n in vars(_circ_a) if not n.startswith("__")))
