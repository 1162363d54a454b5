# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 9, 10, 99, 100, 10 ** 20]:
    print(n, classify(n))
def grade(score):
    if score >= 90: g = "A"
    elif score >= 80: g = "B"
    elif score >= 70: g = "C"
    else: g = "F"
    return g
print([grade(s) for s in [95, 90, 85, 70, 69, 0]])
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
else:
    print("x <= 3")
if x:
    pass
else:
    print("never")
if not x:
    print("never")
elif x == 5 and x != 4:
    print("elif taken")
y = None
if y is None:
    print("y is None")
if y:
    print("never")
elif y is not None:
    print("never")
else:
    print("else taken")
def side(v):
    print("cond", v)
    return v
if side(0):
    print("A")
elif side(""):
    print("B")
elif side(3):
    print("C")
elif side(4):
    print("D")
if (1, 2):
    print("non-empty tuple is true")
if ():
    print("never")
if [0]:
    print("list with zero is true")
if 0.0 or -0.0:
    print("never")
else:
    print("zero floats are false")
