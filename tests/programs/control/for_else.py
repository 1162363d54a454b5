# for/else: else runs when the loop was not broken out of
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
print([n for n in range(30) if is_prime(n)])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "equals", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else after empty loop")
for x in range(3):
    continue
else:
    print("else after continue-only loop, x =", x)
def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            break
    else:
        return None
    return i
print(first_negative([3, 1, -2, 5]), first_negative([1, 2]), first_negative([]))
for i in range(3):
    for j in range(3):
        if i + j == 3:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke at", i, j)
result = []
for word in ["apple", "banana", "cherry"]:
    for ch in word:
        if ch == "z":
            break
    else:
        result.append(word)
print(result)
