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
    /// Cached: a plain function (no `*args`, `**kwargs`, keyword-only
    /// parameters, not a generator), so exact positional calls skip binding.
    pub fast_call: bool,
    /// Per `co_names` entry: the last `LoadGlobal` result and the versions of
    /// the globals and builtins dicts it was valid for.
    pub global_cache: Box<[GlobalCacheEntry]>,
}

/// A cached global or builtin lookup (valid while both dict versions match).
pub struct GlobalCacheEntry {
    pub globals_version: Cell<u64>,
    pub builtins_version: Cell<u64>,
    pub value: std::cell::UnsafeCell<Option<Value>>,
}

impl GlobalCacheEntry {
    fn empty() -> GlobalCacheEntry {
        GlobalCacheEntry { globals_version: Cell::new(0), builtins_version: Cell::new(0), value: std::cell::UnsafeCell::new(None) }
    }

    /// The cached value if both dicts are unchanged since it was stored.
    #[inline]
    pub fn get(&self, globals_version: u64, builtins_version: u64) -> Option<Value> {
        if self.globals_version.get() == globals_version && self.builtins_version.get() == builtins_version {
            unsafe { (*self.value.get()).clone() }
        } else {
            None
        }
    }

    pub fn set(&self, globals_version: u64, builtins_version: u64, v: Value) {
        self.globals_version.set(globals_version);
        self.builtins_version.set(builtins_version);
        let old = unsafe { std::mem::replace(&mut *self.value.get(), Some(v)) };
        drop(old);
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
    use tern_frontend::code::flags as cf;
    let fast_call = code.kwonlyargcount == 0
        && code.flags & (cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR | cf::COROUTINE) == 0;
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
        fast_call,
        global_cache,
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
}
