# Package initialiser: runs once, before any submodule
print("executing _pkg/__init__, __name__ =", __name__, "__package__ =", __package__)

pkg_value = "value from _pkg"


def pkg_func():
    return "pkg_func in " + __name__
