# Several closures share the same variable; changes are visible to all of them
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
get2, set2 = pair()
print(get2(), get())
def loop_shared():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = "rebound after loop"
    return [f() for f in fs]
print(loop_shared())
def sees_updates():
    data = "v1"
    def show():
        return data
    before = show()
    data = "v2"
    after = show()
    return before, after
print(sees_updates())
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1)
push(2)
print(peek(), pop(), peek(), pop(), peek())
def param_cell(n):
    def read():
        return n
    def bump():
        nonlocal n
        n += 1
    bump()
    bump()
    return read()
print(param_cell(10))
def nested_shared():
    total = 0
    def outer_add(v):
        def inner_add():
            nonlocal total
            total += v
        inner_add()
        return total
    outer_add(3)
    outer_add(4)
    return total
print(nested_shared())
def cell_identity():
    x = []
    a = lambda: x
    b = lambda: x
    return a() is b()
print(cell_identity())
