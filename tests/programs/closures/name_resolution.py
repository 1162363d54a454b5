# LEGB name resolution: local, enclosing, global, builtin
len = "global len shadows builtin"
def uses_global_len():
    return len
print(uses_global_len())
del len
print(len("builtin again"))
v = "global"
def e1():
    v = "enclosing"
    def local_fn():
        v = "local"
        return v
    def enclosing_fn():
        return v
    return local_fn(), enclosing_fn()
print(e1())
def no_enclosing():
    return v
print(no_enclosing())
def builtin_lookup():
    return abs(-3), max(1, 2)
print(builtin_lookup())
def late_global():
    return defined_later
defined_later = "looked up at call time"
print(late_global())
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
r = rec
def rec(n):
    return 100
print(r(3), r(0))
if True:
    def cond():
        return "first branch"
else:
    def cond():
        return "second branch"
print(cond())
def redefine():
    return 1
first = redefine
def redefine():
    return 2
print(first(), redefine())
def enclosing_param(p):
    def inner():
        return p
    p = "reassigned param"
    return inner()
print(enclosing_param("orig"))
def local_shadows_builtin():
    sum = lambda xs: "custom sum"
    return sum([1, 2])
print(local_shadows_builtin(), sum([1, 2]))
def enclosing_shadows_builtin():
    print = "not callable here"
    def inner():
        return print
    return inner()
print(enclosing_shadows_builtin())
try:
    undefined_anywhere
except NameError as e:
    print(type(e).__name__, e)
def in_func():
    return also_undefined
try:
    in_func()
except NameError as e:
    print(type(e).__name__, e)
