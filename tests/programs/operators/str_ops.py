# String concatenation, repetition, comparison and membership operators
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -2, repr(s * -1))
print("" * 100 == "", "-" * 10)
print(s + s * 2 + s)
print(True * "x", "x" * True, "x" * False == "")
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "a" < "aa")
print("abc" == "abc", "abc" != "ABC", "b" > "abc", "é" > "z")
print("ab" in "cabd", "" in "abc", "x" in "", "" in "")
print("ab" not in "ba")
print(min("hello"), max("hello"), sorted("banana"))
t = "x"
t += "y"
t *= 3
print(t)
for op in ["+", "*", "-"]:
    try:
        if op == "+":
            r = "a" + 1
        elif op == "*":
            r = "a" * "b"
        else:
            r = "a" - "b"
        print(r)
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "a" != None)
print("%s-%d" % ("x", 5), "%5.2f|" % 3.14159, "%%")
print(("a" "b" "c"), "multi" "ple")
print("abc"[::-1] + "abc"[1:], "abc" * 2 == "abcabc")
print([1] * 3, [[0] * 2] * 2, (1, 2) * 2, (0,) * 0)
print([1, 2] + [3], (1,) + (2, 3))
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
