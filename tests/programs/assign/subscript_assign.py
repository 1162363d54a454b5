# Item assignment on lists and dicts, including negative indexes and errors
lst = [0, 1, 2, 3, 4]
lst[0] = "a"
lst[-1] = "e"
lst[2] = [9, 9]
print(lst)
lst[-5] = "first"
print(lst)
for bad in [5, -6, 100]:
    try:
        lst[bad] = 1
    except IndexError as e:
        print(bad, type(e).__name__, e)
try:
    lst["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0] = 1
except TypeError as e:
    print(type(e).__name__, e)
lst[True] = "via bool"
print(lst)
d = {}
d["a"] = 1
d[2] = "two"
d[(1, 2)] = "tuple"
d[None] = 0
d["a"] = 100
print(d, len(d))
try:
    d[[1]] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 5
except TypeError as e:
    print(type(e).__name__, e)
d[1.0] = "float one"
d[1] = "int one"
print(d)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
r = range(3)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
nested = {"k": [1, {"deep": 0}]}
nested["k"][1]["deep"] = "set"
nested["k"][0] = "one"
print(nested)
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(m, alias)
ba = bytearray(b"abc")
ba[0] = 65
print(ba)
