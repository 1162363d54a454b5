# Reads of missing dict keys: KeyError carries the key, whichever path the
# read takes (str and int keys, keys added or removed between reads, dict
# subclasses with __missing__, keys whose equality runs Python code).


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        calls.append(self.v)
        return isinstance(other, Key) and self.v == other.v or other == self.v


class Counting(dict):
    def __missing__(self, key):
        return ("missing", key)


calls = []


def read(d, k):
    try:
        return d[k]
    except KeyError as e:
        return ("KeyError", e.args)


def scan(d, keys):
    return [read(d, k) for k in keys]


def main():
    d = {i: i * 2 for i in range(0, 30, 3)}
    s = {"a": 1, "bb": 2}
    out = []
    for rep in range(400):
        out.append(read(d, rep % 31))
        out.append(read(s, "abc"[rep % 3] * (rep % 2 + 1)))
    print(out[:12], len(out))
    # The same key missing in one dict and present in another.
    e = {}
    f = {7: "seven"}
    for rep in range(3):
        print(read(e, 7), read(f, 7), read(e, 7))
    # Added and removed between reads.
    g = {}
    for rep in range(6):
        r = read(g, "k")
        if rep % 2:
            del g["k"]
        else:
            g["k"] = rep
        print(r, end=" ")
    print()
    # A stored key whose equality runs Python code (same hash as 5).
    h = {Key(5): "five-key"}
    print(read(h, 5), read(h, 6), calls)
    print(scan(Counting(a=1), ["a", "b", 3]))
    # Fresh keys, freed after each read: a missing one's memory may hold
    # the next, present one.
    p = {"k%d" % i: i for i in range(0, 200, 2)}
    hits = misses = 0
    for i in range(2000):
        r = read(p, "k%d" % (i % 200))
        if isinstance(r, tuple):
            misses += 1
        else:
            hits += p["k%d" % (i % 200 - i % 2)] - r + 1
    print(hits, misses)
    # Errors from the key itself: unhashable.
    try:
        d[[1]]
    except TypeError as err:
        print("TypeError", err)
    # Uncaught: the traceback names the read.
    z = {"present": 1}
    print(z["absent"])


main()
