# return from inside loops ends the whole function immediately
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    return "none"
print(first_even([1, 3, 4, 6]), first_even([1, 3]), first_even([]))
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
def countdown(n):
    while True:
        if n == 0:
            return "liftoff"
        print(n)
        n -= 1
print(countdown(3))
def no_return():
    x = 1
print(no_return())
def bare_return(flag):
    if flag:
        return
    return 0
print(bare_return(True), bare_return(False))
def multiple():
    return 1, "two", [3]
a, b, c = multiple()
print(a, b, c, multiple())
def loop_with_else(items):
    for it in items:
        if it == "stop":
            return "returned"
    else:
        return "else branch"
print(loop_with_else(["a", "stop"]), loop_with_else(["a"]))
def nested_while():
    i = 0
    while i < 10:
        j = 0
        while j < 10:
            if i * j == 12:
                return i, j
            j += 1
        i += 1
print(nested_while())
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 80, 6 ** 30))
