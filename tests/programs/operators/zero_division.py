# Division by zero error messages for every operator and type combination
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("big / 0", lambda: 2 ** 100 / 0),
    ("big // 0", lambda: 2 ** 100 // 0),
    ("big % 0", lambda: 2 ** 100 % 0),
    ("True / False", lambda: True / False),
    ("0 / 0", lambda: 0 / 0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__ + ":", e, e.args)
x = 5
try:
    x /= 0
except ZeroDivisionError as e:
    print("x /= 0 ->", e, x)
try:
    x //= 0
except ZeroDivisionError as e:
    print("x //= 0 ->", e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print("x %= 0 ->", e, x)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ZeroDivisionError, Exception))
