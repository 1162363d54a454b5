import sys

first = sys.stdin.readline()
print(repr(first))
second = input()
print(repr(second))
rest = sys.stdin.read()
print(repr(rest))
lines = rest.splitlines()
print(int(lines[0]) * 2, sum(map(int, lines[1].split())))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
