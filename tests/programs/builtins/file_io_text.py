PATH = '/tmp/tern_builtins_file_io_text.txt'
with open(PATH, 'w') as f:
    n = f.write('first line\n')
    print('wrote', n)
    f.write('second line\n')
    f.write('héllo 中文\n')
    f.write('no newline at end')
print(f.closed)
with open(PATH) as f:
    print(repr(f.read()))
with open(PATH, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read(3)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(PATH) as f:
    print(f.readlines())
with open(PATH, encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(PATH, 'a') as f:
    f.write('\nappended')
f = open(PATH)
lines = f.read().split('\n')
f.close()
print(lines, f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(PATH, 'w') as f:
    f.write('overwritten')
with open(PATH) as f:
    print(f.read())
    print(repr(f.read()))
with open(PATH, 'w') as f:
    print('via print', 1, 2, file=f)
    print('second', end='', file=f)
with open(PATH) as f:
    print(list(f))
try:
    open('/tmp/tern_definitely_missing_dir/x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    with open(PATH) as f:
        f.write('x')
except Exception as e:
    print(type(e).__name__, e)
with open(PATH, 'w') as f:
    f.write('a\r\nb\rc\n')
with open(PATH) as f:
    print(repr(f.read()))
with open(PATH, newline='') as f:
    print(repr(f.read()))
