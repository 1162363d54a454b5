class A:
    pass


class B(A):
    pass


class C:
    pass


class D(B, C):
    pass


a, b, d = A(), B(), D()
print(isinstance(a, A), isinstance(b, A), isinstance(a, B), isinstance(d, C))
print(isinstance(d, (C, int)), isinstance(a, (int, str)), isinstance(a, ()))
print(isinstance(1, (str, (float, (int,)))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance('', str))
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(frozenset(), set))
print(isinstance(A, object), isinstance(object(), object), isinstance(3, object))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(D, (C, int)))
print(issubclass(bool, int), issubclass(int, object), issubclass(bool, (str, float)))
print(issubclass(D, object), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(isinstance(KeyError('x'), (IndexError, LookupError)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (str, int)), issubclass(int, (str, object)))
print(D.__mro__ == (D, B, A, C, object), [k.__name__ for k in D.__mro__])
print(B.__bases__ == (A,), D.__bases__ == (B, C), A.__bases__ == (object,))
print(isinstance(d, B) and isinstance(d, A) and isinstance(d, D))
