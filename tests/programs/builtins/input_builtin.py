import sys

name = input()
print('name:', repr(name))
age = input('Age? ')
print()
print('age:', int(age) + 1)
spaced = input('> ')
print(repr(spaced))
empty = input()
print(repr(empty))
last = input()
print(repr(last))
try:
    input('more? ')
except EOFError as e:
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(e))
print(sys.stdin.read() == '')
