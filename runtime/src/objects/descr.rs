//! The constructors and methods of `staticmethod`, `classmethod` and `property`.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::function::{Kw, PropertyObject, StaticMethodObject, CLASSMETHOD_TYPE, PROPERTY_TYPE, STATICMETHOD_TYPE};
use crate::objects::instance::descr_get;
use crate::types::{build, TypeObject};
use crate::value::{ObjHeader, Value};
use std::cell::UnsafeCell;

fn wrapper_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let name = if cls.is_subtype(&STATICMETHOD_TYPE) { "staticmethod" } else { "classmethod" };
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(type_error(format!("{} expected 1 argument, got {}", name, args.len() - 1)));
    }
    Ok(crate::objects::typeobj::new_staticmethod_obj(cls, args[1].clone()))
}

/// `staticmethod.__init__` / `classmethod.__init__`: copies the wrapped
/// callable's `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__` into the wrapper's dict (CPython's functools_wraps).
fn wrapper_init(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(sm) = args[0].downcast::<StaticMethodObject>() else { return Ok(none()) };
    let func = sm.func().clone();
    if let Some(new_func) = args.get(1) {
        unsafe { *sm.func.get() = new_func.clone() };
    }
    let func = args.get(1).cloned().unwrap_or(func);
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let key = crate::objects::str::intern(name);
        match crate::ops::getattr_opt(&func, &key) {
            Ok(Some(v)) => {
                crate::objects::instance::dict_set(&args[0], &key, v);
            }
            Ok(None) => {}
            Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(none())
}

/// `<staticmethod(REPR)>` / `<classmethod(REPR)>`.
fn wrapper_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let sm = args[0].downcast::<StaticMethodObject>().unwrap();
    let name = args[0].ty().name().to_owned();
    Ok(crate::objects::str::new_str(format!("<{}({})>", name, crate::ops::repr_string(sm.func())?)))
}

fn wrapper_isabstract(v: &Value) -> PyResult<Value> {
    let f = v.downcast::<StaticMethodObject>().unwrap().func().clone();
    match crate::ops::getattr_opt(&f, &crate::objects::str::intern_static("__isabstractmethod__"))? {
        Some(r) => Ok(crate::objects::bool_none::new_bool(crate::ops::truthy(&r)?)),
        None => Ok(crate::objects::bool_none::new_bool(false)),
    }
}

fn wrapped_func(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<StaticMethodObject>().unwrap().func().clone())
}

fn static_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].downcast::<StaticMethodObject>().unwrap().func().clone())
}

fn static_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = args[0].downcast::<StaticMethodObject>().unwrap().func().clone();
    crate::call::call(&f, &args[1..], kw)
}

fn class_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = args[0].downcast::<StaticMethodObject>().unwrap().func().clone();
    let owner = match args.get(2) {
        Some(t) if !is_none(t) => t.clone(),
        _ => args[1].ty().as_value(),
    };
    if !std::ptr::eq(f.ty(), &crate::objects::function::FUNCTION_TYPE) && f.ty().has_slot(crate::types::Slot::Get) {
        if let Some(t) = owner.downcast::<TypeObject>() {
            return descr_get(f.clone(), Some(&owner), t);
        }
    }
    Ok(crate::objects::function::new_method(f, owner))
}


// ----- property ------------------------------------------------------------------

fn opt(v: Option<&Value>) -> Option<Value> {
    v.filter(|x| !is_none(x)).cloned()
}

fn property_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(
        cls,
        PropertyObject {
            header: ObjHeader::new(std::ptr::null()),
            fget: UnsafeCell::new(None),
            fset: UnsafeCell::new(None),
            fdel: UnsafeCell::new(None),
            doc: UnsafeCell::new(None),
            name: UnsafeCell::new(None),
        },
    ))
}

fn property_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("property", &args[1..], kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let p = args[0].downcast::<PropertyObject>().unwrap();
    unsafe {
        *p.fget.get() = opt(a[0].as_ref());
        *p.fset.get() = opt(a[1].as_ref());
        *p.fdel.get() = opt(a[2].as_ref());
        let mut doc = opt(a[3].as_ref());
        if doc.is_none() {
            if let Some(g) = &*p.fget.get() {
                doc = crate::ops::getattr_opt(g, &crate::objects::str::intern_static("__doc__"))?.filter(|d| !is_none(d));
            }
        }
        // A subclass instance keeps __doc__ in its dict, where the class's own
        // __doc__ does not shadow it (CPython's property_init).
        if !args[0].is_type(&crate::objects::function::PROPERTY_TYPE) {
            crate::ops::setattr(&args[0], &crate::objects::str::intern_static("__doc__"), Some(doc.clone().unwrap_or_else(none)))?;
        }
        *p.doc.get() = doc;
        if let Some(g) = &*p.fget.get() {
            *p.name.get() = crate::ops::getattr_opt(g, &crate::objects::str::intern_static("__name__")).ok().flatten();
        }
    }
    Ok(none())
}

