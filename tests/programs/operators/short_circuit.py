# and/or return one of their operands, and short-circuit evaluation
def t(x):
    print("t", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", "" and "x", None or 0)
print([] or {} or (), [] and 1, [0] and 5)
print(None and 1, None or None, 0.0 or -0.0)
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(0) or t("") or t(None))
print(t(1) and t(2) and t(0) and t(3))
print(t(0) and t(1) or t(2))
print(t(1) or t(0) and t(2))
x = 0
y = x or 10
z = x and 10
print(y, z)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3)
print(True and "yes", False or "no", not "" and "empty")
lst = []
n = len(lst) and lst[0]
print(n)
def check(v):
    return v is not None and v > 3
print(check(None), check(2), check(7))
res = [] or [1, 2]
res.append(3)
print(res)
print(type(0 or 0.0).__name__, type(0.0 or 0).__name__)
