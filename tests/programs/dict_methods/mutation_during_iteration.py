d = {1: 'a', 2: 'b', 3: 'c'}
try:
    for k in d:
        d[k + 10] = 'new'
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {1: 'a', 2: 'b', 3: 'c'}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 'a', 2: 'b', 3: 'c'}
for k in d:
    d[k] = d[k].upper()
print(d)
try:
    for v in d.values():
        d.pop(1, None)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 'a', 2: 'b'}
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {'x': 1}
try:
    for k in d.keys():
        d['y'] = 2
        d.pop('y')
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {k: k for k in range(4)}
result = {k: v for k, v in d.items() if v > 1}
print(result)
