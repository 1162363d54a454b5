data = [3, 1, 2]
print(sorted(x * 2 for x in data, reverse=True))
