# A comparison followed by a conditional jump: tier 1 branches on the
# machine comparison (small ints, floats) without making the bool. Every
# operator, both jump senses (`if` and `if not`, loop conditions), NaN,
# signed zeros, big ints and mixed types (which take the full path) must
# agree with CPython.
CMPS = ["<", "<=", "==", "!=", ">", ">="]
VALUES = [0, 1, -1, 2 ** 62 - 1, -(2 ** 62), 2 ** 70, 0.0, -0.0, 1.5, float("nan"), float("inf"), True, "a", None]

funcs = []
for op in CMPS:
    ns = {}
    src = (
        "def f(pairs):\n"
        "    hits = 0\n"
        "    for a, b in pairs:\n"
        "        try:\n"
        "            if a %s b:\n"
        "                hits += 1\n"
        "            if not (a %s b):\n"
        "                hits += 10\n"
        "            x = a\n"
        "            y = b\n"
        "            if x %s y:\n"
        "                hits += 100\n"
        "        except TypeError:\n"
        "            hits += 1000\n"
        "    return hits\n"
    ) % (op, op, op)
    exec(src, ns)
    funcs.append((op, ns["f"]))

pairs = [(a, b) for a in VALUES for b in VALUES]
ints = [(a, b) for a in range(-3, 4) for b in range(-3, 4)]
floats = [(a / 2, b / 4) for a in range(-3, 4) for b in range(-3, 4)]
for rounds in (1, 60):
    for op, f in funcs:
        r = (f(ints * rounds), f(floats * rounds), f(pairs))
        if rounds == 1 or op == "<":
            print(rounds, op, r)


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    while not n >= 3:
        n += 1
    x = 10.0
    while x > 0.5:
        x /= 2
    return steps, n, x


print(countdown(5), countdown(2000), countdown(-4))


def truth(values, rounds):
    # Small ints decide `if`/`while` inline (zero is false); other values
    # (big ints, floats, None, containers) take the full path.
    t = 0
    for _ in range(rounds):
        for v in values:
            if v:
                t += 1
            if not v:
                t += 10
            n = v if isinstance(v, int) and -5 < v < 5 else 0
            while n:
                n -= 1 if n > 0 else -1
                t += 100
    return t


TRUTH = [0, 1, -1, 3, -4, 2 ** 62 - 1, -(2 ** 62), 2 ** 70, 0.0, 0.5, None, [], [0], "", "x", True, False]
print(truth(TRUTH, 1), truth(TRUTH, 300))
