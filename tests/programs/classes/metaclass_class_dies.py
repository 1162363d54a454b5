# Classes made by a metaclass that is itself a class die cleanly: a failed metaclass __new__, classes made in a function, weakrefs to them.
import gc
import weakref

class A:
    pass

class M(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if ns.get("fail"):
            raise ValueError("refused " + name)
        return cls

for i in range(3):
    try:
        class Broken(A, metaclass=M):
            fail = True
    except ValueError as e:
        print("ValueError:", e)

def make(n):
    made = [M(f"C{i}", (A,), {"n": i}) for i in range(n)]
    return [c.n for c in made], weakref.ref(made[0])

vals, r = make(4)
gc.collect()
print(vals, r() is None or r().__name__)
print(sorted(c.__name__ for c in A.__subclasses__() if not c.__name__.startswith("C")))

class Keep(A, metaclass=M):
    pass
print(Keep.__name__, type(Keep).__name__, [c.__name__ for c in A.__subclasses__()][-1:])
A.x = 1
print(Keep.x)
