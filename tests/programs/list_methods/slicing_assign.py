l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:], l[-3:-1], l[8:2:-2], l[100:], l[-100:2])
m = list(range(10))
m[2:5] = ['a', 'b']
print(m)
m[0:0] = ['start']
print(m)
m[len(m):] = ['end', 'end2']
print(m)
m[1:3] = []
print(m)
m[:] = [1, 2, 3]
print(m)
m[1:2] = range(5)
print(m)
m[::2] = ['x', 'y', 'z', 'w']
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
m[::-1] = list(range(len(m)))
print(m)
n = [1, 2, 3]
n[5:10] = [9]
print(n)
n[-100:-50] = [0]
print(n)
n[2:1] = ['between']
print(n)
s = [1, 2, 3]
s[:] = s
print(s)
s[1:] = s
print(s)
k = [0, 1, 2, 3, 4, 5]
k[1:5:2] = 'ab'
print(k)
k[::-2] = [10, 30, 50]
print(k)
try:
    k[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
k[-1] = 'last'
print(k)
try:
    k['a'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(k[1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[len(k)]
except IndexError as e:
    print(type(e).__name__, e)
del k[::2]
print(k)
