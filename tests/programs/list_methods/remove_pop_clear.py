l = [1, 2, 3, 2, 1, 2]
l.remove(2)
print(l)
l.remove(2)
print(l)
try:
    l.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].remove('x')
except ValueError as e:
    print(type(e).__name__, e)
m = [1, 1.0, True]
m.remove(True)
print(m)
p = list(range(10))
print(p.pop(), p)
print(p.pop(0), p)
print(p.pop(-2), p)
print(p.pop(3), p)
try:
    p.pop(100)
except IndexError as e:
    print(type(e).__name__, e)
try:
    p.pop(-100)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    p.pop('1')
except TypeError as e:
    print(type(e).__name__, e)
alias = p
p.clear()
print(p, alias, alias is p)
q = [1, 2, 3]
del q[1]
print(q)
del q[-1]
print(q)
q = list(range(10))
del q[::3]
print(q)
del q[1:3]
print(q)
del q[:]
print(q)
try:
    del q[0]
except IndexError as e:
    print(type(e).__name__, e)
nested = [[1], [2]]
nested.remove([2])
print(nested)
