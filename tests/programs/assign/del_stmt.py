# del of names, items, slices and attributes
a = 1
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
b, c = 2, 3
del b, c
try:
    print(b)
except NameError as e:
    print(type(e).__name__, e)
x, y = 1, 2
del (x, y)
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class O:
    cls_attr = 1
o = O()
o.inst = 2
del o.inst
print(o.__dict__)
try:
    del o.inst
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(o, "cls_attr"))
nested = [[1, 2], {"k": [3, 4]}]
del nested[1]["k"][0], nested[0][1]
print(nested)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
def g():
    del undefined_local
    undefined_local = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
