# A return releases the frame's locals, cells and leftover loop values in
# order, inline for a few slots and by the runtime for more.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(a, b):
    c = D("c")
    return 1
def g(a):
    for x in [D("i1"), D("i2")]:
        y = D("y")
        return a
def h(a, b, c, d, e):
    return a
for i in range(3):
    f(D("a"), D("b"))
    print(g(D("ga")).n)
    h(D(1), D(2), D(3), D(4), D(5))
