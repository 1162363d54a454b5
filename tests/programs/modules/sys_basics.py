import sys

print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_basics.py'))
print(type(sys.path).__name__, sys.path[0].endswith('modules'), all(isinstance(p, str) for p in sys.path))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(sys.version_info[0] == sys.version_info.major, type(sys.version).__name__, sys.version.startswith('3.11'))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.byteorder in ('little', 'big'), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.min, sys.float_info.mant_dig, sys.float_info.max_exp, sys.int_info.bits_per_digit > 0)
print(sys.getrecursionlimit(), 'sys' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys)
print(sys.__name__, type(sys).__name__, sys.maxunicode, hasattr(sys, 'exit'), callable(sys.exit))
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan)
print(sys.get_int_max_str_digits(), sys.platform in ('linux', 'darwin', 'win32'))
print(sys.modules['__main__'].__name__, __name__)
