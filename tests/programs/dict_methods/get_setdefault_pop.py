d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99), d['b'])
try:
    d['z']
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}['']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[None]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'), d)
lists = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    lists.setdefault(word[0], []).append(word)
print(lists)
print(d.pop('a'), d.pop('zz', 'default'), d.pop('n'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
p = {1: 'a', 2: 'b', 3: 'c'}
print(p.popitem(), p.popitem(), p)
p[9] = 'z'
print(p.popitem(), p.popitem(), p)
try:
    p.popitem()
except KeyError as e:
    print(type(e).__name__, e)
del lists['a']
print(lists)
try:
    del lists['a']
except KeyError as e:
    print(type(e).__name__, e)
print('b' in lists, 'a' in lists, 'banana' in lists, len(lists))
