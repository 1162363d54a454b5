# Assigning to a builtin's name shadows it; del restores the builtin
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
list = [1, 2]
try:
    list("xy")
except TypeError as e:
    print(type(e).__name__, e)
del list
print(list("xy"))
def f():
    max = 5
    return max
print(f(), max(1, 9))
def g():
    print = "local print"
    return print
print(g())
True_ = True
print(True_ and not False)
_ = 10
_ += 1
print(_)
__ = "dunder-ish"
print(__)
x1, X1 = 1, 2
print(x1, X1)
café = "unicode name"
print(café)
Δ = 3
print(Δ * 2)
a = 1; b = 2; c = a + b
print(c)
if True: d = "one-line if"
print(d)
for i in range(2): e = i
print(e)
def h():
    str = int
    return str("42") + 1
print(h(), str(42))
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
