specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^7', '0>5', '05', '+', '-', ' ', '+5', '=+6', '06', '+06', ' 06',
         'b', '#b', 'o', '#o', 'x', '#x', 'X', '#X', '#010x', ',', '_', '_b', '_x', '_o', '12,', '012,', 'n', 'c',
         'e', '.2e', 'f', '.3f', 'g', '%', '.1%', 'E', 'G', 'F', '#', '#5', '08_d', '-^9', '=10,']
for v in [0, 7, -42, 65, 123456789]:
    out = []
    for s in specs:
        if s == 'c' and not 32 <= v <= 0x10FFFF:
            continue
        out.append(s + ':' + format(v, s))
    print(' | '.join(out))
print(format(2 ** 100, ','), format(-2 ** 70, '_x'), format(True, '>4'), format(True, 'd'), format(False, ''))
for bad in ['s', '.2', ',c', ',b', ',x', '=s', 'z', '+c']:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
