# Objects still referenced by module globals are finalized when the program ends
class A:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
_x = A("_x")
b = A("b")
lst = [A("in list")]
c = A("c")
d = {"k": A("in dict")}
t = (A("in tuple"),)
__y = A("__y")
def g():
    try:
        yield 1
    finally:
        print("gen finally")
gen = g(); next(gen)
tmp = A("temporary")
tmp = None
print("end of program")
