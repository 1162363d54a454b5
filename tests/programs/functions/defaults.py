# Default parameter values are evaluated once, at definition time
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def calls():
    print("default expression evaluated")
    return 42
def uses(x=calls()):
    return x
print("after def")
print(uses(), uses(), uses(1))
def many(a, b=1, c=2, d=3):
    return (a, b, c, d)
print(many(0), many(0, 9), many(0, d=9), many(0, 1, 2, 3))
print(many.__defaults__)
many.__defaults__ = (10, 20, 30)
print(many(0))
def none_default(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items
print(none_default(), none_default(), none_default([5]))
def tricky(x, y=None, z=None):
    return x if y is None else (x, y) if z is None else (x, y, z)
print(tricky(1), tricky(1, 2), tricky(1, z=3), tricky(1, 2, 3))
def f(a, b=[], *args, c=5, d, **kw):
    return a, b, args, c, d, kw
print(f(1, d=4), f(1, 2, 3, d=4, e=5))
print(f.__defaults__, f.__kwdefaults__)
