import sys

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)


def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(count(150))
sys.setrecursionlimit(5000)
print(count(4000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit('100')
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print(issubclass(RecursionError, RuntimeError))
