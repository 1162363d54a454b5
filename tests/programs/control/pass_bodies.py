# pass, docstring-only and ellipsis bodies
def nothing():
    pass
def doc_only():
    "Only a docstring."
def ellipsis_body():
    ...
class Empty:
    pass
class DocOnly:
    """Class with only a docstring."""
print(nothing(), doc_only(), ellipsis_body())
print(doc_only.__doc__, DocOnly.__doc__, Empty.__doc__)
print(..., type(...).__name__, Ellipsis is ...)
for i in range(3):
    pass
print("loop var", i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    print("try with pass body: else runs")
finally:
    pass
x = 0
while x < 3:
    x += 1
    if x == 2:
        pass
    print("x", x)
def with_pass_then_code(n):
    if n > 0:
        pass
    return n * 2
print(with_pass_then_code(5))
class WithMethods:
    def a(self):
        pass
    def b(self):
        return "b"
w = WithMethods()
print(w.a(), w.b())
e = Empty()
e.attr = 1
print(e.attr, isinstance(e, Empty))
print([None for _ in range(2)], nothing.__name__)
