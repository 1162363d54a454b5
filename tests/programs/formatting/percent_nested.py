# %-formatting whose conversions run Python code that formats with % again
# (the format's characters are kept per call), raises midway, or formats
# ints with and without flags, width and precision.

class Inner:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return "<%s:%d/%r>" % ("inner", self.n, "x" * self.n)
    def __repr__(self):
        return "Inner(%d)" % self.n

class Bad:
    def __str__(self):
        raise ValueError("no %s for %d" % ("text", 7))

for n in range(4):
    print("%s | %d | %r | %s-%5d|%-4d|" % (Inner(n), n, Inner(n), "tail", n * 11, -n))
try:
    print("%d %s %d" % (1, Bad(), 3))
except ValueError as e:
    print("ValueError", e)
print("after: %s %s" % ("still", "fine"), "%d%%" % 50)

for v in (0, 7, -7, 2**40, -2**62, 2**62 - 1, 2**62, 2**100, True, False):
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%o" % ((v,) * 11))
class IntSub(int):
    def __str__(self):
        return "sub"
print("%d %s %r" % (IntSub(5), IntSub(5), IntSub(5)))
print(b"%d %i %5d" % (3, -4, 5), "%c%c" % (65, "b"))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError", e)
