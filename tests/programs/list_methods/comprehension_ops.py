nums = [5, 3, 8, 1]
total = 0
for n in nums:
    total += n
print(total, sum(nums), len(nums), max(nums), min(nums))
print([n * 2 for n in nums], [n for n in nums if n > 3])
stack = []
for ch in 'abc':
    stack.append(ch)
while stack:
    print(stack.pop(), end=' ')
print()
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([x for row in matrix for x in row])
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = 'xyz'
print(init, last)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
while i < len(l):
    if l[i] == 2:
        del l[i]
    else:
        i += 1
print(l)
items = list(range(6))
for idx in range(len(items) - 1, -1, -1):
    if items[idx] % 2:
        items.pop(idx)
print(items)
flat = []
for sub in [[1], [], [2, 3]]:
    flat.extend(sub)
print(flat)
print(list(map(list, enumerate('ab'))))
dedup = []
for v in [3, 1, 3, 2, 1]:
    if v not in dedup:
        dedup.append(v)
print(dedup)
