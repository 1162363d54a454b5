# `return x` right after loading local x: tier 1 moves the local's
# reference out of the dying frame instead of counting a new one and
# dropping the local's. With a frame object alive (sys._getframe), the
# local keeps its reference; a returned constant is counted.
import sys

deleted = []


class N:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        deleted.append(self.i)


def make(i):
    x = N(i)
    return x


def const():
    return "abc"


def frame_kept(i):
    x = [i]
    f = sys._getframe()
    return x, f


def frame_local(i):
    x = [i]
    f = sys._getframe()
    return x


def fib(n):
    if n < 2:
        return n
    r = fib(n - 1) + fib(n - 2)
    return r


for k in range(3):
    m = make(k)
    print("made", m.i, "deleted so far", deleted)
    del m
    print("after del", deleted)
total = 0
for k in range(3000):
    m = make(k)
    total += m.i
    if k % 1000 == 0:
        print(k, len(deleted))
    del m
print(total, len(deleted), deleted[-1])
s = 0
for k in range(3000):
    s += len(const())
    v, fr = frame_kept(k)
    w = frame_local(k)
    if k == 2999:
        print(v, fr.f_locals["x"], w, sys.getrefcount(v), sys.getrefcount(w))
print(s, fib(20))
