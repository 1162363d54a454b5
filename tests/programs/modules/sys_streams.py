import sys

n = sys.stdout.write('hello\n')
print(n)
n2 = sys.stdout.write('')
print(n2)
print(sys.stdout.write('中文😀\n'))
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
sys.stderr.write('this goes to stderr\n')
print('err via print', file=sys.stderr)
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr is not sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
out = sys.stdout
print('via alias', file=out)
print(sys.stdin.read() == '', sys.stdin.readline() == '')
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
w = sys.stdout.write
for part in ['a', 'b', 'c\n']:
    w(part)
print(hasattr(sys.stdout, 'encoding'), sys.stdout.encoding.lower().replace('-', ''))
