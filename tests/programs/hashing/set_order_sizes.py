for n in [1, 2, 3, 4, 5, 8, 9, 16, 17, 33, 50, 64, 65, 100]:
    s = set()
    for i in range(n):
        s.add((i * 37) % 101)
    print(n, s)
for n in range(1, 12):
    print(n, set(range(n * 7, 0, -n)))
