print(format(42), format(42, ''), format(42, 'd'), format(42, '5'), format(42, '<5') + '|')
print(format(3.14159, '.2f'), format(3.14159), format('abc', '>6'), format('abc', '^7'))
print(format(255, 'x'), format(255, '#X'), format(5, 'b'), format(8, 'o'), format(65, 'c'))
print(format(1234567, ','), format(1234567, '_'), format(0.5, '%'), format(1e-7, 'g'))
print(format(None), format(True), format(True, 'd'), format([1, 2]), format((1,)))
print(repr(format('', '')), repr(format('x', '0')), format(-3, '+'), format(3, '+'))
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('a', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], '>5')
except TypeError as e:
    print(type(e).__name__, e)


class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'


print(format(F()), format(F(), 'abc'), '{:xyz}'.format(F()), f'{F():!}')


class BadF:
    def __format__(self, spec):
        return 3


try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(format(1.0), format(1.0, ''), format(1e16), format(1e16, ''), format(1.5, 'g'))
print(format(10 ** 20, 'e'), format(-0.0, ''), format(float('inf'), '+'), format(float('nan'), '>5'))
print(format(12.5, '0=+10.3f'), format('s', '*^9'), format(7, '08b'))
