import _heapq as hq
import heapq

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed % 1000

g = lcg(7)
data = [next(g) for _ in range(50)]
h = []
for x in data:
    hq.heappush(h, x)
print(h)
print([hq.heappop(h) for _ in range(10)], len(h))
h2 = list(data)
hq.heapify(h2)
print(h2)
print(hq.heapreplace(h2, 500), hq.heappushpop(h2, -1), hq.heappushpop(h2, 999), h2[:10])
print(hq.heappushpop([], 3))
big = [next(g) for _ in range(6000)]
hq.heapify(big)
print(big[:20], big[2990:3010], big[-10:])
mx = list(data)
hq._heapify_max(mx)
print(mx[:15], hq._heappop_max(mx), hq._heapreplace_max(mx, 0), mx[:5])
bigm = [next(g) for _ in range(3000)]
hq._heapify_max(bigm)
print(bigm[:10], bigm[-10:])
print(heapq.nsmallest(5, data), heapq.nlargest(3, data), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(heapq.heappush is hq.heappush)

class C:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        C.calls += 1
        return self.v < other.v
    def __repr__(self):
        return 'C(%d)' % self.v
cs = [C(v) for v in [5, 3, 8, 1, 9, 2]]
hq.heapify(cs)
print(cs, C.calls)
hq.heappush(cs, C(0)); print(cs, C.calls)
print(hq.heappop(cs), cs, C.calls)

tests = ['hq.heappush([])', 'hq.heappush(1, 2)', 'hq.heappop([])', 'hq.heapify(1)', 'hq.heapreplace([], 1)',
         'hq.heappush([], x=1)', 'hq.heappop()', 'hq.heappop([1], [2])', 'hq.heappush([1], "a")', 'hq._heappop_max([])',
         'hq.heapify((1, 2))']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

class Evil:
    def __lt__(self, other):
        h.clear()
        return True
h = [Evil(), Evil(), Evil()]
try:
    hq.heapify(h)
except RuntimeError as e:
    print('RuntimeError', e)
