# isinstance and issubclass with classes, tuples and built-in types
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Robot: pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, object))
print(isinstance(d, (Cat, Robot)), isinstance(d, (Cat, Dog)), isinstance(d, ()))
print(isinstance(d, (Robot, (Cat, (Animal,)))))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog))
print(issubclass(Dog, (Cat, Robot)), issubclass(Dog, (Robot, Animal)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
try:
    isinstance(d, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Dog, "Animal")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(d, [Dog])
except TypeError as e:
    print(type(e).__name__, e)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "sequence of " + str(len(x))
    if isinstance(x, Animal):
        return "animal " + type(x).__name__
    return "other " + type(x).__name__
print([describe(v) for v in [True, 3, [1], (1, 2), Cat(), 2.5, None]])
print(type(d) == Dog, type(d) == Animal, type(d) is not Animal)
