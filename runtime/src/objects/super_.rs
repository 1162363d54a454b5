//! `super`: attribute lookup that starts after a class in an object's MRO.

use crate::error::{runtime_error, type_error, PyResult};
use crate::objects::bool_none::none;
use crate::objects::cell::CellObject;
use crate::objects::function::Kw;
use crate::objects::instance::descr_get;
use crate::objects::str::{as_str, new_str};
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct SuperObject {
    pub header: ObjHeader,
    /// The class after which the search starts.
    pub this: Value,
    pub obj: Option<Value>,
    /// The type whose MRO is searched.
    pub obj_type: Option<Value>,
}

unsafe impl PyObj for SuperObject {
    fn class() -> &'static TypeObject {
        &SUPER_TYPE
    }
}

pub static SUPER_TYPE: TypeObject = TypeObject::builtin::<SuperObject>("super", Some(&OBJECT_TYPE), BASETYPE);

/// The type to search for `super(this, obj)`: obj's type, or obj itself if it is a subclass.
fn supercheck(this: &TypeObject, obj: &Value) -> PyResult<Value> {
    if let Some(t) = obj.downcast::<TypeObject>() {
        if t.is_subtype(this) {
            return Ok(obj.clone());
        }
    }
    if obj.ty().is_subtype(this) {
        return Ok(obj.ty().as_value());
    }
    Err(type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn super_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let a = &args[1..];
    let (this, obj) = match a.len() {
        0 => zero_arg_super()?,
        1 => (a[0].clone(), None),
        _ => (a[0].clone(), Some(a[1].clone())),
    };
    let this_t = this
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error(format!("super() argument 1 must be a type, not {}", this.ty().name())))?;
    let obj_type = match &obj {
        Some(o) if !crate::objects::bool_none::is_none(o) => Some(supercheck(this_t, o)?),
        _ => None,
    };
    let obj = obj.filter(|o| !crate::objects::bool_none::is_none(o));
    Ok(crate::types::alloc_object(cls, SuperObject { header: ObjHeader::new(std::ptr::null()), this, obj, obj_type }))
}

/// `super()` inside a method: the `__class__` cell and the first argument.
fn zero_arg_super() -> PyResult<(Value, Option<Value>)> {
    let frame = crate::interp::current_frame().ok_or_else(|| runtime_error("super(): no current frame"))?;
    let code = &frame.code().code;
    if code.argcount == 0 && code.flags & tern_frontend::code::flags::VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    // The first argument, unless it was moved into a cell.
    let nl = code.nlocals();
    let mut first = frame.slot(0).clone();
    for (i, a) in code.cell2arg.iter().enumerate() {
        if *a == Some(0) {
            first = frame.slot(nl + i).as_ref().and_then(|c| c.downcast::<CellObject>()).and_then(|c| c.get());
        }
    }
    let first = first.ok_or_else(|| runtime_error("super(): arg[0] deleted"))?;
    let idx = code
        .freevars
        .iter()
        .position(|f| f == "__class__")
        .ok_or_else(|| runtime_error("super(): __class__ cell not found"))?;
    let cell = frame.cell(code.cellvars.len() + idx);
    let cls = cell.get().ok_or_else(|| runtime_error("super(): empty __class__ cell"))?;
    if cls.downcast::<TypeObject>().is_none() {
        return Err(runtime_error("super(): __class__ is not a type"));
    }
    Ok((cls, Some(first)))
}

fn super_getattro(v: &Value, name: &Value) -> PyResult<Option<Value>> {
    let s = v.downcast::<SuperObject>().unwrap();
    let skip = as_str(name) == Some("__class__");
    if let (Some(obj_type), false) = (&s.obj_type, skip) {
        let start = obj_type.downcast::<TypeObject>().unwrap();
        let mro = start.mro().to_vec();
        let this = s.this.downcast::<TypeObject>().unwrap() as *const TypeObject;
        if let Some(pos) = mro.iter().position(|&t| std::ptr::eq(t, this)) {
            for &t in &mro[pos + 1..] {
                let t = unsafe { &*t };
                if let Some(attr) = t.dict().get_str(name) {
                    let inst = match &s.obj {
                        Some(o) if o.is(obj_type) => None,
                        other => other.as_ref(),
                    };
                    return descr_get(attr, inst, start).map(Some);
                }
            }
        }
    }
    crate::objects::instance::generic_getattr(v, name)
}

fn super_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<SuperObject>().unwrap();
    let this = s.this.downcast::<TypeObject>().unwrap().name().to_owned();
    Ok(new_str(match &s.obj_type {
        Some(t) => format!("<super: <class '{}'>, <{} object>>", this, t.downcast::<TypeObject>().unwrap().name()),
        None => format!("<super: <class '{}'>, NULL>", this),
    }))
}

/// `super(T).__get__(obj)`: an unbound super binds like a descriptor.
fn super_descr_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<SuperObject>().unwrap();
    let obj = args.get(1).filter(|o| !crate::objects::bool_none::is_none(o));
    let (Some(obj), None) = (obj, &s.obj) else { return Ok(args[0].clone()) };
    let this_t = s.this.downcast::<TypeObject>().unwrap();
    let obj_type = supercheck(this_t, obj)?;
    Ok(crate::types::alloc_object(
        args[0].ty(),
        SuperObject { header: ObjHeader::new(std::ptr::null()), this: s.this.clone(), obj: Some(obj.clone()), obj_type: Some(obj_type) },
    ))
}

fn get_thisclass(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SuperObject>().unwrap().this.clone())
}
fn get_self(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SuperObject>().unwrap().obj.clone().unwrap_or_else(none))
}
fn get_self_class(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SuperObject>().unwrap().obj_type.clone().unwrap_or_else(none))
}

pub fn init() {
    crate::types::init_builtin_type(&SUPER_TYPE);
    SUPER_TYPE.getattro.set(Some(super_getattro));
    build::new(&SUPER_TYPE, super_new);
    build::method(&SUPER_TYPE, "__repr__", super_repr);
    build::method(&SUPER_TYPE, "__get__", super_descr_get);
    build::getset(&SUPER_TYPE, "__thisclass__", get_thisclass, None);
    build::getset(&SUPER_TYPE, "__self__", get_self, None);
    build::getset(&SUPER_TYPE, "__self_class__", get_self_class, None);
}
