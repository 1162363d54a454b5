# Uncaught ModuleNotFoundError from an import inside a function
def load_plugin(name):
    print("loading plugin", name)
    if name == "builtin":
        import _helper
        return _helper
    import nonexistent_plugin_module
    return nonexistent_plugin_module

print(load_plugin("builtin").CONST)
import sys
print("nonexistent_plugin_module" in sys.modules)
print("_helper" in sys.modules)
try:
    load_plugin("first try")
except ImportError as e:
    print("caught:", type(e).__name__, e)
print(load_plugin("builtin").func(0))
load_plugin("external")
print("not reached")
