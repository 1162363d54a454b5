def walk(node):
    return walk([node])


try:
    walk(None)
except RecursionError as e:
    print('caught once:', e)


def build(n):
    return [build(n + 1)]


print('second attempt is not caught')
build(0)
