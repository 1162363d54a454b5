# **kwargs collects extra keyword arguments into an insertion-ordered dict
def show(**kwargs):
    print(type(kwargs).__name__, kwargs)
    return list(kwargs.items())
show()
show(a=1)
print(show(z=26, a=1, m=13))
def config(name, **options):
    return name, options
print(config("db"), config("db", host="x", port=5))
print(config(name="n", other=1))
def everything(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(everything(1, 2, 3, b=4, c=5, d=6))
print(everything(a=1, c=3))
opts = {"b": 10, "extra": True}
print(everything(0, **opts))
print(everything(0, **opts, more=1))
print(everything(0, **{"x": 1}, **{"y": 2}))
try:
    everything(0, **{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    everything(0, x=1, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    everything(0, **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    everything(0, **[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
def change(**kw):
    kw["added"] = True
    return kw
base = {"k": 1}
print(change(**base), base)
def passthrough(*args, **kwargs):
    return everything(*args, **kwargs)
print(passthrough(1, 2, b=3, z=4))
