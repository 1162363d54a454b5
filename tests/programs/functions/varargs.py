# *args collects extra positional arguments into a tuple
def total(*args):
    print(type(args).__name__, args)
    return sum(args)
print(total())
print(total(1))
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def mix(a, b=2, *args):
    return a, b, args
print(mix(1), mix(1, 5), mix(1, 5, 6, 7))
def joiner(sep, *parts):
    return sep.join(str(p) for p in parts)
print(joiner("-", 1, 2, 3), joiner("+"), repr(joiner(",")))
nums = [4, 5, 6]
print(total(*nums), total(*nums, 7), total(0, *nums, *range(3)))
print(head_tail(*"abc"))
def modify(*args):
    try:
        args[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    return args + ("more",)
print(modify(0))
def count(*args):
    return len(args)
print(count(*[]), count(*[[]]), count(None), count(*(1, 2), *[3]))
def max_of(*values):
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best
print(max_of(3, 9, 2), max_of("b", "a"))
try:
    max_of()
except IndexError as e:
    print(type(e).__name__, e)
print(total(*(i * i for i in range(4))))
