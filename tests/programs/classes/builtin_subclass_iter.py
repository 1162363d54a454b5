# Iterating instances of list/tuple/str/dict subclasses uses the built-in
# storage, as CPython's list_iterator and friends do: an overridden
# __getitem__ or __len__ is not consulted, an overridden __iter__ is.
class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __len__(self):
        return 99

class T(tuple):
    def __getitem__(self, i):
        return "never"

class S(str):
    def __getitem__(self, i):
        return "never"

class D(dict):
    def __getitem__(self, k):
        return "never"

class OwnIter(list):
    def __iter__(self):
        yield "own"

l = L([1, 2, 3])
print(list(l), [x for x in l], sum(l), sorted(l, reverse=True))
print(type(iter(l)).__name__, type(iter(T((1,)))).__name__)
print(list(T((4, 5))), list(S("ab")), list(D(a=1, b=2)), list(OwnIter([1, 2])))
a, b, c = l
print(a, b, c, l[0])
it = iter(l)
print(next(it), it.__length_hint__())
l.append(4)
print(list(it))
print(max(T((3, 9, 2))), min(S("zqa")), ",".join(S("xyz")))
