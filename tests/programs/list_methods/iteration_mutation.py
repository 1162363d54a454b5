l = [1, 2, 3, 4]
seen = []
for x in l:
    seen.append(x)
    if x == 2:
        l.append(99)
    if len(seen) > 10:
        break
print(seen, l)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
it = iter(l)
print(next(it))
l.clear()
print(list(it))
l = [1, 2, 3]
it = iter(l)
next(it)
next(it)
next(it)
l.append(4)
print(list(it))
l = [0, 1, 2]
it = iter(l)
print(list(it))
l.append(3)
print(list(it))
r = reversed([1, 2, 3])
print(list(r), list(r))
words = ['a', 'bb', 'ccc']
for i, w in enumerate(words):
    words[i] = w.upper()
print(words)
