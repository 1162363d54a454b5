print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('\x00'), ord('é'), ord('中'), ord('😀'))
print(chr(97), chr(65), repr(chr(0)), chr(233), chr(20013), chr(128512), repr(chr(0x10FFFF)))
print(ord(b'a'), ord(bytearray(b'z')), ord('\uffff'), ord(chr(57344)))
print([chr(c) for c in range(ord('a'), ord('f'))])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
for bad in ['', 'ab', '😀😀']:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [b'', b'ab']:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(97)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr(-2 ** 40)
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    chr('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
print(chr(True), ord(chr(1114111)), len(chr(1114111)))
