# array's conversion errors and other exceptions, with CPython's messages.
from array import array as A

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(getattr(f, '__name__', '?'), args, type(e).__name__, e)
    else:
        print(getattr(f, '__name__', '?'), args, '->', r)

class Idx:
    def __index__(self):
        return 5
    def __repr__(self):
        return 'Idx()'

for c in 'bBhHiIlLqQ':
    for v in (-1, 128, 256, 70000, 2**31, 2**32, 2**63, 2**64, -2**63 - 1, 1.5, 'a', True):
        attempt(A, c, [v])
    attempt(A, c, [Idx()])
for c in 'fd':
    for v in (1, 1.5, 'a', 2**1024, None):
        attempt(A, c, [v])
for v in ('a', 'ab', 1, b'a'):
    attempt(A, 'u', [v])
attempt(A, 'i', 'abc')
attempt(A, 'z')
attempt(A, 'ab')
attempt(A, 1)
attempt(A)
attempt(A, 'i', [1], 2)
attempt(A, 'i', x=1)
attempt(A, 'i', b'\x01')
attempt(A, 'i', A('u', 'ab'))
attempt(lambda: A('i', iter([1, 'x'])))
attempt(A, 'i', 5)

a = A('i', [1, 2, 3, 4, 5])
attempt(a.__getitem__, 5)
attempt(a.__getitem__, -6)
attempt(a.__getitem__, 'x')
attempt(a.__getitem__, 2**70)
attempt(a.__setitem__, 9, 1)
attempt(a.__setitem__, 0, 2**40)
attempt(a.__setitem__, slice(0, 2), [1])
attempt(a.__setitem__, slice(0, 2), A('d', [1]))
attempt(a.__setitem__, slice(0, 5, 2), A('i', [1]))
attempt(a.__setitem__, 'x', 1)
attempt(a.__delitem__, 9)
attempt(a.pop, 10)
attempt(A('i').pop)
attempt(a.pop, 'x')
attempt(a.remove, 42)
attempt(a.index, 42)
attempt(a.index, 2, 2)
attempt(a.insert, 'x', 1)
attempt(a.insert, 0)
attempt(a.extend, [1, 'x'])
print(a)
attempt(a.extend, A('d', [1.0]))
attempt(a.extend, 5)
attempt(a.append, 'x')
attempt(a.append)
attempt(a.frombytes, 'x')
attempt(a.frombytes, b'\x01')
attempt(a.fromlist, (1,))
attempt(a.fromlist, [1, 'x'])
print(a)
attempt(a.tounicode)
attempt(a.fromunicode, 'x')
attempt(A('u').fromunicode, 5)
attempt(lambda: a + A('d'))
attempt(lambda: a + [1])
attempt(lambda: a * 'x')
attempt(lambda: [1] + a)
attempt(lambda: a < [1])
def iadd():
    b = A('i')
    b += [1]
attempt(iadd)
attempt(hash, a)
attempt(A('u', 'a').byteswap)
