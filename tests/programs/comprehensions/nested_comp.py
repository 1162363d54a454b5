# Nested loops and conditions inside comprehensions
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([(x, y) for x in range(4) if x % 2 for y in range(x)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x <= y])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[v * 10 for v in row if v % 2] for row in matrix])
print([row[i] for i, row in enumerate(matrix)])
print([c for word in ["ab", "cd"] for c in word + "!"])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print([[(i, j) for j in range(i)] for i in range(3)])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([x for x in [y * 2 for y in range(5)] if x > 2])
print([sum(x for x in range(n)) for n in range(6)])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
words = ["hi", "yo"]
print([w[i] for w in words for i in range(len(w))])
print([x for sub in [[1], [], [2, 3]] for x in sub])
print(len([1 for a in range(10) for b in range(10) for c in range(10)]))
print([(i, c) for i in range(2) for c in "ab" if i or c == "b"])
print([[x for x in range(3)] for _ in range(2)])
