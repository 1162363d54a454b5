from _collections import defaultdict

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d.default_factory, len(d), dict(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c['zz'], 'zz' in c, 'qq' in c, c.get('qq'))
n = defaultdict()
print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
n.default_factory = lambda: 'dflt'
print(n['x'], dict(n))
print(defaultdict(None, {1: 2}, y=3))
print(defaultdict(int, [(1, 2)]), defaultdict(list, a=1))
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict(list, 1)
except TypeError as e:
    print('TypeError', e)

cp = c.copy()
print(type(cp).__name__, cp == c, cp.default_factory, cp is c)
print((defaultdict(int, {1: 1}) | {2: 2}), ({0: 0} | defaultdict(str, {1: 1})))
x = defaultdict(set, {1: {1}}); x |= {2: {2}}; print(x)
try:
    defaultdict(int) | 1
except TypeError as e:
    print('TypeError', e)
print(defaultdict(list, {1: 2}).__reduce__()[:4])
print(isinstance(c, dict), defaultdict.__name__, defaultdict.__module__, defaultdict[int, str])

class R:
    def __repr__(self):
        return 'R()'
    def __call__(self):
        return 0
print(defaultdict(R(), {'k': 'v'}))
rec = defaultdict(list)
rec['self'] = rec
print(rec)
class Sub(defaultdict):
    pass
s = Sub(list, {1: [2]})
s[3].append(4)
print(s, type(s.copy()).__name__)
print(defaultdict.__missing__(defaultdict(lambda: 7), 'q'))
def f():
    raise ValueError('factory failed')
bad = defaultdict(f)
try:
    bad[1]
except ValueError as e:
    print('ValueError', e, dict(bad))
