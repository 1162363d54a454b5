# The classic mutable default argument gotcha
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def count_calls(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(count_calls(), count_calls(), count_calls({}), count_calls())
def memo_fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return memo[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
b1 = Bag()
b2 = Bag()
b1.add("shared!")
print(b1.items, b2.items, b1.items is b2.items)
b3 = Bag(["own"])
b3.add("x")
print(b3.items, b2.items)
def tuple_default(t=(1, 2)):
    t += (3,)
    return t
print(tuple_default(), tuple_default())
