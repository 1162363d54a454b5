t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t2.items()))
print('a-x-b-y-c-z'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'longer', ord('d'): 'D', 'é': 'e'})
print(sorted(t3.items()))
print('abcdé'.translate(t3))
print('hello'.translate({ord('l'): None}), 'hello'.translate({}), 'hello'.translate({104: 74}))
print('abc'.translate({97: 'xyz', 98: ''}), '中文'.translate({ord('中'): '国'}))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.translate({97: 3.5})
except TypeError as e:
    print(type(e).__name__, e)


class Table:
    def __getitem__(self, k):
        if k == ord('q'):
            raise LookupError
        return chr(k).upper()


print('quiet'.translate(Table()))
print('abc'.translate([None, None, 'x'] + ['?'] * 200))
print('Hello, World!'.translate(str.maketrans('', '', ',!')))
