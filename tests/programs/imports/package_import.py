# Importing packages and submodules in different forms
import _pkg.sub
print("_pkg bound:", _pkg.__name__, _pkg.pkg_value)
print(_pkg.sub.func(), _pkg.sub.whoami())
print(_pkg.pkg_func())
from _pkg import sub as s
print(s is _pkg.sub, s.__name__, s.__package__)
from _pkg.sub import func
print(func())
from _pkg import sibling
print(sibling.SIBLING_CONST, sibling is _pkg.sibling, _pkg.sub.sibling is sibling)
import _pkg.sibling as sib2
print(sib2 is sibling)
import _pkg
print(_pkg.__package__, _pkg.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(hasattr(_pkg, "sub"), hasattr(_pkg, "inner"))
from _pkg import pkg_value, pkg_func as pf
print(pkg_value, pf())
