# Simple decorators without arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"), greet.__name__)
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.wrapped = fn
    return wrapper
@trace
def add(a, b=0):
    "Add two numbers."
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.wrapped(5, 5))
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a():
    pass
@register
def b():
    pass
print(registry, a() is None)
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def sq(x):
    return x * x
print(sq(2), sq(3), sq.calls)
def replace_with_value(fn):
    return fn()
@replace_with_value
def computed():
    return 42
print(computed)
class Wrap:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return ["wrapped", self.fn(*args)]
@Wrap
def double(x):
    return 2 * x
print(double(21), type(double).__name__)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
