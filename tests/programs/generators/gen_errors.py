# Errors around generators: re-entrancy, exceptions inside, non-iterators
def selfref():
    yield next(g)
g = selfref()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished after error"))
def raises_midway():
    yield 1
    yield 1 / 0
    yield 3
r = raises_midway()
print(next(r))
try:
    next(r)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(r))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
try:
    gen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(gen())
except TypeError as e:
    print(type(e).__name__, e)
def catches_inside():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div by zero"
print(list(catches_inside()))
def exception_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        yield "still in handler"
print(list(exception_state()))
def try_finally_gen():
    try:
        yield "body"
        raise RuntimeError("late")
    finally:
        print("finally ran")
try:
    for v in try_finally_gen():
        print(v)
except RuntimeError as e:
    print(type(e).__name__, e)
