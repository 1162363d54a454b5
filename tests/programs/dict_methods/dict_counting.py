text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print(dict(sorted({3: 'c', 1: 'a', 2: 'b'}.items())))
nested = {'x': {'y': {'z': 1}}}
nested['x']['y']['w'] = 2
print(nested, nested['x']['y']['z'])
merged = {}
for part in [{'a': 1}, {'b': 2}, {'a': 3}]:
    merged.update(part)
print(merged)
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], len(grid), [grid[i, i] for i in range(3)])
print(list(filter(lambda kv: kv[1] > 1, counts.items())))
squares = dict(zip(range(5), map(lambda x: x * x, range(5))))
print(squares, list(squares.values())[::-1])
