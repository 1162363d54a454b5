# Uncaught ZeroDivisionError raised three function frames deep
def average(values):
    total = sum(values)
    return total / len(values)

def spread(values):
    return max(values) - min(values)

def report(groups):
    for name, values in groups:
        print(name, "spread", spread(values) if values else "n/a")
        print(name, "average", average(values))

def main():
    groups = [("a", [1, 2, 3]), ("b", [10, -4]), ("empty", [])]
    print("groups:", len(groups))
    report(groups)
    print("not reached")

print("start")
print(average([2, 4]), average([-1, 1]), average([7]))
main()
