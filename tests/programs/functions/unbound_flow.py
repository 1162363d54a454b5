# Which local loads can find the local unbound: tier 1 checks only those a
# path can reach unbound (binding on every path, del, handlers, loops).

def branches(flag):
    if flag:
        x = 1
    return x

def both(flag):
    if flag:
        x = 1
    else:
        x = 2
    return x

def deleted(flag):
    x = 1
    if flag:
        del x
    return x

def loop(n):
    for i in range(n):
        y = i
    return y

def while_del(n):
    z = 0
    while n:
        n -= 1
        if n == 1:
            del z
        else:
            z = n
    return z

def handler(flag):
    try:
        if flag:
            raise ValueError
        w = 1
    except ValueError:
        return w
    return w

def param_deleted(p):
    try:
        del p
        raise KeyError
    except KeyError:
        return p

def except_as():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e

def gen(flag):
    if flag:
        g = 1
    yield 0
    yield g

def nested_try(flag):
    try:
        try:
            if flag:
                raise TypeError
            v = 5
        finally:
            u = 1
    except TypeError:
        return u + v
    return u + v

cases = [
    (branches, (True,)), (branches, (False,)), (both, (False,)), (deleted, (False,)), (deleted, (True,)),
    (loop, (3,)), (loop, (0,)), (while_del, (4,)), (while_del, (2,)), (handler, (False,)), (handler, (True,)),
    (param_deleted, (1,)), (except_as, ()), (nested_try, (False,)), (nested_try, (True,)),
]
for round in range(1200):
    for f, args in cases:
        try:
            r = f(*args)
        except (UnboundLocalError, NameError) as e:
            r = type(e).__name__ + ": " + str(e)
        if round in (0, 1199):
            print(f.__name__, args, r)
    for flag in (True, False):
        try:
            out = list(gen(flag))
        except UnboundLocalError as e:
            out = str(e)
        if round in (0, 1199):
            print("gen", flag, out)
