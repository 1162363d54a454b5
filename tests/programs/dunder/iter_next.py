# The iterator protocol: __iter__ returning an object with __next__
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(4)))
cd = CountDown(2)
print(next(cd), next(cd), next(cd, "done"))
for x in CountDown(3):
    print("for got", x)
class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return SpanIter(self.lo, self.hi)
class SpanIter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1
s = Span(2, 5)
print(list(s), list(s), sum(s), max(s), 3 in s, 7 in s)
print([(a, b) for a in Span(0, 2) for b in Span(0, 2)])
a, b, c = Span(10, 13)
print(a, b, c)
print(list(zip(Span(0, 3), CountDown(5))), dict(zip("ab", Span(1, 3))))
print(sorted(CountDown(5)), tuple(Span(0, 0)), "-".join(map(str, Span(1, 4))))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(50)))
it = iter(Span(0, 3))
print(next(it), list(it))
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
print(list(StopWithValue()))
class Endless:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
for v in Endless():
    if v > 3:
        break
print("stopped at", v)
