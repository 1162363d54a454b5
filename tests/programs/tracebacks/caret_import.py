# Imports are located at their whole statement: carets only when another
# statement shares the line; a multi-line import shows its first line.
def load():
    import os; import no_such_module_here
    return os


try:
    from os import (path,
                    no_such_name)
except ImportError as e:
    print("ImportError:", type(e).__name__)
print(load())
