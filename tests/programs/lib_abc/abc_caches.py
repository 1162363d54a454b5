# abc internals (CPython's _abc): _abc_impl, caches and the registry through _get_dump, cache tokens, registry/cache clearing, dead classes, hook results.
import abc
import gc
import io
from abc import ABC

class Base(ABC):
    pass

def dump(cls):
    reg, cache, neg, version = abc._get_dump(cls)
    names = lambda s: sorted(r().__name__ for r in s if r() is not None)
    return names(reg), names(cache), names(neg), version == abc.get_cache_token()

print(type(Base._abc_impl).__name__, type(Base._abc_impl).__module__, dump(Base))

class Real:
    pass
class Child(Base):
    pass
class Stranger:
    pass

print(issubclass(Child, Base), issubclass(Stranger, Base), dump(Base))
t0 = abc.get_cache_token()
Base.register(Real)
print(abc.get_cache_token() - t0, dump(Base))
print(issubclass(Real, Base), isinstance(Real(), Base), dump(Base))
print(issubclass(Stranger, Base), dump(Base))
Base._abc_caches_clear()
print(dump(Base))
Base._abc_registry_clear()
print(issubclass(Real, Base), dump(Base))

out = io.StringIO()
Base._dump_registry(out)
lines = out.getvalue().splitlines()
print(lines[0].split(" at ")[0] if " at " in lines[0] else lines[0])
print([line.split(":")[0] for line in lines[1:]])

def make_and_register():
    class Temp:
        pass
    Base.register(Temp)
    return len(abc._get_dump(Base)[0])

print(make_and_register())
gc.collect()
print(len(abc._get_dump(Base)[0]))  # the weak reference's callback took the dead class out

class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return "yes"
try:
    issubclass(int, Hooked)
except AssertionError as e:
    print("AssertionError:", e)

class Weird(ABC):
    pass
Weird._abc_impl = 5
try:
    issubclass(int, Weird)
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: abc._abc_register(Base, 5), lambda: abc._abc_subclasscheck(Base, 5), lambda: abc._abc_init(),
            lambda: abc._get_dump(int), lambda: abc._abc_register(Base), lambda: abc.get_cache_token(1)):
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class Meta(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        print("Meta.__subclasscheck__", sub.__name__)
        return super().__subclasscheck__(sub)
class WithMeta(metaclass=Meta):
    pass
class Sub(WithMeta):
    pass
print(isinstance(Sub(), WithMeta), isinstance(3, WithMeta), isinstance(True, WithMeta))

class NotAbstract:
    x = 1
NotAbstract.__isabstractmethod__ = True
class HasWeird(ABC):
    attr = NotAbstract
print(sorted(HasWeird.__abstractmethods__))

class BadAbstract:
    @property
    def __isabstractmethod__(self):
        raise ValueError("cannot tell")
try:
    class Broken(ABC):
        thing = BadAbstract()
except ValueError as e:
    print("ValueError:", e)
