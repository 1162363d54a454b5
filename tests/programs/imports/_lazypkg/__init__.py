print("init mypkg", __name__, __package__)
from .helpers import helper
__all__ = ["helper", "CONST"]
CONST = 42
_private = 1
def __getattr__(name):
    if name == "lazy":
        return "lazy value"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
