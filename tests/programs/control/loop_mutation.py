# Mutating containers while looping over them (well-defined list behaviour)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
lst = [1, 2, 3, 4]
for x in lst[:]:
    lst.remove(x)
print(lst)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k != 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
for k in d:
    d[k] = 2
print(d)
nums = [5, 3, 8]
i = 0
while i < len(nums):
    if nums[i] > 4:
        nums.insert(i, 0)
        i += 1
    i += 1
print(nums)
r = [0]
for i in r:
    if i < 5:
        r.append(i + 1)
print(r)
it = iter([1, 2, 3, 4, 5])
for a in it:
    b = next(it, None)
    print("pair", a, b)
