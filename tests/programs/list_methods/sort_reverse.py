l = [5, 2, 8, 1, 9, 3]
r = l.sort()
print(r, l)
l.sort(reverse=True)
print(l)
words = ['pear', 'Apple', 'fig', 'banana', 'cherry', 'kiwi']
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
records = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[0])
print(records)
stable = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w')]
stable.sort(key=lambda t: t[0], reverse=True)
print(stable)
m = [3, -1.5, 2, True, 0]
m.sort()
print(m)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
partial = [3, 1, 'x', 2]
try:
    partial.sort()
except TypeError:
    pass
print(len(partial), sorted(map(str, partial)))
e = []
e.sort()
print(e)
rev = [1, 2, 3, 4]
print(rev.reverse(), rev)
rev2 = ['a']
rev2.reverse()
print(rev2)
nested = [[3, 1], [1, 2], [1], [2, 0, 0]]
nested.sort()
print(nested)
nested.sort(key=sum)
print(nested)
big = list(range(20, 0, -1))
big.sort(key=lambda v: v % 5)
print(big)


def during(x):
    return x


mut = [3, 2, 1]
mut.sort(key=during)
print(mut)
