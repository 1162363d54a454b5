# len() of an exact list, tuple or dict is read in place by compiled code
# once a call site saw it; any other callee or argument takes the full path.
import builtins


def size(x):
    return len(x)


def grow(n):
    items = []
    i = 0
    while len(items) < n:
        items.append(i)
        i += 1
    return items


class L(list):
    def __len__(self):
        return 99


class Sized:
    def __len__(self):
        return 7


class Bad:
    def __len__(self):
        return -1


for _ in range(400):
    r = (size([1, 2, 3]), size(()), size((1,)), size({1: 2}), size([]), size("héllo wörld"), size(""))
print(r, len(grow(1500)))
d = {i: i for i in range(10)}
for k in range(5):
    del d[k]
print(size(d), size(L([1])), size(Sized()), size("héllo"), size({1, 2}), size(b"ab"), size(range(5)))
for bad in (Bad(), 5, None):
    try:
        size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Rebinding len, in the module and in builtins, takes effect at once.
orig = builtins.len
builtins.len = lambda x: "patched"
print(size([1, 2]))
builtins.len = orig
print(size([1, 2]))
len = lambda x: "global"
print(size([1, 2]))
del len
print(size([1, 2]))
