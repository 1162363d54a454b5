from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(groupby([])))

# an earlier group is exhausted once the groupby advances
groups = []
for k, g in groupby('aabbbc'):
    groups.append(g)
print([list(g) for g in groups])

# advancing inside a group
it = groupby('xxxyyz')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g).__name__, type(g).__module__)

# key errors propagate
def badkey(x):
    if x == 3:
        raise ValueError('bad key')
    return x
try:
    print([(k, list(g)) for k, g in groupby([1, 2, 3], badkey)])
except ValueError as e:
    print('ValueError', e)

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(range(5), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(tee([], 0), len(tee('ab', 5)))
x, = tee(iter('xyz'), 1)
print(list(x))
t1, t2 = tee(count())
print(list(islice(t1, 100))[-1], next(t2))
t3 = t2.__copy__()
print(next(t2), next(t3), type(t3).__name__)
a, b = tee('abc')
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
gen = (i * i for i in range(200))
p, q = tee(gen)
print(sum(p), sum(q))

def reenter():
    yield next(t)
t, = tee(reenter(), 1)
try:
    next(t)
except RuntimeError as e:
    print('RuntimeError', e)
