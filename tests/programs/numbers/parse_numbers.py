# int(), float() and complex() parsing of strings and bytes, with CPython's errors.
def r(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
texts = ['0', '-0', '+5', ' 12 ', '1_2', '_12', '12_', '1__2', '0x1F', '0o17', '0b101', '0b', '0_0', '00', '007', '0_7', '1e3', '1.5',
         '.5', '5.', '-.5e-3', 'inf', '-Infinity', 'nan', '+NaN', 'infinit', '1e', 'e5', '١٢٣', '１２', '\u00a012\u00a0', '\t\n12\x0c',
         '1 2', '', ' ', '-', '0x_1f', 'ff', 'z', '1_000_000', '1e1_0', '1_.5', 'Ⅻ', '²', '\x1c1', '1\x7f', '0x1p3']
for t in texts:
    print(repr(t), r(lambda: int(t)), r(lambda: int(t, 0)), r(lambda: int(t, 16)), r(lambda: int(t, 36)), r(lambda: float(t)),
          r(lambda: complex(t)), r(lambda: int(t.encode())), r(lambda: float(t.encode())))
print(r(lambda: int('12', 1)), r(lambda: int('12', 37)), r(lambda: int(12, 10)), r(lambda: int(base=10)), r(lambda: int(x=5)),
      r(lambda: int([])), r(lambda: float([])), r(lambda: float(x=1)), r(lambda: float(1, 2)), r(lambda: int('9' * 5000)))
print(float.fromhex('0x1.8p1'), float.fromhex(' -0X1.P-2 '), float.fromhex('0x.8'), float.fromhex('0x1p-1074'), float.fromhex('0x1p-1075'),
      float.fromhex('0x3p-1076'), float.fromhex('-inf'), r(lambda: float.fromhex('0x1p1024')), r(lambda: float.fromhex('x')),
      (5e-324).hex(), (-0.1).hex(), (1.0).hex(), float('inf').hex(), (-0.0).hex())
