specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*<7', '->7', '.^8', '.2', '5.2', '>8.3', '^9.1', '.0', '<0', '10s']
for v in ['', 'a', 'abc', 'hello world', 'é中😀']:
    print(repr(v), ' | '.join(s + ':[' + format(v, s) + ']' for s in specs))
for bad in ['d', '=5', '+', ' ', '#', '0>5' if False else ',', 'x', '05']:
    try:
        print(repr(bad), repr(format('ab', bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print('{:<{}}|{:>{}}|'.format('L', 4, 'R', 4), '{0:^{1}}'.format('c', 5), '[{:{fill}<6}]'.format('f', fill='~'))
print(format('x', '\u00e9^5'), format('x', '{^5'), format('x', '}>3'), format('y', '0<3'), format('y', '0>3'))
