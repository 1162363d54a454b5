# Defining classes with __init__ and methods
class Counter:
    def __init__(self, start=0):
        self.value = start
    def increment(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
    def reset(self):
        old = self.value
        self.value = 0
        return old
c = Counter()
print(c.get())
c.increment().increment(5).increment()
print(c.get())
print(c.reset(), c.get())
d = Counter(100)
print(d.increment(-1).get(), c.get())
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def scale(self, k):
        return Rect(self.w * k, self.h * k)
    def describe(self):
        return "Rect " + str(self.w) + "x" + str(self.h) + " area=" + str(self.area())
r = Rect(3, 4)
print(r.area(), r.perimeter(), r.describe())
print(r.scale(2).describe(), r.describe())
print(Rect.area(r), Rect.describe(Rect(1, 1)))
m = r.area
print(m(), type(m).__name__)
r.w = 10
print(m())
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            return None
        return self.items.pop()
    def size(self):
        return len(self.items)
s = Stack()
for i in range(3):
    s.push(i * i)
print(s.size(), s.pop(), s.pop(), s.size(), s.pop(), s.pop())
class NoSelfUse:
    def method(this, x):
        return this.__class__.__name__ + ":" + str(x)
print(NoSelfUse().method(7))
class Chain:
    def __init__(self):
        self.log = []
    def a(self):
        self.log.append("a")
        return self
    def b(self):
        self.log.append("b")
        return self
print(Chain().a().b().a().log)
