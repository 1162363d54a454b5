# Truthiness via __bool__ and __len__, and their error cases
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n
class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b
class Both:
    def __bool__(self):
        print("  Both.__bool__")
        return True
    def __len__(self):
        print("  Both.__len__")
        return 0
class Neither:
    pass
print(len(Sized(3)), bool(Sized(3)), bool(Sized(0)))
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Both()))
print(bool(Neither()))
if Sized(0):
    print("never")
else:
    print("empty Sized is falsy")
print(not Flag(False), Flag(True) and "and-result", Sized(0) or "or-result")
print([x for x in [Sized(0), Sized(2)] if x].__len__())
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
class Inherit(Sized):
    pass
print(bool(Inherit(1)))
