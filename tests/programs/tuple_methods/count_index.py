t = (1, 2, 3, 2, 1, 2, 'a', None)
print(t.count(2), t.count('a'), t.count(None), t.count(99), ().count(1), (1, 1.0, True).count(1))
print(t.index(2), t.index(2, 2), t.index(2, -3), t.index(1, 1, 5), t.index(None))
for args in [(99,), (3, 3), ('a', 0, 6), (1, -2)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(t[0], t[-1], t[2:5], t[::-1], t[::3], t[100:], t[-100:1], len(t))
try:
    t[8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t['x']
except TypeError as e:
    print(type(e).__name__, e)
print(2 in t, 'b' in t, None in t, (1, 2) in ((1, 2), 3))
print([n for n in dir(()) if not n.startswith('_')])
