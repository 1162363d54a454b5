# Strs of every small length (exact strs keep their text in the object),
# str subclass instances (text kept apart, dict after the fields), and the
# paths that build strs: concatenation, slicing, splitting, joining,
# formatting, interning, one-character strs.

texts = []
for n in range(0, 40):
    s = "".join(chr(97 + (i * 7) % 26) for i in range(n))
    texts.append(s)
    u = s + "é" * (n % 3) + "€" * (n % 2) + "😀" * (n % 4 == 3)
    texts.append(u)

total = 0
for s in texts:
    t = s + s[::-1]
    assert len(t) == 2 * len(s)
    assert t[: len(s)] == s and t[len(s):] == s[::-1]
    total += hash(t) == hash(s + s[::-1])
    total += len(s.split("a")) + len("-".join(s))
    total += sum(map(len, s.partition("e")))
print(total)

# Equal text, different builds: equal, same hash, usable as the same key.
d = {}
for s in texts:
    d[s] = len(s)
for s in texts:
    again = "".join(list(s))
    assert again == s and hash(again) == hash(s) and d[again] == len(s)
print(len(d), sum(d.values()))


class Tagged(str):
    pass


class Slotted(str):
    __slots__ = ("note",)


class WithInit(str):
    def __new__(cls, text, note):
        self = super().__new__(cls, text)
        self.note = note
        return self


items = []
for i, s in enumerate(texts[:30]):
    a = Tagged(s)
    a.attr = i
    b = Slotted(s)
    b.note = s.upper()
    c = WithInit(s, i * 2)
    items.append((a, b, c))
    assert a == s and b == s and c == s
    assert hash(a) == hash(s) and d[a] == len(s)
    assert type(a + "x") is str and (a + "x") == s + "x"
    assert type(a[:]) is str and a[1:] == s[1:]
    assert str(a) == s and type(str(a)) is str
for a, b, c in items[-5:]:
    print(repr(a), a.attr, repr(b), b.note, repr(c), c.note, type(a).__name__, len(a), len(c))

empty_sub = Tagged("")
print(repr(empty_sub), len(empty_sub), empty_sub == "", bool(empty_sub), hash(empty_sub) == hash(""))
del items, empty_sub

# One-character strs, interning, and a long str.
chars = [chr(c) for c in range(0, 300, 7)]
print("".join(chars[10:20]), [ord(c) for c in "".join(chars)[::9]])
import sys
name = sys.intern("tern_" + "storage")
print(name is sys.intern("tern_storage"), name)
big = "ab€" * 100000
print(len(big), big.count("€"), big[-4:], len(big.encode()), big[150000:150003])
parts = big.split("€")
print(len(parts), parts[0], parts[-1] == "", len("".join(parts)))
print(f"{texts[9]:>15}|{texts[9]!r:^20}|" + "%s/%5s" % (texts[7], texts[3]))

# Joins and f-strings write the parts straight into the new str.
for sep in ["", "-", "é", "<>", Tagged("+")]:
    for items in [[], [""], ["", ""], ["a"], ["", "b", ""], ["ab", "€", Tagged("x")], [texts[11]] * 3, ("q" for _ in range(4))]:
        r = sep.join(items)
        print(repr(sep), repr(r), len(r), type(r).__name__, r == "".join(r), r.isascii())
print("".join(["", "z", ""]), "-".join(["", ""]), len(f"{''}{''}"), f"{''}{'é'}{''}")
for bad in [["a", 1], [b"x"], ["a", "b", None]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError", e)
w, x = "wx", "€"
print(f"{w}{x}{w!r}{3:>4}|{x:*^5}|", len(f"{w}{x}"), f"{w}{x}".isascii(), f"{w}{w}".isascii())
