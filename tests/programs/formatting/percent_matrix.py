# printf-style formatting: flags, width, precision, * arguments, errors.
convs = ['%s', '%r', '%a', '%d', '%i', '%u', '%o', '%x', '%X', '%e', '%E', '%f', '%F', '%g', '%G', '%c']
mods = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '7', '-7', '+07', '#08', '.0', '.3', '7.2', '-9.4', '*', '.*', '*.*']
vals = [0, -1, 42, 255, 2 ** 70, 2.5, -0.125, 1e-7, 1e16, float('inf'), float('nan'), -0.0, 'ab', 'é', None, 65, True]
for c in convs:
    for m in mods:
        spec = '%' + m + c[1:]
        out = []
        for v in vals:
            args = []
            if m.startswith('*'):
                args.append(-6)
            if '.*' in m:
                args.append(2)
            args.append(v)
            try:
                out.append(spec % tuple(args))
            except (TypeError, ValueError, OverflowError) as e:
                out.append(type(e).__name__ + ': ' + str(e))
        print(repr(spec), out)
for f, a in [('%5%', (1,)), ('%q', ()), ('%(a)s %(b)s', {'a': 1, 'b': 2}), ('abc', [1]), ('%s', [1, 2]), ('%(a)s %s', {'a': 1}),
             ('%hd %ld %Lf', (1, 2, 3.5)), ('%lld', (1,)), ('%', ()), ('%(a', {'a': 1}), ('%.', (1,)), ('%s %s', (1,)), ('%s', (1, 2)),
             ('%(a)s', 1), ('%(a)s', {}), ('%c', ('ab',)), ('%c', (1.5,)), ('%c', (-1,)), ('%x', (1.5,)), ('%*d', ('x', 1)),
             ('%d', ('x',)), ('%f', ('x',)), ('%s', ()), ('x', ()), ('x', {}), ('%s', ((),)), ('%(a)s%%', {'a': 'z'})]:
    try:
        print(repr(f), repr(f % a))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(f), type(e).__name__, e)
