# itertools cycle/chain __reduce__/__setstate__: shared saved list, pickling mid-iteration, state validation messages.
import itertools as it, pickle, copy
c = it.cycle([1,2,3])
print([next(c) for _ in range(4)], c.__reduce__()[1][0].__class__.__name__, c.__reduce__()[2])
d = pickle.loads(pickle.dumps(c)); print([next(d) for _ in range(5)])
c2 = it.cycle("ab"); print(c2.__reduce__()[2], next(c2), c2.__reduce__()[2])
for bad in (5, (1,), ([1], 1, 2), ((1,), 1)):
    try: it.cycle("x").__setstate__(bad)
    except TypeError as e: print("TypeError:", e)
ch = it.chain([1,2],[3]); next(ch)
print(list(pickle.loads(pickle.dumps(ch))), ch.__reduce__()[0].__name__)
x = it.chain(); print(list(x), x.__reduce__())
for bad in (5, (), (1,), (iter([]), 1), (iter([]), iter([]), 3)):
    try: it.chain().__setstate__(bad)
    except TypeError as e: print("TypeError:", e)
e = it.chain.from_iterable(["ab", "c"]); e.__setstate__((iter(["xy"]),)); print(list(e))
