import _operator as op
import operator

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.matmul.__name__)
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.index(7), op.not_([]), op.truth([0]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt('b', 'a'), op.ge([1], [2]))
print(op.is_(None, None), op.is_not(1, None), op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.getitem({'k': 'v'}, 'k'), op.getitem('hello', slice(1, 3)))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1); print(l)
x = [1]; y = op.iadd(x, [2]); print(x, y is x)
t = (1,); u = op.iadd(t, (2,)); print(t, u)
s = 'a'; print(op.iconcat(s, 'b'), op.imul('ab', 2), op.isub(5, 1), op.ipow(2, 3), op.imod(7, 4), op.ior({1}, {2}))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(5), op.length_hint(5, 7))
class LH:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint(LH(), 4))
class BadLH:
    def __length_hint__(self):
        return -1
try:
    op.length_hint(BadLH())
except ValueError as e:
    print('ValueError', e)
print(op.call(max, 1, 5, 3), op.call(dict, a=1))
print(op._compare_digest(b'abc', b'abc'), op._compare_digest('abc', 'abd'), op._compare_digest(b'a', bytearray(b'a')), op._compare_digest(b'ab', b'a'))
print(operator.add is op.add, operator.__add__(1, 1), operator.itemgetter is op.itemgetter)
