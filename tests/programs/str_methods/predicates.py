samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '12.3', ' ', '\t\n', 'Hello World', 'Hello world',
           'hello World', '½', '²', '٣', '五', 'é', 'É', 'ǅ', '_id', 'id1', '1id', 'class', 'a b', 'ß',
           '\x00', 'tab\t', '中文', '😀', 'Ⅻ', 'Abc Def1', 'ABC1', 'abc_', '\u200b', '\xa0']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
         'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
print(' '.join(n[2:6] for n in names))
for s in samples:
    flags = ''.join('T' if getattr(s, n)() else '.' for n in names)
    print(repr(s).ljust(14), flags)
