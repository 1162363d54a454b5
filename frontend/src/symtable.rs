//! Scope analysis: which names are local, global, free or cells in each
//! scope, following CPython 3.11's symtable.c (comprehensions are functions
//! of their own; class scopes are invisible to the functions inside them).

use crate::error::CompileError;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes keep their locals in fast slots.
    pub fn is_function(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
/// A name free in a method that the class also binds.
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: HashMap<String, Symbol>,
    /// Symbol names in order of first appearance.
    pub order: Vec<String>,
    /// Parameter names in declaration order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    /// A class scope whose methods use `__class__` (or `super()`).
    pub needs_class_closure: bool,
    pub is_generator: bool,
    /// An `async def` body.
    pub is_coroutine: bool,
    /// Class name for private-name mangling, inherited by nested scopes.
    pub private: Option<String>,
    /// Where each `global`/`nonlocal` declaration is (byte offset), for errors.
    pub directives: HashMap<String, u32>,
    /// Inside a comprehension's iterable expression (no walrus allowed there).
    pub comp_iter_expr: u32,
}

impl Scope {
    pub fn scope_of(&self, name: &str) -> SymScope {
        self.symbols.get(name).map_or(SymScope::GlobalImplicit, |s| s.scope)
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// Sorted names with the given scope (or flag), as CPython orders cellvars/freevars.
    pub fn names_where(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut v: Vec<String> =
            self.symbols.iter().filter(|(_, s)| pred(s)).map(|(n, _)| n.clone()).collect();
        v.sort();
        v
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The scope created by the AST node with this (start, end) byte range.
    by_range: HashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    pub fn scope_for(&self, node: &impl Ranged) -> ScopeId {
        let r = node.range();
        self.by_range[&(r.start().to_u32(), r.end().to_u32())]
    }
}

/// Private-name mangling: `__x` inside class `A` becomes `_A__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_owned()
}

struct Builder<'a> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    filename: &'a str,
    lines: &'a crate::source::LineIndex<'a>,
    depth: u32,
}

/// Deepest nesting of expressions and statements the analysis accepts
/// before reporting CPython's compile-time RecursionError.
pub const MAX_NESTING: u32 = 2900;

pub fn build(suite: &[Stmt], filename: &str, lines: &crate::source::LineIndex) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable { scopes: Vec::new(), by_range: HashMap::new() },
        stack: Vec::new(),
        filename,
        lines,
        depth: 0,
    };
    b.enter(ScopeKind::Module, "top", None, None);
    for s in suite {
        b.stmt(s)?;
    }
    b.stack.pop();
    let mut table = b.table;
    analyze(&mut table, 0, &HashSet::new(), &HashSet::new(), filename, lines)?;
    Ok(table)
}

