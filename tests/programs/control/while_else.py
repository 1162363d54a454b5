# while loops with else clauses, break and continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally, i =", i)
j = 0
while True:
    j += 1
    if j > 3:
        break
    print("j =", j)
else:
    print("never printed")
print("after, j =", j)
k = 10
while k < 5:
    print("never")
else:
    print("else runs even when the body never runs")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
def find(seq, target):
    idx = 0
    while idx < len(seq):
        if seq[idx] == target:
            break
        idx += 1
    else:
        return "not found"
    return "found at " + str(idx)
print(find([4, 5, 6], 5), find([4, 5, 6], 7), find([], 1))
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[1] if len(stack) > 1 else []
print("depth", depth)
count = 0
while count < 3:
    count += 1
    while True:
        break
    else:
        print("never")
else:
    print("outer else, count =", count)
