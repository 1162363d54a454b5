rows = [[1, 2], [3], [4, 5]]
print([r[1] for r in rows])
