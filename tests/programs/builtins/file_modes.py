# open(): mode checks, the io classes, UnsupportedOperation and friends.
P = '/tmp/tern_builtins_file_modes.txt'
with open(P, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.newlines, f.line_buffering)
    f.write('a\r\nb\rc\n')
with open(P) as f:
    print(repr(f.read()), f.newlines)
with open(P, newline='') as f:
    print(f.readlines())
for m in ['rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b', 'rt', 'r+', 'a+', 'U', 'rU', 'tb', 'b', '+', 'rr']:
    try:
        f = open(P, m)
        print(m, type(f).__name__, f.mode)
        f.close()
    except ValueError as e:
        print(m, type(e).__name__, e)
with open(P, 'wb') as f:
    f.write(b'abc\ndef\n')
with open(P, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.read(2), f.read())
with open(P, 'rb') as f:
    print(f.read1(2), f.peek(1)[:3], f.tell(), f.readable(), f.writable(), f.seekable())
    print(f.seek(0, 2), f.seek(-3, 2), f.read(), f.seek(1), f.readline())
    for bad in [(0, -1), (-5, 0)]:
        try:
            f.seek(*bad)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    try:
        f.write(b'x')
    except OSError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
print(f.closed)
for call in [lambda: f.read(), lambda: f.readable()]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
f = open(P)
for a in [(1, 1), (2, 2), (-1, 0), (0, 3)]:
    try:
        f.seek(*a)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(f.seek(0, 2), f.tell(), repr(f.read()))
for call in [lambda: f.write('x'), lambda: f.truncate()]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
f.close()
for call in [lambda: f.write('x'), lambda: next(f)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
with open(P, 'w', encoding='utf-8') as f:
    f.write('héllo wörld\n' * 3)
with open(P, encoding='utf-8') as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline(4)), repr(f.read(100)))
    f.seek(0)
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
            break
with open(P, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(P, 'rb') as f:
    print(f.read())
print(repr(open(P, newline='\n').readlines()), repr(open(P, newline='\r\n').readlines()))
with open(P, 'w', encoding='ascii', errors='replace') as f:
    f.write('é!')
with open(P, 'rb') as f:
    print(f.read())
with open(P, 'wb') as f:
    f.write(b'caf\xe9')
try:
    open(P).read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(P, errors='replace').read()), repr(open(P, encoding='latin-1').read()))
with open(P, 'w', encoding='utf-16') as f:
    f.write('hi\nthere\n')
with open(P, 'rb') as f:
    print(f.read())
with open(P, encoding='utf-16') as f:
    print(f.readlines())
for kwargs in [dict(mode=5), dict(encoding=5), dict(buffering='a'), dict(newline='x'), dict(encoding='nope'),
               dict(mode='r', buffering=0), dict(mode='rb', encoding='utf-8'), dict(mode='rb', newline='')]:
    try:
        open(P, **kwargs)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
with open(P, 'w') as f:
    f.extra = 1
    print(f.extra, f._CHUNK_SIZE)
    n = f.write('line\n')
    f.writelines(['x', 'y'])
    try:
        f.writelines([1])
    except TypeError as e:
        print(type(e).__name__, e)
print(open(P).read())
