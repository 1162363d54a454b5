//! Expressions back to source text, as CPython's Python/ast_unparse.c
//! writes them: the strings `from __future__ import annotations` stores
//! instead of evaluated annotations.

use rustpython_parser::ast::{self, Constant, ConversionFlag, Expr};

// Precedence levels (CPython's PR_* enum).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const EXPR: u8 = 6;
const BOR: u8 = EXPR;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The text of an annotation (CPython's _PyAST_ExprAsUnicode).
pub fn expr_to_string(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match e {
        Expr::BoolOp(b) => {
            let (op, pr) = match b.op {
                ast::BoolOp::And => (" and ", AND),
                ast::BoolOp::Or => (" or ", OR),
            };
            group(out, level > pr, |out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(op);
                    }
                    expr(out, v, pr + 1);
                }
            });
        }
        Expr::NamedExpr(n) => group(out, level > TUPLE, |out| {
            expr(out, &n.target, ATOM);
            out.push_str(" := ");
            expr(out, &n.value, ATOM);
        }),
        Expr::BinOp(b) => {
            use ast::Operator::*;
            let (op, pr) = match b.op {
                Add => ("+", ARITH),
                Sub => ("-", ARITH),
                Mult => ("*", TERM),
                MatMult => ("@", TERM),
                Div => ("/", TERM),
                Mod => ("%", TERM),
                FloorDiv => ("//", TERM),
                Pow => ("**", POWER),
                LShift => ("<<", SHIFT),
                RShift => (">>", SHIFT),
                BitOr => ("|", BOR),
                BitXor => ("^", BXOR),
                BitAnd => ("&", BAND),
            };
            let rassoc = matches!(b.op, Pow) as u8;
            group(out, level > pr, |out| {
                expr(out, &b.left, pr + rassoc);
                out.push(' ');
                out.push_str(op);
                out.push(' ');
                expr(out, &b.right, pr + 1 - rassoc);
            });
        }
        Expr::UnaryOp(u) => {
            let (op, pr) = match u.op {
                ast::UnaryOp::Invert => ("~", FACTOR),
                ast::UnaryOp::Not => ("not ", NOT),
                ast::UnaryOp::UAdd => ("+", FACTOR),
                ast::UnaryOp::USub => ("-", FACTOR),
            };
            group(out, level > pr, |out| {
                out.push_str(op);
                expr(out, &u.operand, pr);
            });
        }
        Expr::Lambda(l) => group(out, level > TEST, |out| {
            let positional = l.args.posonlyargs.len() + l.args.args.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            arguments(out, &l.args);
            out.push_str(": ");
            expr(out, &l.body, TEST);
        }),
        Expr::IfExp(i) => group(out, level > TEST, |out| {
            expr(out, &i.body, TEST + 1);
            out.push_str(" if ");
            expr(out, &i.test, TEST + 1);
            out.push_str(" else ");
            expr(out, &i.orelse, TEST);
        }),
        Expr::Dict(d) => {
            out.push('{');
            for (i, (k, v)) in d.keys.iter().zip(d.values.iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, EXPR);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            out.push('{');
            seq(out, &s.elts);
            out.push('}');
        }
        Expr::ListComp(c) => {
            out.push('[');
            expr(out, &c.elt, TEST);
            comprehensions(out, &c.generators);
            out.push(']');
        }
        Expr::SetComp(c) => {
            out.push('{');
            expr(out, &c.elt, TEST);
            comprehensions(out, &c.generators);
            out.push('}');
        }
        Expr::DictComp(c) => {
            out.push('{');
            expr(out, &c.key, TEST);
            out.push_str(": ");
            expr(out, &c.value, TEST);
            comprehensions(out, &c.generators);
            out.push('}');
        }
        Expr::GeneratorExp(c) => {
            out.push('(');
            expr(out, &c.elt, TEST);
            comprehensions(out, &c.generators);
            out.push(')');
        }
        Expr::Await(a) => group(out, level > AWAIT, |out| {
            out.push_str("await ");
            expr(out, &a.value, ATOM);
        }),
        Expr::Yield(y) => match &y.value {
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, TEST);
                out.push(')');
            }
            None => out.push_str("(yield)"),
        },
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(out, &y.value, TEST);
            out.push(')');
        }
        Expr::Compare(c) => group(out, level > CMP, |out| {
            expr(out, &c.left, CMP + 1);
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                use ast::CmpOp::*;
                out.push_str(match op {
                    Eq => " == ",
                    NotEq => " != ",
                    Lt => " < ",
                    LtE => " <= ",
                    Gt => " > ",
                    GtE => " >= ",
                    Is => " is ",
                    IsNot => " is not ",
                    In => " in ",
                    NotIn => " not in ",
                });
                expr(out, right, CMP + 1);
            }
        }),
        Expr::Call(c) => {
            expr(out, &c.func, ATOM);
            if let ([Expr::GeneratorExp(_)], []) = (&c.args[..], &c.keywords[..]) {
                // A lone generator expression brings its own parentheses.
                expr(out, &c.args[0], TEST);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in &c.args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, TEST);
            }
            for k in &c.keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        Expr::FormattedValue(f) => {
            // Only inside JoinedStr in practice.
            out.push('f');
            let mut body = String::new();
            formatted_value(&mut body, &f.value, f.conversion, f.format_spec.as_deref());
            out.push_str(&str_repr(&body));
        }
        Expr::JoinedStr(j) => {
            out.push('f');
            let mut body = String::new();
            fstring_body(&mut body, &j.values);
            out.push_str(&str_repr(&body));
        }
        Expr::Constant(c) => {
            if let Some(kind) = &c.kind {
                out.push_str(kind);
            }
            constant(out, &c.value);
        }
        Expr::Attribute(a) => {
            expr(out, &a.value, ATOM);
            let int_value = matches!(&*a.value, Expr::Constant(ast::ExprConstant { value: Constant::Int(_), .. }));
            out.push_str(if int_value { " ." } else { "." });
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            expr(out, &s.value, ATOM);
            out.push('[');
            expr(out, &s.slice, TUPLE);
            // `x[*y]` is a one-element tuple subscript (CPython's parser builds the Tuple).
            if matches!(&*s.slice, Expr::Starred(_)) {
                out.push(',');
            }
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(out, &s.value, EXPR);
        }
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::List(l) => {
            out.push('[');
            seq(out, &l.elts);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
            } else {
                group(out, level > TUPLE, |out| {
                    seq(out, &t.elts);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                expr(out, u, TEST);
            }
            if let Some(st) = &s.step {
                out.push(':');
                expr(out, st, TEST);
            }
        }
    }
}

