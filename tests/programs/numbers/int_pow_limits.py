# pow() with modulus (negative exponents: modular inverse), divmod/floor division signs for ints,
# the int/str conversion limit (sys.set_int_max_str_digits) and its messages
import sys
for b, e, m in [(3, 4, 5), (2, 10, 1000), (-2, 3, 7), (2, -1, 7), (3, -2, 11), (-3, -1, 7), (5, 0, 1), (5, 0, -7), (0, 0, 3),
                (2, 3, -5), (-2, 3, -5), (10**30, 10**20, 10**9 + 7), (2, -1, 4), (0, -1, 5), (6, -1, 9), (3, -1, 1),
                (7, -3, -11), (True, 2, 3), (4, 2**100, 97)]:
    try:
        print(f"pow({b}, {e}, {m}) =", pow(b, e, m))
    except (ValueError, ZeroDivisionError) as ex:
        print(f"pow({b}, {e}, {m}) -> {type(ex).__name__}: {ex}")
for args in [(2, 3, 0), (2, 3.0, 5), (2.0, 3, 5), (2, 3, 5.0), (2, "3", 5)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as ex:
        print(f"pow{args} -> {type(ex).__name__}: {ex}")
print(pow(2, -1), pow(-2, -2), pow(0, 0), pow(base=2, exp=5), pow(2, 5, mod=3), type(pow(2, -1)).__name__)
for a, b in [(0, -1), (0, -2), (0.0, -1)]:
    try:
        print(a ** b)
    except ZeroDivisionError as ex:
        print(f"{a} ** {b} -> ZeroDivisionError: {ex}")
print(2 ** 0.5, (-8) ** (1 / 3), (-1) ** 0.5, 4 ** -0.5, (-2) ** 2, -2 ** 2, 2 ** -2 ** 2, 10 ** -1)
# int // % divmod signs
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (10**20 + 1, 7), (-(10**20) - 1, 7), (10**20, -(10**10) - 3)]:
    print(a, b, a // b, a % b, divmod(a, b), -a // b, a / b)
for a, b in [(1, 0), (10**30, 0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
        except ZeroDivisionError as ex:
            r = f"ZeroDivisionError: {ex}"
        print(a, op, b, r)
print(divmod(True, 2), divmod(-1, True), (-7).__divmod__(2), (7).__rdivmod__(20), (7).__rfloordiv__(50), (3).__rmod__(-10))
for op, fn in [("/", lambda: 10**400 / 1), ("/", lambda: 1 / 10**400), ("/", lambda: 10**400 / 10**399), ("float", lambda: float(10**309))]:
    try:
        print(op, fn())
    except OverflowError as ex:
        print(op, "OverflowError:", ex)
print((2**53 + 1) / 1, 2**1023 * 2 / 2**1023 if False else "", (10**30) / (10**15), 1 / 3, -(10**30) // 7.0)
# shifts
for a, b in [(1, 100), (-1, 100), (-5, 1), (-5, 10), (2**100, -1)]:
    try:
        print(a, b, a << b, a >> b)
    except ValueError as ex:
        print(a, b, "ValueError:", ex)
print(1 >> 10**30, -1 >> 10**30, 0 << 10**30)
try:
    1 << 10**30
except (OverflowError, MemoryError) as ex:
    print(type(ex).__name__, ex)
# the int max str digits limit
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10**5000
try:
    str(big)
except ValueError as ex:
    print("ValueError:", ex)
try:
    int("1" * 5000)
except ValueError as ex:
    print("ValueError:", ex)
try:
    repr(-big)
except ValueError as ex:
    print("ValueError:", ex)
try:
    f"{big}"
except ValueError as ex:
    print("ValueError:", ex)
print(len(hex(big)), int("1" * 4300) % 10, len(str(10**4299)), int("0x" + "f" * 5000, 16) % 7)
try:
    "%d" % big
except ValueError as ex:
    print("ValueError:", ex)
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10**20000)), sys.get_int_max_str_digits())
for bad in [1, 639, -5]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as ex:
        print("ValueError:", ex)
sys.set_int_max_str_digits(640)
try:
    int("9" * 641)
except ValueError as ex:
    print("ValueError:", ex)
print(int("9" * 640) % 1000, int(" " + "1" * 640 + " ") % 10)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
