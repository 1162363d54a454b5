# Filtering `if` versus conditional expressions in the element
nums = list(range(-3, 4))
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
print([n if n > 0 else -n if n < 0 else "zero" for n in nums])
print([n for n in nums if n if n % 2])
print([n for n in nums if n > -2 and n < 2])
print([n for n in nums if not n % 3 or n == 1])
print(["even" if n % 2 == 0 else "odd" for n in nums if n >= 0])
print({n: ("neg" if n < 0 else "non-neg") for n in nums[:4]})
print({abs(n) for n in nums if n})
labels = ["fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)]
print(labels)
words = ["", "a", None, "bc", 0, "def"]
print([w for w in words if w], [w or "<empty>" for w in words])
print([len(w) if isinstance(w, str) else -1 for w in words])
def classify(x):
    return "small" if x < 10 else "big"
print([classify(x) for x in [1, 50, 9, 10]])
print([(x, y) for x in range(3) if x for y in range(3) if y > x])
print([x for x in range(10) if x % 2 == 0 if x % 3 == 0])
print(sum(1 for c in "banana" if c == "a"), max((v for v in [] if v), default="none"))
