//! `types.SimpleNamespace` (CPython's Objects/namespaceobject.c): an object
//! whose attributes are its keyword arguments; `sys.implementation` is one.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{new_bool, none, not_implemented};
use crate::objects::dict::{as_dict, new_dict, DictObject};
use crate::objects::function::Kw;
use crate::objects::str::{as_str, new_str, StrObject};
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct NamespaceObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
}

unsafe impl PyObj for NamespaceObject {
    fn class() -> &'static TypeObject {
        &NAMESPACE_TYPE
    }
}

pub static NAMESPACE_TYPE: TypeObject = TypeObject::builtin::<NamespaceObject>("SimpleNamespace", Some(&OBJECT_TYPE), BASETYPE)
    .in_module("types")
    .with_dict_at(std::mem::offset_of!(NamespaceObject, dict));

/// A new `SimpleNamespace` holding `items` (name, value) in order.
pub fn new_namespace(items: Vec<(&str, Value)>) -> Value {
    let d = new_dict();
    let dd = as_dict(&d).unwrap();
    for (k, v) in items {
        dd.set_str(crate::objects::str::intern(k), v);
    }
    crate::types::new_object(NamespaceObject { header: ObjHeader::new(std::ptr::null()), dict: Some(d) })
}

/// The namespace's attribute dict (created on first use).
fn ns_dict(v: &Value) -> &DictObject {
    crate::objects::instance::instance_dict(v).expect("namespaces have a dict")
}

/// `SimpleNamespace.__new__(cls, *args, **kwargs)`.
fn ns_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeObject>())
        .filter(|t| t.is_subtype(&NAMESPACE_TYPE))
        .ok_or_else(|| type_error("SimpleNamespace.__new__(X): X is not a subtype of SimpleNamespace"))?;
    Ok(crate::types::alloc_object(cls, NamespaceObject { header: ObjHeader::new(std::ptr::null()), dict: Some(new_dict()) }))
}

/// `SimpleNamespace.__init__(self, /, **kwargs)`: the keywords become attributes.
fn ns_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error("no positional arguments expected"));
    }
    let d = ns_dict(&args[0]);
    if let Some(kw) = kw {
        for (k, v) in kw.names.iter().zip(kw.values.iter()) {
            if k.downcast::<StrObject>().is_none() {
                return Err(type_error("keywords must be strings"));
            }
            d.set_str(k.clone(), v.clone());
        }
    }
    Ok(none())
}

/// `namespace(a=1, b='x')`; a subclass shows its own name.
fn ns_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let v = &args[0];
    let name = if v.is_type(&NAMESPACE_TYPE) { "namespace".to_owned() } else { v.ty().name().to_owned() };
    if !crate::ops::repr_enter(v) {
        return Ok(new_str(format!("{name}(...)")));
    }
    let r = (|| {
        let mut parts = Vec::new();
        for (k, val) in ns_dict(v).items() {
            if let Some(ks) = as_str(&k).filter(|s| !s.is_empty()) {
                parts.push(format!("{ks}={}", crate::ops::repr_string(&val)?));
            }
        }
        Ok(new_str(format!("{name}({})", parts.join(", "))))
    })();
    crate::ops::repr_leave(v);
    r
}

/// `==` compares the attribute dicts of two namespaces.
fn ns_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 || args[1].downcast::<NamespaceObject>().is_none() {
        return Ok(not_implemented());
    }
    let a = as_dict_value(&args[0]);
    let b = as_dict_value(&args[1]);
    Ok(new_bool(crate::ops::eq(&a, &b)?))
}

fn ns_ne(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let r = ns_eq(args, kw)?;
    if r.is(&not_implemented()) {
        return Ok(r);
    }
    Ok(new_bool(!crate::ops::truthy(&r)?))
}

fn as_dict_value(v: &Value) -> Value {
    ns_dict(v);
    v.downcast::<NamespaceObject>().and_then(|n| n.dict.clone()).unwrap_or_else(new_dict)
}

/// `__reduce__`: `(type(self), (), self.__dict__)`.
fn ns_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let v = &args[0];
    Ok(crate::objects::tuple::new_tuple(vec![
        v.ty().as_value(),
        crate::objects::tuple::new_tuple(vec![]),
        as_dict_value(v),
    ]))
}

pub fn init() {
    let t = &NAMESPACE_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, ns_new);
    build::method(t, "__init__", ns_init);
    build::method(t, "__repr__", ns_repr);
    build::method(t, "__eq__", ns_eq);
    build::method(t, "__ne__", ns_ne);
    build::method(t, "__reduce__", ns_reduce);
    build::attr(t, "__hash__", none());
    crate::objects::instance::add_dict_getset(t);
    build::doc(t, "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
}
