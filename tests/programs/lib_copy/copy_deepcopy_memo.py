# copy.deepcopy: the memo dict, cycles through lists/dicts/instances, shared substructure, custom __deepcopy__ using memo.
import copy

a = [1, 2]
b = [a, a, (a,)]
c = copy.deepcopy(b)
print(c, c[0] is c[1], c[0] is c[2][0], c[0] is a)

cyc = [1]
cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d is not cyc, len(d))

dd = {"k": None}
dd["k"] = dd
e = copy.deepcopy(dd)
print(e["k"] is e, e is dd)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node("root")
x = root.add(Node("x"))
x.add(Node("y"))
r2 = copy.deepcopy(root)
print(r2.name, r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0], r2.children[0] is x)

memo = {}
lst = [1, [2, 3]]
out = copy.deepcopy(lst, memo)
print(out, id(lst) in memo, memo[id(lst)] is out, sum(1 for k in memo if k != id(memo)))
print(memo[id(memo)][0] is lst)

pre = {}
inner = [9]
replacement = ["replaced"]
pre[id(inner)] = replacement
print(copy.deepcopy([inner, inner], pre))

class Tracked:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        Tracked.calls += 1
        new = Tracked(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new

t = Tracked([1, 2])
pair = copy.deepcopy([t, t, {"t": t}])
print(Tracked.calls, pair[0] is pair[1], pair[2]["t"] is pair[0], pair[0].v)

# tuples of atomic values are returned as is, tuples containing mutables are copied
t1 = (1, "a", None)
print(copy.deepcopy(t1) is t1, copy.copy(t1) is t1)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3 == t2, t3 is t2, t3[1] is t2[1])

# immutable atoms, functions and classes are not copied
def f(): pass
for atom in (None, 1, 2.5, "s", b"b", f, Node, range(3), Ellipsis, NotImplemented, frozenset()):
    print(type(atom).__name__, copy.deepcopy(atom) is atom, copy.copy(atom) is atom)

fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
by = bytearray(b"xy")
print(copy.copy(by), copy.copy(by) is by)
