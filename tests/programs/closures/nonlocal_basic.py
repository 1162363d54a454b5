# nonlocal rebinds a variable in the nearest enclosing function scope
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    print(inner(), inner(), x)
    return inner
f = outer()
print(f(), f())
def without_nonlocal():
    x = 1
    def inner():
        x = 100
        return x
    inner()
    return x
print(without_nonlocal())
def two_levels():
    a = "a0"
    def mid():
        def inner():
            nonlocal a
            a = "changed by inner"
        inner()
        return a
    r = mid()
    return r, a
print(two_levels())
def nearest():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "inner set mid"
        inner()
        return v
    m = mid()
    return v, m
print(nearest())
def multiple():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 10
    bump()
    bump()
    return a, b
print(multiple())
def make_acc():
    total = 0
    history = []
    def acc(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    return acc, history
acc, hist = make_acc()
for v in [5, -2, 10]:
    acc(v)
print(hist)
def nonlocal_list():
    items = [1]
    def replace():
        nonlocal items
        items = items + [2]
    replace()
    return items
print(nonlocal_list())
def set_later():
    def inner():
        nonlocal late
        late = "assigned by inner"
    late = None
    inner()
    return late
print(set_later())
