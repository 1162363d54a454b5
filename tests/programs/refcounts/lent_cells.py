# LoadDeref lends a cell's value to the instruction right after it: the
# value stays counted by the cell, and a path that runs Python code (which
# may rebind the cell through nonlocal) counts it first. An empty cell
# still raises NameError.
import sys
class Obj:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def outer():
    k = Obj(1)
    f = 2.5
    s = "ab"
    def setk():
        nonlocal k
        k = 2
    class A:
        def __add__(self, o):
            setk()
            return 7
    def use(x):
        return x + k
    def fl(x):
        return x * f + f
    def st(x):
        return (s + x) if x < s else s
    def ret():
        return k
    tot = 0.0
    for i in range(3000):
        tot += fl(i)
        st("a")
    print(tot, st("zz"))
    print(use(A()))
    print(ret())
    def empty():
        print(z)
    try:
        empty()
    except NameError as e:
        print("NameError", e)
    z = 1
    return use
u = outer()
print("end")
