from _collections import _count_elements, _tuplegetter

counts = {}
_count_elements(counts, 'abracadabra')
print(sorted(counts.items()))
_count_elements(counts, ['a', 'z'])
print(counts['a'], counts['z'])

class M(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
m = M()
_count_elements(m, 'aab')
print(m)

class G(dict):
    def get(self, k, default=None):
        return 10
g = G()
_count_elements(g, 'xy')
print(g)
try:
    _count_elements({}, 5)
except TypeError as e:
    print('TypeError', e)

class Pt(tuple):
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'the y')
p = Pt((3, 4))
print(p.x, p.y, Pt.x.__doc__, Pt.y.__doc__, type(Pt.x).__name__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
short = Pt((1,))
try:
    short.y
except IndexError as e:
    print('IndexError', e)
try:
    Pt.x.__get__([1, 2], list)
except TypeError as e:
    print('TypeError', e)
print(Pt.x.__get__(None, Pt) is Pt.x, Pt.y.__reduce__())
Pt.x.__doc__ = 'changed'
print(Pt.x.__doc__)
