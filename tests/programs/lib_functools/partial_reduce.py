from _functools import partial, reduce, cmp_to_key

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)
print(repr(p).startswith('functools.partial(<function f at'), repr(p).endswith(', 1, 2, a=3)'))
q = partial(p, 7, c=8)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(max, 1)), repr(partial(max)), repr(partial(dict, x=[1])))
r = partial(print)
r.attr = 1
r2 = partial(r, 1)
print(r2.func is r, r2.args)
print(type(p).__name__, type(p).__module__, partial.__name__)
red = p.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
s = partial(int)
s.__setstate__((max, (1, 2), {'key': abs}, None))
print(s(-5), s.func, s.args, s.keywords)
try:
    s.__setstate__((1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    p.func = max
except AttributeError as e:
    print('AttributeError', e)
class MyPartial(partial):
    pass
mp = MyPartial(max, 3)
print(repr(mp), mp(10), mp(1))
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).endswith(", ...)"))
print(partial[int])

for t in ['partial()', 'partial(1)', 'partial(f, 1)(*[2], **{"x": 1})']:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '!!', e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 'init'))
for t in ['reduce()', 'reduce(1)', 'reduce(lambda a, b: a, [])', 'reduce(lambda a, b: a, [], x=1)', 'reduce(max, 5)', 'reduce(1, [1, 2])', 'reduce(max, [1], 2, 3)']:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '!!', e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__)
for t in ['k1 < 3', 'hash(k1)', 'cmp_to_key()', 'K()', 'K(1, 2)', 'cmp_to_key(mycmp=cmp)(5).obj']:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '!!', e)
