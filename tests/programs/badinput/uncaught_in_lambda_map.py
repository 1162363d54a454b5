data = [4, 2, 0, 1]
result = list(map(lambda x: 10 // x, data))
print(result)
