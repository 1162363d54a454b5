# Deeply nested containers hit the recursion limit in repr, str and ==
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
for n in [990, 995, 996, 997, 998, 999, 1000, 1001]:
    try:
        repr(nest(n))
        print(n, 'ok')
    except RecursionError:
        print(n, 'RecursionError')
def f(n):
    try:
        return repr(nest(n))
    except RecursionError:
        return 'RE'
print([len(f(k)) for k in (900, 980, 990, 1000)])
for n in [496, 497, 498, 499, 500, 995, 996, 997, 998, 999, 1000]:
    try:
        r = nest(n) == nest(n)
        print(n, r)
    except RecursionError as e:
        print(n, 'RecursionError', e)
l1 = [1]; l1.append(l1); l2 = [1]; l2.append(l2)
try:
    print(l1 == l2)
except RecursionError as e:
    print('RecursionError', e)
for n in [995, 996, 997, 998, 999]:
    try:
        s = str(nest(n)); t = f'{nest(n)}'
        print(n, len(s), len(t))
    except RecursionError as e:
        print(n, 'RecursionError', e)
