# object.__eq__/__ne__/__lt__ called directly: argument checks, and __ne__ on classes uses the metatype's __eq__.
try:
    print(object.__eq__(1))
except TypeError as e:
    print("TypeError:", e)
try:
    print(object.__ne__(1))
except TypeError as e:
    print("TypeError:", e)
class A: pass
print(A.__ne__(A(), 1), type.__ne__(int, str), A != A, object.__ne__(A, A))
class M(type):
    def __eq__(cls, other):
        return "M.eq"
class C(metaclass=M): pass
print(object.__ne__(C, 1), C != 1, C.__ne__(C(), C()))
for bad in ("object.__lt__(1)", "object.__eq__(1, 2, 3)"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
