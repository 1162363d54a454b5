# += on mutable objects mutates in place; on immutable objects it rebinds
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
r = s
s += "c"
print(s, r)
lst = [0]
lst += (1, 2)
lst += "ab"
lst += range(2)
lst += {9: 0}
print(lst)
try:
    lst = lst + (1,)
except TypeError as e:
    print(type(e).__name__, e)
m = [1]
m *= 3
alias = m
m *= 2
print(m, alias is m)
m *= 0
print(m, alias)
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d, d2 is d)
st = {1, 2}
st2 = st
st |= {3}
st &= {1, 3, 5}
st -= {1}
st ^= {7, 3}
print(st, st2 is st)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
x = None
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
z = "x"
try:
    z -= "y"
except TypeError as e:
    print(type(e).__name__, e)