/// Build a table for a lone expression (eval mode).
pub fn build_expr(expr: &Expr, filename: &str, lines: &crate::source::LineIndex) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable { scopes: Vec::new(), by_range: HashMap::new() },
        stack: Vec::new(),
        filename,
        lines,
        depth: 0,
    };
    b.enter(ScopeKind::Module, "top", None, None);
    b.expr(expr)?;
    b.stack.pop();
    let mut table = b.table;
    analyze(&mut table, 0, &HashSet::new(), &HashSet::new(), filename, lines)?;
    Ok(table)
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: Option<(u32, u32)>, private: Option<String>) {
        let parent = self.stack.last().copied();
        let private = private.or_else(|| parent.and_then(|p| self.table.scopes[p].private.clone()));
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind,
            name: name.to_owned(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            needs_class_closure: false,
            is_generator: false,
            comp_iter_expr: 0,
            is_coroutine: false,
            private,
            directives: HashMap::new(),
        });
        if let Some(p) = parent {
            self.table.scopes[p].children.push(id);
        }
        if let Some(r) = node {
            let prev = self.table.by_range.insert(r, id);
            debug_assert!(prev.is_none(), "two scopes share a source range");
        }
        self.stack.push(id);
    }

    fn error(&self, msg: impl Into<String>, node: &impl Ranged) -> CompileError {
        let (line, col) = self.lines.locate(node.range().start().to_u32());
        let mut e = CompileError::syntax(msg, self.filename, line, col + 1);
        e.text = self.lines.line_text(line).map(str::to_owned);
        e
    }

    fn add_def(&mut self, name: &str, flag: u32, node: &impl Ranged) -> Result<(), CompileError> {
        if name == "__debug__" && flag & DEF_BOUND != 0 {
            return Err(self.error("cannot assign to __debug__", node));
        }
        let private = self.cur().private.clone();
        let name = mangle(private.as_deref(), name);
        let scope = self.cur();
        if let Some(sym) = scope.symbols.get_mut(&name) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                let msg = format!("duplicate argument '{name}' in function definition");
                return Err(self.error(msg, node));
            }
            sym.flags |= flag;
        } else {
            scope.order.push(name.clone());
            scope.symbols.insert(name.clone(), Symbol { flags: flag, scope: SymScope::GlobalImplicit });
        }
        if flag & DEF_PARAM != 0 {
            self.cur().params.push(name);
        }
        Ok(())
    }

    fn range_key(node: &impl Ranged) -> (u32, u32) {
        let r = node.range();
        (r.start().to_u32(), r.end().to_u32())
    }

    fn nest(&mut self, node: &impl Ranged) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let mut e = self.error("maximum recursion depth exceeded during compilation", node);
            e.kind = crate::error::ErrorKind::RecursionError;
            e.bare = true;
            return Err(e);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.nest(s)?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    /// A syntax error at the first `[` of a statement (3.12 type parameters).
    fn type_params_error(&self, s: &Stmt, msg: &str) -> CompileError {
        let src = self.lines.source();
        let start = s.range().start().to_u32() as usize;
        let off = src.get(start..).and_then(|t| t.find('[')).map_or(start, |i| start + i) as u32;
        let (line, col) = self.lines.locate(off);
        let mut e = CompileError::syntax(msg, self.filename, line, col + 1);
        e.text = self.lines.line_text(line).map(str::to_owned);
        e
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), CompileError> {
        // Python 3.12 syntax that 3.11's parser rejects.
        match s {
            Stmt::FunctionDef(f) if !f.type_params.is_empty() => return Err(self.type_params_error(s, "expected '('")),
            Stmt::AsyncFunctionDef(f) if !f.type_params.is_empty() => return Err(self.type_params_error(s, "expected '('")),
            Stmt::ClassDef(c) if !c.type_params.is_empty() => return Err(self.type_params_error(s, "invalid syntax")),
            Stmt::TypeAlias(t) => return Err(self.error("invalid syntax", &*t.name)),
            _ => {}
        }
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s)?;
                self.function(s, &f.name, &f.args, &f.decorator_list, f.returns.as_deref(), &f.body)?;
            }
            Stmt::AsyncFunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s)?;
                self.function(s, &f.name, &f.args, &f.decorator_list, f.returns.as_deref(), &f.body)?;
            }
            Stmt::ClassDef(c) => {
                // `class C(x for x in y)`: only calls take a bare generator expression.
                if let [Expr::GeneratorExp(g)] = &c.bases[..] {
                    let src = self.lines.source();
                    let start = g.range.start().to_u32() as usize;
                    if c.keywords.is_empty() && src.as_bytes().get(start) != Some(&b'(') {
                        let from = g.elt.range().end().to_u32() as usize;
                        let at = src.get(from..).and_then(|t| t.find("for")).map_or(from, |p| from + p);
                        let (line, col) = self.lines.locate(at as u32);
                        let mut e = CompileError::syntax("invalid syntax", self.filename, line, col + 1);
                        e.text = self.lines.line_text(line).map(str::to_owned);
                        return Err(e);
                    }
                }
                self.add_def(&c.name, DEF_LOCAL, s)?;
                for e in &c.bases {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                self.enter(ScopeKind::Class, &c.name, Some(Self::range_key(s)), Some(c.name.to_string()));
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                // The parser's target errors come before scope errors.
                crate::compile::check_assign_targets(self.lines, self.filename, &a.targets, &a.value)?;
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.expr(t)?;
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                // (CPython's symtable sees only the store, DEF_LOCAL, of `x += 1`.)
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.cur();
                    if let Some(sym) = cur.symbols.get(n.id.as_str()) {
                        if sym.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                            let which = if sym.flags & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                            let msg = format!("annotated name '{}' can't be {which}", n.id);
                            return Err(self.error(msg, s));
                        }
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_LOCAL | DEF_ANNOT, &*a.target)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, &*a.target)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                // Annotations of locals in a function body are never evaluated.
                if !self.cur().kind.is_function() {
                    self.expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody)?,
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.split('.').next().unwrap(),
                    };
                    self.add_def(bound, DEF_IMPORT, alias)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.error("import * only allowed at module level", s));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add_def(bound, DEF_IMPORT, alias)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(name, DEF_GLOBAL, s)?;
                }
            }
            Stmt::Nonlocal(n) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.error("nonlocal declaration not allowed at module level", s));
                }
                for name in &n.names {
                    self.declare(name, DEF_NONLOCAL, s)?;
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    fn declare(&mut self, name: &str, flag: u32, s: &Stmt) -> Result<(), CompileError> {
        let kw = if flag == DEF_GLOBAL { "global" } else { "nonlocal" };
        let private = self.cur().private.clone();
        let mangled = mangle(private.as_deref(), name);
        if let Some(sym) = self.cur().symbols.get(&mangled) {
            let f = sym.flags;
            let msg = if f & DEF_PARAM != 0 {
                Some(format!("name '{name}' is parameter and {kw}"))
            } else if f & USE != 0 {
                Some(format!("name '{name}' is used prior to {kw} declaration"))
            } else if f & DEF_ANNOT != 0 {
                Some(format!("annotated name '{name}' can't be {kw}"))
            } else if f & DEF_LOCAL != 0 {
                // (CPython's check leaves out DEF_IMPORT: `import x; global x` compiles.)
                Some(format!("name '{name}' is assigned to before {kw} declaration"))
            } else {
                None
            };
            if let Some(msg) = msg {
                return Err(self.error(msg, s));
            }
        }
        self.cur().directives.entry(mangled).or_insert(s.range().start().to_u32());
        self.add_def(name, flag, s)
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Result<(), CompileError> {
        self.stmts(body)?;
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.add_def(n, DEF_LOCAL, h)?;
            }
            self.stmts(&h.body)?;
        }
        self.stmts(orelse)?;
        self.stmts(finalbody)
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value)?,
            MatchSingleton(_) => {}
            MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r, DEF_LOCAL, p)?;
                }
            }
            MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(p)?;
                }
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, p)?;
                }
            }
            MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, p)?;
                }
            }
            MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    /// `def f(*, **k)`: a bare `*` must be followed by a named parameter.
    /// (The parser accepts it; CPython's grammar does not.) `start` is where
    /// the definition begins.
    fn check_bare_star(&self, args: &ast::Arguments, start: u32) -> Result<(), CompileError> {
        let Some(kw) = &args.kwarg else { return Ok(()) };
        if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
            return Ok(());
        }
        let src = self.lines.source();
        let end = kw.range().start().to_u32() as usize;
        let Some(text) = src.get(start as usize..end) else { return Ok(()) };
        let toks: Vec<_> = rustpython_parser::lexer::lex(text, rustpython_parser::Mode::Module).map_while(Result::ok).collect();
        for w in toks.windows(2) {
            if w[0].0 == rustpython_parser::Tok::Star && w[1].0 == rustpython_parser::Tok::Comma {
                let off = start + w[0].1.start().to_u32();
                let (line, col) = self.lines.locate(off);
                let mut e = CompileError::syntax("named arguments must follow bare *", self.filename, line, col + 1);
                e.text = self.lines.line_text(line).map(str::to_owned);
                return Err(e);
            }
        }
        Ok(())
    }

    fn arguments_outer(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(ann) = &a.def.annotation {
                self.expr(ann)?;
            }
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.add_def(&a.def.arg, DEF_PARAM, &a.def)?;
        }
        for a in &args.kwonlyargs {
            self.add_def(&a.def.arg, DEF_PARAM, &a.def)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, &**a)?;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, &**a)?;
        }
        Ok(())
    }

    fn function(
        &mut self,
        node: &Stmt,
        name: &str,
        args: &ast::Arguments,
        decorators: &[Expr],
        returns: Option<&Expr>,
        body: &[Stmt],
    ) -> Result<(), CompileError> {
        self.check_bare_star(args, node.range().start().to_u32())?;
        for d in decorators {
            self.expr(d)?;
        }
        self.arguments_outer(args)?;
        if let Some(r) = returns {
            self.expr(r)?;
        }
        self.enter(ScopeKind::Function, name, Some(Self::range_key(node)), None);
        self.cur().is_coroutine = matches!(node, Stmt::AsyncFunctionDef(_));
        self.params(args)?;
        self.stmts(body)?;
        self.stack.pop();
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.nest(e)?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values)?,
            Expr::NamedExpr(n) => {
                if self.cur().comp_iter_expr > 0 {
                    return Err(self.error("assignment expression cannot be used in a comprehension iterable expression", e));
                }
                self.expr(&n.value)?;
                self.named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.check_bare_star(&l.args, e.range().start().to_u32())?;
                self.arguments_outer(&l.args)?;
                self.enter(ScopeKind::Lambda, "lambda", Some(Self::range_key(e)), None);
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.stack.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(&d.values)?;
            }
            Expr::Set(s) => self.exprs(&s.elts)?,
            Expr::ListComp(ast::ExprListComp { elt, .. }) | Expr::SetComp(ast::ExprSetComp { elt, .. }) | Expr::GeneratorExp(ast::ExprGeneratorExp { elt, .. })
                if matches!(**elt, Expr::Starred(_)) =>
            {
                return Err(self.error("iterable unpacking cannot be used in comprehension", &**elt));
            }
            Expr::ListComp(c) => self.comprehension(e, "listcomp", &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(e, "setcomp", &c.generators, &[&c.elt], false)?,
            Expr::DictComp(c) => {
                self.comprehension(e, "dictcomp", &c.generators, &[&c.key, &c.value], false)?
            }
            Expr::GeneratorExp(c) => self.comprehension(e, "genexpr", &c.generators, &[&c.elt], true)?,
            Expr::Await(a) => {
                self.expr(&a.value)?;
                // `await` makes a comprehension asynchronous (CPython's ste_coroutine).
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
            }
            Expr::Yield(y) => {
                self.yield_in_scope(e)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_in_scope(e)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => self.exprs(&j.values)?,
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                if n.id.as_str() == "__debug__" && n.ctx != ast::ExprContext::Load {
                    let verb = if n.ctx == ast::ExprContext::Del { "delete" } else { "assign to" };
                    return Err(self.error(format!("cannot {verb} __debug__"), e));
                }
                self.add_def(&n.id, flag, e)?;
                if n.ctx == ast::ExprContext::Load
                    && self.cur().kind.is_function()
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, e)?;
                }
            }
            Expr::List(l) => self.exprs(&l.elts)?,
            Expr::Tuple(t) => self.exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn yield_in_scope(&mut self, e: &Expr) -> Result<(), CompileError> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "listcomp" => "list comprehension",
                    "setcomp" => "set comprehension",
                    "dictcomp" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.error(format!("'yield' inside {what}"), e))
            }
            ScopeKind::Module | ScopeKind::Class => Err(self.error("'yield' outside function", e)),
            _ => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    /// The target of `:=`: inside a comprehension it binds in the nearest
    /// enclosing function (or module) scope.
    fn named_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        let Expr::Name(n) = target else {
            return self.expr(target);
        };
        let name = n.id.as_str();
        if self.cur().kind != ScopeKind::Comprehension {
            return self.add_def(name, DEF_LOCAL, target);
        }
        // Walk out through comprehension scopes.
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let kind = self.table.scopes[id].kind;
            if kind == ScopeKind::Comprehension {
                if self.table.scopes[id].flags_of(name) & DEF_COMP_ITER != 0 {
                    let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                    return Err(self.error(msg, target));
                }
                continue;
            }
            if kind == ScopeKind::Class {
                return Err(self.error("assignment expression within a comprehension cannot be used in a class body", target));
            }
            // A function that declared the name global makes it global in the comprehension too.
            let declared_global = self.table.scopes[id].flags_of(name) & DEF_GLOBAL != 0;
            let (outer_flag, inner_flag) = if kind == ScopeKind::Module || declared_global {
                (DEF_GLOBAL, DEF_GLOBAL)
            } else {
                (DEF_LOCAL, DEF_NONLOCAL)
            };
            // Mark every comprehension between here and the binding scope.
            let saved = std::mem::take(&mut self.stack);
            for &cid in &saved[i + 1..] {
                self.stack = vec![cid];
                self.add_def(name, inner_flag | USE, target)?;
            }
            self.stack = vec![id];
            let r = self.add_def(name, outer_flag, target);
            self.stack = saved;
            return r;
        }
        unreachable!("the module scope ends the walk")
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) -> Result<(), CompileError> {
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&generators[0].iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(ScopeKind::Comprehension, name, Some(Self::range_key(node)), None);
        self.cur().is_generator = is_generator;
        self.add_def(".0", DEF_PARAM, node)?;
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.comp_target(&g.target)?;
            if i > 0 {
                self.cur().comp_iter_expr += 1;
                let r = self.expr(&g.iter);
                self.cur().comp_iter_expr -= 1;
                r?;
            }
            self.exprs(&g.ifs)?;
        }
        for e in elts {
            self.expr(e)?;
        }
        // An asynchronous list/set/dict comprehension is awaited by its
        // parent, which becomes asynchronous too if it is a comprehension.
        let is_async = self.cur().is_coroutine && !is_generator;
        self.stack.pop();
        if is_async && self.cur().kind == ScopeKind::Comprehension {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.add_def(&n.id, DEF_LOCAL | DEF_COMP_ITER, t),
            Expr::Tuple(tt) => tt.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }
}

