# Imports inside functions and conditional imports bind local names
def use_math():
    import math
    return math.sqrt(16), math.floor(2.7)
print(use_math())
try:
    math
except NameError as e:
    print("math not bound globally:", e)
def use_helper():
    from _helper import func
    return func("local")
print(use_helper())
try:
    func
except NameError as e:
    print("func not bound globally:", e)
import sys
print("_helper" in sys.modules)
def conditional(flag):
    if flag:
        import _helper as chosen
    else:
        import _counter_mod as chosen
    return chosen.__name__
print(conditional(True), conditional(False))
for name in ["_helper", "_counter_mod"]:
    mod = __import__(name)
    print(name, mod is sys.modules[name])
class UsesImport:
    import math as m
    value = m.floor(9.9)
print(UsesImport.value, UsesImport.m.ceil(1.1))
def loop_imports():
    results = []
    for _ in range(3):
        import _counter_mod
        results.append(_counter_mod.bump())
    return results
print(loop_imports())
import time as t
print(type(t.time()).__name__, t.__name__)
try:
    import math.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
