PATH = '/tmp/tern_builtins_file_io_bytes.bin'
data = bytes(range(256))
with open(PATH, 'wb') as f:
    print(f.write(data))
    print(f.write(b'\nend\n'))
with open(PATH, 'rb') as f:
    content = f.read()
print(len(content), content[:5], content[250:], content == data + b'\nend\n')
with open(PATH, 'rb') as f:
    print(f.read(4))
    print(f.read(2))
    f.read(250)
    print(f.readline())
    print(f.readline())
    print(f.readline())
with open(PATH, 'wb') as f:
    f.write('héllo\n'.encode('utf-8'))
    f.write(b'line2\n')
with open(PATH, 'rb') as f:
    print(f.readlines())
with open(PATH, 'rb') as f:
    for line in f:
        print(line, type(line).__name__)
with open(PATH) as f:
    print(repr(f.read()))
try:
    with open(PATH, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(PATH, 'w') as f:
        f.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
with open(PATH, 'wb') as f:
    f.write(b'\xff\xfe\x00')
try:
    with open(PATH) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(PATH, 'ab') as f:
    f.write(bytearray(b'more'))
with open(PATH, 'rb') as f:
    print(f.read())
try:
    open(PATH, 'rw')
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(PATH, 'rb', encoding='utf-8')
except ValueError as e:
    print(type(e).__name__, e)
