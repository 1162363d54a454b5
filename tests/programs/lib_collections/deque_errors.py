from _collections import deque

d = deque([1, 2, 3])
tests = ["d.remove(9)", "d.index(9)", "d.index(3, 0, 2)", "deque().pop()", "deque().popleft()", "d[5]", "d[-4]", "d['a']", "d[1:2]", "d[1.5]",
    "d[2**100]", "deque([], -1)", "deque([], 'a')", "deque([], maxlen=2.5)", "deque(1)", "d + [1]", "d * 'a'", "d * 1.5",
    "deque([1], 1).insert(0, 2)", "d.rotate('a')", "d.rotate(1, 2)", "d.index(1, 'a')", "d < [1]", "hash(d)", "deque(x=1)",
    "deque([], 1, 2)", "d.count()", "d.insert(1)", "d.index()", "d.append()", "d.pop(1)", "d.__setitem__(9, 1)", "d.__delitem__(9)",
    "d.extend(1)", "d.extendleft(None)", "d.maxlen = 3", "[1] + d"]
for t in tests:
    try:
        r = eval(t) if '=' not in t.replace('==', '') else exec(t)
        print(t, '->', r)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

d = deque(range(5))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque(range(5))
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print('RuntimeError', e)
d = deque(range(5))
it = iter(d)
d[0] = 'changed'
print(list(it))

class Evil:
    def __eq__(self, other):
        d.clear()
        return False
d = deque([1, 2, 3])
try:
    d.count(Evil())
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
try:
    d.remove(Evil())
except IndexError as e:
    print('IndexError', e)