fn property_copy(args: &[Value], which: usize) -> PyResult<Value> {
    let p = args[0].downcast::<PropertyObject>().unwrap();
    // None keeps the old function (CPython's property_copy).
    let new_fn = args.get(1).cloned().filter(|f| !is_none(f));
    let (mut g, mut s, mut d) = (p.fget().cloned(), p.fset().cloned(), p.fdel().cloned());
    let old_doc = unsafe { (*p.doc.get()).clone() };
    // A docstring taken from the old getter is taken from the new one instead.
    let getter_doc = match (&old_doc, &g) {
        (Some(doc), Some(getter)) => {
            crate::ops::getattr_opt(getter, &crate::objects::str::intern_static("__doc__"))?.is_some_and(|gd| gd.is(doc))
        }
        _ => false,
    };
    let replaces_getter = which == 0 && new_fn.is_some();
    match (which, new_fn) {
        (_, None) => {}
        (0, f) => g = f,
        (1, f) => s = f,
        (_, f) => d = f,
    }
    let doc = if getter_doc && replaces_getter { None } else { old_doc };
    let cls = args[0].ty().as_value();
    let newp = crate::call::call(&cls, &[g.unwrap_or_else(none), s.unwrap_or_else(none), d.unwrap_or_else(none), doc.unwrap_or_else(none)], None)?;
    if let Some(np) = newp.downcast::<PropertyObject>() {
        unsafe {
            if (*np.name.get()).is_none() {
                *np.name.get() = (*p.name.get()).clone();
            }
        }
    }
    Ok(newp)
}

fn property_getter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    property_copy(args, 0)
}
fn property_setter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    property_copy(args, 1)
}
fn property_deleter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    property_copy(args, 2)
}

fn property_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let obj = args.get(1).filter(|o| !is_none(o));
    descr_get(args[0].clone(), obj, args[0].ty())
}

/// `property.__set__(obj, value)`.
fn property_set(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = args[0].downcast::<PropertyObject>().unwrap();
    if args.len() != 3 {
        return Err(type_error(format!("expected 2 arguments, got {}", args.len() - 1)));
    }
    match p.fset() {
        Some(f) => crate::call::call(f, &[args[1].clone(), args[2].clone()], None),
        None => Err(crate::error::attribute_error(format!(
            "property {}of '{}' object has no setter",
            crate::objects::instance::property_name(p),
            args[1].ty().name()
        ))),
    }
}

/// `property.__delete__(obj)`.
fn property_delete(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = args[0].downcast::<PropertyObject>().unwrap();
    let obj = args.get(1).ok_or_else(|| type_error("expected 1 argument, got 0"))?;
    match p.fdel() {
        Some(f) => crate::call::call(f, &[obj.clone()], None),
        None => Err(crate::error::attribute_error(format!(
            "property {}of '{}' object has no deleter",
            crate::objects::instance::property_name(p),
            obj.ty().name()
        ))),
    }
}

fn property_set_name(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = args[0].downcast::<PropertyObject>().unwrap();
    unsafe { *p.name.get() = args.get(2).cloned() };
    Ok(none())
}

fn get_fget(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<PropertyObject>().unwrap().fget().cloned().unwrap_or_else(none))
}
fn get_fset(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<PropertyObject>().unwrap().fset().cloned().unwrap_or_else(none))
}
fn get_fdel(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<PropertyObject>().unwrap().fdel().cloned().unwrap_or_else(none))
}
/// `property.__isabstractmethod__`: is any of fget, fset, fdel abstract?
fn property_isabstract(v: &Value) -> PyResult<Value> {
    let p = v.downcast::<PropertyObject>().unwrap();
    for f in [p.fget(), p.fset(), p.fdel()].into_iter().flatten() {
        if let Some(r) = crate::ops::getattr_opt(f, &crate::objects::str::intern_static("__isabstractmethod__"))? {
            if crate::ops::truthy(&r)? {
                return Ok(crate::objects::bool_none::new_bool(true));
            }
        }
    }
    Ok(crate::objects::bool_none::new_bool(false))
}
fn get_pdoc(v: &Value) -> PyResult<Value> {
    Ok(unsafe { (*v.downcast::<PropertyObject>().unwrap().doc.get()).clone() }.unwrap_or_else(none))
}
fn set_pdoc(v: &Value, d: Option<&Value>) -> PyResult<()> {
    unsafe { *v.downcast::<PropertyObject>().unwrap().doc.get() = d.cloned() };
    Ok(())
}

pub fn init() {
    for t in [&STATICMETHOD_TYPE, &CLASSMETHOD_TYPE] {
        build::new(t, wrapper_new);
        build::method(t, "__init__", wrapper_init);
        build::getset(t, "__func__", wrapped_func, None);
        build::getset(t, "__wrapped__", wrapped_func, None);
        build::getset(t, "__isabstractmethod__", wrapper_isabstract, None);
        build::method(t, "__repr__", wrapper_repr);
        crate::objects::instance::add_dict_getset(t);
    }
    build::method(&STATICMETHOD_TYPE, "__get__", static_get);
    build::method(&STATICMETHOD_TYPE, "__call__", static_call);
    build::method(&CLASSMETHOD_TYPE, "__get__", class_get);
    let p = &PROPERTY_TYPE;
    build::new(p, property_new);
    build::method(p, "__init__", property_init);
    build::method(p, "getter", property_getter);
    build::method(p, "setter", property_setter);
    build::method(p, "deleter", property_deleter);
    build::method(p, "__get__", property_get);
    build::method(p, "__set__", property_set);
    build::method(p, "__delete__", property_delete);
    build::method(p, "__set_name__", property_set_name);
    build::getset(p, "fget", get_fget, None);
    build::getset(p, "fset", get_fset, None);
    build::getset(p, "fdel", get_fdel, None);
    build::getset(p, "__doc__", get_pdoc, Some(set_pdoc));
    build::getset(p, "__isabstractmethod__", property_isabstract, None);
}
