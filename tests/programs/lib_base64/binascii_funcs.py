# binascii directly: hex, base64 (strict mode), uuencode, CRCs and errors.
import binascii

print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abc', '-'), binascii.hexlify(b'abcdef', b':', 2),
      binascii.hexlify(bytearray(b'\x00')), binascii.hexlify(memoryview(b'xy')), binascii.b2a_hex(b'abcde', ' ', -2))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('6869'), binascii.unhexlify(bytearray(b'00')))
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False), binascii.b2a_base64(b''))
print(binascii.a2b_base64(b'aGVsbG8=\n'), binascii.a2b_base64('aGVs bG8='), binascii.a2b_base64(b'aGVsbA=='),
      binascii.a2b_base64(b'aGVsbA==garbage'), binascii.a2b_base64(b'aG=Vs'), binascii.a2b_base64(b''))
print(binascii.a2b_base64(b'aGVsbG8=', strict_mode=True))
for bad in [b'aGVsbG8', b'aGVsb', b'a', b'a===', b'ab=c']:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print('Error', e)
for bad in [b'=aGVs', b'aGVsbG8=x', b'aGV!sbG8=', b'aG=Vs', b'aGVsbG8==', b'aGVsbA==a', b'aGVsbA=']:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print('Error', e)
for d in [b'', b'a', b'ab', b'abc', b'Cat', bytes(range(45))]:
    u = binascii.b2a_uu(d)
    print(u, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(u) == d)
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'#86%T\n'), binascii.a2b_uu(b'#86%T  \r\n'), binascii.a2b_uu(b'$86%T'))
for bad in [b'#86\x01T', b'!86%T  x']:
    try:
        print(binascii.a2b_uu(bad))
    except binascii.Error as e:
        print('Error', e)
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')),
      binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 5))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'x', -1))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__module__)
for call in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.unhexlify('é'),
             lambda: binascii.unhexlify(5), lambda: binascii.hexlify('str'), lambda: binascii.hexlify(b'ab', '::'),
             lambda: binascii.b2a_uu(b'x' * 46), lambda: binascii.crc32('a'), lambda: binascii.a2b_base64(1),
             lambda: binascii.crc_hqx(b'a'), lambda: binascii.b2a_base64(b'', True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
