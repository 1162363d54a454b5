//! `code`: the runtime's view of a compiled body. It wraps the front end's
//! `CodeObject` with its constants and names as Python values, and holds the
//! per-code counters that tiers use to decide what to compile.

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
    })
}

pub fn init() {
    crate::types::init_builtin_type(&CODE_TYPE);
}
