# Submodule using relative imports of a sibling and of the package itself
print("executing _pkg.sub, __name__ =", __name__, "__package__ =", __package__)

from . import sibling
from .sibling import sibling_func as sf
from . import pkg_value


def func():
    return "sub.func uses " + sf() + " and " + pkg_value


def whoami():
    return __name__
