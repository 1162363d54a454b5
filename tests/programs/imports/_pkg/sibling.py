# Sibling module inside the package
print("executing _pkg.sibling")

SIBLING_CONST = "sibling const"


def sibling_func():
    return "sibling_func"
