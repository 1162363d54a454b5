# Exceptions raised inside generators and comprehensions
def risky_gen(items):
    for it in items:
        yield 10 // it
g = risky_gen([5, 2, 0, 1])
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError as e:
    print("caught from generator after", out, "-", e)
print("generator finished:", list(g))
try:
    [10 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print("list comprehension:", e)
try:
    {x: 1 / x for x in [2, 0]}
except ZeroDivisionError as e:
    print("dict comprehension:", e)
try:
    sum(int(s) for s in ["1", "2", "three"])
except ValueError as e:
    print("generator expression:", e)
def safe_gen(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield "inf"
print(list(safe_gen([5, 0, 2])))
def handler_with_yield():
    try:
        yield "start"
        raise KeyError("inside")
    except KeyError as e:
        yield "handled " + str(e)
    finally:
        yield "finally"
print(list(handler_with_yield()))
def converting(items):
    for it in items:
        try:
            yield int(it)
        except ValueError as e:
            raise TypeError("bad item " + repr(it)) from e
try:
    list(converting(["1", "x"]))
except TypeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
def closing_with_error():
    try:
        yield 1
    finally:
        print("cleanup in generator finally")
gen = closing_with_error()
next(gen)
try:
    gen.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw propagated:", e)
values = []
for x in [3, 0, 4]:
    try:
        values.append(12 // x)
    except ZeroDivisionError:
        values.append(None)
        continue
    finally:
        values.append("f")
print(values)
try:
    [y for y in undefined_iterable]
except NameError as e:
    print(type(e).__name__, e)
try:
    [undefined_in_element for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
