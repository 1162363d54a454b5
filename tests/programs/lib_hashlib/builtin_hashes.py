import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

data = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 5]
for d in data:
    print(_md5.md5(d).hexdigest(), _sha1.sha1(d).hexdigest())
    print(_sha256.sha224(d).hexdigest(), _sha256.sha256(d).hexdigest())
    print(_sha512.sha384(d).hexdigest())
    print(_sha512.sha512(d).hexdigest())
    print(_sha3.sha3_224(d).hexdigest(), _sha3.sha3_256(d).hexdigest())
    print(_sha3.sha3_384(d).hexdigest(), _sha3.sha3_512(d).hexdigest()[:32])
    print(_sha3.shake_128(d).hexdigest(10), _sha3.shake_256(d).hexdigest(40))
    print(_blake2.blake2b(d).hexdigest())
    print(_blake2.blake2s(d).hexdigest())

h = _sha256.sha256(b'ab')
c = h.copy()
h.update(b'c')
c.update(bytearray(b'c'))
print(h.digest() == c.digest(), h.digest()[:4], c.hexdigest() == _sha256.sha256(b'abc').hexdigest())
h.update(memoryview(b'xyz'))
print(h.hexdigest())
for o in [_md5.md5(), _sha1.sha1(), _sha256.sha224(), _sha256.sha256(), _sha512.sha384(), _sha512.sha512(),
          _sha3.sha3_224(), _sha3.sha3_512(), _sha3.shake_128(), _sha3.shake_256(), _blake2.blake2b(), _blake2.blake2s(digest_size=16)]:
    print(o.name, o.digest_size, o.block_size, type(o).__name__, type(o).__module__)
s3 = _sha3.sha3_256()
print(s3._capacity_bits, s3._rate_bits, s3._suffix, _sha3.shake_128()._suffix)
print(_md5.md5(string=b'a').hexdigest(), _md5.md5(usedforsecurity=False).hexdigest())

# blake2 parameters
print(_blake2.blake2b(b'msg', digest_size=20).hexdigest())
print(_blake2.blake2b(b'msg', key=b'secret').hexdigest())
print(_blake2.blake2b(b'msg', key=b'k' * 64, digest_size=32).hexdigest())
print(_blake2.blake2s(b'msg', key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(_blake2.blake2b(b'msg', salt=b's' * 16, person=b'p' * 16).hexdigest())
print(_blake2.blake2b(b'x', fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1, inner_size=64, last_node=True).hexdigest())
print(_blake2.blake2s(b'x', fanout=2, depth=2, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2b(b'a' * 128).hexdigest()[:32], _blake2.blake2b(b'a' * 129).hexdigest()[:32], _blake2.blake2s(b'a' * 64).hexdigest()[:32])
b = _blake2.blake2b(key=b'k')
for chunk in [b'a' * 100, b'b' * 100, b'c']:
    b.update(chunk)
print(b.hexdigest() == _blake2.blake2b(b'a' * 100 + b'b' * 100 + b'c', key=b'k').hexdigest())
print(_blake2.blake2b.MAX_DIGEST_SIZE, _blake2.blake2s.SALT_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE)

tests = ['_md5.md5(1)', '_md5.md5("a")', '_md5.md5(b"a", b"b")', '_sha3.sha3_256(b"a", b"b")', '_blake2.blake2b(digest_size=0)',
         '_blake2.blake2b(key=b"x"*65)', '_blake2.blake2b(salt=b"x"*17)', '_blake2.blake2b(person=b"x"*17)', '_blake2.blake2b(fanout=256)',
         '_blake2.blake2b(depth=0)', '_blake2.blake2b(node_depth=256)', '_blake2.blake2b(inner_size=65)', '_blake2.blake2b(leaf_size=-1)',
         '_blake2.blake2b(leaf_size=2**32)', '_blake2.blake2s(node_offset=2**48)', '_sha3.shake_128().hexdigest(-1)',
         '_md5.md5().update()', '_md5.md5().update("s")', '_sha3.sha3_256(data=b"")', '_md5.md5().digest(1)', '_blake2.blake2s(digest_size=33)']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
