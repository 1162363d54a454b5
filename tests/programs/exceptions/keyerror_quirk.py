# KeyError's str() is the repr of its key when it has exactly one argument
e = KeyError("a")
print(str(e), repr(e), e.args)
print(str(KeyError(1)), str(KeyError((1, 2))), str(KeyError(None)), str(KeyError("")))
print(str(KeyError()), repr(KeyError()))
print(str(KeyError("a", "b")), repr(KeyError("a", "b")))
print(str(KeyError("it's")), str(KeyError('q"uote')))
d = {"present": 1}
try:
    d["absent"]
except KeyError as err:
    print("str:", err, "| repr:", repr(err), "| args:", err.args, "| arg0:", err.args[0])
try:
    d[("tuple", 1)]
except KeyError as err:
    print(err, err.args)
try:
    d[3.5]
except KeyError as err:
    print(err)
try:
    {}.pop("x")
except KeyError as err:
    print(err)
try:
    {}.popitem()
except KeyError as err:
    print(err)
try:
    set().pop()
except KeyError as err:
    print(err)
try:
    {1, 2}.remove(3)
except KeyError as err:
    print(err)
print(str(LookupError("a")), str(IndexError("a")))
class MyKeyError(KeyError):
    pass
print(str(MyKeyError("sub")), repr(MyKeyError("sub")))
class MyKeyErrorStr(KeyError):
    def __str__(self):
        return "custom " + self.args[0]
print(str(MyKeyErrorStr("s")))
print("message: %s" % KeyError("k"), f"{KeyError('k')}")
try:
    [1, 2][5]
except IndexError as err:
    print(err)
try:
    "abc"[10]
except IndexError as err:
    print(err)
try:
    (1,)[1]
except IndexError as err:
    print(err)
try:
    [].pop()
except IndexError as err:
    print(err)
