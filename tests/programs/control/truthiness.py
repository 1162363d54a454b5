# Truth values of built-in objects in conditions
values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), 10 ** 100, b"", b"\x00"]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
print(bool(float("nan")), bool(-0.0), bool(float("inf")))
items = [3, 0, "", "x", None, [1]]
print([x for x in items if x])
print(list(filter(None, items)))
print(any(items), all(items), any([]), all([]))
n = 3
while n:
    n -= 1
print("n", n)
s = "abc"
while s:
    s = s[1:]
    print(repr(s))
print(len([x for x in values if not x]))
