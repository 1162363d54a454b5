value = 10
result = value if value > 5
print(result)
