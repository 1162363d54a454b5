# base64 (CPython's Lib/base64.py over tern's binascii): every codec and its errors.
import base64
import binascii

data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 7]
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d)[:20], base64.standard_b64encode(d)[:12])
    print(base64.b32encode(d)[:40], base64.b32hexencode(d)[:16], base64.b16encode(d)[:24], base64.a85encode(d)[:20],
          base64.b85encode(d)[:20])
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('Zm9v'), base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode(b'Zm9v!!YmFy'))
print(base64.urlsafe_b64decode('_-8='), base64.b32decode('MZXW6===', casefold=False), base64.b32decode('mzxw6===', casefold=True))
print(base64.b16decode('666F6F'), base64.b16decode('666f6f', casefold=True), base64.encodebytes(b'x' * 80))
print(base64.decodebytes(b'eHh4\n'), base64.a85encode(b'hello world', adobe=True), base64.a85encode(b'\0' * 8, foldspaces=True))
for bad in [b'Zm9', b'Zm9vY', b'Z===', 'é']:
    try:
        print(base64.b64decode(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [b'Zm9v!', b'=Zm9v', b'Zm9v====', b'Zm=9v', b'Zm9v=x']:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print('Error', e)
for call in [lambda: base64.b32decode('MZXW6==='[:-1]), lambda: base64.b16decode('6'), lambda: base64.b16decode('zz'),
             lambda: base64.b64encode('str'), lambda: base64.b85decode(b'|||||'), lambda: base64.a85decode(b'xyz~>', adobe=True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
