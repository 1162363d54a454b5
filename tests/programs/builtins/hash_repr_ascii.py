print(hash(1), hash(0), hash(-1), hash(True), hash(False), hash(1.0), hash(1.5))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(None) == hash(None))
for v in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)


class H:
    def __hash__(self):
        return 42


class BadH:
    def __hash__(self):
        return 'x'


class Huge:
    def __hash__(self):
        return 2 ** 100


class NoHash:
    def __eq__(self, other):
        return True


print(hash(H()))
try:
    hash(BadH())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(Huge()) == hash(2 ** 100), hash(2 ** 100))
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(1), repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr([1, 'x', None]), repr((1,)), repr({'k': [1.5]}), repr(b'\x00ab'))
print(repr('tab\there'), repr('nl\n'), repr('\\'), repr('\x7f'), repr('é'), repr('\u200b'))
print(ascii('é'), ascii('中文'), ascii('😀'), ascii('plain'), ascii(['é', 1]))
print(ascii('\x00\n\x7f\x80\xff'), ascii('\u20ac'), ascii(b'\xff'))


class R:
    def __repr__(self):
        return 'R<é>'


print(repr(R()), ascii(R()), str(R()), [R()])


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(float('nan')), repr(-0.0), repr(1e300 * 10), repr(10 ** 20), repr(True))
print(repr(repr('a')), repr(str), repr(int), repr(None), repr(Ellipsis), repr(NotImplemented))
print(repr(range(3)), repr(slice(1, 2)), repr(set()), repr(frozenset()), repr({}))
