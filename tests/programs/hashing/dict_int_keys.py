d = {}
for k in [50, -3, 1000000, 7, 0, 2 ** 64, -1]:
    d[k] = str(k)
print(d)
print(list(d), [hash(k) for k in d])
del d[7]
d[7] = 'seven'
print(list(d))
e = {k: k * k for k in range(10, 0, -1)}
print(e)
f = dict.fromkeys([5, 3, 5, 1, 3])
print(f)
print({-1: 'a', -2: 'b'}, {hash(-1): 'x'}, {2 ** 61 - 1: 'M', 0: 'zero'})
print(len({-1: 1, -2: 2}), {-1: 1}.get(-2), {0: 1}.get(2 ** 61 - 1))
g = {1: 'a', 1.0: 'b'}
print(g, {0.5: 'half', 1: 'one'}, {1: 'int'}.get(1.0), {2.0: 'f'}[2])
