for s in ['abc', 'é', '中文', '😀', '', 'a\x00b', '\u200b']:
    print(repr(s), s.encode(), s.encode('utf-8'), len(s.encode()), s.encode().decode() == s)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('utf-8') == b'\xc3\xa9')
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    '中'.encode('latin-1')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('aé中'.encode('ascii', 'ignore'), 'aé中'.encode('ascii', 'replace'), 'aé'.encode('ascii', 'backslashreplace'))
print('aé'.encode('ascii', 'xmlcharrefreplace'), 'x'.encode(encoding='utf-8', errors='strict'))
try:
    'x'.encode('bogus')
except LookupError as e:
    print(type(e).__name__, e)
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'a\x80b'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print('ab'.encode('utf-16-le'), 'UTF8 alias'.encode('UTF8'), 'x'.encode('utf_8'))
