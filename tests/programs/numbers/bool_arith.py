print(True + True, True - False, True * 7, False * 7, True / 2, True // 2, True % 2, True ** 3, -True, +True)
print(True == 1, False == 0, True is True, True != 2, True > False, True < 2, sum([True] * 10))
print(True & True, True & False, True | False, False ^ True, True ^ True, ~True, ~False)
print(type(True & False).__name__, type(True | 1).__name__, type(True + 0).__name__, type(-True).__name__)
print(True << 3, True >> 1, int(True), float(True), str(True), repr(False), bool('x'), bool(None))
print(isinstance(True, int), issubclass(bool, int), True.bit_length(), hash(True), hash(False))
print(['no', 'yes'][True], ['no', 'yes'][False], {True: 'x'}[1], {1: 'y'}[True])
print(max(True, 0), min(False, -1), abs(True), divmod(True, True), round(True), True.real)
try:
    bool.__new__(bool, 2) if False else True / False
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True and 5, False and 5, True or 5, False or 5, not True, not 0, not '')
print(bool.__name__, True.__class__, format(True), format(True, '>6'), f'{False!r}', '%d' % True, '%s' % True)
count = 0
for v in [0, 1, 2, '', 'a', [], [0], None]:
    count += bool(v)
print(count)
