# Exact messages of unpacking errors
def attempt(desc, fn):
    try:
        fn()
        print(desc, "ok")
    except (ValueError, TypeError) as e:
        print(desc, "->", type(e).__name__ + ":", e)
def two(seq):
    a, b = seq
    return a, b
def three(seq):
    a, b, c = seq
def star(seq):
    a, b, *c, d = seq
attempt("two([1,2,3])", lambda: two([1, 2, 3]))
attempt("two([1])", lambda: two([1]))
attempt("two([])", lambda: two([]))
attempt("two('abcd')", lambda: two("abcd"))
attempt("three((1, 2))", lambda: three((1, 2)))
attempt("three(range(10))", lambda: three(range(10)))
attempt("two(iter([1,2,3]))", lambda: two(iter([1, 2, 3])))
attempt("two(gen)", lambda: two(x for x in range(5)))
attempt("two({1:2})", lambda: two({1: 2}))
attempt("two(5)", lambda: two(5))
attempt("two(None)", lambda: two(None))
attempt("two(2.5)", lambda: two(2.5))
attempt("star([1,2])", lambda: star([1, 2]))
attempt("star([1,2,3])", lambda: star([1, 2, 3]))
attempt("star(7)", lambda: star(7))
def nested(seq):
    (a, b), c = seq
attempt("nested", lambda: nested([(1, 2, 3), 4]))
attempt("nested2", lambda: nested([1, 2]))
def one(seq):
    a, = seq
attempt("one([])", lambda: one([]))
attempt("one([1, 2])", lambda: one([1, 2]))
class NotIter:
    pass
attempt("two(NotIter())", lambda: two(NotIter()))
