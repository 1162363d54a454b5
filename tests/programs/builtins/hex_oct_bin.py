for n in [0, 1, -1, 7, -7, 8, 255, -256, 2 ** 64, -(2 ** 64) + 1, 10 ** 20, True]:
    print(n, hex(n), oct(n), bin(n))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct('7')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(None)
except TypeError as e:
    print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), oct(Idx()), bin(Idx()))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-5), 2))
print(int('0x_ff', 16), int('0o17', 0), int('0b101', 0), int('0xFF', 0))
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'big'))
print(hex(-0), bin(2 ** 100))
