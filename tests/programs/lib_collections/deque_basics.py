from _collections import deque

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(10); print(d)
print(d.count(1), d.count('z'), d.index(2), d.index('y', 1), d.index(2, -5, -1))
d.insert(0, 'first'); d.insert(100, 'last'); d.insert(-1, 'mid'); d.insert(-100, 'head')
print(d)
d.remove('mid'); print(d)
d.reverse(); print(d)
d[0] = 'H'; del d[1]; print(d, 'x' in d, 'zz' in d)
c = d.copy(); c.clear(); print(c, d.__copy__() == d)
print(list(reversed(deque(range(5)))), list(deque(range(5))))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend(range(5)); print(m)
m.extendleft('abc'); print(m)
print(deque('abc', 0), deque('abc', maxlen=None))
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z)

# arithmetic and comparisons
a = deque([1, 2]); b = deque([1, 2, 3])
print(a + b, a * 2, 3 * a, a * 0, a * -1)
a += [9]; print(a)
a *= 2; print(a)
print(deque([1, 2], maxlen=3) * 3, deque([1, 2], maxlen=3) + deque([7, 8]))
print(a == deque([1, 2, 9, 1, 2, 9]), a != a, deque([1]) < deque([2]), deque([1, 2]) <= deque([1, 2]))
print(deque([1, 2]) > deque([1]), deque() >= deque(), deque([1]) == [1], deque([3]) > deque([1, 5]))
e = deque('abc'); e.extend(e); print(e)
e.extendleft(e); print(e)

# recursion in repr
r = deque(); r.append(r); r.append(1)
print(r)
print(repr(deque([[1], 'x', None])))

# subclass
class D(deque):
    pass
s = D([1, 2], 5)
print(s, s.copy(), type(s.copy()).__name__, s + deque([3]))
s.extra = 1
print(s.__reduce__()[:3])
print(deque([1]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])

# iterators
it = iter(deque('abcd'))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(it).__name__, type(reversed(deque())).__name__)
ri = reversed(deque('abcd'))
print(next(ri), ri.__length_hint__(), list(ri))
print(deque.__module__, deque.__name__, deque.__class_getitem__(int))
