for n in [0, 7, -7, 255, 4096, 10 ** 12, -(2 ** 70), 0xdeadbeef]:
    print(n, str(n), repr(n), hex(n), oct(n), bin(n), format(n, 'x'), format(n, '#o'), format(n, 'b'))
print(0x10, 0o10, 0b10, 1_000_000, 0x_ff, 0b_1010_1010, 0o_777, 00, 0_0)
print(int('1' * 64, 2) == 2 ** 64 - 1, int('zz', 36), int('Zz', 36), int('-ff', 16), int(' +0x1F ', 16))
print(1e3, 1_000.5, 1e-3, 0.5e1, .5, 5., 1E5, 0e0)
print(10 ** 18, 10 ** 19, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(str(-0), repr(+5), str(int('-0')), -0 == 0)
