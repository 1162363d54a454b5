"""Float arithmetic in a loop: a numerical integration and a recurrence."""
import sys


def integrate(n):
    h = 1.0 / n
    total = 0.0
    x = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def logistic(steps):
    r = 3.7
    x = 0.5
    acc = 0.0
    for _ in range(steps):
        x = r * x * (1.0 - x)
        acc += x
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
print(round(integrate(n), 9), round(logistic(n // 2), 6))
