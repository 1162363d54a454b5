# Helper module imported by several programs in this folder
print("executing _helper, __name__ =", __name__)

CONST = 42
items = []


def func(x):
    return "func(" + repr(x) + ") from " + __name__


def add_item(x):
    items.append(x)
    return len(items)


def read_global():
    return CONST


def _private():
    return "private helper"


class Widget:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "Widget " + self.name + " defined in " + __name__


if __name__ == "__main__":
    print("never printed when imported")
