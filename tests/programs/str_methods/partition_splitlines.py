print('key=value'.partition('='), 'key=value=x'.partition('='), 'novalue'.partition('='))
print('key=value=x'.rpartition('='), 'novalue'.rpartition('='), ''.partition('x'), 'abc'.partition('abc'))
print('a->b->c'.partition('->'), 'a->b->c'.rpartition('->'), 'ééxéé'.partition('x'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
text = 'line1\nline2\r\nline3\rline4\n\nline6'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x\n'.splitlines(), 'x'.splitlines(True))
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('a\x0bb\x0cc\x1cd\x85e\u2028f'.splitlines(True))
print('trailing\r\n'.splitlines(True), '\r\r\n'.splitlines(), 'no newline'.splitlines())
print('a\nb'.split('\n'), 'a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
