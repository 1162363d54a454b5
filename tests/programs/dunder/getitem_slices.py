# __getitem__, __setitem__ and __delitem__ receive ints, slices and tuples
class Recorder:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("  get", repr(key))
        return key
    def __setitem__(self, key, value):
        print("  set", repr(key), value)
    def __delitem__(self, key):
        print("  del", repr(key))
r = Recorder()
r[0]
r[-1]
r[1:3]
r[:]
r[::2]
r[1:2:3]
r[::-1]
r[1, 2]
r[1:2, ::3]
r[...]
r["key"]
r[None:5]
r[0] = "a"
r[1:4] = "b"
r[::2] = "c"
del r[5]
del r[2:]
del r[:, 1]
s = r[2:8:3]
print(type(s).__name__, s.start, s.stop, s.step)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(3), slice(1, 2), slice(1, 2) == slice(1, 2))
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __repr__(self):
        return "Seq(" + repr(self.items) + ")"
q = Seq("abcdef")
print(q[0], q[-1], q[1:4], q[::-2], len(q))
q[0] = "A"
q[1:3] = ["X", "Y", "Z"]
print(q)
del q[::2]
print(q)
del q[0]
print(q)
try:
    q[100]
except IndexError as e:
    print(type(e).__name__, e)
class ReadOnly:
    def __getitem__(self, k):
        return k * 2
ro = ReadOnly()
print(ro[21], ro["ab"])
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
class Nothing:
    pass
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
