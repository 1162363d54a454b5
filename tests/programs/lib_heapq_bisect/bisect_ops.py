import _bisect as b
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
print(b.bisect_right(a, 2), b.bisect_left(a, 2), b.bisect_right(a, 0), b.bisect_left(a, 10))
print(b.bisect_right(a, 2, 2), b.bisect_left(a, 2, 0, 2), b.bisect_right(a, 2, hi=3), b.bisect_left(a, 5, lo=1, hi=None))
print(b.bisect_right(a, 2, hi=-5), b.bisect_right(a, 2, hi=-1))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(b.bisect_left(recs, 3, key=lambda r: r[1]), b.bisect_right(recs, 3, key=lambda r: r[1]))
l = []
for x in [5, 1, 4, 1, 3]:
    b.insort_right(l, x)
print(l)
b.insort_left(l, 4); b.insort(l, 0) if hasattr(b, 'insort') else None
print(l)
r2 = list(recs)
b.insort_left(r2, ('x', 4), key=lambda r: r[1]); print(r2)
b.insort_right(r2, ('y', 4), key=lambda r: r[1]); print(r2)
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
ll = L([1, 3])
b.insort(ll, 2) if hasattr(b, 'insort') else b.insort_right(ll, 2)
print(ll)
print(bisect.bisect(a, 3), bisect.insort is bisect.insort_right, bisect.bisect_right is b.bisect_right)
print(b.bisect_left('abcdef', 'c'), b.bisect_right(range(0, 100, 5), 42))

tests = ['b.bisect_right([], 1, -1)', 'b.bisect_right()', 'b.bisect_right(1, 1)', 'b.insort_right(1, 1)',
         'b.bisect_right([1], 1, x=3)', 'b.bisect_right([1, 2], 1, 0, 1, None)', 'b.bisect_right([1, 2, 3], 2, hi=10)',
         'b.bisect_right([1, 2], 1, 0, 1, None, 5)', 'b.bisect_left([1, 2], 1, key=len)', 'b.insort_left((1, 2), 1)',
         'b.bisect_left([1, 2], 1, lo="a")', 'b.bisect_left([1, "a"], 2)', 'b.bisect_left([1], 1, bad=2)']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
