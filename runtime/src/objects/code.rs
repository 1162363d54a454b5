//! `code`: the runtime's view of a compiled body. It wraps the front end's
//! `CodeObject` with its constants and names as Python values, and holds the
//! per-code counters that tiers use to decide what to compile.

use crate::error::PyResult;
use crate::objects::int::new_int;
use crate::objects::str::{intern, new_str};
use crate::types::TypeObject;
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::Cell;
use std::rc::Rc;
use tern_frontend::code::{CodeObject, Constant};

#[repr(C)]
pub struct CodeObj {
    pub header: ObjHeader,
    pub code: Rc<CodeObject>,
    /// `co_consts` as values.
    pub consts: Vec<Value>,
    /// `co_names`, interned.
    pub names: Vec<Value>,
    /// `co_varnames`, interned (keyword argument binding compares these).
    pub varnames: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub doc: Option<Value>,
    /// Calls plus loop back-edges, for tier-up decisions.
    pub counter: Cell<u32>,
    /// Cached: the frame needs cells (has cell or free variables).
    pub has_derefs: bool,
    /// Cached: for a plain function (no `*args`, `**kwargs`, keyword-only
    /// parameters, not a generator) its parameter count, so exact positional
    /// calls skip binding; `u32::MAX` otherwise.
    pub fast_argc: u32,
    /// Cached sizes of the frame's slots: fast locals, where the value
    /// stack starts (after the cells), and the whole.
    pub nlocals: u32,
    pub stack_base: u32,
    pub frame_size: u32,
    /// Per `co_names` entry: the last `LoadGlobal` result and the versions of
    /// the globals and builtins dicts it was valid for.
    pub global_cache: Box<[GlobalCacheEntry]>,
    /// One per attribute instruction (`Instr::cache`).
    pub attr_cache: Box<[crate::attrcache::AttrCache]>,
    /// One byte per instruction: the kinds of operands it met (`feedback`).
    pub feedback: Box<[Cell<u8>]>,
    /// Where the compiled tiers stand with this code (`jit::Tier`).
    pub tier: Cell<crate::jit::Tier>,
    /// The compiled entry point (`jit::Entry`) once there is one, else 0:
    /// what compiled callers jump to directly.
    pub entry: Cell<usize>,
}

/// A cached global or builtin lookup (valid while both dict versions match).
/// The value is borrowed: while the versions match, the dict it came from
/// is unchanged and still holds it (the cache must not keep objects alive:
/// `del` of a global frees the object, as in CPython).
/// Compiled code reads the fields in place (hence `repr(C)` and `pub`).
#[repr(C)]
pub struct GlobalCacheEntry {
    pub globals_version: Cell<u64>,
    pub builtins_version: Cell<u64>,
    /// The value's bits; 0 when nothing is cached.
    pub value: Cell<u64>,
}

impl GlobalCacheEntry {
    fn empty() -> GlobalCacheEntry {
        GlobalCacheEntry { globals_version: Cell::new(0), builtins_version: Cell::new(0), value: Cell::new(0) }
    }

    /// The cached value if both dicts are unchanged since it was stored.
    #[inline]
    pub fn get(&self, globals_version: u64, builtins_version: u64) -> Option<Value> {
        if self.globals_version.get() == globals_version && self.builtins_version.get() == builtins_version && self.value.get() != 0 {
            // SAFETY: the dict that holds the value is unchanged (same version).
            Some(unsafe { (*std::mem::ManuallyDrop::new(Value::from_raw(self.value.get()))).clone() })
        } else {
            None
        }
    }

    /// Records `v`, which the globals or builtins dict at these versions holds.
    pub fn set(&self, globals_version: u64, builtins_version: u64, v: Value) {
        self.globals_version.set(globals_version);
        self.builtins_version.set(builtins_version);
        self.value.set(v.bits());
    }
}

unsafe impl PyObj for CodeObj {
    fn class() -> &'static TypeObject {
        &CODE_TYPE
    }
}

pub static CODE_TYPE: TypeObject = TypeObject::builtin::<CodeObj>("code", Some(&crate::types::OBJECT_TYPE), 0);

impl CodeObj {
    #[inline]
    pub fn flags(&self) -> u32 {
        self.code.flags
    }
}

/// A compile-time constant as a value.
pub fn constant_value(c: &Constant) -> Value {
    use crate::objects::{bool_none, bytes, float, int, tuple};
    match c {
        Constant::None => bool_none::none(),
        Constant::Bool(b) => bool_none::new_bool(*b),
        Constant::Int(i) => int::new_int(*i),
        Constant::BigInt(s) => int::new_bigint(s.parse().expect("compiler emits decimal big ints")),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex { real, imag } => crate::objects::complex::new_complex(*real, *imag),
        Constant::Str(s) => {
            // Identifier-like strings are interned, as CPython does.
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                intern(s)
            } else {
                new_str(s.clone())
            }
        }
        Constant::Bytes(b) => bytes::new_bytes(b.clone()),
        Constant::Tuple(items) => tuple::new_tuple(items.iter().map(constant_value).collect()),
        Constant::FrozenSet(items) => crate::objects::set::frozenset_const(items.iter().map(constant_value).collect()),
        Constant::Ellipsis => bool_none::ellipsis(),
        Constant::Code(code) => new_code(code.clone()),
    }
}

