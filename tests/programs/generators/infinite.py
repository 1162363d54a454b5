# Infinite generators consumed with break, zip and islice-like helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle("abc")))
print(list(zip(naturals(1), "xyz")))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(12, primes()))
def big_fib_over(limit):
    for i, f in enumerate(fib()):
        if f > limit:
            return i, f
print(big_fib_over(10 ** 20))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)))
def repeat(v):
    while True:
        yield v
r = repeat("r")
print(next(r), next(r), take(3, r))
print(dict(zip("abc", naturals())))
