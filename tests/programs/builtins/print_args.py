import sys

print()
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ')
print('a', 'b', sep='-', end='!\n')
print('no newline', end='')
print(' <- joined')
print('x', end='')
print(end='')
print()
print(None, True, False, 1.5, [1, 'a'], (2,), {3: 4})
print('multi\nline')
print(*[1, 2, 3])
print(*'abc', sep='|')
print('sep None', 'works', sep=None)
print('end None', end=None)
print('flush', flush=True)
r = print('returns')
print(r)
print('to stderr', file=sys.stderr)
print('to stdout', file=sys.stdout)
print('explicit None file', file=None)
try:
    print('x', sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


w = W()
print('a', 'b', file=w)
print(1, 2, sep='::', end='$', file=w)
print(w.parts)


class S:
    def __str__(self):
        return 'S-str'

    def __repr__(self):
        return 'S-repr'


print(S(), [S()], (S(),))
print('', '', sep='X')
print('tab\tend')