/// Wraps a compiled code object (and, recursively, the code in its constants).
pub fn new_code(code: Rc<CodeObject>) -> Value {
    let consts = code.consts.iter().map(constant_value).collect();
    let names = code.names.iter().map(|n| intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| intern(n)).collect();
    let name = intern(&code.name);
    let qualname = new_str(code.qualname.clone());
    let filename = new_str(code.filename.to_string());
    let doc = code.doc.as_ref().map(|d| new_str(d.clone()));
    let has_derefs = code.nderefs() > 0;
    let global_cache = code.names.iter().map(|_| GlobalCacheEntry::empty()).collect();
    let ncaches = if crate::attrcache::enabled() { code.ncaches } else { 0 };
    let feedback = code.instrs.iter().map(|_| Cell::new(0)).collect();
    let attr_cache = (0..ncaches).map(|_| crate::attrcache::AttrCache::empty()).collect();
    use tern_frontend::code::flags as cf;
    let fast_call = code.kwonlyargcount == 0
        && code.flags & (cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR) == 0;
    let fast_argc = if fast_call { code.argcount } else { u32::MAX };
    let (nlocals, stack_base, frame_size) = (code.nlocals() as u32, (code.nlocals() + code.nderefs()) as u32, code.frame_size() as u32);
    crate::types::new_object(CodeObj {
        header: ObjHeader::new(std::ptr::null()),
        code,
        consts,
        names,
        varnames,
        name,
        qualname,
        filename,
        doc,
        counter: Cell::new(0),
        has_derefs,
        fast_argc,
        nlocals,
        stack_base,
        frame_size,
        global_cache,
        attr_cache,
        feedback,
        tier: Cell::new(crate::jit::Tier::Interpreted),
        entry: Cell::new(0),
    })
}

fn code_of(v: &Value) -> &CodeObj {
    unsafe { v.downcast_unchecked::<CodeObj>() }
}

fn str_tuple(names: &[String]) -> Value {
    crate::objects::tuple::new_tuple(names.iter().map(|n| intern(n)).collect())
}

fn co_name(v: &Value) -> PyResult<Value> {
    Ok(code_of(v).name.clone())
}
fn co_qualname(v: &Value) -> PyResult<Value> {
    Ok(code_of(v).qualname.clone())
}
fn co_filename(v: &Value) -> PyResult<Value> {
    Ok(code_of(v).filename.clone())
}
fn co_firstlineno(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.first_line as i64))
}
fn co_argcount(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.argcount as i64))
}
fn co_posonlyargcount(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.posonlyargcount as i64))
}
fn co_kwonlyargcount(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.kwonlyargcount as i64))
}
fn co_nlocals(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.nlocals() as i64))
}
fn co_flags(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.flags as i64))
}
fn co_stacksize(v: &Value) -> PyResult<Value> {
    Ok(new_int(code_of(v).code.max_stack as i64))
}
fn co_varnames(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(code_of(v).varnames.clone()))
}
fn co_names(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(code_of(v).names.clone()))
}
fn co_cellvars(v: &Value) -> PyResult<Value> {
    Ok(str_tuple(&code_of(v).code.cellvars))
}
fn co_freevars(v: &Value) -> PyResult<Value> {
    Ok(str_tuple(&code_of(v).code.freevars))
}
fn co_consts(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(code_of(v).consts.clone()))
}

/// `co_code`: two bytes per instruction (opcode, low byte of the operand),
/// so offsets agree with `co_lines`, `co_positions`, `f_lasti` and `tb_lasti`.
fn co_code(v: &Value) -> PyResult<Value> {
    let c = &code_of(v).code;
    let mut b = Vec::with_capacity(c.instrs.len() * 2);
    for i in &c.instrs {
        b.push(i.op as u8);
        b.push(i.arg as u8);
    }
    Ok(crate::objects::bytes::new_bytes(b))
}

fn co_empty_bytes(_v: &Value) -> PyResult<Value> {
    Ok(crate::objects::bytes::new_bytes(Vec::new()))
}

fn line_value(line: u32) -> Value {
    if line == 0 {
        crate::objects::bool_none::none()
    } else {
        new_int(line as i64)
    }
}

/// `co_lines()`: `(start, end, line)` for each run of instructions on one line.
fn co_lines(args: &[Value], _kw: Option<&crate::objects::function::Kw>) -> PyResult<Value> {
    let c = &code_of(&args[0]).code;
    let mut out = Vec::new();
    let mut start = 0usize;
    for i in 1..=c.instrs.len() {
        let line = c.positions.get(start).map_or(0, |p| p.line);
        if i == c.instrs.len() || c.positions.get(i).map_or(0, |p| p.line) != line {
            out.push(crate::objects::tuple::new_tuple(vec![new_int(start as i64 * 2), new_int(i as i64 * 2), line_value(line)]));
            start = i;
        }
    }
    crate::ops::iter(&crate::objects::list::new_list(out))
}

