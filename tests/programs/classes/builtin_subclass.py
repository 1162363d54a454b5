# Subclassing built-in types
class MyList(list):
    def sum(self):
        total = 0
        for x in self:
            total += x
        return total
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list))
print(ml + [5], type(ml + [5]).__name__, ml[1:3], type(ml[1:3]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
dd = DefaultDict(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd, dd)
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), n == "bob", len(n), type(n.upper()).__name__, repr(n))
class Even(int):
    def is_even(self):
        return self % 2 == 0
e = Even(10)
print(e, e.is_even(), e + 1, type(e + 1).__name__, Even(3).is_even())
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what
try:
    raise NotFound("page")
except AppError as err:
    print(type(err).__name__, err, err.what, err.args)
class Attrs(list):
    pass
al = Attrs()
al.meta = "extra attribute"
print(al, al.meta, al.__dict__)
class SortedList(list):
    def append(self, x):
        super().append(x)
        self.sort()
sl = SortedList()
for v in [3, 1, 2]:
    sl.append(v)
print(sl)
