# random with fixed seeds: choices/sample/shuffle variants, distributions, getstate/setstate, randbytes, seeding by str/bytes, errors.
import random

r = random.Random(12345)
print(r.random(), r.randint(1, 6), r.randrange(0, 100, 7), r.getrandbits(70), r.uniform(1, 2))
print(r.choice("abcdef"), r.choices(range(10), k=5), r.choices("abc", weights=[5, 1, 1], k=6), r.choices("xy", cum_weights=[1, 10], k=4))
items = list(range(10))
r.shuffle(items)
print(items, r.sample(range(100), 5), r.sample(["a", "b", "c", "d"], k=4, counts=None), r.sample("aab", 2))
print(r.sample(["red", "blue"], counts=[3, 2], k=4))
print(round(r.gauss(0, 1), 12), round(r.normalvariate(5, 2), 12), round(r.expovariate(1.5), 12), round(r.betavariate(2, 3), 12))
print(round(r.gammavariate(2, 2), 12), round(r.lognormvariate(0, 1), 12), round(r.vonmisesvariate(1, 2), 12), round(r.paretovariate(3), 12))
print(round(r.weibullvariate(1, 2), 12), round(r.triangular(0, 10, 3), 12), round(r.triangular(), 12), r.randbytes(6).hex())
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], type(st).__name__, st[0], len(st[1]))
for seed in ("hello", b"hello", bytearray(b"hi"), 0, -5, 2**100, 3.5 if False else 7):
    r2 = random.Random(seed)
    print(repr(seed), r2.random(), r2.randrange(1000))
r3 = random.Random()
r3.seed("abc", version=1)
print(r3.random())
for bad in (lambda: r.randrange(0), lambda: r.randrange(5, 1), lambda: r.randrange(0, 10, 0), lambda: r.choice([]),
            lambda: r.sample([1, 2], 3), lambda: r.sample({1, 2}, 1), lambda: r.choices([1, 2], weights=[1], k=1),
            lambda: r.choices([1], weights=[0], k=1), lambda: r.randint(3, 1), lambda: r.getrandbits(-1),
            lambda: r.randrange(1.5), lambda: random.Random([1])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice("abc"), m.uniform(0, 10), m.randrange(10))
