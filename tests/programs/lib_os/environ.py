# os.environ, os.getenv/putenv, os.sep and friends, os.fspath, os.getcwd.
import os

os.environ['TERN_TEST_VAR'] = 'value 1'
print(os.environ['TERN_TEST_VAR'], os.getenv('TERN_TEST_VAR'), 'TERN_TEST_VAR' in os.environ)
print(os.environ.get('TERN_SURELY_UNSET_VAR'), os.getenv('TERN_SURELY_UNSET_VAR', 'dflt'))
os.environ.setdefault('TERN_TEST_VAR', 'other')
os.environ.setdefault('TERN_TEST_VAR2', 'two')
print(os.environ['TERN_TEST_VAR'], os.environ.pop('TERN_TEST_VAR2'), 'TERN_TEST_VAR2' in os.environ)
del os.environ['TERN_TEST_VAR']
print('TERN_TEST_VAR' in os.environ, os.getenv('TERN_TEST_VAR'))
try:
    os.environ['TERN_SURELY_UNSET_VAR']
except KeyError as e:
    print('KeyError', e)
for bad in [lambda: os.environ.__setitem__('X', 1), lambda: os.environ.__setitem__(1, 'x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(type(os.environ).__name__, isinstance(os.environb[b'PATH'] if hasattr(os, 'environb') and b'PATH' in os.environb else b'', bytes))
print(os.sep, os.altsep, os.extsep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.devnull, os.name)
print(os.fspath('a/b'), os.fspath(b'x'), os.getcwd() == os.path.abspath('.'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
class P:
    def __fspath__(self):
        return 'from-fspath'
print(os.fspath(P()), os.path.join(P(), 'x'))
try:
    os.fspath(5)
except TypeError as e:
    print('TypeError', e)
print(os.getpid() > 0, isinstance(os.cpu_count(), int), callable(os.urandom), len(os.urandom(8)))
