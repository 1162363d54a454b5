import math
import sys
import time
import math as m
from math import sqrt, pi as PI
from sys import maxsize

print(m is math, sqrt(9), PI == math.pi, maxsize == sys.maxsize)
print(math.__name__, sys.__name__, time.__name__, type(math).__name__)
print(sorted(n for n in ['sqrt', 'floor', 'ceil', 'pi', 'isqrt', 'cbrt', 'exp2'] if hasattr(math, n)))
print('math' in sys.modules, 'time' in sys.modules)
import math
print(math is m)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nonexistent_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    math.nope = 1
    print(math.nope)
    del math.nope
    print(hasattr(math, 'nope'))
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))


def f():
    import math as inner
    return inner.floor(2.5)


print(f(), 'inner' in dir())
