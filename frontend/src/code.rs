//! Code objects: the compiler's output and every tier's input.

use crate::bytecode::Instr;
use std::rc::Rc;

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int that fits in an i64.
    Int(i64),
    /// A larger int, in decimal.
    BigInt(String),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset, from its items in source order (CPython folds constant
    /// set displays into one; the runtime rebuilds it the way CPython does).
    FrozenSet(Vec<Constant>),
    Ellipsis,
    Code(Rc<CodeObject>),
}

impl PartialEq for Constant {
    /// Constants are equal when they are the same Python constant: same type and
    /// value, floats compared bit for bit (so 0.0 and -0.0 stay apart).
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Code flags (the subset of CPython's `co_flags` that tern uses).
pub mod flags {
    /// Locals live in fast slots (a function body, not a module or class body).
    pub const OPTIMIZED: u32 = 0x1;
    /// A new locals dict is made for each run (class bodies).
    pub const NEWLOCALS: u32 = 0x2;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x10;
    /// A generator function.
    pub const GENERATOR: u32 = 0x20;
    /// Has no free or cell variables.
    pub const NOFREE: u32 = 0x40;
    /// An `async def` function.
    pub const COROUTINE: u32 = 0x80;
    /// A generator usable in `await` (set by `types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// An `async def` function that yields: an asynchronous generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Compiled under `from __future__ import annotations` (CPython's
    /// CO_FUTURE_ANNOTATIONS, also the `compile()` flag).
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;
}

/// Where an instruction came from in the source (1-based lines, 0-based columns
/// counted in characters), for tracebacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` unwinds the value stack to `depth` items, pushes the exception
/// and jumps to `handler`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// A compiled body: module, class body, function, lambda or comprehension.
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>`...
    pub name: String,
    /// `co_qualname`: dotted path from the module, e.g. `A.f.<locals>.g`.
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    /// `flags::*` bits.
    pub flags: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instrs: Vec<Instr>,
    /// How many instructions have inline caches (see `bytecode::F_CACHE`).
    pub ncaches: u32,
    /// One per instruction.
    pub positions: Vec<Position>,
    pub consts: Vec<Constant>,
    /// Names used by global, attribute, import and name-based instructions.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then the rest.
    pub varnames: Vec<String>,
    /// Locals that inner functions capture (stored in cells).
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<String>,
    /// For each cellvar, the parameter whose value initialises it, if any.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Deepest the value stack can get.
    pub max_stack: u32,
    /// The docstring, if the body starts with one.
    pub doc: Option<String>,
}

impl CodeObject {
    /// Number of fast-local slots.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Number of cell and free slots.
    pub fn nderefs(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// Total frame slots: locals, cells and frees, then the value stack.
    pub fn frame_size(&self) -> usize {
        self.nlocals() + self.nderefs() + self.max_stack as usize
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// The handler for an exception raised at instruction `ip`, if any.
    pub fn handler_for(&self, ip: u32) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|e| e.start <= ip && ip < e.end)
    }

    /// Name of a cell or free variable by its deref index.
    pub fn deref_name(&self, i: usize) -> &str {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }

    /// Source line of instruction `ip` (0 if unknown).
    pub fn line_of(&self, ip: usize) -> u32 {
        self.positions.get(ip).map_or(self.first_line, |p| p.line)
    }
}
