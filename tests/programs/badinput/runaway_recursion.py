def descend(n):
    return descend(n + 1)


print('about to recurse forever')
descend(0)
