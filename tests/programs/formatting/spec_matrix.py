# The format-spec mini-language across fill/align/sign/z/#/0/width/grouping/precision/type.
specs = ['', '<', '>8', '^9', '=10', '*^12', '0<8', 'x>9', '+', ' ', '-', 'z', 'z.1f', '+z.0f', '#', '#x', '#o', '#b', '#X',
         '08', '08,', '015,', '015_', '012_x', '_b', '_o', ',d', '_d', '10,.2f', ',.3e', ',g', ',%', '.0', '.1', '.3', '.10',
         '.17g', '.0e', '#.0e', '#.0f', '#.0g', '#g', '#.3g', '.2%', '%', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '10n', 'c',
         '>5c', '=+08d', ' =8', '^+9.2f', 'x=+12,.1f', '\u00e9^7', '<0', '=0', '9', '12.4']
values = [0, -0.0, 1, -7, 255, 123456789, -9876543210, 2 ** 70, True, 0.0, 1.5, -2.5, 0.125, 1e-7, 1e16, 1234.5678,
          -0.0004, 1e300, 9.995, 99999.5, float('inf'), float('-inf'), float('nan'), 'text', 'é', 1 + 2j, complex(-0.0, 0.0)]
for s in specs:
    out = []
    for v in values:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(s), out)