/// `co_positions()`: `(line, end_line, col, end_col)` of every instruction.
fn co_positions(args: &[Value], _kw: Option<&crate::objects::function::Kw>) -> PyResult<Value> {
    let c = &code_of(&args[0]).code;
    let none = crate::objects::bool_none::none;
    let out = (0..c.instrs.len())
        .map(|i| match c.positions.get(i).filter(|p| p.line != 0) {
            Some(p) => crate::objects::tuple::new_tuple(vec![
                new_int(p.line as i64),
                new_int(p.end_line as i64),
                new_int(p.col as i64),
                new_int(p.end_col as i64),
            ]),
            None => crate::objects::tuple::new_tuple(vec![none(), none(), none(), none()]),
        })
        .collect();
    crate::ops::iter(&crate::objects::list::new_list(out))
}

/// `code.replace(**changes)`: a copy with some fields changed. The fields
/// that describe the bytecode itself can only be "changed" to their current value.
fn code_replace(args: &[Value], kw: Option<&crate::objects::function::Kw>) -> PyResult<Value> {
    use crate::error::{type_error, value_error};
    if args.len() > 1 {
        return Err(type_error(format!("replace() takes no positional arguments ({} given)", args.len() - 1)));
    }
    let me = &args[0];
    let old = code_of(me);
    let mut c: CodeObject = (*old.code).clone();
    let Some(kw) = kw else { return Ok(new_code(std::rc::Rc::new(c))) };
    let as_u32 = |name: &str, v: &Value| -> PyResult<u32> {
        let n = crate::builtins::args::as_c_int(v)?;
        u32::try_from(n).map_err(|_| value_error(format!("{name} must be a positive integer")))
    };
    let as_text = |name: &str, v: &Value| -> PyResult<String> {
        crate::objects::str::as_str(v)
            .map(str::to_owned)
            .ok_or_else(|| type_error(format!("replace() argument '{name}' must be str, not {}", v.ty().name())))
    };
    for (k, v) in kw.names.iter().zip(kw.values.iter()) {
        let name = crate::objects::str::as_str(k).unwrap_or("");
        match name {
            "co_flags" => c.flags = as_u32(name, v)?,
            "co_firstlineno" => c.first_line = as_u32(name, v)?,
            "co_name" => c.name = as_text(name, v)?,
            "co_qualname" => c.qualname = as_text(name, v)?,
            "co_filename" => c.filename = as_text(name, v)?.into(),
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals" | "co_stacksize" | "co_code"
            | "co_consts" | "co_names" | "co_varnames" | "co_freevars" | "co_cellvars" | "co_linetable"
            | "co_exceptiontable" => {
                let cur = crate::ops::getattr(me, k)?;
                if !crate::ops::eq(&cur, v)? {
                    return Err(value_error(format!("code.replace(): {name} cannot be changed")));
                }
            }
            _ => return Err(type_error(format!("replace() got an unexpected keyword argument '{name}'"))),
        }
    }
    Ok(new_code(std::rc::Rc::new(c)))
}

/// `<code object NAME at 0x..., file "FILE", line N>`.
fn code_repr(args: &[Value], _kw: Option<&crate::objects::function::Kw>) -> PyResult<Value> {
    let c = code_of(&args[0]);
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        crate::objects::str::as_str(&c.name).unwrap_or("?"),
        args[0].id(),
        c.code.filename,
        c.code.first_line
    )))
}

pub fn init() {
    crate::types::init_builtin_type(&CODE_TYPE);
    use crate::types::build;
    let t = &CODE_TYPE;
    build::getset(t, "co_name", co_name, None);
    build::getset(t, "co_qualname", co_qualname, None);
    build::getset(t, "co_filename", co_filename, None);
    build::getset(t, "co_firstlineno", co_firstlineno, None);
    build::getset(t, "co_argcount", co_argcount, None);
    build::getset(t, "co_posonlyargcount", co_posonlyargcount, None);
    build::getset(t, "co_kwonlyargcount", co_kwonlyargcount, None);
    build::getset(t, "co_nlocals", co_nlocals, None);
    build::getset(t, "co_flags", co_flags, None);
    build::getset(t, "co_stacksize", co_stacksize, None);
    build::getset(t, "co_varnames", co_varnames, None);
    build::getset(t, "co_names", co_names, None);
    build::getset(t, "co_cellvars", co_cellvars, None);
    build::getset(t, "co_freevars", co_freevars, None);
    build::getset(t, "co_consts", co_consts, None);
    build::method(t, "__repr__", code_repr);
    build::getset(t, "co_code", co_code, None);
    build::getset(t, "co_linetable", co_empty_bytes, None);
    build::getset(t, "co_exceptiontable", co_empty_bytes, None);
    build::getset(t, "co_lnotab", co_empty_bytes, None);
    build::method(t, "co_lines", co_lines);
    build::method(t, "co_positions", co_positions);
    build::method(t, "replace", code_replace);
}
