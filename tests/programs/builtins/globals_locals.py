x = 10
g = globals()
print(g['x'], 'x' in g, '__name__' in g, g['__name__'], g is globals())
g['created_via_globals'] = 'yes'
print(created_via_globals)


def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())


print(f(1))


def g2():
    return locals()


print(g2())


def h():
    v = 1
    snap = locals()
    v = 2
    return snap['v'], v


print(h())


def writer():
    globals()['from_function'] = 42


writer()
print(from_function)


class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith('__'))


print(C.names)
print(locals() is globals())
print(sorted(k for k in globals() if not k.startswith('__')))
print(type(globals()).__name__, type(locals()).__name__)
print(__name__, __doc__)
