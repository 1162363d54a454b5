vals = [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset(range(10)),
        frozenset({-1}), frozenset({-1, -2}), frozenset({2 ** 64}), frozenset({1.5, 2.5}), frozenset({(1, 2)}),
        frozenset({frozenset()}), frozenset({frozenset({1}), frozenset({2})}), frozenset(range(100)),
        frozenset({True, 2}), frozenset({1.0, 2.0})]
for v in vals:
    print(sorted(v, key=repr), hash(v))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1, 1])), hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})))
d = {frozenset({1, 2}): 'a', frozenset(): 'b'}
print(d[frozenset([2, 1])], d[frozenset()])
