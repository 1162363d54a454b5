print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1,)), hash((1, 2, 3)), hash((-1,)), hash(((1, 2), (3, 4))), hash((0.5, 2)))
print(hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,)), hash((None,)) == hash((None,)))
try:
    hash(([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, (2, {})))
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): 'a', (1, (2, 3)): 'b', (): 'empty'}
print(d[(1, 2)], d[1, (2, 3)], d[()], (1, 2) in d, (2, 1) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((2,) > (1, 9), (1, 'a') < (1, 'b'), (1, 2) == [1, 2], (1, 2.0) == (1, 2))
print((1, 2) <= (1, 2), (3,) >= (3,), max((1, 2), (1, 3), (0, 9)), min([(2, 'b'), (2, 'a')]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 'a') < (2, 'b'), (1, [2]) == (1, [2]), (float('nan'),) == (float('nan'),))
n = float('nan')
print((n,) == (n,), (n, 1) < (n, 2))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
