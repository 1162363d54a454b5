print({}, {1: 2}, {'a': [1, {'b': (2, 3)}], 'c': None}, {(1, 2): {3: {4: {}}}})
print({1: 'x', 'y': 2.5, None: True, (): [], 2.0: -0.0, False: b'b'})
print(str({'q': "it's"}), repr({'s': 'a"b'}), {'\n': '\t'})
d = {}
d['self'] = d
print(d)
a = {'x': 1}
b = {'y': a}
a['b'] = b
print(a)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2.0})
print({1: 2} == {1.0: 2}, {} == {}, {1: [1]} == {1: [1]}, {1: 2} == [(1, 2)], {'a': 1} == dict(a=1))
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} <= {}
except TypeError as e:
    print(type(e).__name__, e)
n = float('nan')
print({1: n} == {1: n}, {n: 1} == {n: 1}, {1: float('nan')} == {1: float('nan')})
print(list({n: 1}), n in {n: 1}, float('nan') in {n: 1})
print(bool({}), bool({0: 0}), len({1: 1, 2: 2}))
print(type({}).__name__, dict.__name__, {}.__class__ is dict)
print([n for n in dir({}) if not n.startswith('_')])
