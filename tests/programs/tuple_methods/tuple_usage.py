def minmax(seq):
    return min(seq), max(seq)


lo, hi = minmax([4, 1, 9])
print(lo, hi, minmax('hello'))
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
pairs = [(1, 'one'), (2, 'two')]
for num, name in pairs:
    print(num, name)
print(dict(pairs), list(zip(*pairs)))
swap = (1, 2)
swap = swap[::-1]
print(swap)
t = tuple(range(10))
print(t[2:7:2], t[::-1][:3], sum(t), t.index(7), 7 in t)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))))
records = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(tuple(map(str, (1, 2))), tuple(filter(None, (0, 1, '', 'a'))))
print(str((1,)), str(()), repr(((),)))
args = (1, 2, 3)
print(*args)
print('%s-%s-%s' % args)
print(isinstance((), tuple), (1, 2).__len__(), tuple.__name__, type((1,)) is tuple)
big = tuple(range(1000))
print(len(big), big[-1], big[500:503])
