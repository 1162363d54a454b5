d = {'a': 1}
d.update({'b': 2})
print(d)
d.update([('c', 3), ('a', 10)])
print(d)
d.update(x=7, y=8)
print(d)
d.update({'z': 0}, a=-1)
print(d)
d.update()
d.update({})
d.update([])
print(d)
d.update(zip('pq', [1, 2]))
print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
e = {1: 'a', 2: 'b'}
f = {2: 'B', 3: 'C'}
print(e | f, f | e, e, f)
g = e
g |= f
print(e, g is e)
g |= [(4, 'D')]
print(g)
try:
    e | [(5, 'x')]
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    e | 1
except TypeError as e2:
    print(type(e2).__name__, e2)
m = {'k': 1}
m.update(k=2)
m.update({'k': 3}, k=4)
print(m)
print(dict(m, extra=True), {**m, 'k': 0}, {**m, **{'n': 1}})
