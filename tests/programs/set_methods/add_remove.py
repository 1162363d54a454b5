s = set()
s.add(3)
s.add(1)
s.add(3)
s.add(2)
print(s, len(s))
print(s.add(10), s)
s.discard(10)
s.discard(999)
print(s)
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard({})
except TypeError as e:
    print(type(e).__name__, e)
print([1] in s if False else 'skip', 2 in s, 5 not in s)
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
p = {5, 3, 9}
print(p.pop(), p)
print(p.pop(), p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
alias = c
c.clear()
print(c, alias, c is alias)
cp = {1, 2}
cp2 = cp.copy()
cp2.add(3)
print(cp, cp2, cp == cp2, cp.copy() is cp)
print(frozenset([1]).copy() is not None)
fs = frozenset({1, 2})
for method in ['add', 'discard', 'remove', 'pop', 'clear', 'update']:
    print(method, hasattr(fs, method))
print(set([1, 1.0, True]), {0, -0.0, False}, {1.5, 2} == {2, 1.5})
