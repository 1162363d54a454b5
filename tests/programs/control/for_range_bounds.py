# for over ranges at the edges of the small-int range, negative steps, a started iterator (compiled code steps range iterators inline)
def f():
    out = []
    for i in range(5): out.append(i)
    for i in range(10, 0, -3): out.append(i)
    for i in range(0): out.append('never')
    for i in range(2**62 - 2, 2**62 + 2): out.append(i)
    for i in range(-2**62 - 1, -2**62 + 2): out.append(i)
    for i in [7, 8]: out.append(i)
    for c in "ab": out.append(c)
    it = iter(range(3))
    next(it)
    for i in it: out.append(i)
    s = 0
    for i in range(100000): s += i
    out.append(s)
    return out
print(f())
