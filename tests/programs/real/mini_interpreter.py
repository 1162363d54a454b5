"""An interpreter for a small expression language: tokenizer, Pratt parser, tree-walking evaluator with closures."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator


class LangError(Exception):
    """An error in the interpreted program, with a line number."""

    def __init__(self, kind: str, msg: str, line: int):
        super().__init__(f"{kind} at line {line}: {msg}")
        self.kind = kind
        self.line = line


@dataclass
class Token:
    kind: str
    text: str
    line: int

    def __repr__(self):
        return f"{self.kind}:{self.text!r}"


KEYWORDS = {"let", "fn", "if", "else", "while", "return", "true", "false", "nil", "and", "or", "not", "print"}
TWO_CHAR = {"==", "!=", "<=", ">=", "->"}
ONE_CHAR = set("+-*/%<>=(){}[],;!")


def tokenize(src: str) -> Iterator[Token]:
    i, line, n = 0, 1, len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", src[i:j], line)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield Token("kw" if word in KEYWORDS else "name", word, line)
            i = j
        elif c == '"':
            j = i + 1
            buf = []
            while j < n and src[j] != '"':
                if src[j] == "\\" and j + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= n:
                raise LangError("SyntaxError", "unterminated string", line)
            yield Token("str", "".join(buf), line)
            i = j + 1
        elif src[i:i + 2] in TWO_CHAR:
            yield Token("op", src[i:i + 2], line)
            i += 2
        elif c in ONE_CHAR:
            yield Token("op", c, line)
            i += 1
        else:
            raise LangError("SyntaxError", f"unexpected character {c!r}", line)
    yield Token("eof", "", line)


# AST nodes are plain tuples tagged by their first element: compact and easy to match.
BINARY_PREC = {"or": 1, "and": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}


class Parser:
    def __init__(self, src: str):
        self.toks = list(tokenize(src))
        self.pos = 0

    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def next(self) -> Token:
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def at(self, text: str) -> bool:
        return self.tok.text == text and self.tok.kind in ("op", "kw")

    def expect(self, text: str) -> Token:
        if not self.at(text):
            raise LangError("SyntaxError", f"expected {text!r}, got {self.tok.text or 'end of input'!r}", self.tok.line)
        return self.next()

    def program(self) -> list:
        stmts = []
        while self.tok.kind != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self) -> list:
        self.expect("{")
        stmts = []
        while not self.at("}"):
            if self.tok.kind == "eof":
                raise LangError("SyntaxError", "unclosed block", self.tok.line)
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        line = self.tok.line
        if self.at("let"):
            self.next()
            name = self.next()
            if name.kind != "name":
                raise LangError("SyntaxError", f"bad variable name {name.text!r}", line)
            self.expect("=")
            value = self.expr()
            self.expect(";")
            return ("let", name.text, value, line)
        if self.at("if"):
            self.next()
            cond = self.expr()
            then = self.block()
            other = []
            if self.at("else"):
                self.next()
                other = [self.statement()] if self.at("if") else self.block()
            return ("if", cond, then, other, line)
        if self.at("while"):
            self.next()
            cond = self.expr()
            return ("while", cond, self.block(), line)
        if self.at("return"):
            self.next()
            value = ("lit", None, line) if self.at(";") else self.expr()
            self.expect(";")
            return ("return", value, line)
        if self.at("print"):
            self.next()
            args = [self.expr()]
            while self.at(","):
                self.next()
                args.append(self.expr())
            self.expect(";")
            return ("print", args, line)
        if self.tok.kind == "name" and self.toks[self.pos + 1].text == "=":
            name = self.next().text
            self.next()
            value = self.expr()
            self.expect(";")
            return ("assign", name, value, line)
        e = self.expr()
        self.expect(";")
        return ("expr", e, line)

    def expr(self, min_prec: int = 1):
        left = self.unary()
        while self.tok.text in BINARY_PREC and BINARY_PREC[self.tok.text] >= min_prec and self.tok.kind in ("op", "kw"):
            op = self.next()
            right = self.expr(BINARY_PREC[op.text] + 1)
            left = ("bin", op.text, left, right, op.line)
        return left

    def unary(self):
        if self.at("-") or self.at("not") or self.at("!"):
            op = self.next()
            return ("un", "not" if op.text == "!" else op.text, self.unary(), op.line)
        return self.postfix(self.primary())

    def postfix(self, e):
        while True:
            if self.at("("):
                line = self.next().line
                args = []
                while not self.at(")"):
                    args.append(self.expr())
                    if not self.at(")"):
                        self.expect(",")
                self.expect(")")
                e = ("call", e, args, line)
            elif self.at("["):
                line = self.next().line
                idx = self.expr()
                self.expect("]")
                e = ("index", e, idx, line)
            else:
                return e

    def primary(self):
        t = self.next()
        if t.kind == "num":
            return ("lit", float(t.text) if "." in t.text else int(t.text), t.line)
        if t.kind == "str":
            return ("lit", t.text, t.line)
        if t.kind == "name":
            return ("var", t.text, t.line)
        if t.text in ("true", "false", "nil"):
            return ("lit", {"true": True, "false": False, "nil": None}[t.text], t.line)
        if t.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        if t.text == "[":
            items = []
            while not self.at("]"):
                items.append(self.expr())
                if not self.at("]"):
                    self.expect(",")
            self.expect("]")
            return ("list", items, t.line)
        if t.text == "fn":
            self.expect("(")
            params = []
            while not self.at(")"):
                params.append(self.next().text)
                if not self.at(")"):
                    self.expect(",")
            self.expect(")")
            if self.at("->"):
                self.next()
                body = [("return", self.expr(), t.line)]
            else:
                body = self.block()
            return ("fn", params, body, t.line)
        raise LangError("SyntaxError", f"unexpected {t.text or 'end of input'!r}", t.line)


@dataclass
class Env:
    vars: dict = field(default_factory=dict)
    parent: Env | None = None

    def lookup(self, name: str, line: int) -> Any:
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LangError("NameError", f"undefined variable {name!r}", line)

    def assign(self, name: str, value: Any, line: int) -> None:
        env = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        raise LangError("NameError", f"assignment to undeclared {name!r}", line)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


@dataclass
class Closure:
    params: list
    body: list
    env: Env
    name: str = "<anonymous>"

    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"


def show(v: Any) -> str:
    if v is None:
        return "nil"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


class Interpreter:
    def __init__(self, out: Callable[[str], None] = print):
        self.out = out
        self.steps = 0
        self.depth = 0
        self.globals = Env()
        builtins = {
            "len": lambda xs: len(xs),
            "push": lambda xs, x: xs.append(x) or xs,
            "str": show,
            "range": lambda n: list(range(n)),
        }
        for name, f in builtins.items():
            self.globals.vars[name] = f

    def run(self, src: str) -> None:
        self.exec_block(Parser(src).program(), self.globals)

    def exec_block(self, stmts: list, env: Env) -> None:
        for s in stmts:
            self.exec(s, env)

    def exec(self, s, env: Env) -> None:
        self.steps += 1
        match s:
            case ("let", name, value, _):
                v = self.eval(value, env)
                if isinstance(v, Closure) and v.name == "<anonymous>":
                    v.name = name
                env.vars[name] = v
            case ("assign", name, value, line):
                env.assign(name, self.eval(value, env), line)
            case ("if", cond, then, other, _):
                self.exec_block(then if self.truthy(self.eval(cond, env)) else other, Env(parent=env))
            case ("while", cond, body, line):
                count = 0
                while self.truthy(self.eval(cond, env)):
                    count += 1
                    if count > 10000:
                        raise LangError("RuntimeError", "loop limit exceeded", line)
                    self.exec_block(body, Env(parent=env))
            case ("return", value, _):
                raise ReturnSignal(self.eval(value, env))
            case ("print", args, _):
                self.out(" ".join(show(self.eval(a, env)) for a in args))
            case ("expr", e, _):
                self.eval(e, env)
            case _:
                raise AssertionError(f"unknown statement {s[0]}")

    @staticmethod
    def truthy(v: Any) -> bool:
        return v is not None and v is not False

    def eval(self, e, env: Env) -> Any:
        match e:
            case ("lit", value, _):
                return value
            case ("var", name, line):
                return env.lookup(name, line)
            case ("list", items, _):
                return [self.eval(i, env) for i in items]
            case ("fn", params, body, _):
                return Closure(params, body, env)
            case ("un", "-", operand, line):
                v = self.eval(operand, env)
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    raise LangError("TypeError", f"cannot negate {show(v)}", line)
                return -v
            case ("un", "not", operand, _):
                return not self.truthy(self.eval(operand, env))
            case ("bin", "and", l, r, _):
                lv = self.eval(l, env)
                return self.eval(r, env) if self.truthy(lv) else lv
            case ("bin", "or", l, r, _):
                lv = self.eval(l, env)
                return lv if self.truthy(lv) else self.eval(r, env)
            case ("bin", op, l, r, line):
                return self.binary(op, self.eval(l, env), self.eval(r, env), line)
            case ("index", target, idx, line):
                t, i = self.eval(target, env), self.eval(idx, env)
                try:
                    return t[i]
                except IndexError:
                    raise LangError("IndexError", f"index {i} out of range for length {len(t)}", line) from None
                except TypeError as exc:
                    raise LangError("TypeError", str(exc), line) from exc
            case ("call", callee, args, line):
                f = self.eval(callee, env)
                argv = [self.eval(a, env) for a in args]
                return self.call(f, argv, line)
        raise AssertionError(f"unknown expression {e!r}")

    def binary(self, op: str, a: Any, b: Any, line: int) -> Any:
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "+" and isinstance(a, str) or isinstance(b, str) and op == "+":
            return show(a) + show(b)
        if op == "+" and isinstance(a, list) and isinstance(b, list):
            return a + b
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (a, b)):
            raise LangError("TypeError", f"unsupported operands for {op}: {show(a)} and {show(b)}", line)
        if op in ("/", "%") and b == 0:
            raise LangError("ZeroDivisionError", "division by zero", line)
        ops = {
            "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
            "/": lambda: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
            "%": lambda: a % b, "<": lambda: a < b, "<=": lambda: a <= b,
            ">": lambda: a > b, ">=": lambda: a >= b,
        }
        return ops[op]()

    def call(self, f: Any, argv: list, line: int) -> Any:
        if isinstance(f, Closure):
            if len(argv) != len(f.params):
                raise LangError("TypeError", f"{f.name} expects {len(f.params)} arguments, got {len(argv)}", line)
            self.depth += 1
            if self.depth > 100:
                self.depth = 0
                raise LangError("RecursionError", "maximum depth exceeded", line)
            try:
                self.exec_block(f.body, Env(dict(zip(f.params, argv)), f.env))
            except ReturnSignal as r:
                return r.value
            finally:
                self.depth -= 1
            return None
        if callable(f):
            try:
                return f(*argv)
            except TypeError as exc:
                raise LangError("TypeError", str(exc).split("(")[0] or "bad call", line) from exc
        raise LangError("TypeError", f"{show(f)} is not callable", line)


PROGRAMS = {
    "arithmetic": """
        print 1 + 2 * 3, (1 + 2) * 3, 7 / 2, 7.0 / 2, 7 % 3, -4 - -6;
        print 1 < 2, 2 <= 1, 3 == 3, "a" == "a", nil == false, not nil;
        print "str " + 42, [1, 2] + [3], true and 5, nil or "default";
    """,
    "closures": """
        let make_counter = fn() {
            let n = 0;
            return fn() { n = n + 1; return n; };
        };
        let c1 = make_counter();
        let c2 = make_counter();
        c1(); c1();
        print "c1:", c1(), "c2:", c2();
        let adder = fn(x) -> fn(y) -> x + y;
        let add5 = adder(5);
        print add5(10), adder(1)(2), add5;
    """,
    "recursion": """
        let fib = fn(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); };
        let out = [];
        let i = 0;
        while i < 15 { push(out, fib(i)); i = i + 1; }
        print out;
        let fact = fn(n) -> if_else(n == 0, 1, n);
        let if_else = fn(c, a, b) { if c { return a; } else { return b * fact(b - 1); } };
        print fact(10), fact(20);
    """,
    "higher_order": """
        let map = fn(f, xs) { let r = []; let i = 0; while i < len(xs) { push(r, f(xs[i])); i = i + 1; } return r; };
        let filter = fn(p, xs) { let r = []; let i = 0; while i < len(xs) { if p(xs[i]) { push(r, xs[i]); } i = i + 1; } return r; };
        let reduce = fn(f, acc, xs) { let i = 0; while i < len(xs) { acc = f(acc, xs[i]); i = i + 1; } return acc; };
        let nums = range(10);
        print map(fn(x) -> x * x, nums);
        print filter(fn(x) -> x % 3 == 0, nums);
        print reduce(fn(a, b) -> a + b, 0, nums), reduce(fn(a, b) -> a + str(b), "", nums);
        let compose = fn(f, g) -> fn(x) -> f(g(x));
        print map(compose(fn(x) -> x + 1, fn(x) -> x * 10), [1, 2, 3]);
    """,
    "scoping": """
        let x = "global";
        let show_x = fn() -> x;
        if true { let x = "block"; print x, show_x(); }
        print x;
        let y = 1;
        if true { y = 2; }
        print y;
        else_chain(7);
    """,
}

ERRORS = [
    "print undefined_name;",
    "let f = fn(a, b) -> a; f(1);",
    "print 1 / 0;",
    "print [1, 2][5];",
    "print -\"text\";",
    "let x = 1 print x;",
    "print \"unterminated;",
    "let loop = fn(n) -> loop(n + 1); loop(0);",
    "while true { }",
    "print 1 + nil;",
    "let 5 = 3;",
    "y = 3;",
    "print 3(4);",
    "print @;",
    "if true { print 1;",
]


def main():
    for name, src in PROGRAMS.items():
        print(f"--- {name} ---")
        lines: list[str] = []
        interp = Interpreter(lines.append)
        if name == "scoping":
            interp.globals.vars["else_chain"] = lambda n: lines.append(f"native saw {n}")
        try:
            interp.run(src)
        except LangError as e:
            lines.append(f"!! {e}")
        for l in lines:
            print("  " + l)
        print(f"  ({interp.steps} statements executed)")
    print("--- tokens ---")
    print(list(tokenize('let s = "a\\tb"; # comment\nf(x)->x>=2;')))
    print("--- errors ---")
    for src in ERRORS:
        interp = Interpreter(lambda s: print("  out:", s))
        try:
            interp.run(src)
            print(f"{src!r}: ok")
        except LangError as e:
            print(f"{src!r}: {e.kind}: {e}")


main()
