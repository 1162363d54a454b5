s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
print(s)
for i in [100, 3, 64, 32, -1, -32]:
    s.add(i)
print(s)
for i in range(40):
    s.discard(i)
print(s)
for i in range(40, 0, -5):
    s.add(i)
print(s)
t = set()
for round_ in range(5):
    for i in range(round_ * 10, round_ * 10 + 10):
        t.add(i)
    for i in range(round_ * 10, round_ * 10 + 7):
        t.discard(i)
    print(round_, t)
u = set(range(100))
for i in range(100):
    if i % 10:
        u.remove(i)
print(u)
u.update(range(200, 205))
print(u)
v = {1, 2, 3}
v.pop()
v.add(9)
print(v)
w = set(range(1000))
w.difference_update(range(5, 1000))
print(w)
x = set()
for i in range(50):
    x.add(i)
    x.discard(i - 1)
print(x)