fn group(out: &mut String, parens: bool, body: impl FnOnce(&mut String)) {
    if parens {
        out.push('(');
    }
    body(out);
    if parens {
        out.push(')');
    }
}

fn seq(out: &mut String, elts: &[Expr]) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, TEST);
    }
}

fn comprehensions(out: &mut String, gens: &[ast::Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

fn arg(out: &mut String, a: &ast::Arg) {
    out.push_str(a.arg.as_str());
    if let Some(ann) = &a.annotation {
        out.push_str(": ");
        expr(out, ann, TEST);
    }
}

fn arguments(out: &mut String, args: &ast::Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = args.posonlyargs.len();
    for (i, a) in args.posonlyargs.iter().chain(args.args.iter()).enumerate() {
        sep(out);
        arg(out, &a.def);
        if let Some(d) = &a.default {
            out.push('=');
            expr(out, d, TEST);
        }
        if npos > 0 && i + 1 == npos {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            arg(out, v);
        }
    }
    for a in &args.kwonlyargs {
        sep(out);
        arg(out, &a.def);
        if let Some(d) = &a.default {
            out.push('=');
            expr(out, d, TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        arg(out, k);
    }
}

fn fstring_body(out: &mut String, values: &[Expr]) {
    for v in values {
        fstring_element(out, v);
    }
}

fn fstring_element(out: &mut String, v: &Expr) {
    match v {
        Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        Expr::JoinedStr(j) => fstring_body(out, &j.values),
        Expr::FormattedValue(f) => formatted_value(out, &f.value, f.conversion, f.format_spec.as_deref()),
        other => expr(out, other, TEST),
    }
}

fn formatted_value(out: &mut String, value: &Expr, conversion: ConversionFlag, spec: Option<&Expr>) {
    let mut inner = String::new();
    // Above TEST: a lambda's ':' would read as the start of a format spec.
    expr(&mut inner, value, TEST + 1);
    out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
    out.push_str(&inner);
    match conversion {
        ConversionFlag::Str => out.push_str("!s"),
        ConversionFlag::Repr => out.push_str("!r"),
        ConversionFlag::Ascii => out.push_str("!a"),
        ConversionFlag::None => {}
    }
    if let Some(spec) = spec {
        out.push(':');
        fstring_element(out, spec);
    }
    out.push('}');
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&float_repr(*f, true)),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                out.push_str(&float_repr(*imag, false));
                out.push('j');
            } else {
                out.push('(');
                out.push_str(&float_repr(*real, false));
                if imag.is_sign_negative() && !imag.is_nan() {
                    out.push('-');
                    out.push_str(&float_repr(-*imag, false));
                } else {
                    out.push('+');
                    out.push_str(&float_repr(*imag, false));
                }
                out.push_str("j)");
            }
        }
        Constant::Tuple(items) => {
            out.push('(');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(out, it);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::Ellipsis => out.push_str("..."),
    }
}

/// `repr(float)`, with infinities written `1e309` (they must read back as
/// literals); `add_dot_0`: whole numbers get `.0` (not inside complex reprs).
fn float_repr(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "1e309".into() } else { "-1e309".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    // Shortest round-tripping digits, and the decimal exponent.
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let decpt = exp + 1;
    let body = if (-3..=16).contains(&decpt) {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt as usize >= digits.len() {
            let whole = format!("{}{}", digits, "0".repeat(decpt as usize - digits.len()));
            if add_dot_0 {
                format!("{whole}.0")
            } else {
                whole
            }
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let e = decpt - 1;
        format!("{first}{frac}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    };
    format!("{sign}{body}")
}

/// Is `c` printable for `repr()` (an approximation of str.isprintable
/// without the Unicode database: controls, separators other than the space,
/// format characters and private use are not)?
fn printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064
        | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff | 0xf0000..=0x10ffff | 0xe0001 | 0xe0020..=0xe007f)
}

/// `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}
