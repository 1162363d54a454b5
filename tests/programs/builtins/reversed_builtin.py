print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed([])))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 100


print(list(reversed(Seq())))


class Rev:
    def __reversed__(self):
        return iter('custom')


print(list(reversed(Rev())))
lst = [1, 2, 3, 4]
r = reversed(lst)
lst.pop()
print(list(r))
print(''.join(reversed('hello world')))
print(list(reversed(bytearray(b'ab'))), list(reversed(b'xyz')))
