# Uncaught exception inside a list comprehension inside a function
def ratios(pairs):
    return [a / b for a, b in pairs]

def report(pairs):
    print("computing", len(pairs), "ratios")
    result = ratios(pairs)
    print(result)

report([(1, 2), (3, 4)])
report([])
print(ratios([(9, 3), (1, 4)]))
print([x for x in range(3)], list(x * 2 for x in range(3)))
print({k: v for k, v in [(1, 2)]}, {x for x in [1, 1]})
try:
    ratios([(1, 0)])
except ZeroDivisionError as e:
    print("caught:", e)
report([(1, 2), (5, 0), (6, 3)])
print("not reached")
