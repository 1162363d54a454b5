# Module in a sub-package using parent-relative imports
print("executing _pkg.inner.deep")

from .. import sibling
from ..sub import whoami
from .. import pkg_value as parent_value
from . import leaf


def report():
    return [__name__, __package__, sibling.SIBLING_CONST, whoami(), parent_value, leaf.LEAF]
