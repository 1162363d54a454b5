d = {3: 'c', 1: 'a', 2: 'b'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), len(v), len(i))
d[4] = 'd'
print(k, v, i)
del d[3]
print(list(k), list(v), list(i))
print(1 in k, 'a' in v, (1, 'a') in i, (1, 'b') in i, 5 in k, [1] in v)
e = {1: 'x', 5: 'y', 6: 'z'}
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys(), e.keys() - k)
print(k & {2, 4, 8}, k | [10, 11], k - {1}, k ^ {1, 100}, {2, 200} & k)
print(type(k & e.keys()).__name__, k == {1, 2, 4}, k == [1, 2, 4], k <= {1, 2, 4, 5}, k < {1, 2, 4})
print(k.isdisjoint({7, 8}), k.isdisjoint([1]), i & {(1, 'a'), (9, 'q')})
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(v == v, d.values() == d.values())
try:
    k[0]
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    hash(k)
except TypeError as e2:
    print(type(e2).__name__, e2)
print(list(reversed(k)), list(reversed(i)), max(k), sum(k))
print({}.keys(), {}.items(), {}.values())
print(dict(i), dict.fromkeys(k, 0))
for key, val in d.items():
    print(key, '->', val)
mapping = k.mapping
print(mapping, mapping is d if False else type(mapping).__name__)
