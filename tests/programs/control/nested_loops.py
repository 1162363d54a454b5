# break and continue only affect the innermost loop
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
    if i == 2:
        continue
    print("end of outer", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for cell in row:
        if cell % 2 == 0:
            continue
        if cell > 7:
            break
        total += cell
print("total", total)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print("i", i, "j", j)
    i += 1
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c > b:
                break
            if a == b:
                continue
            count += 1
print("count", count)
out = []
for x in range(10):
    if x % 2:
        continue
    if x > 6:
        break
    out.append(x)
else:
    out.append("else")
print(out)
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search(grid, 8), search(grid, 10))
