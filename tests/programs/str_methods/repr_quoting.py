cases = ['plain', "it's", 'say "hi"', 'both \' and "', '', '\n', '\t', '\r', '\x00', '\x07', '\x1b',
         '\x7f', '\x80', '\x9f', '\xa0', '\xad', 'é', '中文', '😀', '\u200b', '\u2028', '\ufeff',
         '\\', '\\n', "'", '"', '\'"', '\U000e0001', '\U0010ffff', 'ǅ', 'tab\there',
         '\x0b\x0c', '\u0301', '\u00ff', '\u0100', 'Ω', '\x1f', ' ']
for c in cases:
    print(repr(c), ascii(c), len(repr(c)))
print(str(cases[:6]))
print(repr(repr("'")), repr(b"it's"), repr(b'"\''), repr(b'\t\n\x00\xff\x7f'))
print(('é', '\n'), {'key\t': 'v"'})
