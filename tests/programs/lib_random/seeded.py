# random with fixed seeds: every sequence must equal CPython's bit for bit.
import random

random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 1000, 7), random.randrange(10))
print(random.choice('abcdefg'), random.choices(range(10), k=5), random.choices('abc', weights=[1, 5, 10], k=6))
xs = list(range(20))
random.shuffle(xs)
print(xs, random.sample(range(100), 6), random.sample('abcdefgh', k=3))
print(random.uniform(1, 10), random.triangular(0, 1, 0.2), random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.expovariate(1.5), random.vonmisesvariate(1, 2))
print(random.gammavariate(2, 3), random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0), random.randbytes(7))
for s in [0, 1, -1, 2**100, 'hello', b'bytes', bytearray(b'ba'), 3.5]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(16))
random.seed('hello', version=1)
print(random.random())
r = random.Random(99)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]), state[2])
r2 = random.Random()
r2.seed(7)
print(r2.randint(0, 10**30), r2.choice([1, 2, 3]), r2.sample([5, 6, 7], 3), r2.binomialvariate(10, 0.3) if hasattr(r2, 'binomialvariate') else '-')
class MyRandom(random.Random):
    pass
m = MyRandom(5)
print(m.random(), m.randrange(100))
for call in [lambda: random.randrange(0), lambda: random.randrange(1, 1), lambda: random.randint(5, 1), lambda: random.choice([]),
             lambda: random.sample(range(3), 5), lambda: random.getrandbits(-1), lambda: random.randrange(1.5),
             lambda: random.seed([1, 2]), lambda: random.sample({1, 2}, 1), lambda: random.choices([1], weights=[1, 2])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
