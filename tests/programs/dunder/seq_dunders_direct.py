# Built-in sequences' __add__/__mul__/__rmul__/__iadd__/__imul__ called directly
# raise as CPython's sq_* wrappers do, while the operators keep their own
# messages and let the other operand's __radd__/__rmul__ go first.
import array, collections, copy

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
class I:
    def __index__(self): return 2
class Big:
    def __index__(self): return 2**100

seqs = ["ab", (1,), [1], b"ab", bytearray(b"ab"), collections.deque([1]), array.array('i', [1])]
others = ["'x'", "1.5", "None", "[2]", "(2,)", "b'y'", "2", "True", "I()", "Big()", "-(2**100)", "-3", "{1}"]
for s in seqs:
    name = type(s).__name__
    for meth in ["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"]:
        if not hasattr(s, meth):
            print(name, meth, "missing")
            continue
        for o in others:
            t(f"{name}.{meth}({o})", lambda: getattr(copy.copy(s), meth)(eval(o)))
    for expr in ["s + R()", "s * R()", "R() * s", "s * I()", "I() * s", "s * 'x'", "'x' * s", "s + 1", "1 + s",
                 "s * 2**100", "s * -(2**100)", "s * Big()", "s * 1.5", "None * s"]:
        t(f"{name} {expr}", lambda: eval(expr))
    for stmt in ["t *= 'x'", "t += 1", "t *= R()", "t += R()", "t *= I()", "t *= -(2**100)", "t *= 2**100", "t += [9]"]:
        ns = {"t": copy.copy(s), "R": R, "I": I}
        t(f"{name} {stmt}", lambda: (exec(stmt, ns), ns["t"])[1])

# subclasses: a class's own __add__/__mul__ replaces the sequence slot
class L(list):
    def __add__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
class L2(list): pass
class S(str):
    def __add__(self, o): return NotImplemented
class LR(list):
    def __radd__(self, o): return ("LR radd", o)
for expr in ["L() + 1", "L() * 'x'", "L() * 2", "2 * L()", "L() + [1]", "L2() + 1", "L2() * 'x'", "1 + L2()",
             "S('a') + 1", "S('a') + 'b'", "L2([1]) + [2]", "[2] + L2([1])", "L2([1]) * 2", "3 * L2([1])",
             "[1] + LR([2])", "LR([2]) + [1]", "(1,) + LR()", "LR() + 1"]:
    t(expr, lambda: eval(expr))
l = L2([1])
l *= 2
l += (3,)
print(l, type(l).__name__)

# bytes: comparisons only with bytes, % with bytes/bytearray of its own kind
for a in [b'a', bytearray(b'a')]:
    for b in [b'a', bytearray(b'a'), memoryview(b'a'), 'a', 1]:
        for meth in ["__eq__", "__lt__", "__mod__", "__rmod__"]:
            t(f"{a!r}.{meth}({type(b).__name__})", lambda: getattr(a, meth)(b))
        t(f"{a!r} == {type(b).__name__}", lambda: a == b)
for x in ['s', bytearray(b'x'), memoryview(b'm'), [1], b'b', {b'k': 1}]:
    t(f"b'a' % {type(x).__name__}", lambda: b'a' % x)
    t(f"b'%(k)s' % {type(x).__name__}", lambda: b'%(k)s' % x)
class B(bytes): pass
print(b'a' == B(b'a'), B(b'a') == b'a', b'a'.__eq__(B(b'a')), b'x'.__rmod__(B(b'%s')), bytearray(b'x').__rmod__(bytearray(b'%s')))
# array's messages name types by their full name
a = array.array('i')
for f in ["a + collections.deque()", "a.__iadd__(collections.deque())", "a.fromunicode(collections.deque())",
          "array.array(collections.deque())", "a.frombytes(collections.deque())", "array.array(a)"]:
    t(f, lambda: eval(f))
