def total(items):
    return sum(items) + ' items'


print(total([1, 2, 3]))
