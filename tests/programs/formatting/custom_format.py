class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return format('$%d.%02d' % divmod(self.cents, 100), spec)

    def __str__(self):
        return 'Money(%d)' % self.cents

    def __repr__(self):
        return 'Money<%d>' % self.cents


m = Money(12345)
print(format(m), format(m, 'short'), format(m, '>12'), '{}'.format(m), '{:short}'.format(m), f'{m:^14}', f'{m!s}', f'{m!r}')
print('%s %r' % (m, m), str(m), repr(m), [m])


class NoFormat:
    def __str__(self):
        return 'nf'


print(format(NoFormat()), '{}'.format(NoFormat()), f'{NoFormat()}', '{:}'.format(NoFormat()))
try:
    format(NoFormat(), '>5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{NoFormat():x}'
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    pass


class StrSub(str):
    pass


print(format(IntSub(5), '03'), format(StrSub('ab'), '>4'), f'{IntSub(255):x}', '{}'.format(StrSub('s')))


class BoolLike:
    def __format__(self, spec):
        return 'spec=' + repr(spec)


print(f'{BoolLike()}', f'{BoolLike():abc}', '{:{}}'.format(BoolLike(), 'nested'), f'{BoolLike()!s:>3}'.startswith('<'))
