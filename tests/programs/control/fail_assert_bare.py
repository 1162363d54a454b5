# Uncaught bare AssertionError (no message) from a nested helper
def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b

def validate(batches):
    for batch in batches:
        check_sorted(batch)
        print("ok", batch)

check_sorted([])
check_sorted([1])
check_sorted([1, 1, 2])
print("small checks passed")
try:
    check_sorted([2, 1])
except AssertionError as e:
    print("caught bare assert:", repr(e), e.args)
validate([[1, 2, 3], [], [5, 5, 9], [3, 1]])
print("not reached")
