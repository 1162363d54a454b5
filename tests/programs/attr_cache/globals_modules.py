# Globals, builtins and module attributes read by warm code, then rebound,
# deleted or monkeypatched; and instance attributes deleted after warming.
import builtins
import math

K = 1

def use_k(n):
    t = 0
    for _ in range(n):
        t += K
    return t

print(use_k(3000))
K = 10                         # rebinding a global
print(use_k(3000))

def use_len(n):
    t = 0
    for _ in range(n):
        t += len("abc")
    return t

print(use_len(3000))
len = lambda s: 100            # a global shadows the builtin
print(use_len(3000))
del len                        # back to the builtin
print(use_len(3000))
real_len = builtins.len
builtins.len = lambda s: -1    # monkeypatching builtins
print(use_len(3000))
builtins.len = real_len
print(use_len(3000))

def use_sqrt(n):
    t = 0.0
    for _ in range(n):
        t += math.sqrt(4.0)
    return t

print(use_sqrt(3000))
real_sqrt = math.sqrt
math.sqrt = lambda x: 1.0      # monkeypatching a module
print(use_sqrt(3000))
del math.sqrt
try:
    use_sqrt(1)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = real_sqrt
print(use_sqrt(3000))

class P:
    def __init__(self):
        self.a = 1
        self.b = 2

def read_a(ps):
    t = 0
    for p in ps:
        t += p.a
    return t

ps = [P() for _ in range(3000)]
print(read_a(ps))
del ps[1500].a                 # deleting an instance attribute
try:
    read_a(ps)
except AttributeError as e:
    print("AttributeError:", e)
ps[1500].a = 5                 # re-added: now after b in the dict
print(read_a(ps))
del ps[0].b
print(read_a(ps))

def method_via_dict(ps):
    r = 0
    for p in ps:
        r += p.get()
    return r

class Q:
    def get(self):
        return 1

qs = [Q() for _ in range(3000)]
print(method_via_dict(qs))
qs[10].get = lambda: 1000      # the instance dict shadows the method
print(method_via_dict(qs))
del qs[10].get
print(method_via_dict(qs))
