# A sub-package module using `from .. import x`, `from ..sub import y` and `from . import z`
from _pkg.inner import deep
print(deep.report())
import _pkg
print(_pkg.inner.deep is deep, _pkg.inner.leaf.LEAF)
from _pkg.inner.leaf import LEAF
print(LEAF)
import _pkg.inner as inner_pkg
print(inner_pkg.__name__, inner_pkg.__package__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(deep.sibling is _pkg.sibling, deep.whoami is _pkg.sub.whoami)
print(deep.parent_value is _pkg.pkg_value, deep.leaf is inner_pkg.leaf)
print(deep.__package__, _pkg.sub.__package__, _pkg.__package__)
import _pkg.inner.deep as d2
print(d2 is deep)
from _pkg.inner import leaf as lf
print(lf.__name__, lf.LEAF)
from _pkg import inner
print(inner is inner_pkg)
print(sorted(n for n in vars(deep) if not n.startswith("__")))
