# Decorators with arguments (decorator factories) and stacking order
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bo"))
def tag(name):
    print("creating tag decorator", name)
    def decorator(fn):
        print("applying", name, "to", fn.__name__)
        def wrapper():
            return "<" + name + ">" + fn() + "</" + name + ">"
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator
@tag("b")
@tag("i")
def text():
    return "word"
print(text(), text.__name__)
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix("1:")
@prefix("2:")
@prefix("3:")
def base(x):
    return x
print(base("core"))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("expected " + t.__name__ + ", got " + type(a).__name__)
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return s * n
print(label(2, "ab"))
try:
    label("2", "ab")
except TypeError as e:
    print(type(e).__name__, e)
decorators = [prefix("x"), prefix("y")]
@decorators[1]
def idx(v):
    return v
print(idx("!"))
@(lambda fn: fn.__name__.upper())
def named():
    pass
print(named)
def with_default(fn=None, *, mark="*"):
    if fn is None:
        return lambda f: with_default(f, mark=mark)
    return lambda: mark + fn() + mark
@with_default
def plain():
    return "p"
@with_default(mark="#")
def marked():
    return "m"
print(plain(), marked())
