# Functions as first-class values: passed, returned, stored
def apply(fn, *args):
    return fn(*args)
def twice(fn):
    return lambda x: fn(fn(x))
def inc(x):
    return x + 1
print(apply(inc, 1), apply(max, 3, 9, 4), apply(len, "four"))
print(twice(inc)(5), twice(twice(inc))(0), twice(lambda s: s + s)("ab"))
table = {"inc": inc, "neg": lambda x: -x, "str": str}
for name in ["inc", "neg", "str"]:
    print(name, repr(table[name](7)))
pipeline = [inc, lambda x: x * 10, str, len]
v = 41
for step in pipeline:
    v = step(v)
    print("step", repr(v))
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in (1, 10, 100)]
print([a(1) for a in adders])
print(sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])))
funcs = [inc, abs, str]
print([f.__name__ for f in funcs])
print(inc == inc, inc is inc, inc != make_adder(1))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, inc, abs)(-5), compose()(9))
def reducer(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(reducer(lambda a, b: a * b, range(1, 8), 1), reducer(lambda a, b: b + a, "abc", ""))
callbacks = []
def on(event):
    def deco(fn):
        callbacks.append((event, fn))
        return fn
    return deco
@on("start")
def s1():
    return "s1 ran"
@on("stop")
def s2():
    return "s2 ran"
for ev, fn in callbacks:
    print(ev, fn())
print(type(print).__name__, print.__name__, len.__name__)
