# f-string corners: = with conversions and specs, nested replacement fields in specs, evaluation
# order, conversions on custom objects, format specs computed at runtime, and the SyntaxErrors
class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"R({self.v!r})"
    def __str__(self): return f"<{self.v}>"
    def __format__(self, spec): return f"fmt[{spec}]"
r = R("q")
print(f"{r}", f"{r!s}", f"{r!r}", f"{r!a}", f"{r:spec}", f"{r!s:>8}", f"{r!r:>10}")
print(f"{r=}", f"{r = }", f"{r=!s}", f"{r=:abc}", f"{r=!r:^12}")
x, width, prec = 3.14159265, 12, 4
print(f"{x:{width}.{prec}f}|", f"{x:{'<'}{width}}|", f"{x:{width}.{prec}{'e'}}|", f"{x=:{width}.2f}|")
print(f"{'abc':{'*'}^{width}}", f"{42:{'0'}{8}{'x'}}", f"{1234567:{','}}", f"{1234567:{'_'}d}")
fill, align = "-", ">"
print(f"{'text':{fill}{align}{width}}", f"{12:{fill}{align}{width}d}")
# nested format spec that itself has a conversion
print(f"{x:{width!r}}|", f"{'s':{str(5)}}|")
# evaluation order: left to right, each expression once
order = []
def t(v):
    order.append(v)
    return v
print(f"{t(1)}{t(2):{t(3)}}{t(4)!r}", order)
# = keeps the expression text exactly, including whitespace and comments-free spacing
a = 5
print(f"{a+1=}", f"{a + 1 = }", f"{  a  =  }", f"{a*2=:>4}", f"{(a, a)=}", f"{'x' * 2=}", f"{[a]=}")
print(f"{a=!a}", f"{'=' * 3}", f"{a==5}", f"{a!=4}", f"{(a:=7)}", a)
# dict and string quotes inside
d = {"k": "v", 1: "one"}
print(f"{d['k']}", f'{d["k"]}', f"{d[1]}", f"""{d["k"] + 'x'}""", f"{'{'}{'}'}")
# lambda and conditional need parentheses
print(f"{(lambda: 'lam')()}", f"{'yes' if a else 'no'}", f"{a if a > 10 else -a}")
# format of numbers via f-string specs, negative zero and z option
print(f"{-0.0:.1f}", f"{-0.0:z.1f}", f"{-0.0001:z.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{10:#x}", f"{10:#o}", f"{10:#b}", f"{255:X}", f"{-255:#X}", f"{65:c}", f"{3:n}")
# bytes and multiline
print(f"{b'bytes'}", f"{b'bytes'!r}", f"""
{a}
{a + 1}""".strip().split())
# errors at runtime
for src in ["f'{a:{\"x\"}}'", "f'{a!r:d}'", "f'{\"s\":d}'", "f'{a:>{-1}}'", "f'{a:{{}}}'", "f'{3.0:,x}'"]:
    try:
        print(eval(src))
    except (ValueError, TypeError) as e:
        print(f"{src} -> {type(e).__name__}: {e}")
# syntax errors
for src in ["f'{}'", "f'{ }'", "f'{a!}'", "f'{a!x}'", "f'{a'", "f'}'", "f'{'", "f'{a:{b:{c}}}}'",
            "f'{a:{b:{c:{d}}}}'", "f'{#}'", "f'{a!r!s}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*a}'",
            "f'{a=!}'", "f'{!r}'", "f'{a b}'", "f'\\{6 * 7}'"]:
    try:
        compile(src, "<fs>", "eval")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{src} -> SyntaxError: {e.msg}")
