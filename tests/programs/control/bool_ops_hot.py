# and/or/not in hot loops: bools, other values, __bool__/__len__, errors.

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Bad:
    def __bool__(self):
        raise ValueError("no truth")

def mix(a, b, c):
    return (a and b) or c, a or b and c, not a, not (b or c)

vals = [True, False, 0, 1, "", "x", None, [], [0], Truthy(True), Truthy(False), Sized(0), Sized(2), 0.0, 2.5]
res = []
for i in range(2000):
    a = vals[i % len(vals)]
    b = vals[(i * 7) % len(vals)]
    c = vals[(i * 3) % len(vals)]
    r = mix(a, b, c)
    if i % 97 == 0:
        res.append(tuple(type(x).__name__ if isinstance(x, (Truthy, Sized)) else x for x in r))
print(res)

def count(n):
    k = 0
    flag = True
    for i in range(n):
        flag = not flag
        if flag and i % 3 or not i % 5:
            k += 1
    return k, flag

print(count(3001))

errors = 0
for i in range(1200):
    try:
        x = Bad() and 1
    except ValueError:
        errors += 1
    try:
        x = not Bad()
    except ValueError as e:
        errors += 1
        msg = str(e)
print(errors, msg)
