# Pure-Python modules of CPython's own Lib/, imported and used as they are.
import keyword
import bisect
import heapq
import operator
import stat
import copyreg
import sys

print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:4])

a = [1, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 100))
bisect.insort(a, 4)
print(a)
print(bisect.bisect_left(["apple", "fig", "kiwi"], "fi", key=None))

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], h[0])
print(heapq.nlargest(2, [4, 10, 7, 1]), heapq.nsmallest(2, [4, 10, 7, 1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10])))

print(operator.add(2, 3), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
print(operator.methodcaller("split", ",")("a,b"), operator.index(7), operator.length_hint([1, 2]))
print(operator.__name__)

print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o040755))

class Point:
    def __init__(self, x):
        self.x = x

copyreg.pickle(Point, lambda p: (Point, (p.x,)))
print(Point in copyreg.dispatch_table, copyreg.__newobj__.__name__)

# Struct sequences of sys behave like CPython's.
v = sys.version_info
print(v[:2], v.major, v.minor, v >= (3, 11), type(v).__name__, type(v).__module__)
print(sys.float_info.max, sys.float_info.dig, sys.int_info.bits_per_digit, len(sys.flags) > 10)
print(repr(sys.hash_info).startswith("sys.hash_info(width=64, modulus=2305843009213693951"))
print(v.n_fields, v.n_sequence_fields, v.n_unnamed_fields)
major, minor, *rest = v
print(major, minor, rest[-2:])
