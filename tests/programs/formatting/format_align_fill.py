for align in '<>^=':
    for fill in ['', '*', '0', ' ', '#']:
        spec = fill + align + '9'
        try:
            print(repr(spec), '[' + format(-42, spec) + ']', '[' + format(3.5, spec) + ']', end=' ')
        except ValueError as e:
            print(repr(spec), type(e).__name__, e, end=' ')
        try:
            print('[' + format('ab', spec) + ']')
        except ValueError as e:
            print(type(e).__name__, e)
print('[' + format(42, '^8') + ']', '[' + format(42, '^9') + ']', '[' + format('ab', '^5') + ']', '[' + format('abc', '^6') + ']')
print('[' + format(-3, '010') + ']', '[' + format(-3, '<010') + ']', '[' + format(-3.5, '010.2f') + ']', '[' + format(3, '+010') + ']')
print('[' + format(255, '#010x') + ']', '[' + format(255, '#<10x') + ']', '[' + format(255, '#^10b') + ']', '[' + format(-255, '#010o') + ']')
print('[' + format(float('inf'), '010') + ']', '[' + format(float('nan'), '=+8') + ']', '[' + format(-0.0, '08.2f') + ']')
table = [('Name', 'Qty', 'Price'), ('apple', 3, 0.5), ('watermelon', 12, 3.25)]
for row in table:
    if row[0] == 'Name':
        print('{:<12}{:>5}{:>8}'.format(*row))
    else:
        print('{:<12}{:>5d}{:>8.2f}'.format(*row))
