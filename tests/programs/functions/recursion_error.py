# Unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print(issubclass(RecursionError, RuntimeError))
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(900))
try:
    forever(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also overflows")
print(countdown(500), "after recovering, normal recursion works")
print("program continues normally")
