import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t0 > 1.6e9, t0 < 4e9)
r = time.sleep(0.01)
print(r)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, p1 > p0, m1 > m0, p1 - p0 >= 0.009, m1 - m0 >= 0.009)
print(time.time_ns() > 0, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.monotonic_ns() <= time.monotonic_ns())
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep('1')
except TypeError as e:
    print(type(e).__name__, e)
start = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60)
print(callable(time.time), time.__name__)
