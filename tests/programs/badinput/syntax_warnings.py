# Compile-time SyntaxWarnings (printed on stderr through the warnings module), and the filter that
# turns them into SyntaxErrors
import sys, warnings
sys.stderr = sys.stdout
srcs = [
    "x is 1", "x is not 'a'", "1 is x", "x is None", "x is True", "x is ...", "x is -1", "x is (1, 2)", "x is ()", "x is 1.5 + 2",
    "x == 1 is y", "x is b'b'", "x is (y,)", "x is [1]", "x is f'a{y}'",
    "assert (x, 'msg')", "assert ()", "assert (x)",
    "(1, 2)(3)", "[1](2)", "'a'(1)", "1(2)", "None()", "{1: 2}()", "{1}()", "(x for x in y)()", "f'{x}'()", "[x for x in y]()", "x()",
    "1[0]", "None[0]", "{1}[0]", "(lambda: 1)[0]", "(x for x in y)[0]", "1.5[0]", "True[0]", "...[0]",
    "'abc'['a']", "(1, 2)['a']", "[1, 2][1.5]", "'abc'[None]", "[1][(1, 2)]", "'s'[1]", "'s'[1:2]", "[1][x]", "x['a']", "{1: 2}['a']",
    "b'x'[()]", "f'{x}'['k']", "[1][[2]]", "(1,)[{}]", "'a'[True]",
    "1if x else 2", "0x1for x in y", "[0o7if 1 else 2]", "1jif 1 else 2", "1e5or 2", "x = 1not in y", "1andy",
]
for src in srcs:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<warn>", "exec")
        except SyntaxError as e:
            print("SyntaxError:", e.msg)
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = 1\nif x is 1: pass", "def f():\n    return (1)(2)"]:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno)
def in_function(x):
    return x is 5
print(in_function(5))
exec("print('exec ran', 3 is 3)")
