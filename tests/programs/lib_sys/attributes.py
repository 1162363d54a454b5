# sys: the deterministic attributes and functions.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.implementation.name != '', sys.hexversion >> 16)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_repr_style)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.argv[0].endswith('attributes.py'), type(sys.path).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print('builtins' in sys.builtin_module_names, 'sys' in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.stdout.write('written\n'), sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
try:
    raise ValueError('boom')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v if hasattr(sys, 'exception') else True)
print(sys.exc_info())
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
print(sys.intern('abc') is sys.intern('ab' + 'c'), sys.getsizeof(0) > 0, callable(sys.exit))
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit('x'), lambda: sys._getframe(1000), lambda: sys.intern(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
