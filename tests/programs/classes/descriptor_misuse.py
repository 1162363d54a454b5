# Misusing built-in descriptors and constructors raises TypeErrors (never crashes)
tests = [
 "staticmethod.__new__(5, len)", "property.__new__(5)", "super.__new__(5)", "classmethod.__new__(int, len)",
 "object.__new__(5)", "type.__new__(5)", "BaseException.__new__(5)", "ExceptionGroup.__new__(5, 'm', [ValueError()])",
 "staticmethod.__get__(5, None)", "property.__get__(5, None)", "property.__set__(property(), 1, 2)",
 "(lambda: 0).__get__(None, None)", "len.__call__()", "type(len).__repr__(5)",
 "super()", "super(int)", "super(int, 5).__repr__()", "super(int).x",
 "object.__init__(5, 6)", "object.__setattr__(5, 'x', 1)", "object.__delattr__(object(), 'x')",
 "type.__setattr__(int, 'x', 1)", "type.__subclasses__(5)", "int.__dict__['real'].__get__(5)",
 "BaseException.add_note(ValueError(), 5)", "ExceptionGroup('m', [ValueError()]).split(5)",
 "ExceptionGroup.derive(5, [])", "ExceptionGroup.split(ValueError(), int)",
 "(x for x in []).throw(5)", "(x for x in []).send(1, 2)", "type(iter([]))()",
 "type(property().getter)()", "type(super())()", "__build_class__()", "__build_class__(5, 'x')",
 "object.__reduce__(5)", "type.mro(5)", "type('x', (5,), {})", "type('x', (), 5)",
 "getattr(type(lambda:0).__dict__['__name__'], '__get__')(5)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
class A:
    name = type(lambda: 0).__dict__['__name__']
    real = int.__dict__['real']
    code = type(lambda: 0).__dict__['__code__']
for attr in ["name", "real", "code"]:
    try:
        print(getattr(A(), attr))
    except TypeError as e:
        print(e)
try:
    A().name = "x"
except TypeError as e:
    print(e)
class A:
    up = str.upper
    ap = list.append
    ln = len
try:
    A().up()
except TypeError as e:
    print(e)
try:
    A().ap(1)
except TypeError as e:
    print(e)
print(A().ln([1, 2]), A.up("x"))
