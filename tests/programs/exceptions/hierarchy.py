# The built-in exception hierarchy
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__[:-1])
for cls in [KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError,
            PermissionError, TimeoutError, ConnectionRefusedError, UnboundLocalError,
            RecursionError, NotImplementedError, ModuleNotFoundError, UnicodeError,
            StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError,
            IsADirectoryError, BrokenPipeError, FloatingPointError, TabError]:
    print(chain(cls))
print(issubclass(LookupError, Exception), issubclass(ArithmeticError, Exception))
print(issubclass(EnvironmentError, OSError), EnvironmentError is OSError, IOError is OSError)
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(Warning, Exception), issubclass(UserWarning, Warning))
print(issubclass(DeprecationWarning, Warning), issubclass(SyntaxError, Exception), issubclass(IndentationError, SyntaxError))
print(BaseException.__bases__, Exception.__bases__)
def catch_as(exc, *classes):
    try:
        raise exc
    except classes as e:
        return type(e).__name__ + " caught by " + "/".join(c.__name__ for c in classes)
    except BaseException as e:
        return type(e).__name__ + " not caught by " + "/".join(c.__name__ for c in classes)
print(catch_as(FileNotFoundError("f"), OSError))
print(catch_as(KeyError(), LookupError))
print(catch_as(UnboundLocalError(), NameError))
print(catch_as(OverflowError(), ArithmeticError))
print(catch_as(ModuleNotFoundError(), ImportError))
print(catch_as(RecursionError(), RuntimeError))
print(catch_as(NotImplementedError(), RuntimeError))
print(catch_as(KeyboardInterrupt(), Exception))
print(catch_as(GeneratorExit(), Exception))
print(catch_as(IndexError(), KeyError, ValueError))