/// CPython's analyze_block: resolves every symbol of scope `id` given the
/// names bound in enclosing functions and declared global above; returns the
/// names free in this scope or its children.
fn analyze(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    filename: &str,
    lines: &crate::source::LineIndex,
) -> Result<HashSet<String>, CompileError> {
    let kind = table.scopes[id].kind;
    let mut bound = bound.clone();
    let mut global = global.clone();
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    let names: Vec<String> = table.scopes[id].order.clone();
    for name in &names {
        let flags = table.scopes[id].symbols[name].flags;
        let scope = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let off = table.scopes[id].directives.get(name).copied().unwrap_or(0);
                let (line, col) = lines.locate(off);
                let mut e = CompileError::syntax(format!("name '{name}' is nonlocal and global"), filename, line, col + 1);
                e.text = lines.line_text(line).map(str::to_owned);
                return Err(e);
            }
            global.insert(name.clone());
            bound.remove(name);
            SymScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let off = table.scopes[id].directives.get(name).copied().unwrap_or(0);
                let (line, col) = lines.locate(off);
                let mut e = CompileError::syntax(format!("no binding for nonlocal '{name}' found"), filename, line, col + 1);
                e.text = lines.line_text(line).map(str::to_owned);
                return Err(e);
            }
            free.insert(name.clone());
            SymScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            SymScope::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        table.scopes[id].symbols.get_mut(name).unwrap().scope = scope;
    }

    let mut newbound = HashSet::new();
    let mut newglobal = HashSet::new();
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        newbound.extend(bound.iter().cloned());
        newbound.insert("__class__".to_owned());
    } else {
        if kind != ScopeKind::Module {
            newbound.extend(local.iter().cloned());
        }
        newbound.extend(bound.iter().cloned());
        newglobal.extend(global.iter().cloned());
    }

    let mut newfree = HashSet::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let child_free = analyze(table, child, &newbound, &newglobal, filename, lines)?;
        newfree.extend(child_free);
    }

    if kind.is_function() {
        // Locals captured by children become cells.
        for name in newfree.clone() {
            if let Some(sym) = table.scopes[id].symbols.get_mut(&name) {
                if sym.scope == SymScope::Local {
                    sym.scope = SymScope::Cell;
                    newfree.remove(&name);
                }
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        table.scopes[id].needs_class_closure = true;
    }

    // update_symbols: record free names passing through this scope.
    let is_class = kind == ScopeKind::Class;
    for name in &newfree {
        let scope = &mut table.scopes[id];
        if let Some(sym) = scope.symbols.get_mut(name) {
            if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if !bound.contains(name) {
            continue; // a global
        }
        scope.order.push(name.clone());
        scope.symbols.insert(name.clone(), Symbol { flags: 0, scope: SymScope::Free });
    }
    free.extend(newfree);
    Ok(free)
}
