# Error messages of common builtin operations and container mutation during iteration
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", f"{type(e).__name__}: {e}")
def mutate_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt("dict resize in iteration", mutate_dict)
def mutate_dict_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 1
attempt("dict same size mutation", mutate_dict_keys)
def mutate_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
attempt("set mutation", mutate_set)
def mutate_values():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
attempt("values view mutation", mutate_values)
def mutate_list():
    l = [1, 2, 3]
    for x in l:
        if x < 10:
            l.append(x + 10)
    return l
attempt("list grows in iteration", mutate_list)
attempt("sorted with mutation", lambda: sorted([3, 2, 1], key=lambda x: x))
def list_sort_mutation():
    l = [3, 2, 1]
    def key(x):
        l.append(0)
        return x
    l.sort(key=key)
attempt("list modified during sort", list_sort_mutation)
attempt("dict.pop missing", lambda: {}.pop("k"))
attempt("list.index missing", lambda: [1].index(2))
attempt("list.remove missing", lambda: [1].remove(2))
attempt("tuple.index missing", lambda: (1,).index(2))
attempt("str.index missing", lambda: "a".index("b"))
attempt("set.remove missing", lambda: set().remove(1))
attempt("popitem empty", lambda: {}.popitem())
attempt("pop empty list", lambda: [].pop())
attempt("pop empty set", lambda: set().pop())
attempt("min empty", lambda: min([]))
attempt("max empty key", lambda: max([], key=len))
attempt("next exhausted", lambda: next(iter([])))
attempt("iter non-iterable", lambda: iter(5))
attempt("iter callable sentinel", lambda: list(iter(iter([1, 2, None, 3]).__next__, None)))
attempt("int + str", lambda: 1 + "a")
attempt("str + int", lambda: "a" + 1)
attempt("list + tuple", lambda: [1] + (2,))
attempt("dict | list", lambda: {} | [])
attempt("{}[[]]", lambda: {}[[]])
attempt("set([[]])", lambda: set([[]]))
attempt("hash(list)", lambda: hash([]))
attempt("len(5)", lambda: len(5))
attempt("'a' * 'b'", lambda: "a" * "b")
attempt("[] * 1.5", lambda: [] * 1.5)
attempt("del None attr", lambda: delattr(None, "x"))
attempt("object().x = 1", lambda: setattr(object(), "x", 1))
attempt("getattr(1, 'nope')", lambda: getattr(1, "nope"))
attempt("str.nope", lambda: str.nope)
attempt("import nonexistent", lambda: __import__("nonexistent_mod_xyz"))
attempt("chr(-1)", lambda: chr(-1))
attempt("chr(0x110000)", lambda: chr(0x110000))
attempt("ord('ab')", lambda: ord("ab"))
attempt("int('')", lambda: int(""))
attempt("float('x')", lambda: float("x"))
attempt("range(0, 1, 0)", lambda: range(0, 1, 0))
attempt("range(1.5)", lambda: range(1.5))
attempt("[].sort(1)", lambda: [].sort(1))
attempt("sorted(key=1)", lambda: sorted([1, 2], key=1))
attempt("dict(1)", lambda: dict(1))
attempt("dict([1])", lambda: dict([1]))
attempt("dict([(1,2,3)])", lambda: dict([(1, 2, 3)]))
attempt("list(None)", lambda: list(None))
attempt("tuple(5)", lambda: tuple(5))
attempt("zip(1)", lambda: zip(1))
attempt("map(1, [1])", lambda: list(map(1, [1])))
attempt("abs('x')", lambda: abs("x"))
attempt("divmod('a', 1)", lambda: divmod("a", 1))
attempt("round('x')", lambda: round("x"))
attempt("sum(['a'])", lambda: sum(["a", "b"]))
attempt("sum(start='')", lambda: sum([], ""))
attempt("isinstance(1, 1)", lambda: isinstance(1, 1))
attempt("issubclass(1, int)", lambda: issubclass(1, int))
attempt("super() no args top", lambda: super())
attempt("bytes('a')", lambda: bytes("a"))
attempt("open(5.5)", lambda: open(5.5))
attempt("print(sep=1)", lambda: print(sep=1))
attempt("format(1, 1)", lambda: format(1, 1))
attempt("setattr(1)", lambda: setattr(1))
attempt("vars(1)", lambda: vars(1))
attempt("dir(1, 2)", lambda: dir(1, 2))
attempt("hex(1.5)", lambda: hex(1.5))
attempt("bin('1')", lambda: bin("1"))
attempt("enumerate(1)", lambda: enumerate(1))
attempt("reversed(5)", lambda: reversed(5))
attempt("reversed({})", lambda: reversed({1: 2}).__next__())
attempt("slice(1)[0]", lambda: slice(1)[0])
attempt("frozenset().add", lambda: frozenset().add(1))
attempt("().append", lambda: ().append(1))
attempt("'abc'[1] = 'x'", lambda: exec("s = 'abc'; s[1] = 'x'"))
attempt("del 'abc'[0]", lambda: exec("s = 'abc'; del s[0]"))
attempt("(1,)[0] = 2", lambda: exec("t = (1,); t[0] = 2"))
attempt("x = undefined", lambda: exec("x = undefined_thing"))
attempt("1/0 in eval", lambda: eval("1/0"))
attempt("int(2**64) in range idx", lambda: [1][2**64])
attempt("'x'[2**64]", lambda: "x"[2**64])
