def check(n):
    assert n > 0, 'n must be positive, got %d' % n
    return n


print(check(5))
check(-3)
