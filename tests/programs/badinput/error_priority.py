# Which error CPython reports when a file has several: tokenizer errors usually win
sources = [
    'x = 1\n    y = [1, 2]]\n',
    'print "x"\ny = "unterminated\n',
    'x = (1,\n  y = 2\nz = 3]\n',
    'if x\n  s = "abc\n',
    'if x:\nprint(1)\ny = "abc\n',
    'x = 1\n  y = 2\nz = "abc\n',
    'def f(:\n  pass\nz = "abc\n',
    'x = 1 +\nz = "abc\n',
    'try:\n  pass\nx = 1\nz = "abc\n',
    'f() = 1\nz = "abc\n',
    'print "x"\ny = 1abc\n',
    'f() = 1\ny = 1abc\n',
    'y = 1abc\nf() = 1\n',
    'if x = 1:\n  pass\ny = 0777\n',
    'print "x"\ny = 2\nz = 1abc\n',
    'print "x" + 1abc\n',
]
for src in sources:
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, '| line', e.lineno)
