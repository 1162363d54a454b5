# Argument-count, keyword and type errors of str methods, worded as CPython's.
calls = [
    lambda: 'a'.lower(1), lambda: 'a'.lower(x=1), lambda: 'a'.center(), lambda: 'a'.center('x'), lambda: 'a'.center(5, 'xy'),
    lambda: 'a'.center(5, 1), lambda: 'a'.center(5, 'x', 1), lambda: 'a'.center(width=3), lambda: 'a'.count(),
    lambda: 'a'.count(1), lambda: 'a'.count('a', 'x'), lambda: 'a'.count('a', None, None, 1), lambda: 'a'.count(x=1),
    lambda: 'a'.find(), lambda: 'a'.rindex('z'), lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', 1),
    lambda: 'a'.encode(None), lambda: 'a'.encode(x=1), lambda: 'a'.encode('utf-8', 'strict', 1), lambda: 'a'.endswith(1),
    lambda: 'a'.endswith((1,)), lambda: 'a'.startswith(), lambda: 'a'.startswith('a', 0, 1, 2), lambda: 'a'.expandtabs('x'),
    lambda: 'a'.expandtabs(1, 2), lambda: 'a'.format_map(), lambda: 'a'.format_map(1, 2), lambda: '{x}'.format_map(1),
    lambda: 'a'.join(), lambda: 'a'.join(1), lambda: 'a'.join([1]), lambda: 'a'.join(['a', 2]), lambda: 'a'.partition(),
    lambda: 'a'.partition(1), lambda: 'a'.rpartition(''), lambda: 'a'.replace('a'), lambda: 'a'.replace(1, 'b'),
    lambda: 'a'.replace('a', None), lambda: 'a'.replace('a', 'b', 'c'), lambda: 'a'.replace('a', 'b', count=1),
    lambda: 'a'.split(1), lambda: 'a'.split(''), lambda: 'a'.split(maxsplit='x'), lambda: 'a'.split(x=1),
    lambda: 'a'.split(1, 2, 3), lambda: 'a'.split('a', 1, maxsplit=1), lambda: 'a'.rsplit(sep=1),
    lambda: 'a'.splitlines(1, 2), lambda: 'a'.splitlines('x'), lambda: 'a'.splitlines(x=1), lambda: 'a'.strip(1),
    lambda: 'a'.lstrip(1), lambda: 'a'.strip('a', 'b'), lambda: 'a'.translate(), lambda: 'a'.translate(1),
    lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: 'a'.zfill(), lambda: 'a'.zfill(1, 2),
    lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(None), lambda: str.maketrans(), lambda: str.maketrans(1),
    lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans(1, 'a'), lambda: str.maketrans('a', 2), lambda: str.maketrans('a', 'b', 1), lambda: str.maketrans(1, 2, 3, 4),
    lambda: 'a' * 'b', lambda: 'a' * 1.5, lambda: 'a' + 1, lambda: 'a'[str('x')], lambda: 'a'[::0], lambda: 1 in 'a',
    lambda: str(1, 2), lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: str(b'\xff', 'utf-8'), lambda: str(b'\xff', 'bogus'),
    lambda: str(x=1), lambda: 'a'.center(2 ** 70), lambda: 'a' * 2 ** 70, lambda: 'a'.expandtabs(2 ** 70), lambda: 'a'.__format__(1),
    lambda: 'a'.__sizeof__(1), lambda: 'a'.isidentifier(None), lambda: 'a'.ljust(3, 'ab'), lambda: 'abc'.index('d', 1),
]
for i, c in enumerate(calls):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 3
print('ab' * Idx(), 'abcdef'[Idx()], 'abc'.center(Idx() .__index__() + 2, '*'), '!'.__rmod__('%s'), 'a'.__rmod__(1))
