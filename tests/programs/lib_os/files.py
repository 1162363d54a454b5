# os on a temporary directory the program creates and removes: only
# deterministic facts are printed (names, sizes, kinds, errors).
import os
import stat

base = os.path.join(os.getcwd(), '_tern_os_test_%d' % os.getpid())
os.mkdir(base)
try:
    print(os.path.isdir(base), os.path.exists(base), sorted(os.listdir(base)))
    sub = os.path.join(base, 'sub')
    os.makedirs(os.path.join(sub, 'deep', 'er'))
    os.makedirs(os.path.join(sub, 'deep'), exist_ok=True)
    with open(os.path.join(base, 'a.txt'), 'w') as f:
        f.write('hello\n')
    with open(os.path.join(sub, 'b.bin'), 'wb') as f:
        f.write(bytes(range(10)))
    print(sorted(os.listdir(base)), sorted(os.listdir(sub)))
    st = os.stat(os.path.join(base, 'a.txt'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(sub).st_mode), os.path.getsize(os.path.join(sub, 'b.bin')))
    os.rename(os.path.join(base, 'a.txt'), os.path.join(base, 'c.txt'))
    os.replace(os.path.join(base, 'c.txt'), os.path.join(sub, 'c.txt'))
    print(sorted(os.listdir(base)), sorted(os.listdir(sub)))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), sorted(dirs), sorted(files))
    for root, dirs, files in os.walk(base, topdown=False):
        print('up', os.path.relpath(root, base), sorted(dirs), sorted(files))
    with os.scandir(sub) as it:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    fd = os.open(os.path.join(base, 'raw'), os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b'abc'))
    os.close(fd)
    fd = os.open(os.path.join(base, 'raw'), os.O_RDONLY)
    print(os.read(fd, 10), os.read(fd, 10))
    os.close(fd)
    for call in [lambda: os.mkdir(base), lambda: os.rmdir(os.path.join(base, 'nope')), lambda: os.remove(sub),
                 lambda: os.listdir(os.path.join(base, 'missing')), lambda: os.stat(os.path.join(base, 'missing')),
                 lambda: os.rmdir(sub)]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, '<base>' if e.filename == base else os.path.basename(e.filename))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
print(os.path.exists(base))
