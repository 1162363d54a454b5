"""A small interpreter written in Python: tokenizer, recursive-descent parser, tree walker.

A toy language with functions, recursion, while loops, if/else and
arithmetic is scanned character by character, parsed into AST node objects
and evaluated by their eval methods over dict environments.
"""
import sys
import time

SMALL_SIZE = 20      # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 2500  # the size `benches run` times: loop count of the toy program

PROGRAM = """
fun fib(n) {
    if (n < 2) { return n; }
    return fib(n - 1) + fib(n - 2);
}
fun gcd(a, b) {
    while (b != 0) { let t = b; b = a % b; a = t; }
    return a;
}
fun collatz(x) {
    let steps = 0;
    while (x != 1) {
        if (x % 2 == 0) { x = x / 2; } else { x = 3 * x + 1; }
        steps = steps + 1;
    }
    return steps;
}
let i = 0;
let total = 0;
let g = 0;
while (i < N) {
    total = total + fib(i % 12) + collatz(i + 1);
    g = g + gcd(i * 7 + 21, 91);
    i = i + 1;
}
print total;
print g;
print -(total - g) * 2 % 1000;
"""

KEYWORDS = ("fun", "let", "if", "else", "while", "return", "print")
TWO_CHAR = ("==", "!=", "<=", ">=")


class Token(object):
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line


def tokenize(src):
    tokens = []
    i = 0
    line = 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j], line))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, line))
            i = j
        elif src[i:i + 2] in TWO_CHAR:
            tokens.append(Token("op", src[i:i + 2], line))
            i += 2
        elif ch in "+-*/%<>=(){};,":
            tokens.append(Token("op", ch, line))
            i += 1
        else:
            raise SyntaxError("bad character %r on line %d" % (ch, line))
    tokens.append(Token("eof", "", line))
    return tokens


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Num(object):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var(object):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        while env is not None:
            scope = env[0]
            if self.name in scope:
                return scope[self.name]
            env = env[1]
        raise NameError(self.name)


class Neg(object):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
}


class BinOp(object):
    def __init__(self, op, left, right):
        self.op = op
        self.fn = OPS[op]
        self.left = left
        self.right = right

    def eval(self, env):
        return self.fn(self.left.eval(env), self.right.eval(env))


class Call(object):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        fn = Var(self.name).eval(env)
        values = [a.eval(env) for a in self.args]
        return fn.call(values)


class Function(object):
    def __init__(self, name, params, body, closure):
        self.name = name
        self.params = params
        self.body = body
        self.closure = closure

    def call(self, values):
        env = (dict(zip(self.params, values)), self.closure)
        try:
            self.body.execute(env)
        except ReturnSignal as r:
            return r.value
        return 0


class Let(object):
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, env):
        env[0][self.name] = self.expr.eval(env)


class Assign(object):
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, env):
        value = self.expr.eval(env)
        scope = env
        while scope is not None:
            if self.name in scope[0]:
                scope[0][self.name] = value
                return
            scope = scope[1]
        raise NameError(self.name)


class ExprStmt(object):
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env):
        self.expr.eval(env)


class If(object):
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def execute(self, env):
        if self.cond.eval(env):
            self.then.execute(env)
        elif self.other is not None:
            self.other.execute(env)


class While(object):
    def __init__(self, cond, body):
        self.cond = cond
        self.body = body

    def execute(self, env):
        while self.cond.eval(env):
            self.body.execute(env)


class Return(object):
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env):
        raise ReturnSignal(self.expr.eval(env))


class Print(object):
    def __init__(self, expr, out):
        self.expr = expr
        self.out = out

    def execute(self, env):
        self.out.append(self.expr.eval(env))


class FunDef(object):
    def __init__(self, name, params, body):
        self.name = name
        self.params = params
        self.body = body

    def execute(self, env):
        env[0][self.name] = Function(self.name, self.params, self.body, env)


class Block(object):
    def __init__(self, statements):
        self.statements = statements

    def execute(self, env):
        for s in self.statements:
            s.execute(env)


PRECEDENCE = [("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]


class Parser(object):
    def __init__(self, tokens, out):
        self.tokens = tokens
        self.pos = 0
        self.out = out

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise SyntaxError("expected %r, got %r on line %d" % (text, tok.text, tok.line))
        return tok

    def program(self):
        statements = []
        while self.peek().kind != "eof":
            statements.append(self.statement())
        return Block(statements)

    def block(self):
        self.expect("{")
        statements = []
        while self.peek().text != "}":
            statements.append(self.statement())
        self.expect("}")
        return Block(statements)

    def statement(self):
        tok = self.peek()
        if tok.kind == "kw":
            if tok.text == "fun":
                self.advance()
                name = self.advance().text
                self.expect("(")
                params = []
                while self.peek().text != ")":
                    params.append(self.advance().text)
                    if self.peek().text == ",":
                        self.advance()
                self.expect(")")
                return FunDef(name, params, self.block())
            if tok.text == "let":
                self.advance()
                name = self.advance().text
                self.expect("=")
                expr = self.expression(0)
                self.expect(";")
                return Let(name, expr)
            if tok.text == "if":
                self.advance()
                self.expect("(")
                cond = self.expression(0)
                self.expect(")")
                then = self.block()
                other = None
                if self.peek().text == "else":
                    self.advance()
                    other = self.block()
                return If(cond, then, other)
            if tok.text == "while":
                self.advance()
                self.expect("(")
                cond = self.expression(0)
                self.expect(")")
                return While(cond, self.block())
            if tok.text == "return":
                self.advance()
                expr = self.expression(0)
                self.expect(";")
                return Return(expr)
            if tok.text == "print":
                self.advance()
                expr = self.expression(0)
                self.expect(";")
                return Print(expr, self.out)
        if tok.kind == "name" and self.tokens[self.pos + 1].text == "=":
            self.advance()
            self.advance()
            expr = self.expression(0)
            self.expect(";")
            return Assign(tok.text, expr)
        expr = self.expression(0)
        self.expect(";")
        return ExprStmt(expr)

    def expression(self, level):
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.expression(level + 1)
        while self.peek().text in PRECEDENCE[level]:
            op = self.advance().text
            left = BinOp(op, left, self.expression(level + 1))
        return left

    def unary(self):
        if self.peek().text == "-":
            self.advance()
            return Neg(self.unary())
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = []
                while self.peek().text != ")":
                    args.append(self.expression(0))
                    if self.peek().text == ",":
                        self.advance()
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            expr = self.expression(0)
            self.expect(")")
            return expr
        raise SyntaxError("unexpected %r on line %d" % (tok.text, tok.line))


def bench(n):
    tokens = tokenize(PROGRAM * (1 + n // 200))
    source = PROGRAM.replace("while (i < N)", "while (i < %d)" % n)
    out = []
    tree = Parser(tokenize(source), out).program()
    tree.execute(({}, None))
    return "interp tokens=%d lines=%d output=%s" % (len(tokens), tokens[-1].line, out)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for i in range(iterations):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if len(sys.argv) > 2:
            sys.stderr.write("bench-iteration: %d %.9f\n" % (i + 1, t1 - t0))
    print(result)


if __name__ == "__main__":
    main()
