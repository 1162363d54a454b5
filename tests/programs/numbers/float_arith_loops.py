# Float arithmetic in hot loops: temporaries, shared operands, subclasses, errors.
import math

class F(float):
    def __add__(self, o):
        return "F.__add__"
    def __rtruediv__(self, o):
        return "F.__rtruediv__"

def kernel(n):
    acc = 0.0
    x = 1.5
    for i in range(n):
        y = x * 2.0          # x keeps its value: y is a new float
        acc = acc + (y - x) * 0.5 / 3.0
        acc = acc - x * x + x * x
    return acc, x, y

print(kernel(3000))

def shared(n):
    a = 2.5
    b = a
    out = []
    for _ in range(n):
        c = a + 1.0
        d = c * c
        out.append(d)
    return a, b, a is b, out[-1], len(set(map(id, out[-3:]))) >= 1

print(shared(1500))

def specials(n):
    r = []
    for i in range(n):
        z = -0.0 * 1.0
        r = [z, math.copysign(1.0, z), float("inf") - float("inf"), float("inf") * 0.0,
             1e308 * 10.0, 5e-324 / 2.0, 0.1 + 0.2, 1.0 / 3.0, -7.5 / 2.0]
    return r

print(specials(1200))

def errors(n):
    msgs = []
    for i in range(n):
        try:
            v = 1.0 / (i * 0.0)
        except ZeroDivisionError as e:
            msgs.append(str(e))
    return len(msgs), msgs[0]

print(errors(1100))

def mixed(n):
    t = 0
    for i in range(n):
        t = t + i * 0.5 + 1 - 0.25 * i
        t = t / 1.0
    return t, F(1.0) + 2.0, 2.0 / F(3.0), type(F(2.0) * 3.0).__name__, 3.0 + True

print(mixed(2000))
