print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{0}'.format('x'), '{}{}'.format(1, 2))


class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{name} is {age}'.format_map(Default(name='Bob')))
try:
    '{x}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0}'.format_map({})
except (ValueError, KeyError) as e:
    print(type(e).__name__, e)


class Ns:
    def __getitem__(self, k):
        return k * 2


print('{ab} {cd}'.format_map(Ns()))
print('{a.real} {b[0]}'.format_map({'a': 5, 'b': [9]}))
try:
    'x'.format_map()
except TypeError as e:
    print(type(e).__name__, e)
print('{:>5}|{:<5}|'.format_map({}) if False else '{x:>5}|'.format_map({'x': 'r'}))
