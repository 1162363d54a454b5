# Control flow in small classic algorithms
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
print(sieve(60))
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            print("early exit after pass", i)
            break
    return xs
print(bubble([5, 1, 4, 2, 8, 0]))
print(bubble([1, 2, 3]))
def binary_search(xs, t):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid, steps
        elif xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 100, 3))
for t in [0, 33, 99, 50, -1]:
    print(t, binary_search(data, t))
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return " ".join(out)
print(fizzbuzz(20))
def digits_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s
print(digits_sum(2 ** 100), digits_sum(0), digits_sum(999))
def pascal(rows):
    row = [1]
    for _ in range(rows):
        print(row)
        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
pascal(6)
