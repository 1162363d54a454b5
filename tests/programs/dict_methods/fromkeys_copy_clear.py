print(dict.fromkeys(['a', 'b']), dict.fromkeys('xyz', 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
print(dict.fromkeys([1, 1, 2, 1]), {}.fromkeys([5]))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
orig = {'list': [1, 2], 'n': 1}
cp = orig.copy()
cp['n'] = 2
cp['list'].append(3)
print(orig, cp, cp is orig, cp == orig)
d2 = dict(orig)
print(d2 == orig, d2 is orig)
alias = orig
orig.clear()
print(orig, alias, cp, len(orig), bool(orig))
print({}.copy(), type({}.copy()).__name__)
x = {1: 1}
print(x.clear(), x)
