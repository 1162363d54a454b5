# iter() of an iterator: built-in iterators return themselves; a subclass's
# own __iter__ runs; a closed file's __iter__ still raises.
import io


def gen():
    yield 1
    yield 2


g = gen()
for it in (g, iter([1]), iter((1,)), iter("ab"), iter(range(2)), iter({1: 2}), iter({1: 2}.values()),
           enumerate("x"), zip("a", "b"), map(str, [1]), filter(None, [1]), reversed([1, 2]), iter({3})):
    assert iter(it) is it, type(it).__name__
print(sum(x for x in gen()), list(iter(gen())))


class Twice(enumerate):
    def __iter__(self):
        print("Twice.__iter__")
        return iter([("t", 0), ("t", 1)])


print(list(Twice("ab")))
for pair in Twice("cd"):
    print(pair)

f = io.StringIO("a\nb\n")
print(iter(f) is f, list(f))
f.close()
try:
    iter(f)
except ValueError as e:
    print("ValueError:", e)


class Custom:
    def __iter__(self):
        return gen()


print(sum(Custom()), [x * 2 for x in Custom()])
