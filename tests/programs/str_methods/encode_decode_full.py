# Codecs and error handlers of str.encode / bytes.decode / str(bytes, enc).
texts = ['plain', 'café', 'aé中x', '日本', 'a😀b', 'Σx\x00']
for t in texts:
    for enc in ['utf-8', 'ascii', 'latin-1', 'cp1252', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig', 'unicode_escape']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            try:
                b = t.encode(enc, errors)
                print(repr(t), enc, errors, b, repr(b.decode(enc)) if errors == 'strict' else '')
            except UnicodeEncodeError as e:
                print(repr(t), enc, errors, 'UnicodeEncodeError', e, e.start, e.end, e.reason)
data = [b'abc', b'caf\xc3\xa9', b'\xff\xfe', b'a\xe4\xb8x', b'\xe0\x80', b'a\xe4\xb8', b'\xf0\x9f\x98', b'\xc3\xa9\xff\xc3']
for d in data:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'cp1252']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
            try:
                print(d, enc, errors, repr(d.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(d, enc, errors, 'UnicodeDecodeError', e, e.start, e.end)
for name in ['UTF8', 'utf_8', 'U8', 'Latin_1', 'l1', 'us-ascii', 'UTF-16LE', 'bogus']:
    try:
        print(name, 'é'.encode(name) if name != 'us-ascii' else 'x'.encode(name))
    except LookupError as e:
        print(name, type(e).__name__, e)
try:
    'é'.encode('ascii', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
print('x'.encode('ascii', 'bogus'), str(b'abc', 'ascii'), str(bytearray(b'\xe9'), 'latin-1'), b'a\\n\\u00e9\\x41'.decode('unicode_escape'))
