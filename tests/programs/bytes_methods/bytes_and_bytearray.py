# bytes and bytearray: construction, methods, mutation and errors.
cases = r'''
bytes('a')
bytes(1, 'utf-8')
bytes(b'a', 'utf-8')
bytes(-1)
bytes(1.5)
bytes([256])
bytes(['a'])
bytes(x=1)
bytes(encoding='utf-8')
bytes('é', 'utf-8')
bytes('é', 'latin-1')
bytes('é', 'ascii', 'replace')
bytearray('a')
bytearray(-1)
bytearray(1.5)
bytearray([256])
bytearray('é', 'utf-8')
b'a'[1]
b'a'[-1]
bytearray(b'a')[1]
b'a' + 'x'
bytearray(b'a') + 'x'
b'a' + bytearray(b'b')
bytearray(b'a') + b'b'
b'a' * 'x'
'x' in b'a'
256 in b'a'
b'abc'.find('x')
b'abc'.find(300)
b'abc'.count(1.5)
b'a'.split('x')
b'a'.split(b'')
b'a'.join(['x'])
b'a'.join([1])
b'a'.join(1)
b'a'.strip('x')
b'a'.replace('a', b'b')
b'a'.startswith('a')
b'a'.startswith(('a',))
b'a'.partition('a')
b'a'.center(3, 'x')
b'a'.center(3, b'xy')
b'a'.decode(1)
bytes.fromhex('zz')
bytes.fromhex('a')
bytes.fromhex(b'ab')
bytes.fromhex('1 2')
b'a'.hex(1)
b'a'.index(b'z')
hash(bytearray())
b'%s' % 'x'
b'%d' % 'x'
b'%c' % 256
b'%c' % b'ab'
b'%x' % 1.5
b'%q' % 1
repr(bytearray(b'ab\'"c'))
b'abc'.hex(':')
b'abcdef'.hex(':', 2)
b'abcdef'.hex(b'-', -4)
b'abcdefg'.hex('|', 3)
b'abcdefg'.hex('|', -3)
bytes.fromhex(' 01 ab  ')
bytearray.fromhex('ff')
b'a b\tc\x0bd'.split()
b'  a b  '.split(None, 1)
b'  a b  '.rsplit(None, 1)
b'a,b,,c'.split(b',')
b'a,b,,c'.rsplit(b',', 1)
b'abc'.title()
b'hello world'.title()
b'aBc'.swapcase()
b'abc'.isalpha()
b''.isalpha()
b'Ab Cd'.istitle()
b'a,b'.split(b',')
bytearray(b'a,b').split(b',')
b'x'.join([bytearray(b'a'), b'b'])
bytearray(b'x').join([b'a'])
b'\xff'.decode('latin-1')
bytes(3)
bytearray(2)
bytes(range(3))
list(b'ab')
b'ab'[0]
b'ab'[::-1]
bytearray(b'abc')[1:]
b'abc' < bytearray(b'abd')
b'a' == bytearray(b'a')
b'a' == 'a'
bytes.maketrans(b'ab', b'xy')[97:99]
b'abc'.translate(bytes.maketrans(b'ab', b'xy'), b'c')
b'abc'.translate(None, b'a')
b'%s %d %5.2f %r %a %c %c %x %%' % (b'x', 3, 1.5, b'q', 'é', 65, b'z', 255)
b'abc'.ljust(5, b'*')
b'1'.zfill(3)
b'-1'.zfill(4)
b'a\tb'.expandtabs(4)
b'abc'.removeprefix(b'a')
b'abc'.removesuffix(b'bc')
b'  x '.strip()
b'xxaxx'.strip(b'x')
b'xxaxx'.lstrip(b'x')
b'xxaxx'.rstrip(b'x')
b'a\nb\r\nc'.splitlines()
b'a\nb\r\nc\r'.splitlines(True)
b'abc'.rpartition(b'b')
b'abc'.partition(b'z')
b'aaa'.replace(b'a', b'b', 2)
b'abc'.replace(b'', b'-')
b'abc'.replace(b'', b'-', 2)
b'abc'.upper()
b'ABC'.lower()
b'abc'.capitalize()
b'abc'.center(7, b'-')
b'abc'.endswith((b'c', b'x'))
b'abcabc'.rfind(b'c')
b'abc'.find(98)
b'abc'.count(b'')
b'abcabc'.count(b'bc', 2)
98 in b'abc'
b'bc' in b'abc'
b'ab'.__sizeof__()
str(b'ab')
str(bytearray(b'ab'))
bytes(bytearray(b'x'))
bytearray(b'a') * 2
2 * bytearray(b'b')
b'ab'.__getnewargs__()
bytearray(b'abc').__alloc__()
bytearray().__sizeof__()
bytearray(b'ab').__sizeof__()
int.from_bytes(bytearray(b'\x01\x00'), 'big')
b'caf\xc3\xa9'.decode()
bytearray(b'caf\xc3\xa9').decode('utf-8')
b'\xff'.decode('utf-8', 'replace')
b'a\xffb'.decode('ascii', 'ignore')
b'abc'.isupper()
b'ABC'.isupper()
b'123'.isdigit()
b' \t'.isspace()
b'abc'.islower()
bytes([1, 2]) + bytes((3,))
sorted(b'cab')
max(b'abc')
b''.join([])
bytearray() == b''
bytearray(b'x') != b'y'
hash(b'abc') == hash(b'abc')
{b'a': 1}[b'a']
ord(b'a')
ord(bytearray(b'z'))
b'a' in [b'a']
list(iter(bytearray(b'hi')))
bytes(memoryview(b'x')) if False else 'skip'
b'abc'.index(b'c', 1, 3)
b'abc'.rindex(b'a')
b'%(x)s' % {b'x': b'y'}
b'%5s|%-5s|' % (b'a', b'b')
bytearray(b'%s') % (b'x',)
'%s' % b'x'
str(b'x', 'ascii')
b'hello'[1:4:2]
b'x' * 0
b'x' * -1
b'abc'.split(maxsplit=1)
b'a b c'.split(maxsplit=1)
b'a b c'.rsplit(maxsplit=1)
'''.strip().split('\n')
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__, e)
cases2 = r'''
ba = bytearray(b'abc'); ba[0] = 300
ba = bytearray(b'abc'); ba[0] = 'x'
ba = bytearray(b'abc'); ba[5] = 1
ba = bytearray(b'abc'); ba[0:1] = 'x'
ba = bytearray(b'abc'); ba[0:1] = 5
ba = bytearray(b'abc'); ba[::2] = b'x'
ba = bytearray(b'abc'); ba.append(256)
ba = bytearray(b'abc'); ba.append('x')
ba = bytearray(b'abc'); ba.append(b'x')
ba = bytearray(b'abc'); ba.extend('x')
ba = bytearray(b'abc'); ba.extend(1)
ba = bytearray(b'abc'); ba.extend([256])
ba = bytearray(b'abc'); ba.pop(5)
ba = bytearray(); ba.pop()
ba = bytearray(b'abc'); ba.remove(120)
ba = bytearray(b'abc'); ba.remove(b'a')
ba = bytearray(b'abc'); ba.insert(0, 256)
ba = bytearray(b'abc'); ba += 'x'
ba = bytearray(b'abc'); del ba[5]
ba = bytearray(b'abc'); del ba['x']
ba = bytearray(b'hello'); ba[0]=72; ba[1:3]=b'EL'; ba.append(33); ba.extend(b'??'); ba.insert(0, 62); x = (ba.pop(), ba.pop(0), len(ba)); ba.remove(33); ba.reverse()
ba = bytearray(b'abcdef'); ba[1:5:2]=b'XY'; ba[2:2]=[1,2]; ba+=b'!'; ba*=2
ba = bytearray(b'abcdef'); del ba[::2]
ba = bytearray(b'abcdef'); del ba[1:3]
ba = bytearray(b'abcdef'); ba[-1] = 0
ba = bytearray(b'abcdef'); ba[10:] = b'zz'
ba = bytearray(b'abcdef'); ba[4:2] = b'QQ'
ba = bytearray(b'abcdef'); ba[::-1] = b'123456'
ba = bytearray(b'abcdef'); ba[1:3] = bytearray(b'')
ba = bytearray(b'abc'); ba.extend(range(3)); ba.insert(-1, 9); ba.insert(100, 8)
ba = bytearray(b'abc'); c = ba.copy(); c.append(1); ba.clear()
ba = bytearray(b'abc'); ba[1:2] = ba
ba = bytearray(b'abc'); ba.extend(ba)
ba = bytearray(b'a'); ba.__init__(b'xyz')
ba = bytearray(b'abc'); ba[True] = 65
ba = bytearray(10); ba[2:8:3] = [1, 2]
'''.strip().split('\n')
for c in cases2:
    try:
        exec(c)
        print(c, '->', ba)
    except Exception as e:
        print(c, type(e).__name__, e)
class B(bytearray):
    pass
class C(bytes):
    pass
print(repr(B(b'x')), repr(C(b'y')), type(B(b'x') + b'z').__name__, type(C(b'a')[0:1]).__name__, type(B(b'q').upper()).__name__, isinstance(B(), bytearray))
