# heapq: merge (key, reverse, empty inputs, stability), nlargest/nsmallest (key, n edge cases, ties), heapreplace/pushpop, _heapify_max, priority-queue patterns.
import heapq
import itertools

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=lambda s: -len(s))) if False else list(heapq.merge(["a", "bb"], ["cc", "ddd"], key=len)))
print(list(heapq.merge([(1, "a1"), (2, "a2")], [(1, "b1"), (2, "b2")], key=lambda t: t[0])))
print(list(heapq.merge([1, 3], [2], key=None, reverse=False)), list(heapq.merge(iter([3, 1]), [2], reverse=True)))

data = [5, 1, 8, 3, 9, 2, 8, 7, 1]
for n in (-1, 0, 1, 3, 9, 20):
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words)), heapq.nlargest(1, [], default := None) if False else heapq.nlargest(1, []))
ties = [(1, "a"), (1, "b"), (0, "c"), (1, "d")]
print(heapq.nlargest(2, ties, key=lambda t: t[0]), heapq.nsmallest(3, ties, key=lambda t: t[0]))

h = []
for v in [5, 3, 8, 1]:
    heapq.heappush(h, v)
print(h, heapq.heapreplace(h, 10), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 7), h)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m[0], heapq._heappop_max(m), m[0], heapq._heapreplace_max(m, 0), m[0])

counter = itertools.count()
pq = []
for prio, task in [(2, "write"), (1, "read"), (2, "test"), (1, "plan")]:
    heapq.heappush(pq, (prio, next(counter), task))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
rh = [Rev(v) for v in [1, 5, 3]]
heapq.heapify(rh)
print([heapq.heappop(rh).v for _ in range(3)])
class NoLt:
    pass
try:
    heapq.heapify([NoLt(), NoLt()])
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heapify(None), lambda: heapq.nlargest("x", [1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
