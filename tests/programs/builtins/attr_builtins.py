class Obj:
    cls_attr = 'class-level'

    def __init__(self):
        self.a = 1


o = Obj()
print(getattr(o, 'a'), getattr(o, 'cls_attr'), getattr(o, 'missing', 'dflt'), getattr(o, 'missing', None))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(o)
except TypeError as e:
    print(type(e).__name__, e)
setattr(o, 'b', 2)
setattr(o, 'with space', 3)
print(o.b, getattr(o, 'with space'), hasattr(o, 'b'), hasattr(o, 'nope'), hasattr(o, 'cls_attr'))
print(sorted(vars(o).items()))
delattr(o, 'b')
print(hasattr(o, 'b'), sorted(vars(o)))
try:
    delattr(o, 'b')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'cls_attr')
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Obj, 'new_cls', 'added')
print(o.new_cls, getattr(Obj, 'new_cls'))
delattr(Obj, 'new_cls')
print(hasattr(o, 'new_cls'))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(5, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr('s', 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Obj.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, 'real'), getattr('abc', 'upper')(), getattr([], 'append') is not None)


class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError('no ' + name)


d = Dyn()
print(d.xyz, getattr(d, 'x1'), hasattr(d, 'x'), hasattr(d, 'y'), getattr(d, 'y', 'fallback'))


class Raises:
    @property
    def boom(self):
        raise ValueError('not attribute error')


try:
    hasattr(Raises(), 'boom')
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Raises(), 'other', 'ok'))
