# decimal: exact arithmetic, contexts (precision, rounding, traps, flags), quantize, special values, methods.
import decimal
from decimal import (ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP,
                     ROUND_UP, Context, Decimal, localcontext)

D = Decimal
print(D("0.1") + D("0.2"), D("0.1") + D("0.2") == D("0.3"), D(0.1), D(10), D(-7.5), D((1, (1, 4), -1)), D("  3.50  "))
print(repr(D("1.10")), str(D("1E+3")), D("1e3") == 1000, D("100").normalize(), D("0.00").normalize(), D("-0"), D("1.2300").normalize())
print(D("1.30") + D("1.20"), D("1.30") * D("1.20"), D("10") / D("4"), D("10") // D("4"), D("10") % D("4"), D("-7") // D("2"), D("-7") % D("2"))
print(divmod(D("7.5"), D("2")), D(2) ** 10, D(2) ** D("0.5"), D("1.5") ** 2, -D("3"), abs(D("-3.25")), +D("1.0000"))
print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D(100) / D("0.3"))
print(D("3.14159").quantize(D("0.01")), D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("1.005").quantize(D("0.01")))
for mode in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP):
    vals = [D(x).quantize(D("1"), rounding=mode) for x in ("2.5", "-2.5", "1.4", "-1.6", "0.5", "5.1")]
    print(f"{mode:16}", " ".join(f"{v:>3}" for v in vals))
print(round(D("2.675"), 2), round(D("2.5")), round(D("-0.5")), int(D("-9.99")), float(D("0.1")), D("7.00").to_integral_value())
print(D("12.345").as_tuple(), D("-0.001").as_tuple(), D("12.345").adjusted(), D("0.001").adjusted(), D("1.2E+5").as_integer_ratio())
print(D(2).sqrt(), D(10).exp(), D(100).ln(), D(1000).log10(), D("0.5").logb(), D(16).sqrt(), D("1e-4").sqrt())
print(D("NaN"), D("-Infinity"), D("inf") > 10**100, D("nan").is_nan(), D("sNaN").is_snan(), D("inf").is_infinite(), D(1).is_finite())
print(D("NaN") == D("NaN"), D("-0") == D("0"), D("-0").is_signed(), D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, hash(D("2.0")) == hash(2))
print(sorted([D("1.1"), D("-3"), D("1.10"), D("0")]), max(D("1"), D("1.0")), min([D("2"), D("1.5")]), sum([D("0.1")] * 10))
print(D("1.23").compare(D("2")), D("5").max(D("7")), D("-5").copy_abs(), D("5").copy_negate(), D("1").copy_sign(D("-2")))
print(D("123.456").scaleb(2), D("12300").normalize().to_eng_string(), D("0.000001234").to_eng_string(), D("1E+7").to_eng_string())
print(f"{D('1234567.891'):,.2f}", f"{D('0.5'):%}", f"{D('-3.14159'):+.3e}", f"{D('42'):08.2f}", f"{D('1.5E+3'):f}", format(D("1E-10"), "g"))
print(D("1.5").fma(2, D("0.25")), D(10).remainder_near(D(6)), D(17).shift(1), D("5").same_quantum(D("5.0")))

ctx = decimal.getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
with localcontext() as c:
    c.prec = 5
    print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1, c.prec)
    c.rounding = ROUND_DOWN
    print(D(2) / D(3), D("99999.9") + 0)
print(D(1) / D(7), decimal.getcontext().prec)
with localcontext(prec=3, rounding=ROUND_HALF_UP):
    print(D("1.235") + 0, D("1.245") + 0)
c = Context(prec=6, rounding=ROUND_HALF_EVEN)
print(c.divide(D(1), D(3)), c.add(D("1.0000005"), D(0)), c.power(D(2), 20), c.sqrt(D(3)), c.create_decimal("3.14159265"))
print(c.create_decimal_from_float(0.1), c.plus(D("12345678")), c.quantize(D("1.23456"), D("0.01")))

c = Context(prec=10, traps=[])
r = c.divide(D(1), D(0))
print(r, bool(c.flags[decimal.DivisionByZero]), c.divide(D(0), D(0)), bool(c.flags[decimal.InvalidOperation]))
c.clear_flags()
print(c.divide(D(1), D(3)), bool(c.flags[decimal.Inexact]), bool(c.flags[decimal.Rounded]), bool(c.flags[decimal.DivisionByZero]))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError), issubclass(decimal.FloatOperation, TypeError))
for bad in (lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("abc"), lambda: D("inf") - D("inf"),
            lambda: D("1").quantize(D("1e-30")), lambda: D(-1).sqrt(), lambda: D("NaN") < 1, lambda: D("sNaN") + 1):
    try:
        print(bad())
    except decimal.DivisionByZero:
        print("DivisionByZero")
    except decimal.InvalidOperation:
        print("InvalidOperation")
