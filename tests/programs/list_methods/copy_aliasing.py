a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
print(b == a, b is a, c is a, d is a, b[1] is a[1])
a[1].append(4)
a.append(5)
print(a, b, c, d)
x = [1, 2]
y = x
y += [3]
print(x, y, x is y)
y = y + [4]
print(x, y, x is y)
t = (x, )
try:
    t[0] += [99]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
z = [1, 2, 3]
z *= 2
print(z)
z *= 0
print(z)
w = [1]
w2 = w
w *= 3
print(w2, w is w2)
print([1, 2] * 2, 2 * [0], [] * 5, [1] * -1, [[]] * 2)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l += (2, 3)
l += 'ab'
l += range(2)
print(l)
