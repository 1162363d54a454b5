# Comprehension loop variables do not leak into the enclosing scope
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "outer i"
print({i for i in range(3)}, {i: i for i in range(2)}, list(i for i in range(2)), i)
try:
    [leak for leak in range(3)]
    print(leak)
except NameError as e:
    print(type(e).__name__, e)
for loop_var in range(3):
    pass
print("for loops do leak:", loop_var)
def f():
    y = 10
    vals = [y + k for k in range(3)]
    return vals, y
print(f())
def g():
    items = [k for k in range(3)]
    try:
        return k
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
n = 3
print([n * j for j in range(n)])
outer_list = [1, 2, 3]
print([v for v in outer_list if v in outer_list[1:]])
z = "z"
print([[z for z in range(2)] for _ in range(2)], z)
print([z for z in "ab"] + [z])
def first_iter_evaluated_in_outer_scope():
    data = [1, 2, 3]
    return [d for d in data]
print(first_iter_evaluated_in_outer_scope())
a = 5
print([a for a in range(a)], a)
matrix = [[1, 2], [3, 4]]
print([row for row in matrix for row in row])
print(sum(t for t in range(5)), [t for t in range(2)])
try:
    t
except NameError as e:
    print(type(e).__name__, e)
