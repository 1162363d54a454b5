# Keyword arguments in calls
def describe(name, age, city="unknown"):
    return name + " (" + str(age) + ") from " + city
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Oslo", age=40))
def order(a, b, c):
    return [a, b, c]
print(order(1, 2, 3), order(1, c=3, b=2), order(c=1, a=2, b=3))
print(sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print("x".join(["a", "b"]), int("ff", base=16), int("101", 2))
print("a-b".split(sep="-"), "abc".replace("b", "B", 1))
print(max([1, 5, 3], key=lambda v: -v), min([], default="empty"))
print(*[1, 2, 3], sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
def kw_shadow(print=5, len=6):
    return print + len
print(kw_shadow(), kw_shadow(len=0))
def f(x, y):
    return x - y
args = {"y": 1, "x": 10}
print(f(**args))
print(dict(a=1, b=2))
def echo(**kw):
    return kw
print(echo(if_=1, class_=2, def_=3))
print(echo(**{"not an identifier": 1, "1": 2}))
