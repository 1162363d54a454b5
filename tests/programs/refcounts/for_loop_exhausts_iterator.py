# A `for` loop that runs a list or tuple iterator to its end: the iterator
# lets go of the sequence (it stays finished however the list grows, and
# the sequence's count drops), whether or not something else holds it.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def drain(seq, keep):
    it = iter(seq)
    total = 0
    for x in it:
        total += x
    if keep:
        return total, it
    return total, None


def run(rounds):
    xs = [1, 2, 3]
    base = sys.getrefcount(xs)
    results = []
    for i in range(rounds):
        total, it = drain(xs, i % 2 == 1)
        if it is not None:
            xs.append(4)
            results.append((total, list(it), sys.getrefcount(xs) - base))
            xs.pop()
    return results[:2], results[-1], sys.getrefcount(xs) - base


print(run(3))
print(run(2000))

t = (5, 6, 7)
for rounds in (1, 1500):
    for i in range(rounds):
        it = iter(t)
        s = 0
        for x in it:
            s += x
    print(s, list(it), next(it, "done"))


def owner(n):
    for i in range(n):
        holder = [Noisy("n%d" % i)] if i % 700 == 0 else [i]
        for item in holder:
            pass
        del holder
    print("loop over")


owner(1401)
print("end")
