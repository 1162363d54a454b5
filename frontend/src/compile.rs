//! AST -> bytecode.
//!
//! One `Unit` per code object being built. Stack depths are tracked while
//! emitting (Python's control flow is structured, so every label is reached
//! with one depth), which gives `max_stack` and the depth each exception
//! handler unwinds to. Handlers are a compile-time stack: every instruction
//! records the innermost handler covering it, and runs of equal handlers
//! become the exception table, as in CPython 3.11.

use crate::bytecode::{format_value, make_function, BinOp, CmpOp, Instr, Opcode, F_CACHE, F_JUMP, F_TERMINATOR, NO_CACHE};
use crate::code::{flags, CodeObject, Constant, ExceptionEntry, Position};
use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use crate::symtable::{self, mangle, ScopeId, ScopeKind, SymScope, SymbolTable};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::collections::HashMap;
use std::rc::Rc;

/// What the source is: a module, a lone expression (`eval`), or one
/// interactive statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
}

type Label = usize;

#[derive(Clone)]
enum FBlockKind<'a> {
    WhileLoop { cont: Label, brk: Label },
    ForLoop { cont: Label, brk: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup { name: Option<String> },
    ExceptionHandler,
    /// The body of an `except*` clause (nothing may jump out of it).
    ExceptStarHandler,
    PopValue,
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// Length of the handler stack outside this block's own handlers.
    handler_depth: usize,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self.kind, FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. })
    }
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    private: Option<String>,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    /// Per instruction: index into `handlers` of the innermost covering handler.
    covering: Vec<Option<usize>>,
    /// (label, depth) of every handler ever pushed.
    handlers: Vec<(Label, u32)>,
    handler_stack: Vec<usize>,
    consts: Vec<Constant>,
    const_index: HashMap<String, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<u32>>,
    depth: u32,
    max_depth: u32,
    fblocks: Vec<FBlock<'a>>,
    pos: Position,
    first_line: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    doc: Option<String>,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    lines: &'a LineIndex<'a>,
    units: Vec<Unit<'a>>,
    nesting: u32,
    /// `from __future__ import annotations`: annotations become strings.
    future_annotations: bool,
    /// The line of the last `from __future__` import at the top of the module.
    future_lineno: u32,
}

/// CPython's future.c: checks the `from __future__` imports at the start of
/// a module; returns (annotations feature on, line of the last one).
fn future_features(suite: &[Stmt], filename: &str, lines: &LineIndex) -> Result<(bool, u32), CompileError> {
    let mut annotations = false;
    let mut future_line = 0;
    let mut done = false;
    let mut prev_line = 0;
    let docstring = matches!(suite.first(), Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))));
    for s in suite.iter().skip(docstring as usize) {
        let (line, col) = lines.locate(s.range().start().to_u32());
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        let err = |msg: String| {
            let mut e = CompileError::syntax(msg, filename, line, col + 1);
            e.text = lines.line_text(line).map(str::to_owned);
            e
        };
        match s {
            Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__") => {
                if done {
                    return Err(err("from __future__ imports must occur at the beginning of the file".into()));
                }
                for a in &i.names {
                    match a.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement" | "print_function"
                        | "unicode_literals" | "barry_as_FLUFL" | "generator_stop" => {}
                        "annotations" => annotations = true,
                        "braces" => return Err(err("not a chance".into())),
                        other => return Err(err(format!("future feature {other} is not defined"))),
                    }
                }
                future_line = line;
            }
            _ => done = true,
        }
    }
    Ok((annotations, future_line))
}

/// Parses and compiles `source`. The parse includes CPython's own limits:
/// at most 200 nested brackets, and no deeper nesting than the compiler handles.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    compile_with_flags(source, filename, mode, 0)
}

/// `compile()` with future flags (`flags::FUTURE_ANNOTATIONS`) given by the
/// caller or inherited from the compiling code.
pub fn compile_with_flags(source: &str, filename: &str, mode: Mode, future_flags: u32) -> Result<Rc<CodeObject>, CompileError> {
    WARNINGS.with(|w| w.borrow_mut().clear());
    let inherited_annotations = future_flags & flags::FUTURE_ANNOTATIONS != 0;
    let lines = LineIndex::new(source);
    let tokens = crate::parse::lex_checked(source, filename, &lines)?;
    match mode {
        Mode::Exec => {
            let suite = crate::parse::parse_module(tokens, source, filename, &lines)?;
            let (future_annotations, future_lineno) = future_features(&suite, filename, &lines)?;
            let table = symtable::build(&suite, filename, &lines)?;
            let mut c = Compiler::new(&table, filename, &lines);
            c.future_annotations = future_annotations || inherited_annotations;
            c.future_lineno = future_lineno;
            let code = c.compile_module(&suite);
            // A very deep tree would overflow the stack when dropped recursively
            // on a small stack; the caller runs us on a large one.
            drop(suite);
            code
        }
        Mode::Eval => {
            let expr = crate::parse::parse_eval(tokens, source, filename, &lines)?;
            let table = symtable::build_expr(&expr, filename, &lines)?;
            let mut c = Compiler::new(&table, filename, &lines);
            c.future_annotations = inherited_annotations;
            c.compile_eval(&expr)
        }
    }
}

type CResult<T = ()> = Result<T, CompileError>;

thread_local! {
    /// SyntaxWarnings of the last compilation: (message, line).
    static WARNINGS: std::cell::RefCell<Vec<(String, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The SyntaxWarnings the compiler found since the last call (CPython emits
/// them through the warnings module while compiling).
pub fn take_warnings() -> Vec<(String, u32)> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// Records a SyntaxWarning (message, line) for the compilation in progress.
pub(crate) fn push_warning(msg: String, line: u32) {
    WARNINGS.with(|w| w.borrow_mut().push((msg, line)));
}

/// The type of the constant an expression folds to (CPython's AST
/// optimizer folds literals, signs, arithmetic on them and tuples of them).
fn folded_type(e: &Expr) -> Option<&'static str> {
    match e {
        Expr::Constant(c) => Some(match &c.value {
            ast::Constant::None => "NoneType",
            ast::Constant::Bool(_) => "bool",
            ast::Constant::Str(_) => "str",
            ast::Constant::Bytes(_) => "bytes",
            ast::Constant::Int(_) => "int",
            ast::Constant::Tuple(_) => "tuple",
            ast::Constant::Float(_) => "float",
            ast::Constant::Complex { .. } => "complex",
            ast::Constant::Ellipsis => "ellipsis",
        }),
        Expr::UnaryOp(u) if !matches!(u.op, ast::UnaryOp::Not) => match folded_type(&u.operand)? {
            "bool" if matches!(u.op, ast::UnaryOp::UAdd | ast::UnaryOp::USub | ast::UnaryOp::Invert) => Some("int"),
            t @ ("int" | "float" | "complex") if !(t != "int" && matches!(u.op, ast::UnaryOp::Invert)) => Some(t),
            _ => None,
        },
        Expr::BinOp(b) => {
            let (l, r) = (folded_type(&b.left)?, folded_type(&b.right)?);
            let rank = |t: &str| match t {
                "bool" | "int" => Some(0),
                "float" => Some(1),
                "complex" => Some(2),
                _ => None,
            };
            let (x, y) = (rank(l)?, rank(r)?);
            Some(match (x.max(y), &b.op) {
                (0, ast::Operator::Div) => "float",
                (0, _) => "int",
                (1, _) => "float",
                _ => "complex",
            })
        }
        Expr::Tuple(t) if t.elts.iter().all(|x| folded_type(x).is_some()) => Some("tuple"),
        _ => None,
    }
}

/// The type of a literal display (CPython's infer_type), folded constants included.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::GeneratorExp(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "str",
        Expr::Slice(_) => "slice",
        other => return folded_type(other),
    })
}

fn const_key(c: &Constant) -> Option<String> {
    Some(match c {
        Constant::None => "N".into(),
        Constant::Bool(b) => format!("b{b}"),
        Constant::Int(i) => format!("i{i}"),
        Constant::BigInt(s) => format!("I{s}"),
        Constant::Float(f) => format!("f{}", f.to_bits()),
        Constant::Complex { real, imag } => format!("c{}:{}", real.to_bits(), imag.to_bits()),
        Constant::Str(s) => format!("s{s}"),
        Constant::Bytes(b) => format!("y{b:?}"),
        Constant::Tuple(items) => {
            let mut k = String::from("t(");
            for it in items {
                k.push_str(&const_key(it)?);
                k.push(',');
            }
            k.push(')');
            k
        }
        Constant::FrozenSet(items) => {
            // Equal frozensets are one constant, whatever the item order.
            let mut keys = items.iter().map(const_key).collect::<Option<Vec<_>>>()?;
            keys.sort();
            format!("F({})", keys.join(","))
        }
        Constant::Ellipsis => "E".into(),
        Constant::Code(_) => return None,
    })
}

fn int_constant(i: &malachite_bigint::BigInt) -> Constant {
    match i64::try_from(i) {
        Ok(v) => Constant::Int(v),
        Err(_) => Constant::BigInt(i.to_string()),
    }
}

/// The AST constant as a code constant.
fn ast_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => int_constant(i),
        ast::Constant::Tuple(t) => Constant::Tuple(t.iter().map(ast_constant).collect()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(c) = &*e.value {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s.clone());
            }
        }
    }
    None
}

/// Does a module or class body contain annotated assignments at its own level?
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// The last comparison CPython 3.11's `compiler_jump_if` compiles for the
/// condition `e` (through `and`, `or`, `not` and conditional expressions):
/// it sets the location to each comparison and keeps it.
fn last_compare(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::Compare(_) => Some(e),
        Expr::BoolOp(b) => b.values.iter().rev().find_map(last_compare),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => last_compare(&u.operand),
        Expr::IfExp(i) => last_compare(&i.orelse).or_else(|| last_compare(&i.body)).or_else(|| last_compare(&i.test)),
        _ => None,
    }
}

fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, filename: &str, lines: &'a LineIndex<'a>) -> Self {
        Compiler { table, filename: Rc::from(filename), lines, units: Vec::new(), nesting: 0, future_annotations: false, future_lineno: 0 }
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn ur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    // ----- units -------------------------------------------------------------

    fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: String, first_line: u32) {
        let sc = &self.table.scopes[scope];
        let private = sc.private.clone();
        let mut varnames: Vec<String> = Vec::new();
        if sc.kind.is_function() {
            varnames.extend(sc.params.iter().cloned());
            for n in &sc.order {
                let s = &sc.symbols[n];
                if s.scope == SymScope::Local && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
            // Parameters that are cells still own a fast slot (their initial value).
            for n in &sc.order {
                let s = &sc.symbols[n];
                if s.scope == SymScope::Cell && s.flags & symtable::DEF_PARAM != 0 && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let mut cellvars = sc.names_where(|s| s.scope == SymScope::Cell);
        if sc.kind == ScopeKind::Class && sc.needs_class_closure {
            cellvars.push("__class__".into());
            cellvars.sort();
        }
        let freevars =
            sc.names_where(|s| s.scope == SymScope::Free || s.flags & symtable::DEF_FREE_CLASS != 0);
        let mut flags = 0;
        if sc.kind.is_function() {
            flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        if sc.is_coroutine && sc.is_generator {
            flags |= flags::ASYNC_GENERATOR;
        } else if sc.is_coroutine {
            flags |= flags::COROUTINE;
        } else if sc.is_generator {
            flags |= flags::GENERATOR;
        }
        if cellvars.is_empty() && freevars.is_empty() {
            flags |= flags::NOFREE;
        }
        if self.units.iter().any(|u| u.kind.is_function()) {
            flags |= flags::NESTED;
        }
        self.units.push(Unit {
            scope,
            kind: sc.kind,
            name: name.to_owned(),
            qualname,
            private,
            instrs: Vec::new(),
            positions: Vec::new(),
            covering: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            label_depth: Vec::new(),
            depth: 0,
            max_depth: 0,
            fblocks: Vec::new(),
            pos: Position { line: first_line, end_line: first_line, col: 0, end_col: 0 },
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            doc: None,
        });
    }

    fn pop_unit(&mut self) -> CResult<Rc<CodeObject>> {
        let u = self.units.pop().unwrap();
        let mut instrs = u.instrs;
        let mut ncaches = 0u16;
        for ins in instrs.iter_mut() {
            let f = ins.op.flags();
            if f & F_JUMP != 0 {
                ins.arg = u.labels[ins.arg as usize].expect("jump to an unbound label");
            }
            if f & F_CACHE != 0 && ncaches < NO_CACHE {
                ins.cache = ncaches;
                ncaches += 1;
            }
        }
        // Runs of instructions with the same innermost handler become table rows.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < u.covering.len() {
            if let Some(h) = u.covering[i] {
                let start = i;
                while i < u.covering.len() && u.covering[i] == Some(h) {
                    i += 1;
                }
                let (label, depth) = u.handlers[h];
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: i as u32,
                    handler: u.labels[label].expect("unbound handler"),
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let sc = &self.table.scopes[u.scope];
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                if sc.flags_of(c) & symtable::DEF_PARAM != 0 {
                    u.varnames.iter().position(|v| v == c).map(|p| p as u32)
                } else {
                    None
                }
            })
            .collect();
        Ok(Rc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            flags: u.flags | if self.future_annotations { flags::FUTURE_ANNOTATIONS } else { 0 },
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            instrs,
            ncaches: ncaches as u32,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            exception_table: table,
            max_stack: u.max_depth,
            doc: u.doc,
        }))
    }

    // ----- emission ----------------------------------------------------------

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let (pops, pushes) = op.stack_effect(arg);
        if op.flags() & F_JUMP != 0 {
            let (jp, jpush) = op.jump_effect(arg);
            let target_depth = u.depth - jp.min(u.depth) + jpush;
            let label = arg as usize;
            if u.label_depth[label].is_none() {
                u.label_depth[label] = Some(target_depth);
            }
            u.max_depth = u.max_depth.max(target_depth);
        }
        u.depth = u.depth.saturating_sub(pops) + pushes;
        u.max_depth = u.max_depth.max(u.depth);
        u.instrs.push(Instr::new(op, arg));
        u.positions.push(u.pos);
        let cover = u.handler_stack.last().copied();
        u.covering.push(cover);
        let _ = F_TERMINATOR;
    }

    fn op(&mut self, op: Opcode) {
        self.emit(op, 0)
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        u.label_depth.push(None);
        u.labels.len() - 1
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l] = Some(u.instrs.len() as u32);
        if let Some(d) = u.label_depth[l] {
            u.depth = d;
        }
    }

    fn jump(&mut self, op: Opcode, l: Label) {
        self.emit(op, l as u32)
    }

    /// Covers what follows with a handler that unwinds to the current depth.
    fn push_handler(&mut self, l: Label) {
        let u = self.u();
        let d = u.depth;
        u.handlers.push((l, d));
        let idx = u.handlers.len() - 1;
        u.handler_stack.push(idx);
        if u.label_depth[l].is_none() {
            u.label_depth[l] = Some(d + 1);
        }
        u.max_depth = u.max_depth.max(d + 1);
    }

    /// Like `push_handler`, with an explicit unwind depth.
    fn push_handler_at(&mut self, l: Label, depth: u32) {
        let u = self.u();
        u.handlers.push((l, depth));
        let idx = u.handlers.len() - 1;
        u.handler_stack.push(idx);
        if u.label_depth[l].is_none() {
            u.label_depth[l] = Some(depth + 1);
        }
        u.max_depth = u.max_depth.max(depth + 1);
    }

    fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = u.const_index.get(k) {
                return i;
            }
        }
        u.consts.push(c);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(name.to_owned());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_owned(), i);
        i
    }

    fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn set_pos(&mut self, node: &impl Ranged) {
        let r = node.range();
        let (line, col) = self.lines.locate(r.start().to_u32());
        let (end_line, end_col) = self.lines.locate(r.end().to_u32());
        self.u().pos = Position { line, end_line, col, end_col };
    }

    /// `node`'s span, its start moved to the attribute's name when `a`
    /// (an attribute in `node`) ends on a later line than `node` starts, as
    /// CPython 3.11's `update_start_location_to_match_attr` does for
    /// attribute instructions and method calls.
    fn set_attr_pos(&mut self, node: &impl Ranged, a: &ast::ExprAttribute) {
        self.set_pos(node);
        let (end_line, end_col) = self.lines.locate(a.range.end().to_u32());
        let pos = &mut self.u().pos;
        if pos.line != end_line {
            pos.line = end_line;
            pos.col = end_col.saturating_sub(a.attr.chars().count() as u32);
            pos.end_line = pos.end_line.max(end_line);
            if pos.line == pos.end_line {
                pos.end_col = pos.end_col.max(pos.col);
            }
        }
    }

    fn error(&self, msg: impl Into<String>, node: &impl Ranged) -> CompileError {
        let r = node.range();
        let (line, col) = self.lines.locate(r.start().to_u32());
        let (end_line, end_col) = self.lines.locate(r.end().to_u32());
        let mut e = CompileError::syntax(msg, &self.filename, line, col + 1);
        e.end_line = end_line;
        e.end_offset = end_col + 1;
        e.text = self.lines.line_text(line).map(str::to_owned);
        e
    }

    fn enter_nesting(&mut self, node: &impl Ranged) -> CResult {
        self.nesting += 1;
        if self.nesting > symtable::MAX_NESTING + 10 {
            let mut e = self.error("maximum recursion depth exceeded during compilation", node);
            e.kind = ErrorKind::RecursionError;
            e.bare = true;
            return Err(e);
        }
        Ok(())
    }

    // ----- names -------------------------------------------------------------

    fn deref_index(&self, name: &str) -> u32 {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = u.freevars.iter().position(|c| c == name).unwrap_or_else(|| {
            panic!("name {name} is neither cell nor free in {}", u.name)
        });
        (u.cellvars.len() + i) as u32
    }

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let private = self.ur().private.clone();
        let mangled = mangle(private.as_deref(), name);
        let scope = self.table.scopes[self.ur().scope].scope_of(&mangled);
        let kind = self.ur().kind;
        use ast::ExprContext::*;
        match scope {
            SymScope::Free | SymScope::Cell => {
                let i = self.deref_index(&mangled);
                let op = match ctx {
                    Load if kind == ScopeKind::Class => Opcode::LoadClassDeref,
                    Load => Opcode::LoadDeref,
                    Store => Opcode::StoreDeref,
                    Del => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            SymScope::Local if kind.is_function() => {
                let i = self.ur().varnames.iter().position(|v| *v == mangled).unwrap() as u32;
                let op = match ctx {
                    Load => Opcode::LoadFast,
                    Store => Opcode::StoreFast,
                    Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            SymScope::GlobalExplicit | SymScope::GlobalImplicit
                if scope == SymScope::GlobalExplicit || kind.is_function() =>
            {
                let op = match ctx {
                    Load => Opcode::LoadGlobal,
                    Store => Opcode::StoreGlobal,
                    Del => Opcode::DeleteGlobal,
                };
                self.emit_name(op, &mangled);
            }
            _ => {
                let op = match ctx {
                    Load => Opcode::LoadName,
                    Store => Opcode::StoreName,
                    Del => Opcode::DeleteName,
                };
                self.emit_name(op, &mangled);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store)
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    // ----- module / eval -----------------------------------------------------

    fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<Rc<CodeObject>> {
        self.push_unit(0, "<module>", "<module>".into(), 1);
        if has_annotations(body) {
            self.op(Opcode::SetupAnnotations);
        }
        let mut body = body;
        if let Some(doc) = docstring(body) {
            self.set_pos(&body[0]);
            self.load_const(Constant::Str(doc));
            self.store_name("__doc__");
            body = &body[1..];
        }
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.op(Opcode::ReturnValue);
        self.pop_unit()
    }

    fn compile_eval(&mut self, expr: &'a Expr) -> CResult<Rc<CodeObject>> {
        self.push_unit(0, "<module>", "<module>".into(), 1);
        self.expr(expr)?;
        self.op(Opcode::ReturnValue);
        self.pop_unit()
    }

    // ----- statements --------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_nesting(s)?;
        self.set_pos(s);
        let r = self.stmt_inner(s);
        self.nesting -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(s, &f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), false),
            Stmt::AsyncFunctionDef(f) => {
                self.function_def(s, &f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), true)
            }
            Stmt::ClassDef(c) => self.class_def(s, c),
            Stmt::Return(r) => {
                if !self.ur().kind.is_function() {
                    return Err(self.error("'return' outside function", s));
                }
                if r.value.is_some() && self.ur().flags & flags::ASYNC_GENERATOR != 0 {
                    return Err(self.error("'return' with value in async generator", s));
                }
                self.check_except_star_exit(s, false)?;
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                let saved = self.ur().handler_stack.clone();
                self.unwind_fblock_stack(true, false)?;
                self.u().handler_stack.clear();
                self.set_pos(s);
                self.op(Opcode::ReturnValue);
                self.u().handler_stack = saved;
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.check_assign_targets(&a.targets, &a.value)?;
                if let Some((elts, values)) = swap_assignment(&a.targets, &a.value) {
                    // `a, b = b, a`: the values are pushed and their order
                    // reversed in place, with no tuple built and unpacked
                    // (as CPython's peephole pass does for two or three).
                    for v in values {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::Swap, values.len() as u32);
                    for e in elts {
                        self.store_target(e)?;
                    }
                    return Ok(());
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(_) => Err(self.error("type aliases are not supported in Python 3.11", s)),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(s, a),
            Stmt::For(f) => self.for_stmt(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::AsyncFor(f) => {
                self.check_async_context(s, "async for")?;
                self.async_for_stmt(&f.target, &f.iter, &f.body, &f.orelse)
            }
            Stmt::AsyncWith(w) => {
                self.check_async_context(s, "async with")?;
                self.async_with_stmt(s, &w.items, &w.body, 0)
            }
            Stmt::While(w) => self.while_stmt(&w.test, &w.body, &w.orelse),
            Stmt::If(i) => {
                let end = self.new_label();
                if i.orelse.is_empty() {
                    self.jump_if(&i.test, false, end)?;
                    self.stmts(&i.body)?;
                } else {
                    let other = self.new_label();
                    self.jump_if(&i.test, false, other)?;
                    self.stmts(&i.body)?;
                    self.jump(Opcode::Jump, end);
                    self.bind(other);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(s, &w.items, &w.body, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(s);
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody)
                }
            }
            Stmt::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_star_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally_star(&t.body, &t.handlers, &t.orelse, &t.finalbody)
                }
            }
            Stmt::Assert(a) => {
                if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?".into(), s);
                }
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // CPython's raise is located where its conditional jumps
                // left the location: at the last comparison they compiled.
                match last_compare(&a.test) {
                    Some(c) => self.set_pos(c),
                    None => self.set_pos(s),
                }
                self.op(Opcode::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            // Import instructions are located at the whole statement, as CPython's.
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.set_pos(s);
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    self.emit_name(Opcode::ImportName, &alias.name);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = alias.name.split('.').collect();
                            for part in &parts[1..] {
                                self.emit_name(Opcode::ImportFrom, part);
                                self.emit(Opcode::Swap, 2);
                                self.op(Opcode::PopTop);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap().to_owned();
                            self.store_name(&top);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                if i.module.as_ref().is_some_and(|m| m.as_str() == "__future__") && self.ur().pos.line > self.future_lineno {
                    return Err(self.error("from __future__ imports must occur at the beginning of the file", s));
                }
                let level = i.level.map_or(0, |l| l.to_u32());
                self.load_const(Constant::Int(level as i64));
                let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.to_string())).collect();
                self.load_const(Constant::Tuple(names));
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                self.emit_name(Opcode::ImportName, module);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.op(Opcode::ImportStar);
                    return Ok(());
                }
                for alias in &i.names {
                    self.set_pos(s);
                    self.emit_name(Opcode::ImportFrom, &alias.name);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    self.store_name(&bound);
                }
                self.op(Opcode::PopTop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if let Expr::Constant(_) = &*e.value {
                    return Ok(()); // docstrings and stray constants do nothing
                }
                self.expr(&e.value)?;
                self.op(Opcode::PopTop);
                Ok(())
            }
            Stmt::Break(_) => {
                self.check_except_star_exit(s, true)?;
                let saved = self.ur().handler_stack.clone();
                let Some(fb) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'break' outside loop", s));
                };
                let (FBlockKind::WhileLoop { brk, .. } | FBlockKind::ForLoop { brk, .. }) = fb.kind else {
                    unreachable!()
                };
                self.unwind_fblock(&fb, false)?;
                self.set_pos(s);
                self.jump(Opcode::Jump, brk);
                self.u().handler_stack = saved;
                Ok(())
            }
            Stmt::Continue(_) => {
                self.check_except_star_exit(s, true)?;
                let saved = self.ur().handler_stack.clone();
                let Some(fb) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'continue' not properly in loop", s));
                };
                let (FBlockKind::WhileLoop { cont, .. } | FBlockKind::ForLoop { cont, .. }) = fb.kind else {
                    unreachable!()
                };
                self.set_pos(s);
                self.jump(Opcode::JumpBackward, cont);
                self.u().handler_stack = saved;
                Ok(())
            }
        }
    }

    fn push_fblock(&mut self, kind: FBlockKind<'a>, handler_depth: usize) {
        self.u().fblocks.push(FBlock { kind, handler_depth });
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emits the code that leaves one block early (return, break, continue).
    /// With `preserve_tos`, the value on top of the stack (a return value) is kept.
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        self.u().handler_stack.truncate(fb.handler_depth);
        match &fb.kind {
            FBlockKind::WhileLoop { .. } | FBlockKind::ExceptionHandler | FBlockKind::TryExcept | FBlockKind::ExceptStarHandler => {}
            FBlockKind::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve_tos {
                    let hd = self.ur().handler_stack.len();
                    self.push_fblock(FBlockKind::PopValue, hd);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                // stack: prev exc [value]
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopExcept);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                // stack: exit [value]
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.emit(Opcode::Call, 3);
                if matches!(fb.kind, FBlockKind::AsyncWith) {
                    self.emit(Opcode::GetAwaitable, 2);
                    self.await_value();
                }
                self.op(Opcode::PopTop);
            }
            FBlockKind::HandlerCleanup { name } => {
                // stack: prev [value]
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.name_op(name, ast::ExprContext::Del);
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds blocks from the innermost out: all of them, or up to the
    /// innermost loop (returned, not unwound).
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if stop_at_loop && top.is_loop() {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self.unwind_fblock(&top, preserve_tos);
        let rest = match r {
            Ok(()) => self.unwind_fblock_stack(preserve_tos, stop_at_loop),
            Err(e) => Err(e),
        };
        self.u().fblocks.push(top);
        rest
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let top = self.new_label();
        let brk = self.new_label();
        let other = self.new_label();
        self.bind(top);
        let always = matches!(test, Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(true)));
        if !always {
            self.jump_if(test, false, other)?;
        }
        let hd = self.ur().handler_stack.len();
        self.push_fblock(FBlockKind::WhileLoop { cont: top, brk }, hd);
        self.stmts(body)?;
        self.pop_fblock();
        self.jump(Opcode::JumpBackward, top);
        self.bind(other);
        self.stmts(orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let top = self.new_label();
        let cleanup = self.new_label();
        let brk = self.new_label();
        self.iterable(iter)?;
        self.op(Opcode::GetIter);
        self.bind(top);
        self.jump(Opcode::ForIter, cleanup);
        self.store_target(target)?;
        let hd = self.ur().handler_stack.len();
        self.push_fblock(FBlockKind::ForLoop { cont: top, brk }, hd);
        self.stmts(body)?;
        self.pop_fblock();
        self.jump(Opcode::JumpBackward, top);
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let hd = self.ur().handler_stack.len();
        self.push_handler(except);
        self.push_fblock(FBlockKind::TryExcept, hd);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.jump(Opcode::Jump, end);

        // Handler: the stack is [.. exc].
        self.bind(except);
        let cleanup = self.new_label();
        let base = self.ur().depth - 1; // depth outside the try
        let hd = self.ur().handler_stack.len();
        self.push_handler_at(cleanup, base + 1);
        self.op(Opcode::PushExcInfo); // [.. prev exc]
        self.push_fblock(FBlockKind::ExceptionHandler, hd);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h));
            }
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.op(Opcode::CheckExcMatch);
                self.jump(Opcode::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.to_string();
                    self.store_name(&name); // [.. prev]
                    let cleanup_end = self.new_label();
                    self.push_handler(cleanup_end);
                    self.push_fblock(FBlockKind::HandlerCleanup { name: Some(name.clone()) }, hd);
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler(); // cleanup_end
                    self.pop_handler(); // cleanup
                    self.op(Opcode::PopExcept);
                    self.load_const(Constant::None);
                    self.store_name(&name);
                    self.name_op(&name, ast::ExprContext::Del);
                    self.jump(Opcode::Jump, end);
                    // An exception in the body: unbind the name, re-raise.
                    self.push_handler_at(cleanup, base + 1);
                    self.bind(cleanup_end);
                    self.load_const(Constant::None);
                    self.store_name(&name);
                    self.name_op(&name, ast::ExprContext::Del);
                    self.op(Opcode::Reraise);
                }
                None => {
                    self.op(Opcode::PopTop); // [.. prev]
                    self.push_fblock(FBlockKind::HandlerCleanup { name: None }, hd);
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler(); // cleanup
                    self.op(Opcode::PopExcept);
                    self.jump(Opcode::Jump, end);
                    self.push_handler_at(cleanup, base + 1);
                }
            }
            self.bind(next);
        }
        self.pop_fblock();
        // No clause matched: re-raise (still covered by `cleanup`).
        self.op(Opcode::Reraise);
        self.pop_handler();
        // cleanup: [.. prev exc2] -> restore prev as the handled exception, re-raise exc2.
        self.bind(cleanup);
        self.emit(Opcode::Copy, 2);
        self.op(Opcode::PopExcept);
        self.op(Opcode::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `return`, `break` and `continue` may not leave an `except*` clause
    /// (`to_loop`: only blocks inside the innermost loop count).
    fn check_except_star_exit(&self, s: &'a Stmt, to_loop: bool) -> CResult {
        for fb in self.ur().fblocks.iter().rev() {
            if to_loop && fb.is_loop() {
                break;
            }
            if matches!(fb.kind, FBlockKind::ExceptStarHandler) {
                return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", s));
            }
        }
        Ok(())
    }

    /// `try: ... except* T: ...`. The handlers run one after another on the
    /// parts of the exception (group) that match them; what they raise and
    /// what none of them handled is re-raised together (PrepReraiseStar).
    fn try_star_except(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let hd = self.ur().handler_stack.len();
        self.push_handler(except);
        self.push_fblock(FBlockKind::TryExcept, hd);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.jump(Opcode::Jump, end);

        // Handler: the stack is [.. exc].
        self.bind(except);
        let cleanup = self.new_label();
        let base = self.ur().depth - 1;
        self.push_handler_at(cleanup, base + 1);
        self.op(Opcode::PushExcInfo); // [.. prev orig]
        self.emit(Opcode::BuildList, 0); // [.. prev orig raised]
        self.emit(Opcode::Copy, 2); // [.. prev orig raised rest]
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h);
            let Some(t) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.expr(t)?;
            self.op(Opcode::CheckEgMatch); // [.. rest match]
            self.emit(Opcode::Copy, 1);
            self.jump(Opcode::PopJumpIfNone, no_match);
            self.op(Opcode::PushExcInfo); // [.. rest prev2 match]
            match &h.name {
                Some(n) => self.store_name(n.as_str()),
                None => self.op(Opcode::PopTop),
            }
            // An exception in the clause's body joins the raised list.
            let body_exc = self.new_label();
            self.push_handler(body_exc);
            self.push_fblock(FBlockKind::ExceptStarHandler, hd);
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.pop_handler();
            self.op(Opcode::PopExcept); // [.. rest]
            self.unbind_handler_name(h.name.as_ref().map(|n| n.as_str()));
            self.jump(Opcode::Jump, next);
            self.bind(body_exc); // [.. rest prev2 exc]
            self.unbind_handler_name(h.name.as_ref().map(|n| n.as_str()));
            self.emit(Opcode::Swap, 2);
            self.op(Opcode::PopExcept); // [.. rest exc]
            self.emit(Opcode::ListAppend, 2);
            self.jump(Opcode::Jump, next);
            self.bind(no_match); // [.. rest None]
            self.op(Opcode::PopTop);
            self.bind(next);
        }
        // [.. prev orig raised rest]
        self.emit(Opcode::ListAppend, 1);
        self.op(Opcode::PrepReraiseStar); // [.. prev result]
        let reraise = self.new_label();
        self.emit(Opcode::Copy, 1);
        self.jump(Opcode::PopJumpIfNotNone, reraise);
        self.op(Opcode::PopTop);
        self.pop_handler();
        self.op(Opcode::PopExcept);
        self.jump(Opcode::Jump, end);
        self.bind(reraise); // [.. prev result]
        self.emit(Opcode::Swap, 2);
        self.op(Opcode::PopExcept);
        self.op(Opcode::Reraise);
        // cleanup: [.. prev exc2]
        self.bind(cleanup);
        self.emit(Opcode::Copy, 2);
        self.op(Opcode::PopExcept);
        self.op(Opcode::Reraise);
        self.bind(end);
        Ok(())
    }

    /// Unbinds an `except ... as name` variable (`name = None; del name`).
    fn unbind_handler_name(&mut self, name: Option<&str>) {
        if let Some(name) = name {
            self.load_const(Constant::None);
            self.store_name(name);
            self.name_op(name, ast::ExprContext::Del);
        }
    }

    /// `try: ... except* ...: ... finally: ...`.
    fn try_finally_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        self.try_finally_with(finalbody, |c| c.try_star_except(body, handlers, orelse))
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        self.try_finally_with(finalbody, |c| {
            if handlers.is_empty() {
                c.stmts(body)
            } else {
                c.try_except(body, handlers, orelse)
            }
        })
    }

    /// A `finally` block around what `inner` compiles.
    fn try_finally_with(&mut self, finalbody: &'a [Stmt], inner: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let fin = self.new_label();
        let exit = self.new_label();
        let hd = self.ur().handler_stack.len();
        self.push_handler(fin);
        self.push_fblock(FBlockKind::FinallyTry { body: finalbody }, hd);
        inner(self)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.jump(Opcode::Jump, exit);

        // Exceptional path: [.. exc]
        self.bind(fin);
        let cleanup = self.new_label();
        let base = self.ur().depth - 1;
        self.push_handler_at(cleanup, base + 1);
        self.op(Opcode::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, hd);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.op(Opcode::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Opcode::Copy, 2);
        self.op(Opcode::PopExcept);
        self.op(Opcode::Reraise);
        self.bind(exit);
        Ok(())
    }

    /// `async for` / `async with` are allowed only in `async def` bodies.
    fn check_async_context(&self, s: &'a Stmt, what: &str) -> CResult {
        if !self.in_async_def() {
            return Err(self.error(format!("'{what}' outside async function"), s));
        }
        Ok(())
    }

    /// Is the unit being compiled an `async def` body (a coroutine or an
    /// asynchronous generator; CPython's COMPILER_SCOPE_ASYNC_FUNCTION)?
    fn in_async_def(&self) -> bool {
        let u = self.ur();
        u.kind != ScopeKind::Comprehension && u.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// `async for target in iter: body else: orelse`: `__aiter__`, then
    /// awaiting `__anext__()` until it raises StopAsyncIteration.
    fn async_for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let top = self.new_label();
        let end_for = self.new_label();
        let brk = self.new_label();
        let after = self.new_label();
        // (CPython's optimizer leaves an `async for` statement's iterable alone.)
        self.expr(iter)?;
        self.op(Opcode::GetAIter); // [.. aiter]
        self.bind(top);
        self.push_handler(end_for);
        self.emit(Opcode::Copy, 1);
        self.op(Opcode::GetANext);
        self.await_value(); // [.. aiter value]
        self.pop_handler();
        self.store_target(target)?;
        let hd = self.ur().handler_stack.len();
        self.push_fblock(FBlockKind::ForLoop { cont: top, brk }, hd);
        self.stmts(body)?;
        self.pop_fblock();
        self.jump(Opcode::JumpBackward, top);
        self.bind(end_for); // [.. aiter exc]
        self.op(Opcode::EndAsyncFor);
        self.stmts(orelse)?;
        self.jump(Opcode::Jump, after);
        self.bind(brk);
        self.bind(after);
        Ok(())
    }

    /// `async with`: awaits `__aenter__()` and, on the way out, `__aexit__(...)`.
    fn async_with_stmt(&mut self, s: &'a Stmt, items: &'a [ast::WithItem], body: &'a [Stmt], pos: usize) -> CResult {
        let item = &items[pos];
        let fin = self.new_label();
        let exit = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_pos(s);
        self.op(Opcode::BeforeAsyncWith); // [.. exit enter_awaitable]
        self.emit(Opcode::GetAwaitable, 1);
        self.await_value(); // [.. exit enter_result]
        let hd = self.ur().handler_stack.len();
        let d = self.ur().depth;
        self.push_handler_at(fin, d - 1);
        self.push_fblock(FBlockKind::AsyncWith, hd);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.op(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.async_with_stmt(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.set_pos(s);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
        self.emit(Opcode::GetAwaitable, 2);
        self.await_value();
        self.op(Opcode::PopTop);
        self.jump(Opcode::Jump, exit);

        // Exceptional path: [.. exit exc]
        self.bind(fin);
        let cleanup = self.new_label();
        let base = self.ur().depth;
        self.push_handler_at(cleanup, base);
        self.op(Opcode::PushExcInfo); // [.. exit prev exc]
        self.op(Opcode::WithExceptStart); // [.. exit prev exc res]
        self.emit(Opcode::GetAwaitable, 2);
        self.await_value();
        let suppress = self.new_label();
        self.jump(Opcode::PopJumpIfTrue, suppress);
        self.op(Opcode::Reraise);
        self.bind(suppress);
        self.op(Opcode::PopTop); // exc
        self.pop_handler();
        self.op(Opcode::PopExcept);
        self.op(Opcode::PopTop); // exit
        self.jump(Opcode::Jump, exit);
        self.bind(cleanup); // [.. exit prev exc2]
        self.emit(Opcode::Copy, 2);
        self.op(Opcode::PopExcept);
        self.op(Opcode::Reraise);
        self.bind(exit);
        Ok(())
    }

    fn with_stmt(&mut self, s: &'a Stmt, items: &'a [ast::WithItem], body: &'a [Stmt], pos: usize) -> CResult {
        let item = &items[pos];
        let fin = self.new_label();
        let exit = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_pos(s);
        self.op(Opcode::BeforeWith); // [.. exit enter_result]
        let hd = self.ur().handler_stack.len();
        let d = self.ur().depth;
        self.push_handler_at(fin, d - 1);
        self.push_fblock(FBlockKind::With, hd);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.op(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.set_pos(s);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
        self.op(Opcode::PopTop);
        self.jump(Opcode::Jump, exit);

        // Exceptional path: [.. exit exc]
        self.bind(fin);
        let cleanup = self.new_label();
        // After PushExcInfo the cleanup handler unwinds to [.. exit prev].
        let base = self.ur().depth;
        self.push_handler_at(cleanup, base);
        self.op(Opcode::PushExcInfo); // [.. exit prev exc]
        self.op(Opcode::WithExceptStart); // [.. exit prev exc res]
        let suppress = self.new_label();
        self.jump(Opcode::PopJumpIfTrue, suppress);
        self.op(Opcode::Reraise);
        self.bind(suppress);
        self.op(Opcode::PopTop); // exc
        self.pop_handler();
        self.op(Opcode::PopExcept);
        self.op(Opcode::PopTop); // exit
        self.jump(Opcode::Jump, exit);
        self.bind(cleanup); // [.. exit prev exc2]
        self.emit(Opcode::Copy, 2);
        self.op(Opcode::PopExcept);
        self.op(Opcode::Reraise);
        self.bind(exit);
        Ok(())
    }

    /// `match subject: case ...`. Each case is one MatchPattern instruction
    /// (a constant describing the pattern, and the values of its value, key
    /// and class expressions), which yields the captured values or None; the
    /// names are bound only once the whole pattern matched, then the guard runs.
    fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.check_irrefutable(&case.pattern, case.guard.is_some() || i + 1 == n)?;
            let mut names: Vec<String> = Vec::new();
            let mut values: Vec<&'a Expr> = Vec::new();
            let pat = self.pattern_desc(&case.pattern, &mut names, &mut values)?;
            let names_c = Constant::Tuple(names.iter().map(|n| Constant::Str(n.clone())).collect());
            self.set_pos(&case.pattern);
            self.emit(Opcode::Copy, 1);
            self.load_const(Constant::Tuple(vec![names_c, pat]));
            for v in &values {
                self.expr(v)?;
            }
            self.set_pos(&case.pattern);
            self.emit(Opcode::MatchPattern, values.len() as u32);
            let fail = self.new_label();
            let next = self.new_label();
            self.emit(Opcode::Copy, 1);
            self.jump(Opcode::PopJumpIfNone, fail);
            if names.is_empty() {
                self.op(Opcode::PopTop);
            } else {
                self.emit(Opcode::UnpackSequence, names.len() as u32);
                for name in &names {
                    self.store_name(name);
                }
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.op(Opcode::PopTop); // the subject
            self.stmts(&case.body)?;
            self.jump(Opcode::Jump, end);
            self.bind(fail);
            self.op(Opcode::PopTop); // None
            self.bind(next);
        }
        self.op(Opcode::PopTop);
        self.bind(end);
        Ok(())
    }

    /// CPython's "makes remaining patterns unreachable" errors: a capture or
    /// wildcard where later alternatives or cases could never be reached.
    fn check_irrefutable(&self, p: &'a ast::Pattern, allow: bool) -> CResult {
        use ast::Pattern::*;
        match p {
            MatchAs(a) => match &a.pattern {
                None if !allow => Err(match &a.name {
                    Some(n) => self.error(format!("name capture '{n}' makes remaining patterns unreachable"), p),
                    None => self.error("wildcard makes remaining patterns unreachable", p),
                }),
                None => Ok(()),
                Some(sub) => self.check_irrefutable(sub, allow),
            },
            MatchOr(o) => {
                let last = o.patterns.len().saturating_sub(1);
                for (i, alt) in o.patterns.iter().enumerate() {
                    self.check_irrefutable(alt, allow && i == last)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Records a capture of `name`, or CPython's error for binding it twice.
    fn capture(&self, name: &str, names: &mut Vec<String>, node: &'a ast::Pattern) -> CResult<Constant> {
        if names.iter().any(|n| n == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), node));
        }
        names.push(name.to_owned());
        Ok(Constant::Str(name.to_owned()))
    }

    /// The description of a pattern that MatchPattern interprets: nested
    /// tuples tagged "v" (value), "s" (singleton), "q" (sequence), "*" (star),
    /// "m" (mapping), "k" (class), "a" (as/capture/wildcard) and "o" (or).
    /// Captures are named; value, key and class expressions are indices into
    /// `values`, which are evaluated before matching.
    fn pattern_desc(&self, p: &'a ast::Pattern, names: &mut Vec<String>, values: &mut Vec<&'a Expr>) -> CResult<Constant> {
        use ast::Pattern::*;
        let tag = |s: &str| Constant::Str(s.to_owned());
        let value_index = |values: &mut Vec<&'a Expr>, e: &'a Expr| {
            values.push(e);
            Constant::Int(values.len() as i64 - 1)
        };
        Ok(match p {
            MatchValue(v) => Constant::Tuple(vec![tag("v"), value_index(values, &v.value)]),
            MatchSingleton(s) => Constant::Tuple(vec![tag("s"), ast_constant(&s.value)]),
            MatchSequence(seq) => {
                if seq.patterns.iter().filter(|sp| matches!(sp, MatchStar(_))).count() > 1 {
                    return Err(self.error("multiple starred names in sequence pattern", p));
                }
                let mut subs = Vec::new();
                for sp in &seq.patterns {
                    subs.push(self.pattern_desc(sp, names, values)?);
                }
                Constant::Tuple(vec![tag("q"), Constant::Tuple(subs)])
            }
            MatchStar(st) => {
                let name = match &st.name {
                    Some(n) => self.capture(n, names, p)?,
                    None => Constant::None,
                };
                Constant::Tuple(vec![tag("*"), name])
            }
            MatchMapping(mp) => {
                let mut seen: Vec<String> = Vec::new();
                let mut keys = Vec::new();
                for k in &mp.keys {
                    if let Expr::Constant(c) = k {
                        if let Some(key) = mapping_key(&c.value) {
                            if seen.contains(&key) {
                                let r = literal_repr(&c.value);
                                return Err(self.error(format!("mapping pattern checks duplicate key ({r})"), p));
                            }
                            seen.push(key);
                        }
                    }
                    keys.push(value_index(values, k));
                }
                let mut subs = Vec::new();
                for sp in &mp.patterns {
                    subs.push(self.pattern_desc(sp, names, values)?);
                }
                let rest = match &mp.rest {
                    Some(r) => self.capture(r, names, p)?,
                    None => Constant::None,
                };
                Constant::Tuple(vec![tag("m"), Constant::Tuple(keys), Constant::Tuple(subs), rest])
            }
            MatchClass(c) => {
                let cls = value_index(values, &c.cls);
                let mut pos = Vec::new();
                for sp in &c.patterns {
                    pos.push(self.pattern_desc(sp, names, values)?);
                }
                let mut attrs: Vec<String> = Vec::new();
                let mut kw = Vec::new();
                for (a, sp) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
                    if attrs.iter().any(|x| x == a.as_str()) {
                        return Err(self.error(format!("attribute name repeated in class pattern: {a}"), sp));
                    }
                    attrs.push(a.to_string());
                    kw.push(self.pattern_desc(sp, names, values)?);
                }
                let attrs = Constant::Tuple(attrs.into_iter().map(Constant::Str).collect());
                Constant::Tuple(vec![tag("k"), cls, Constant::Tuple(pos), attrs, Constant::Tuple(kw)])
            }
            MatchAs(a) => {
                let sub = match &a.pattern {
                    Some(sp) => self.pattern_desc(sp, names, values)?,
                    None => Constant::None,
                };
                let name = match &a.name {
                    Some(n) => self.capture(n, names, p)?,
                    None => Constant::None,
                };
                Constant::Tuple(vec![tag("a"), sub, name])
            }
            MatchOr(o) => {
                // Every alternative must bind the same names.
                let outer = names.clone();
                let mut first: Option<Vec<String>> = None;
                let mut alts = Vec::new();
                for alt in &o.patterns {
                    let mut alt_names = outer.clone();
                    alts.push(self.pattern_desc(alt, &mut alt_names, values)?);
                    let mut bound: Vec<String> = alt_names[outer.len()..].to_vec();
                    match &first {
                        None => {
                            names.extend(bound.iter().cloned());
                            bound.sort();
                            first = Some(bound);
                        }
                        Some(f) => {
                            bound.sort();
                            if &bound != f {
                                return Err(self.error("alternative patterns bind different names", alt));
                            }
                        }
                    }
                }
                Constant::Tuple(vec![tag("o"), Constant::Tuple(alts)])
            }
        })
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop(&a.op) as u32 + BinOp::INPLACE;
        // As CPython: the target's loads and stores are located at the
        // target, the operator at the whole statement.
        match &*a.target {
            Expr::Name(n) => {
                self.set_pos(&*a.target);
                self.name_op(&n.id, ast::ExprContext::Load);
                self.expr(&a.value)?;
                self.set_pos(a);
                self.emit(Opcode::BinaryOp, op);
                self.set_pos(&*a.target);
                self.name_op(&n.id, ast::ExprContext::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::Copy, 1);
                let name = self.mangled(&at.attr);
                self.set_attr_pos(at, at);
                self.emit_name(Opcode::LoadAttr, &name);
                self.expr(&a.value)?;
                self.set_pos(a);
                self.emit(Opcode::BinaryOp, op);
                self.set_attr_pos(at, at);
                self.emit(Opcode::Swap, 2);
                self.emit_name(Opcode::StoreAttr, &name);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.subscript_key(&sub.slice)?;
                self.set_pos(&*a.target);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.op(Opcode::BinarySubscr);
                self.expr(&a.value)?;
                self.set_pos(a);
                self.emit(Opcode::BinaryOp, op);
                self.set_pos(&*a.target);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.op(Opcode::StoreSubscr);
            }
            other => return Err(self.error(format!("'{}' is an illegal expression for augmented assignment", expr_description(other)), other)),
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            self.load_const(Constant::Str(crate::unparse::expr_to_string(ann)));
            return Ok(());
        }
        self.expr(ann)
    }

    fn ann_assign(&mut self, s: &'a Stmt, a: &'a ast::StmtAnnAssign) -> CResult {
        match &*a.target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {}
            Expr::Tuple(_) => return Err(self.error("only single target (not tuple) can be annotated", &*a.target)),
            Expr::List(_) => return Err(self.error("only single target (not list) can be annotated", &*a.target)),
            other => return Err(self.error("illegal target for annotation", other)),
        }
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.ur().kind;
        match &*a.target {
            Expr::Name(n) if a.simple && !kind.is_function() => {
                self.annotation(&a.annotation)?;
                self.set_pos(s);
                self.emit_name(Opcode::LoadName, "__annotations__");
                let name = self.mangled(&n.id);
                self.load_const(Constant::Str(name));
                self.op(Opcode::StoreSubscr);
            }
            Expr::Name(_) => {}
            Expr::Attribute(at) if a.value.is_none() => {
                self.expr(&at.value)?;
                self.op(Opcode::PopTop);
            }
            Expr::Subscript(sub) if a.value.is_none() => {
                self.expr(&sub.value)?;
                self.op(Opcode::PopTop);
                self.subscript_key(&sub.slice)?;
                self.op(Opcode::PopTop);
            }
            _ => {}
        }
        if !kind.is_function() && !matches!(&*a.target, Expr::Name(_) if a.simple) && !self.future_annotations {
            self.expr(&a.annotation)?;
            self.op(Opcode::PopTop);
        }
        Ok(())
    }

    // ----- functions and classes --------------------------------------------

    /// Qualified name of a new scope called `name` inside the current unit.
    fn qualname(&self, name: &str) -> String {
        let u = self.ur();
        if u.kind == ScopeKind::Module {
            return name.to_owned();
        }
        // A function declared global keeps a top-level qualname.
        let sc = &self.table.scopes[u.scope];
        if sc.scope_of(&mangle(u.private.as_deref(), name)) == SymScope::GlobalExplicit {
            return name.to_owned();
        }
        if u.kind.is_function() {
            format!("{}.<locals>.{}", u.qualname, name)
        } else {
            format!("{}.{}", u.qualname, name)
        }
    }

    /// Pushes defaults, keyword defaults and annotations; returns MakeFunction flags.
    fn function_prelude(&mut self, args: &'a ast::Arguments, returns: Option<&'a Expr>, annotations: bool) -> CResult<u32> {
        let mut fl = 0;
        let defaults: Vec<&Expr> =
            args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
            fl |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                let name = self.mangled(name);
                self.load_const(Constant::Str(name));
                self.expr(d)?;
            }
            self.emit(Opcode::BuildMap, kwdefaults.len() as u32);
            fl |= make_function::KWDEFAULTS;
        }
        if annotations {
            let mut n = 0;
            let params = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .map(|a| &a.def)
                .chain(args.vararg.as_deref())
                .chain(args.kwonlyargs.iter().map(|a| &a.def))
                .chain(args.kwarg.as_deref());
            for p in params {
                if let Some(ann) = &p.annotation {
                    let name = self.mangled(&p.arg);
                    self.load_const(Constant::Str(name));
                    self.annotation(ann)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(Constant::Str("return".into()));
                self.annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Opcode::BuildMap, n);
                fl |= make_function::ANNOTATIONS;
            }
        }
        Ok(fl)
    }

    /// Pushes the closure tuple for `code` (if it has free variables) and the
    /// code, then MakeFunction.
    fn make_closure(&mut self, code: Rc<CodeObject>, mut fl: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // A name free in the child is a cell or free variable here.
                let i = self.deref_index(name);
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            fl |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MakeFunction, fl);
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn function_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        is_async: bool,
    ) -> CResult {
        let _ = is_async;
        for d in decorators {
            self.expr(d)?;
        }
        let fl = self.function_prelude(args, returns, true)?;
        let scope = self.table.scope_for(s);
        let qualname = self.qualname(name);
        let first_line = self.lines.locate(s.range().start().to_u32()).0;
        let first_line = decorators.first().map_or(first_line, |d| self.lines.locate(d.range().start().to_u32()).0);
        self.push_unit(scope, name, qualname, first_line);
        self.set_arg_counts(args);
        let mut body_stmts = body;
        if let Some(doc) = docstring(body) {
            self.u().doc = Some(doc.clone());
            self.add_const(Constant::Str(doc));
            body_stmts = &body[1..];
        } else {
            self.add_const(Constant::None);
        }
        self.stmts(body_stmts)?;
        self.load_const(Constant::None);
        self.op(Opcode::ReturnValue);
        let code = self.pop_unit()?;
        self.set_pos(s);
        self.make_closure(code, fl);
        for _ in decorators {
            self.emit(Opcode::Call, 1);
        }
        self.store_name(name);
        Ok(())
    }

    fn class_def(&mut self, s: &'a Stmt, c: &'a ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let scope = self.table.scope_for(s);
        let qualname = self.qualname(&c.name);
        let first_line = self.lines.locate(s.range().start().to_u32()).0;
        let first_line =
            c.decorator_list.first().map_or(first_line, |d| self.lines.locate(d.range().start().to_u32()).0);
        self.push_unit(scope, &c.name, qualname.clone(), first_line);
        self.u().private = Some(c.name.to_string());
        self.set_pos(s);
        self.emit_name(Opcode::LoadName, "__name__");
        self.emit_name(Opcode::StoreName, "__module__");
        self.load_const(Constant::Str(qualname));
        self.emit_name(Opcode::StoreName, "__qualname__");
        if has_annotations(&c.body) {
            self.op(Opcode::SetupAnnotations);
        }
        let mut body = &c.body[..];
        if let Some(doc) = docstring(body) {
            self.load_const(Constant::Str(doc));
            self.emit_name(Opcode::StoreName, "__doc__");
            body = &body[1..];
        }
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_closure {
            let i = self.deref_index("__class__");
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            self.emit_name(Opcode::StoreName, "__classcell__");
        } else {
            self.load_const(Constant::None);
        }
        self.op(Opcode::ReturnValue);
        let code = self.pop_unit()?;
        self.set_pos(s);
        self.op(Opcode::LoadBuildClass);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(c.name.to_string()));
        self.call_args(2, &c.bases, &c.keywords)?;
        for _ in &c.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.store_name(&c.name);
        Ok(())
    }

    // ----- targets -----------------------------------------------------------

    fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.name_op(&n.id, ast::ExprContext::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_pos(a, a);
                let name = self.mangled(&a.attr);
                self.emit_name(Opcode::StoreAttr, &name);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_pos(t);
                self.op(Opcode::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(tt) => self.unpack_into(t, &tt.elts),
            Expr::List(l) => self.unpack_into(t, &l.elts),
            Expr::Starred(_) => Err(self.error("starred assignment target must be in a list or tuple", t)),
            other => Err(self.error(assign_error(other, "assign to"), other)),
        }
    }

    fn check_assign_targets(&self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        check_assign_targets(self.lines, &self.filename, targets, value)
    }

    fn unpack_into(&mut self, node: &'a Expr, elts: &'a [Expr]) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        self.set_pos(node);
        match star {
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
            Some(i) => {
                if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                    return Err(self.error("multiple starred expressions in assignment", node));
                }
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(self.error("too many expressions in star-unpacking assignment", node));
                }
                self.emit(Opcode::UnpackEx, (i | (after << 8)) as u32);
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        self.set_pos(t);
        match t {
            Expr::Name(n) => self.name_op(&n.id, ast::ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_pos(a, a);
                let name = self.mangled(&a.attr);
                self.emit_name(Opcode::DeleteAttr, &name);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_pos(t);
                self.op(Opcode::DeleteSubscr);
            }
            Expr::Tuple(tt) => {
                for e in &tt.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(assign_error(other, "delete"), other)),
        }
        Ok(())
    }

    // ----- expressions -------------------------------------------------------

    /// Jumps to `target` if `e` is truthy (`cond` true) or falsy (`cond` false).
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_and = matches!(b.op, ast::BoolOp::And);
                let n = b.values.len();
                // For `and` jumping on false (or `or` on true), every operand jumps to target.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let next = self.new_label();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(&b.values[n - 1], cond, target)?;
                    self.bind(next);
                }
                Ok(())
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(&c.comparators[0], Expr::Constant(k) if matches!(k.value, ast::Constant::None)) =>
            {
                self.expr(&c.left)?;
                self.set_pos(e);
                let is = matches!(c.ops[0], ast::CmpOp::Is);
                let op = if is == cond { Opcode::PopJumpIfNone } else { Opcode::PopJumpIfNotNone };
                self.jump(op, target);
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.jump(if cond { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse }, target);
                Ok(())
            }
        }
    }

    fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_nesting(e)?;
        let saved = self.ur().pos;
        self.set_pos(e);
        let r = self.expr_inner(e);
        self.u().pos = saved;
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::Constant(c) => {
                self.load_const(ast_constant(&c.value));
            }
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.load_const(Constant::Bool(true));
                } else {
                    self.name_op(&n.id, ast::ExprContext::Load);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binop(&b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if let (ast::UnaryOp::USub, Expr::Constant(c)) = (&u.op, &*u.operand) {
                    let folded = match &c.value {
                        ast::Constant::Int(i) => Some(int_constant(&-i.clone())),
                        ast::Constant::Float(f) => Some(Constant::Float(-f)),
                        ast::Constant::Complex { real, imag } => Some(Constant::Complex { real: -real, imag: -imag }),
                        _ => None,
                    };
                    if let Some(k) = folded {
                        self.load_const(k);
                        return Ok(());
                    }
                }
                self.expr(&u.operand)?;
                self.op(match u.op {
                    ast::UnaryOp::Invert => Opcode::UnaryInvert,
                    ast::UnaryOp::Not => Opcode::UnaryNot,
                    ast::UnaryOp::UAdd => Opcode::UnaryPositive,
                    ast::UnaryOp::USub => Opcode::UnaryNegative,
                });
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if matches!(b.op, ast::BoolOp::And) { Opcode::JumpIfFalseOrPop } else { Opcode::JumpIfTrueOrPop };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::IfExp(i) => {
                let other = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, other)?;
                self.expr(&i.body)?;
                self.jump(Opcode::Jump, end);
                self.bind(other);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_pos(a, a);
                let name = self.mangled(&a.attr);
                self.emit_name(Opcode::LoadAttr, &name);
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_pos(e);
                self.op(Opcode::BinarySubscr);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Opcode::BuildSlice, n);
            }
            Expr::Tuple(t) => {
                if let Some(k) = constant_tuple(&t.elts) {
                    self.load_const(k);
                } else {
                    self.sequence(&t.elts, Opcode::BuildTuple)?;
                }
            }
            Expr::List(l) => self.sequence(&l.elts, Opcode::BuildList)?,
            Expr::Set(s) => self.sequence(&s.elts, Opcode::BuildSet)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Starred(_) => return Err(self.error("can't use starred expression here", e)),
            Expr::Lambda(l) => {
                let fl = self.function_prelude(&l.args, None, false)?;
                let scope = self.table.scope_for(e);
                let qualname = self.qualname("<lambda>");
                let line = self.ur().pos.line;
                self.push_unit(scope, "<lambda>", qualname, line);
                self.set_arg_counts(&l.args);
                self.add_const(Constant::None);
                self.expr(&l.body)?;
                self.op(Opcode::ReturnValue);
                let code = self.pop_unit()?;
                self.set_pos(e);
                self.make_closure(code, fl);
            }
            Expr::ListComp(c) => self.comprehension(e, "<listcomp>", &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(e, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => {
                self.comprehension(e, "<dictcomp>", &c.generators, CompKind::Dict(&c.key, &c.value))?
            }
            Expr::GeneratorExp(c) => self.comprehension(e, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Yield(y) => {
                if !self.ur().kind.is_function() {
                    return Err(self.error("'yield' outside function", e));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_pos(e);
                self.yield_op();
            }
            Expr::YieldFrom(y) => {
                if !self.ur().kind.is_function() {
                    return Err(self.error("'yield' outside function", e));
                }
                if self.in_async_def() {
                    return Err(self.error("'yield from' inside async function", e));
                }
                self.expr(&y.value)?;
                self.set_pos(e);
                self.yield_from();
            }
            Expr::Await(a) => {
                if !self.ur().kind.is_function() {
                    return Err(self.error("'await' outside function", e));
                }
                // Comprehensions may await (they become asynchronous, and
                // their parent checks it may await them).
                if !self.in_async_def() && self.ur().kind != ScopeKind::Comprehension {
                    return Err(self.error("'await' outside async function", e));
                }
                self.expr(&a.value)?;
                self.set_pos(e);
                self.op(Opcode::GetAwaitable);
                self.await_value();
            }
            Expr::JoinedStr(j) => self.joined_str(&j.values)?,
            Expr::FormattedValue(f) => self.formatted_value(f)?,
        }
        Ok(())
    }

    /// `yield` of the top: an asynchronous generator's items are wrapped
    /// first (CPython's ASYNC_GEN_WRAP), so `asend()` tells them from awaits.
    fn yield_op(&mut self) {
        if self.ur().flags & flags::ASYNC_GENERATOR != 0 {
            self.op(Opcode::AsyncGenWrap);
        }
        self.op(Opcode::YieldValue);
    }

    /// awaitable iterator -> result: the delegation loop of `await`.
    fn await_value(&mut self) {
        let top = self.new_label();
        let exit = self.new_label();
        self.load_const(Constant::None);
        self.bind(top);
        self.jump(Opcode::Send, exit);
        self.op(Opcode::YieldValue);
        self.jump(Opcode::Jump, top);
        self.bind(exit);
    }

    /// iterable -> result of `yield from`.
    fn yield_from(&mut self) {
        let top = self.new_label();
        let exit = self.new_label();
        self.op(Opcode::GetYieldFromIter);
        self.load_const(Constant::None);
        self.bind(top);
        self.jump(Opcode::Send, exit);
        self.op(Opcode::YieldValue);
        self.jump(Opcode::Jump, top);
        self.bind(exit);
    }

    /// An iterable (`for` target, comprehension source, right of `in`): CPython
    /// turns a set display of constants there into a frozenset constant.
    fn iterable(&mut self, e: &'a Expr) -> CResult {
        if let Expr::Set(set) = e {
            if let Some(items) = fold_consts(&set.elts) {
                self.load_const(Constant::FrozenSet(items));
                return Ok(());
            }
        }
        // CPython's fold_iter: an iterated list display becomes a tuple.
        if let Expr::List(l) = e {
            if !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                if let Some(items) = fold_consts(&l.elts) {
                    self.load_const(Constant::Tuple(items));
                    return Ok(());
                }
                return self.sequence(&l.elts, Opcode::BuildTuple);
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        let last_in = matches!(c.ops[n - 1], ast::CmpOp::In | ast::CmpOp::NotIn);
        if n == 1 {
            if last_in {
                self.iterable(&c.comparators[0])?;
            } else {
                self.expr(&c.comparators[0])?;
            }
            self.cmp_op(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.cmp_op(&c.ops[i]);
            self.jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        if last_in {
            self.iterable(&c.comparators[n - 1])?;
        } else {
            self.expr(&c.comparators[n - 1])?;
        }
        self.cmp_op(&c.ops[n - 1]);
        self.jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.op(Opcode::PopTop);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: &ast::CmpOp) {
        let (opc, arg) = match op {
            ast::CmpOp::Eq => (Opcode::CompareOp, CmpOp::Eq as u32),
            ast::CmpOp::NotEq => (Opcode::CompareOp, CmpOp::Ne as u32),
            ast::CmpOp::Lt => (Opcode::CompareOp, CmpOp::Lt as u32),
            ast::CmpOp::LtE => (Opcode::CompareOp, CmpOp::Le as u32),
            ast::CmpOp::Gt => (Opcode::CompareOp, CmpOp::Gt as u32),
            ast::CmpOp::GtE => (Opcode::CompareOp, CmpOp::Ge as u32),
            ast::CmpOp::Is => (Opcode::IsOp, 0),
            ast::CmpOp::IsNot => (Opcode::IsOp, 1),
            ast::CmpOp::In => (Opcode::ContainsOp, 0),
            ast::CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opc, arg);
    }

    /// Builds a tuple, list or set from elements that may include `*x`.
    /// A subscript's key; `x[*a]` (PEP 646) subscripts with the tuple `(*a,)`.
    fn subscript_key(&mut self, slice: &'a Expr) -> CResult {
        if matches!(slice, Expr::Starred(_)) {
            return self.sequence(std::slice::from_ref(slice), Opcode::BuildTuple);
        }
        self.expr(slice)
    }

    fn sequence(&mut self, elts: &'a [Expr], build: Opcode) -> CResult {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        // CPython folds a set display of more than two constants into a
        // frozenset constant: BUILD_SET 0, LOAD_CONST, SET_UPDATE 1.
        if build == Opcode::BuildSet && elts.len() > 2 {
            if let Some(items) = fold_consts(elts) {
                self.emit(Opcode::BuildSet, 0);
                self.load_const(Constant::FrozenSet(items));
                self.emit(Opcode::SetUpdate, 1);
                return Ok(());
            }
        }
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = if build == Opcode::BuildSet {
            (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate)
        } else {
            (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)
        };
        self.emit(start, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BuildTuple {
            self.op(Opcode::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut pending = 0;
        let mut built = false;
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Opcode::BuildMap, pending);
                        if built {
                            self.emit(Opcode::DictUpdate, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Opcode::BuildMap, pending);
            if built {
                self.emit(Opcode::DictUpdate, 1);
            }
        }
        Ok(())
    }

    /// Records a SyntaxWarning at `node`'s line.
    fn warn(&self, msg: String, node: &impl Ranged) {
        let (line, _) = self.lines.locate(node.range().start().to_u32());
        WARNINGS.with(|w| w.borrow_mut().push((msg, line)));
    }

    /// CPython's check_compare: `is` against a literal.
    fn check_compare(&self, c: &'a ast::ExprCompare) {
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
                let literal = |e: &Expr| matches!(folded_type(e), Some(t) if !matches!(t, "NoneType" | "bool" | "ellipsis"));
                if literal(left) || literal(right) {
                    let msg = if matches!(op, ast::CmpOp::Is) {
                        "\"is\" with a literal. Did you mean \"==\"?"
                    } else {
                        "\"is not\" with a literal. Did you mean \"!=\"?"
                    };
                    self.warn(msg.into(), c);
                    return;
                }
            }
            left = right;
        }
    }

    /// CPython's check_subscripter and check_index for `value[index]` (loads).
    fn check_subscript(&self, s: &'a ast::ExprSubscript) {
        let value = &*s.value;
        let vt = literal_type(value);
        let not_subscriptable = match value {
            Expr::Set(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::Lambda(_) => true,
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::Dict(_) | Expr::DictComp(_) | Expr::JoinedStr(_) => false,
            _ => matches!(vt, Some("NoneType" | "ellipsis" | "bool" | "int" | "float" | "complex")),
        };
        if not_subscriptable {
            self.warn(format!("'{}' object is not subscriptable; perhaps you missed a comma?", vt.unwrap_or("object")), s);
            return;
        }
        let Some(it) = literal_type(&s.slice) else { return };
        if matches!(it, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match value {
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::JoinedStr(_) | Expr::FormattedValue(_) => true,
            _ => matches!(vt, Some("str" | "bytes" | "tuple")),
        };
        if sequence {
            self.warn(
                format!("{} indices must be integers or slices, not {}; perhaps you missed a comma?", vt.unwrap_or("object"), it),
                s,
            );
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        // CPython's check_caller: calling a literal.
        if matches!(
            &*c.func,
            Expr::Constant(_)
                | Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::GeneratorExp(_)
                | Expr::JoinedStr(_)
                | Expr::FormattedValue(_)
        ) {
            if let Some(t) = literal_type(&c.func) {
                self.warn(format!("'{t}' object is not callable; perhaps you missed a comma?"), c);
            }
        }
        // A generator expression that is not the sole argument needs its own parentheses.
        let src = self.lines.source();
        for a in &c.args {
            if let Expr::GeneratorExp(_) = a {
                let r = a.range();
                let own_parens = src.as_bytes().get(r.start().to_u32() as usize) == Some(&b'(');
                let trailing_comma = src.get(r.end().to_u32() as usize..).is_some_and(|t| t.trim_start().starts_with(','));
                if !own_parens && (c.args.len() + c.keywords.len() > 1 || trailing_comma) {
                    return Err(self.error("Generator expression must be parenthesized", a));
                }
            }
        }
        let simple = !c.args.iter().any(|a| matches!(a, Expr::Starred(_))) && c.keywords.iter().all(|k| k.arg.is_some());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            let saved = self.ur().pos;
            self.set_attr_pos(a, a);
            let name = self.mangled(&a.attr);
            self.emit_name(Opcode::LoadMethod, &name);
            for arg in &c.args {
                self.expr(arg)?;
            }
            let n = (c.args.len() + c.keywords.len()) as u32;
            if c.keywords.is_empty() {
                self.set_attr_pos(c, a);
                self.emit(Opcode::CallMethod, n);
            } else {
                let names = self.keyword_values(&c.keywords)?;
                self.load_const(names);
                self.set_attr_pos(c, a);
                self.emit(Opcode::CallMethodKw, n);
            }
            self.u().pos = saved;
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_args(0, &c.args, &c.keywords)
    }

    /// Pushes keyword argument values; returns the tuple of their names.
    fn keyword_values(&mut self, keywords: &'a [ast::Keyword]) -> CResult<Constant> {
        let mut names = Vec::new();
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Constant::Str(k.arg.as_ref().unwrap().to_string()));
        }
        Ok(Constant::Tuple(names))
    }

    /// With the callable (and `pushed` extra positional arguments) already on
    /// the stack, pushes the arguments and emits the call.
    fn call_args(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> CResult {
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && keywords.iter().all(|k| k.arg.is_some());
        let saved = self.ur().pos;
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let n = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.u().pos = saved;
                self.emit(Opcode::Call, n);
            } else {
                let names = self.keyword_values(keywords)?;
                self.load_const(names);
                self.u().pos = saved;
                self.emit(Opcode::CallKw, n);
            }
            return Ok(());
        }
        // General form: positional arguments gathered into a tuple, keywords into a dict.
        // The `pushed` arguments already on the stack start the list. A lone
        // `*x` is passed as is (CallEx checks it, naming the callee in errors).
        match args {
            [Expr::Starred(s)] if pushed == 0 => self.expr(&s.value)?,
            _ => {
                self.emit(Opcode::BuildList, pushed);
                for a in args {
                    match a {
                        Expr::Starred(s) => {
                            self.expr(&s.value)?;
                            self.emit(Opcode::ListExtend, 1);
                        }
                        _ => {
                            self.expr(a)?;
                            self.emit(Opcode::ListAppend, 1);
                        }
                    }
                }
                self.op(Opcode::ListToTuple);
            }
        }
        let mut fl = 0;
        if !keywords.is_empty() {
            fl = 1;
            let mut pending = 0;
            let mut built = false;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.to_string()));
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 || !built {
                            self.emit(Opcode::BuildMap, pending);
                            if built {
                                self.emit(Opcode::DictMerge, 1);
                            }
                            built = true;
                            pending = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(Opcode::DictMerge, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Opcode::BuildMap, pending);
                if built {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.u().pos = saved;
        self.emit(Opcode::CallEx, fl);
        Ok(())
    }

    fn comprehension(&mut self, e: &'a Expr, name: &str, generators: &'a [ast::Comprehension], kind: CompKind<'a>) -> CResult {
        let scope = self.table.scope_for(e);
        let qualname = self.qualname(name);
        let line = self.ur().pos.line;
        let is_async = self.table.scopes[scope].is_coroutine;
        let is_gen = matches!(kind, CompKind::Gen(_));
        // CPython's check: only `async def` bodies and comprehensions may await a comprehension.
        if is_async && !is_gen && !self.in_async_def() && self.ur().kind != ScopeKind::Comprehension {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", e));
        }
        self.push_unit(scope, name, qualname, line);
        self.u().argcount = 1;
        self.set_pos(e);
        match kind {
            CompKind::List(_) => self.emit(Opcode::BuildList, 0),
            CompKind::Set(_) => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Opcode::BuildMap, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, &kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Constant::None);
        }
        self.op(Opcode::ReturnValue);
        let code = self.pop_unit()?;
        self.set_pos(e);
        self.make_closure(code, 0);
        self.iterable(&generators[0].iter)?;
        self.op(if generators[0].is_async { Opcode::GetAIter } else { Opcode::GetIter });
        self.emit(Opcode::Call, 1);
        if is_async && !is_gen {
            self.op(Opcode::GetAwaitable);
            self.await_value();
        }
        Ok(())
    }

    fn comp_generator(&mut self, generators: &'a [ast::Comprehension], i: usize, kind: &CompKind<'a>) -> CResult {
        let g = &generators[i];
        let top = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.iterable(&g.iter)?;
            self.op(if g.is_async { Opcode::GetAIter } else { Opcode::GetIter });
        }
        self.bind(top);
        if g.is_async {
            // [.. aiter] -> [.. aiter value], or to `end` with [.. aiter exc].
            self.push_handler(end);
            self.emit(Opcode::Copy, 1);
            self.op(Opcode::GetANext);
            self.await_value();
            self.pop_handler();
        } else {
            self.jump(Opcode::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < generators.len() {
            self.comp_generator(generators, i + 1, kind)?;
        } else {
            // Containers sit below one iterator per generator.
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Opcode::MapAdd, depth);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.yield_op();
                    self.op(Opcode::PopTop);
                }
            }
        }
        self.jump(Opcode::JumpBackward, top);
        self.bind(end);
        if g.is_async {
            self.op(Opcode::EndAsyncFor);
        }
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> CResult {
        let mut n = 0;
        for v in values {
            match v {
                Expr::Constant(c) => {
                    if let ast::Constant::Str(s) = &c.value {
                        if s.is_empty() {
                            continue;
                        }
                    }
                    self.load_const(ast_constant(&c.value));
                }
                Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
            n += 1;
        }
        match n {
            0 => self.load_const(Constant::Str(String::new())),
            1 if matches!(values.iter().find(|v| !is_empty_str(v)), Some(Expr::FormattedValue(_))) => {}
            _ => self.emit(Opcode::BuildString, n),
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> CResult {
        self.expr(&f.value)?;
        let mut arg = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => format_value::CONV_STR,
            ast::ConversionFlag::Repr => format_value::CONV_REPR,
            ast::ConversionFlag::Ascii => format_value::CONV_ASCII,
        };
        if let Some(spec) = &f.format_spec {
            match &**spec {
                Expr::JoinedStr(j) => self.joined_str(&j.values)?,
                other => self.expr(other)?,
            }
            arg |= format_value::HAS_SPEC;
        }
        self.emit(Opcode::FormatValue, arg);
        Ok(())
    }
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn is_empty_str(e: &Expr) -> bool {
    matches!(e, Expr::Constant(c) if matches!(&c.value, ast::Constant::Str(s) if s.is_empty()))
}

/// The constants these expressions fold to, if all of them do.
fn fold_consts(elts: &[Expr]) -> Option<Vec<Constant>> {
    elts.iter().map(fold_const).collect()
}

/// An int constant's value, if it fits an i128.
fn const_int(c: &Constant) -> Option<i128> {
    match c {
        Constant::Bool(b) => Some(*b as i128),
        Constant::Int(i) => Some(*i as i128),
        Constant::BigInt(s) => s.parse().ok(),
        _ => None,
    }
}

fn int_const(v: i128) -> Constant {
    match i64::try_from(v) {
        Ok(i) => Constant::Int(i),
        Err(_) => Constant::BigInt(v.to_string()),
    }
}

/// Bits needed for |v| (CPython's `_PyLong_NumBits`).
fn num_bits(v: i128) -> u32 {
    128 - v.unsigned_abs().leading_zeros()
}

/// What CPython's AST optimizer folds an expression to: constants, unary
/// operators on numbers, int arithmetic within its size limits
/// (`MAX_INT_SIZE` = 128 bits), float arithmetic, tuples of constants.
fn fold_const(e: &Expr) -> Option<Constant> {
    const MAX_INT_SIZE: u32 = 128;
    match e {
        Expr::Constant(c) => Some(ast_constant(&c.value)),
        Expr::Tuple(t) => Some(Constant::Tuple(fold_consts(&t.elts)?)),
        Expr::UnaryOp(u) => {
            let v = fold_const(&u.operand)?;
            match (&u.op, &v) {
                (ast::UnaryOp::Not, _) => None,
                (ast::UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
                (ast::UnaryOp::UAdd, Constant::Float(f)) => Some(Constant::Float(*f)),
                (ast::UnaryOp::USub, Constant::Complex { real, imag }) => Some(Constant::Complex { real: -real, imag: -imag }),
                (op, v) => {
                    let i = const_int(v)?;
                    match op {
                        ast::UnaryOp::USub => Some(int_const(i.checked_neg()?)),
                        ast::UnaryOp::UAdd => Some(int_const(i)),
                        ast::UnaryOp::Invert => Some(int_const(!i)),
                        ast::UnaryOp::Not => None,
                    }
                }
            }
        }
        Expr::BinOp(b) => {
            let (l, r) = (fold_const(&b.left)?, fold_const(&b.right)?);
            if let (Some(x), Some(y)) = (const_int(&l), const_int(&r)) {
                use ast::Operator::*;
                let v = match b.op {
                    Add => x.checked_add(y)?,
                    Sub => x.checked_sub(y)?,
                    Mult => {
                        if x != 0 && y != 0 && num_bits(x) + num_bits(y) > MAX_INT_SIZE {
                            return None;
                        }
                        x.checked_mul(y)?
                    }
                    Pow => {
                        if y < 0 {
                            return None;
                        }
                        if x != 0 && y > 0 && num_bits(x) as i128 > (MAX_INT_SIZE as i128) / y {
                            return None;
                        }
                        x.checked_pow(u32::try_from(y).ok()?)?
                    }
                    LShift => {
                        if y < 0 {
                            return None;
                        }
                        if x != 0 && y != 0 && (num_bits(x) > MAX_INT_SIZE || y > (MAX_INT_SIZE - num_bits(x)) as i128) {
                            return None;
                        }
                        x.checked_shl(u32::try_from(y).ok()?)?
                    }
                    RShift => {
                        if y < 0 {
                            return None;
                        }
                        x >> y.min(127)
                    }
                    FloorDiv => {
                        if y == 0 {
                            return None;
                        }
                        let q = x.checked_div(y)?;
                        if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
                    }
                    Mod => {
                        if y == 0 {
                            return None;
                        }
                        let m = x % y;
                        if m != 0 && ((m < 0) != (y < 0)) { m + y } else { m }
                    }
                    BitAnd => x & y,
                    BitOr => x | y,
                    BitXor => x ^ y,
                    Div => {
                        const EXACT: i128 = 1 << 53;
                        if y == 0 || x.abs() > EXACT || y.abs() > EXACT {
                            return None;
                        }
                        return Some(Constant::Float(x as f64 / y as f64));
                    }
                    MatMult => return None,
                };
                return Some(int_const(v));
            }
            let as_f = |c: &Constant| match c {
                Constant::Float(f) => Some(*f),
                c => const_int(c).filter(|i| i.abs() <= 1 << 53).map(|i| i as f64),
            };
            if !matches!(l, Constant::Float(_)) && !matches!(r, Constant::Float(_)) {
                return None;
            }
            let (x, y) = (as_f(&l)?, as_f(&r)?);
            let v = match b.op {
                ast::Operator::Add => x + y,
                ast::Operator::Sub => x - y,
                ast::Operator::Mult => x * y,
                ast::Operator::Div if y != 0.0 => x / y,
                _ => return None,
            };
            Some(Constant::Float(v))
        }
        _ => None,
    }
}

/// A tuple display whose elements are all constants is itself a constant.
fn constant_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut items = Vec::with_capacity(elts.len());
    for e in elts {
        match e {
            Expr::Constant(c) => items.push(ast_constant(&c.value)),
            _ => return None,
        }
    }
    Some(Constant::Tuple(items))
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn expr_description(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
    }
}

fn assign_error(e: &Expr, verb: &str) -> String {
    let what = expr_description(e);
    match e {
        Expr::Constant(c) if matches!(c.value, ast::Constant::None | ast::Constant::Bool(_)) => {
            format!("cannot {verb} {what}")
        }
        _ => format!("cannot {verb} {what}"),
    }
}

/// Is the expression written in parentheses? (A tuple's range includes its
/// parentheses; other expressions are preceded by `(`.)
fn parenthesized(src: &str, e: &Expr) -> bool {
    if let Expr::Tuple(t) = e {
        return t.elts.first().is_none_or(|f| f.range().start() != e.range().start());
    }
    let start = (e.range().start().to_u32() as usize).min(src.len());
    src[..start].trim_end().ends_with('(')
}

/// A syntax error at `node`, located as CPython's parser does.
fn error_at(lines: &LineIndex, filename: &str, msg: impl Into<String>, node: &impl Ranged) -> CompileError {
    let r = node.range();
    let (line, col) = lines.locate(r.start().to_u32());
    let (end_line, end_col) = lines.locate(r.end().to_u32());
    let mut e = CompileError::syntax(msg, filename, line, col + 1);
    e.end_line = end_line;
    e.end_offset = end_col + 1;
    e.text = lines.line_text(line).map(str::to_owned);
    e
}

/// CPython's parser errors for invalid targets of `t1 = t2 = ... = value`,
/// with its "Maybe you meant '=='" hints for single-target statements.
pub(crate) fn check_assign_targets(lines: &LineIndex, filename: &str, targets: &[Expr], value: &Expr) -> Result<(), CompileError> {
    fn first_invalid(t: &Expr) -> Option<&Expr> {
        let elts = match t {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) | Expr::Starred(_) => return None,
            Expr::Tuple(tt) => &tt.elts,
            Expr::List(l) => &l.elts,
            other => return Some(other),
        };
        elts.iter().find_map(|e| match e {
            Expr::Starred(s) => first_invalid(&s.value),
            _ => first_invalid(e),
        })
    }
    let src = lines.source();
    let Some(bad) = targets.iter().find_map(first_invalid) else {
        return Ok(());
    };
    if targets.len() == 1 {
        let t = &targets[0];
        // The expression just before `=`: the last item of an unparenthesized tuple.
        let last = match t {
            Expr::Tuple(tt) if !parenthesized(src, t) && !tt.elts.is_empty() => &tt.elts[tt.elts.len() - 1],
            _ => t,
        };
        if value_head_ok(src, value) {
            if matches!(last, Expr::Name(_)) && !std::ptr::eq(last, bad) {
                return Err(error_at(lines, filename, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last));
            }
            let bitwise_or = match bad {
                Expr::Tuple(_) | Expr::List(_) | Expr::GeneratorExp(_) => false,
                Expr::Constant(c) => !matches!(c.value, ast::Constant::None | ast::Constant::Bool(_)),
                Expr::Compare(_) | Expr::BoolOp(_) | Expr::Lambda(_) | Expr::IfExp(_) | Expr::NamedExpr(_) => {
                    parenthesized(src, bad)
                }
                Expr::UnaryOp(u) => u.op != ast::UnaryOp::Not || parenthesized(src, bad),
                _ => true,
            };
            if std::ptr::eq(last, bad) && bitwise_or {
                let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_description(bad));
                return Err(error_at(lines, filename, msg, bad));
            }
        }
    }
    if matches!(bad, Expr::Yield(_) | Expr::YieldFrom(_)) && !parenthesized(src, bad) {
        return Err(error_at(lines, filename, "assignment to yield expression not possible", bad));
    }
    Err(error_at(lines, filename, assign_error(bad, "assign to"), bad))
}

/// Does the value of an assignment start with a `bitwise_or` expression
/// (not `not`, `lambda`, `yield` or a starred item)?
fn value_head_ok(src: &str, v: &Expr) -> bool {
    let mut e = v;
    loop {
        e = match e {
            Expr::Tuple(t) if !parenthesized(src, e) && !t.elts.is_empty() => &t.elts[0],
            Expr::Compare(c) if !parenthesized(src, e) => &c.left,
            Expr::BoolOp(b) if !parenthesized(src, e) && !b.values.is_empty() => &b.values[0],
            Expr::IfExp(i) if !parenthesized(src, e) => &i.body,
            Expr::BinOp(b) if !parenthesized(src, e) => &b.left,
            _ => break,
        };
    }
    let paren = parenthesized(src, e);
    match e {
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => paren,
        Expr::Lambda(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Starred(_) => paren,
        _ => true,
    }
}

/// A literal mapping-pattern key, normalised so that keys Python considers
/// equal (1, 1.0 and True) compare equal; None if it is not a literal.
fn mapping_key(c: &ast::Constant) -> Option<String> {
    Some(match c {
        ast::Constant::None => "N".into(),
        ast::Constant::Bool(b) => format!("n{}", *b as i64),
        ast::Constant::Int(i) => format!("n{i}"),
        ast::Constant::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => format!("n{}", *f as i64),
        ast::Constant::Float(f) => format!("f{}", f.to_bits()),
        ast::Constant::Complex { real, imag } if *imag == 0.0 => return mapping_key(&ast::Constant::Float(*real)),
        ast::Constant::Complex { real, imag } => format!("c{}:{}", real.to_bits(), imag.to_bits()),
        ast::Constant::Str(s) => format!("s{s}"),
        ast::Constant::Bytes(b) => format!("b{b:?}"),
        _ => return None,
    })
}

/// `repr()` of a literal key, for "mapping pattern checks duplicate key" errors.
fn literal_repr(c: &ast::Constant) -> String {
    match c {
        ast::Constant::None => "None".into(),
        ast::Constant::Bool(b) => if *b { "True".into() } else { "False".into() },
        ast::Constant::Int(i) => i.to_string(),
        ast::Constant::Float(f) => format!("{f:?}"),
        ast::Constant::Str(s) => {
            let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
            let mut out = String::from(q);
            for ch in s.chars() {
                match ch {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    c if c == q => {
                        out.push('\\');
                        out.push(c);
                    }
                    c => out.push(c),
                }
            }
            out.push(q);
            out
        }
        other => crate::dis::const_repr(&ast_constant(other)),
    }
}

/// An assignment of a tuple or list display of two or three plain values to
/// one tuple or list target of as many plain targets: its targets and values.
fn swap_assignment<'a>(targets: &'a [Expr], value: &'a Expr) -> Option<(&'a [Expr], &'a [Expr])> {
    let [target] = targets else { return None };
    let elts = match target {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let values = match value {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let plain = |es: &[Expr]| es.iter().all(|e| !matches!(e, Expr::Starred(_)));
    (matches!(values.len(), 2 | 3) && elts.len() == values.len() && plain(elts) && plain(values)).then_some((elts, values))
}
