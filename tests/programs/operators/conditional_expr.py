# Conditional expressions and their precedence
def f(x):
    return "pos" if x > 0 else "zero" if x == 0 else "neg"
for x in [-2, 0, 3]:
    print(x, f(x))
print(1 if True else 2, 1 if False else 2)
print(1 if [] else 2, "a" if "b" else "c")
def side(x):
    print("side", x)
    return x
print(side(1) if side(0) else side(2))
print(side(3) if side(1) else side(4))
y = 10
z = y + 1 if y > 5 else y - 1
print(z)
z = (y + 1) if y < 5 else (y - 1) * 2
print(z)
l = lambda a: "even" if a % 2 == 0 else "odd"
print([l(i) for i in range(5)])
print([i if i % 2 else -i for i in range(6)])
print(0 or 5 if 0 else 6)
print((0 or 5) if 1 else 6)
print(not 1 if 1 else 2)
a, b = (1, 2) if y else (3, 4)
print(a, b)
print(1, 2 if False else 3)
