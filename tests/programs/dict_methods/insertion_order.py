d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d, list(d))
del d[3]
d[3] = 'again'
print(d)
d[5] = 'updated'
print(d)
d.pop(9)
d[9] = 'back'
d[0] = 'new'
print(d, list(d.keys()), list(d.values()))
s = {'b': 1, 'a': 2}
s['c'] = 3
print(s, sorted(s), list(s))
big = {}
for i in range(100, 0, -7):
    big[i] = True
print(list(big))
for i in range(100, 50, -14):
    del big[i]
print(list(big))
for i in [2, 100, 51]:
    big[i] = False
print(list(big.items())[-5:])
m = {1: 'a', 1.0: 'b', True: 'c'}
print(m)
n = {True: 'x'}
n[1] = 'y'
n[1.0] = 'z'
print(n)
churn = {}
for i in range(1000):
    churn[i] = i
    if i % 3:
        del churn[i]
print(len(churn), list(churn)[:10], list(churn)[-3:])
print({-1: 'neg', 0: 'zero', -2: 'neg2', 2 ** 64: 'big', -(2 ** 64): 'nbig'})
