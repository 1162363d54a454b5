print(repr(str()), str(5), str(-2.5), str(None), str(True), str([1, 'a']), str((1,)), str({'a': 1}))
print(str(b'abc'), str('x'), str(str), str(1e100), str(10 ** 25), str(0.1))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'utf-8', 'replace'))
print(str(b'a\xffb', 'utf-8', 'ignore'), str(bytearray(b'hi'), 'utf-8'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str('abc', 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b'x', 'no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)


class S:
    def __str__(self):
        return 'custom'


class BadS:
    def __str__(self):
        return 1


print(str(S()), '%s' % S())
try:
    str(BadS())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float('nan')))
print(bool(''), bool(' '), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(None))
print(bool(range(0)), bool(b''), bool(b'\x00'), bool(object()), bool(bool))


class Z:
    def __len__(self):
        return 0


class B:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


class BadB:
    def __bool__(self):
        return 1


print(bool(Z()), bool(B()), not Z(), 'yes' if B() else 'no')
try:
    bool(BadB())
except TypeError as e:
    print(type(e).__name__, e)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True == 1, False == 0, True is bool(1), bool('False'), str(True), repr(False))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
