# Binary arithmetic and bitwise special methods
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(" + repr(self.v) + ")"
    def __add__(self, o):
        return N(self.v + o.v)
    def __sub__(self, o):
        return N(self.v - o.v)
    def __mul__(self, o):
        return N(self.v * o.v)
    def __truediv__(self, o):
        return N(self.v / o.v)
    def __floordiv__(self, o):
        return N(self.v // o.v)
    def __mod__(self, o):
        return N(self.v % o.v)
    def __divmod__(self, o):
        return (self // o, self % o)
    def __pow__(self, o):
        return N(self.v ** o.v)
    def __lshift__(self, o):
        return N(self.v << o.v)
    def __rshift__(self, o):
        return N(self.v >> o.v)
    def __and__(self, o):
        return N(self.v & o.v)
    def __or__(self, o):
        return N(self.v | o.v)
    def __xor__(self, o):
        return N(self.v ^ o.v)
    def __matmul__(self, o):
        return "matmul " + str(self.v * 10 + o.v)
a, b = N(17), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(divmod(a, b), a ** N(2), a << N(2), a >> N(1))
print(a & b, a | b, a ^ b, a @ b)
print(a + b * N(2), (a + b) * N(2))
print(N(-7) // N(2), N(-7) % N(2))
x = N(1)
x += N(2)
x *= N(10)
x -= N(5)
print(x)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __mul__(self, k):
        return Money(self.cents * k)
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
print(Money(150) + Money(275), Money(99) + 1, Money(250) * 3)
class Weird:
    def __add__(self, other):
        return "Weird + " + type(other).__name__
    def __sub__(self, other):
        return None
w = Weird()
print(w + 1, w + "s", w + w, w - 1)
print(N.__add__(N(1), N(2)), a.__mul__(b))
