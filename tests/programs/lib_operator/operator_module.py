# operator (the Lib wrapper over _operator): in-place ops, getter reprs and pickling reduce, call, length_hint protocol, index, concat errors.
import copy
import operator as op

lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iconcat(lst, [3]), op.imul([0], 3), op.isub(5, 3), op.ipow(2, 10), op.imatmul is not None)
s = {1, 2}
print(op.ior(s, {3}) is s, op.iand({1, 2}, {2}), op.ixor({1, 2}, {2, 3}), op.ilshift(1, 3), op.irshift(16, 2), op.imod(7, 3), op.ifloordiv(7, 2), op.itruediv(7, 2))
ig = op.itemgetter(1, "k") if False else op.itemgetter(1, 0)
ag = op.attrgetter("real", "imag")
mc = op.methodcaller("split", ",", maxsplit=1)
print(repr(ig), repr(ag), repr(mc), repr(op.itemgetter("a")), repr(op.attrgetter("a.b")), repr(op.methodcaller("f")))
print(ig("xyz"), ag(3 + 4j), mc("a,b,c"), op.attrgetter("__class__.__name__")(1))
print(ig.__reduce__()[1], ag.__reduce__()[1], type(mc.__reduce__()[0]).__name__)
print(copy.copy(ig)("ab"), copy.deepcopy(mc)("x,y,z"))
print(op.call(max, 1, 5, 3), op.call(dict, a=1), op.index(7), op.length_hint(iter(range(4))), op.length_hint(object(), 9))

class Hint:
    def __length_hint__(self):
        return 3
class BadHint:
    def __length_hint__(self):
        return -1
class NIHint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint(Hint()), op.length_hint(NIHint(), 4))
for bad in (lambda: op.length_hint(BadHint()), lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.concat([1], (2,)),
            lambda: op.iconcat(1, [2]), lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(),
            lambda: op.methodcaller(1), lambda: op.attrgetter("x")(1), lambda: op.itemgetter(5)([1])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(op.is_(None, None), op.is_not(1, None), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem([1, 2, 3], slice(1, None)), op.truth([]), op.not_(0), op.neg(3), op.pos(-2), op.inv(5), op.abs(-3.5))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.ge(1, 2), op.gt(2, 1), op.matmul.__name__, op.__lt__ is op.lt)
print(sorted(["bb", "a", "ccc"], key=op.methodcaller("__len__")), sorted([(1, "b"), (1, "a"), (0, "z")], key=op.itemgetter(0, 1)))
