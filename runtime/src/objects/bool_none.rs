//! The singletons: `None`, `NotImplemented`, `Ellipsis`, and `bool` with
//! `True` and `False` (ints of value 1 and 0, as in CPython).

use crate::objects::int::{IntObject, IntRepr, INT_TYPE};
use crate::types::TypeObject;
use crate::error::PyResult;
use crate::objects::function::Kw;
use crate::value::{ObjHeader, Value};

/// A static object with only a header.
#[repr(C)]
pub struct StaticObj {
    pub header: ObjHeader,
}
unsafe impl Sync for StaticObj {}

/// A static int (True and False).
#[repr(C)]
pub struct StaticInt(pub IntObject);
unsafe impl Sync for StaticInt {}

pub static NONE_TYPE: TypeObject = TypeObject::singleton("NoneType", std::mem::size_of::<StaticObj>());
pub static NOT_IMPLEMENTED_TYPE: TypeObject =
    TypeObject::singleton("NotImplementedType", std::mem::size_of::<StaticObj>());
pub static ELLIPSIS_TYPE: TypeObject = TypeObject::singleton("ellipsis", std::mem::size_of::<StaticObj>());
pub static BOOL_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<IntObject>("bool", Some(&INT_TYPE), 0);
    t.dealloc = crate::types::TYPE_NEVER_DEALLOC;
    t
};

pub static NONE: StaticObj = StaticObj { header: ObjHeader::immortal(&NONE_TYPE) };
pub static NOT_IMPLEMENTED: StaticObj = StaticObj { header: ObjHeader::immortal(&NOT_IMPLEMENTED_TYPE) };
pub static ELLIPSIS: StaticObj = StaticObj { header: ObjHeader::immortal(&ELLIPSIS_TYPE) };
pub static TRUE: StaticInt = StaticInt(IntObject { header: ObjHeader::immortal(&BOOL_TYPE), value: IntRepr::Small(1) });
pub static FALSE: StaticInt = StaticInt(IntObject { header: ObjHeader::immortal(&BOOL_TYPE), value: IntRepr::Small(0) });

#[inline(always)]
pub fn none() -> Value {
    Value::from_static(&NONE)
}

#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.bits() == &NONE as *const StaticObj as u64
}

#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_static(&NOT_IMPLEMENTED)
}

#[inline(always)]
pub fn is_not_implemented(v: &Value) -> bool {
    v.bits() == &NOT_IMPLEMENTED as *const StaticObj as u64
}

pub fn ellipsis() -> Value {
    Value::from_static(&ELLIPSIS)
}

#[inline(always)]
pub fn new_bool(b: bool) -> Value {
    if b {
        Value::from_static(&TRUE)
    } else {
        Value::from_static(&FALSE)
    }
}

#[inline(always)]
pub fn is_true_obj(v: &Value) -> bool {
    v.bits() == &TRUE as *const StaticInt as u64
}

#[inline(always)]
pub fn is_false_obj(v: &Value) -> bool {
    v.bits() == &FALSE as *const StaticInt as u64
}

fn none_repr(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::str::intern_static("None"))
}
fn not_implemented_repr(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::str::intern_static("NotImplemented"))
}
fn ellipsis_repr(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::str::intern_static("Ellipsis"))
}
fn none_bool(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(false))
}
/// The singleton types take no arguments at all.
fn no_args(name: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<()> {
    if args.len() > 1 || kw.is_some_and(|k| !k.is_empty()) {
        return Err(crate::error::type_error(format!("{name} takes no arguments")));
    }
    Ok(())
}
fn none_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_args("NoneType", args, kw)?;
    Ok(none())
}
fn not_implemented_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_args("NotImplementedType", args, kw)?;
    Ok(not_implemented())
}
fn ellipsis_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_args("EllipsisType", args, kw)?;
    Ok(ellipsis())
}
/// `NotImplemented` is true (CPython 3.11 also warns that this is deprecated).
fn not_implemented_bool(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(true))
}
/// Singletons pickle by name.
fn not_implemented_reduce(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::str::intern_static("NotImplemented"))
}
fn ellipsis_reduce(_: &[Value], _: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::str::intern_static("Ellipsis"))
}

pub fn init() {
    for t in [&NONE_TYPE, &NOT_IMPLEMENTED_TYPE, &ELLIPSIS_TYPE, &BOOL_TYPE] {
        crate::types::init_builtin_type(t);
    }
    use crate::types::build;
    build::method(&NONE_TYPE, "__repr__", none_repr);
    build::method(&NONE_TYPE, "__bool__", none_bool);
    build::new(&NONE_TYPE, none_new);
    build::method(&NOT_IMPLEMENTED_TYPE, "__repr__", not_implemented_repr);
    build::new(&NOT_IMPLEMENTED_TYPE, not_implemented_new);
    build::method(&NOT_IMPLEMENTED_TYPE, "__bool__", not_implemented_bool);
    build::method(&NOT_IMPLEMENTED_TYPE, "__reduce__", not_implemented_reduce);
    build::method(&ELLIPSIS_TYPE, "__reduce__", ellipsis_reduce);
    build::method(&ELLIPSIS_TYPE, "__repr__", ellipsis_repr);
    build::new(&ELLIPSIS_TYPE, ellipsis_new);
}
