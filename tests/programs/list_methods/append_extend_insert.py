l = []
l.append(1)
l.append([2, 3])
l.append(None)
print(l, len(l))
r = l.append('x')
print(r)
l.extend([4, 5])
l.extend('ab')
l.extend(range(2))
l.extend((9,))
l.extend({'k': 1})
l.extend([])
print(l)
l2 = [1, 2]
l2.extend(l2)
print(l2)
l2 += l2
print(l2)
try:
    l2.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
ins = ['a', 'b', 'c']
ins.insert(0, 'start')
print(ins)
ins.insert(len(ins), 'end')
print(ins)
ins.insert(100, 'far')
print(ins)
ins.insert(-1, 'before-last')
print(ins)
ins.insert(-100, 'very-first')
print(ins)
ins.insert(2, 'two')
print(ins)
ins.insert(-3, 'minus3')
print(ins)
e = []
e.insert(-5, 'only')
e.insert(5, 'second')
print(e)
try:
    ins.insert('0', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ins.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
gen = [10]
gen.extend(x * 2 for x in range(3))
print(gen)
