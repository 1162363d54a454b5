# A new function's __module__ and builtins come from its globals as they are
# when it is made: a change to __name__ or __builtins__ shows in functions
# made after it, however many were made before in the same globals.
import builtins


def make():
    return lambda: len("abc")


first = [make() for _ in range(3)]
__name__ = "renamed"
later = [make() for _ in range(3)]
print([f.__module__ for f in first], [f.__module__ for f in later])
__name__ = "__main__"

g = {"__name__": "m1"}
exec("fs = [lambda: 0 for _ in range(2)]\ndef h(): pass", g)
print(g["h"].__module__, [f.__module__ for f in g["fs"]])
g["__name__"] = "m2"
exec("def h2(): pass", g)
print(g["h2"].__module__, g["h"].__module__)

g2 = {"__builtins__": {"len": lambda x: 42, "range": range}}
exec("def k(): return len([1, 2])\nks = [k for _ in range(2)]", g2)
print(g2["k"]())
g2["__builtins__"] = builtins
exec("def k2(): return len([1, 2])", g2)
print(g2["k2"](), g2["k"]())
del g2["__builtins__"]
exec("def k3(): return len([1, 2, 3])", g2)
print(g2["k3"]())
