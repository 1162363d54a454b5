//! The parts of `object`'s method set that pickling and introspection use
//! (`__reduce__`, `__reduce_ex__`, `__getstate__`, `__sizeof__`,
//! `__subclasshook__`), with the `copyreg` helpers they name, as in CPython's
//! Objects/typeobject.c and Lib/copyreg.py.

use crate::builtins::args::{as_c_int, no_kw, noargs};
use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{is_none, none, not_implemented};
use crate::objects::function::{new_builtin, Kw};
use crate::objects::int::new_int;
use crate::objects::str::{intern, intern_static};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    /// copyreg.__newobj__ and copyreg._reconstructor.
    static COPYREG: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn copyreg_fns() -> (Value, Value) {
    COPYREG.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                (new_builtin("__newobj__", newobj, Some("copyreg")), new_builtin("_reconstructor", reconstructor, Some("copyreg")))
            })
            .clone()
    })
}

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("__newobj__", kw)?;
    let cls = args.first().ok_or_else(|| type_error("__newobj__() missing required argument 'cls'"))?;
    let new = ops::getattr(cls, &intern_static("__new__"))?;
    crate::call::call(&new, args, None)
}

/// `copyreg._reconstructor(cls, base, state)`.
fn reconstructor(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("_reconstructor", kw)?;
    crate::builtins::args::arity("_reconstructor", args.len(), 3, 3)?;
    let (cls, base, state) = (&args[0], &args[1], &args[2]);
    if base.is(&OBJECT_TYPE.as_value()) {
        let new = ops::getattr(&OBJECT_TYPE.as_value(), &intern_static("__new__"))?;
        return crate::call::call(&new, std::slice::from_ref(cls), None);
    }
    let new = ops::getattr(base, &intern_static("__new__"))?;
    let obj = crate::call::call(&new, &[cls.clone(), state.clone()], None)?;
    let init = ops::getattr(base, &intern_static("__init__"))?;
    let oinit = ops::getattr(&OBJECT_TYPE.as_value(), &intern_static("__init__"))?;
    if !init.is(&oinit) {
        crate::call::call(&init, &[obj.clone(), state.clone()], None)?;
    }
    Ok(obj)
}

/// The instance dict, if the object has a non-empty one (the hidden dict of
/// a class with only `__slots__` holds slot values, not a `__dict__`).
fn instance_dict(obj: &Value) -> Option<Value> {
    if crate::objects::typeobj::lacks_instance_dict(obj.ty()) {
        return None;
    }
    let d = crate::objects::instance::dict_slot(obj)?.clone()?;
    if crate::objects::dict::as_dict(&d)?.is_empty() {
        return None;
    }
    Some(d)
}

/// CPython's _PyType_GetSlotNames: `cls.__slotnames__`, else `copyreg._slotnames(cls)`.
fn slot_names(ty: &TypeObject) -> PyResult<Vec<Value>> {
    if let Some(n) = ty.dict().get_str(&intern_static("__slotnames__")) {
        return if is_none(&n) { Ok(Vec::new()) } else { ops::collect(&n) };
    }
    if !ty.is_heap() {
        return Ok(Vec::new());
    }
    let copyreg = crate::import::import_module("copyreg")?;
    let f = ops::getattr_str(&copyreg, "_slotnames")?;
    let names = crate::call::call(&f, &[ty.as_value()], None)?;
    if is_none(&names) {
        return Ok(Vec::new());
    }
    if names.downcast::<crate::objects::list::ListObject>().is_none() {
        return Err(type_error("copyreg._slotnames didn't return a list or None"));
    }
    ops::collect(&names)
}

/// Whether `type(obj)` overrides `object.<name>`.
fn overridden(obj: &Value, name: &'static str) -> bool {
    match (obj.ty().lookup_str(name), OBJECT_TYPE.lookup_str(name)) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

/// CPython's object_getstate_default: the instance dict (or None).
fn getstate_default(obj: &Value, required: bool) -> PyResult<Value> {
    let ty = obj.ty();
    if required && !ty.is_heap() && !std::ptr::eq(ty, &OBJECT_TYPE) {
        return Err(type_error(format!("cannot pickle '{}' object", ty.name())));
    }
    if required && ty.is_heap() && !std::ptr::eq(ty.solid_base(), &OBJECT_TYPE) {
        return Err(type_error(format!("cannot pickle '{}' object", ty.name())));
    }
    let state = instance_dict(obj).unwrap_or_else(none);
    let names = slot_names(ty)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = crate::objects::dict::new_dict();
    let sd = crate::objects::dict::as_dict(&slots).unwrap();
    for n in names {
        // An unset slot is left out.
        match ops::getattr_opt(obj, &n) {
            Ok(Some(v)) => sd.set(n, v)?,
            Ok(None) => {}
            Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    if sd.is_empty() {
        return Ok(state);
    }
    Ok(new_tuple(vec![state, slots]))
}

/// CPython's object_getstate: `__getstate__()` if overridden, else the default.
fn getstate(obj: &Value, required: bool) -> PyResult<Value> {
    if overridden(obj, "__getstate__") {
        return ops::call_method(obj, "__getstate__", &[]);
    }
    getstate_default(obj, required)
}

fn object_getstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("object.__getstate__", args, kw)?;
    getstate_default(&args[0], false)
}

/// CPython's reduce_newobj (protocol 2 and above).
fn reduce_newobj(obj: &Value) -> PyResult<Value> {
    let (newobj_fn, _) = copyreg_fns();
    let cls = obj.ty().as_value();
    let args = match ops::getattr_opt(obj, &intern_static("__getnewargs__"))? {
        Some(f) => {
            let a = crate::call::call(&f, &[], None)?;
            if tuple_items(&a).is_none() {
                return Err(type_error(format!("__getnewargs__ should return a tuple, not '{}'", a.ty().name())));
            }
            Some(a)
        }
        None => None,
    };
    let mut newargs = vec![cls];
    if let Some(a) = &args {
        newargs.extend(tuple_items(a).unwrap_or(&[]).iter().cloned());
    }
    let is_list = obj.downcast::<crate::objects::list::ListObject>().is_some();
    let is_dict = crate::objects::dict::as_dict(obj).is_some();
    let state = getstate(obj, !(args.is_some() || is_list || is_dict))?;
    let listitems = if is_list { ops::iter(obj)? } else { none() };
    let dictitems = if is_dict { ops::iter(&ops::call_method(obj, "items", &[])?)? } else { none() };
    Ok(new_tuple(vec![newobj_fn, new_tuple(newargs), state, listitems, dictitems]))
}

/// copyreg._reduce_ex (protocols 0 and 1).
fn reduce_ex_old(obj: &Value) -> PyResult<Value> {
    let (_, recon) = copyreg_fns();
    let cls = obj.ty();
    let mut base: &TypeObject = &OBJECT_TYPE;
    for &b in cls.mro() {
        let b = unsafe { &*b };
        if !b.is_heap() {
            base = b;
            break;
        }
    }
    let state = if std::ptr::eq(base, &OBJECT_TYPE) {
        none()
    } else {
        if std::ptr::eq(base, cls) {
            return Err(type_error(format!("cannot pickle '{}' object", cls.name())));
        }
        crate::call::call(&base.as_value(), std::slice::from_ref(obj), None)?
    };
    let args = new_tuple(vec![cls.as_value(), base.as_value(), state]);
    let dict = if overridden(obj, "__getstate__") {
        ops::call_method(obj, "__getstate__", &[])?
    } else {
        instance_dict(obj).unwrap_or_else(none)
    };
    if !is_none(&dict) && ops::truthy(&dict)? {
        Ok(new_tuple(vec![recon, args, dict]))
    } else {
        Ok(new_tuple(vec![recon, args]))
    }
}

fn object_reduce(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("object.__reduce__", args, kw)?;
    reduce_ex_old(&args[0])
}

/// CPython's object___reduce_ex__: an overriding `__reduce__` wins.
fn object_reduce_ex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("object.__reduce_ex__", kw)?;
    crate::builtins::args::arity("__reduce_ex__", args.len().saturating_sub(1), 1, 1)?;
    let obj = &args[0];
    let proto = as_c_int(&args[1])?;
    if overridden(obj, "__reduce__") {
        return ops::call_method(obj, "__reduce__", &[]);
    }
    if proto >= 2 {
        reduce_newobj(obj)
    } else {
        reduce_ex_old(obj)
    }
}

/// `object.__sizeof__`: the instance size.
fn object_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("object.__sizeof__", args, kw)?;
    let ty = args[0].ty();
    let size = if std::ptr::eq(ty, &OBJECT_TYPE) { 16 } else { ty.basicsize.get() as i64 };
    Ok(new_int(size))
}

/// `object.__subclasshook__(*args)`: NotImplemented (abstract classes override it).
fn object_subclasshook(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(not_implemented())
}

pub fn init() {
    init_async();
    let o = &OBJECT_TYPE;
    build::method(o, "__getstate__", object_getstate);
    build::method(o, "__reduce__", object_reduce);
    build::method(o, "__reduce_ex__", object_reduce_ex);
    build::method(o, "__sizeof__", object_sizeof);
    build::classmethod(o, "__subclasshook__", object_subclasshook);
}

// ----- aiter, anext, breakpoint ----------------------------------------------------

/// `aiter(async_iterable)`: `type(x).__aiter__(x)`, which must be an async iterator.
pub fn aiter(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("aiter", kw)?;
    crate::builtins::args::arity("aiter", args.len(), 1, 1)?;
    let o = &args[0];
    let f = o
        .ty()
        .lookup_str("__aiter__")
        .ok_or_else(|| type_error(format!("'{}' object is not an async iterable", o.ty().name())))?;
    let it = ops::call_special(&f, o, &[])?;
    if it.ty().lookup_str("__anext__").is_none() {
        return Err(type_error(format!("aiter() returned not an async iterator of type '{}'", it.ty().name())));
    }
    Ok(it)
}

/// What `anext(it, default)` returns: an awaitable whose iteration turns
/// StopAsyncIteration into StopIteration(default).
#[repr(C)]
pub struct AnextAwaitableObject {
    pub header: crate::value::ObjHeader,
    wrapped: Value,
    default: Value,
    /// The awaited iterator, once `__await__`/`__next__` started.
    inner: std::cell::RefCell<Option<Value>>,
}

unsafe impl crate::value::PyObj for AnextAwaitableObject {
    fn class() -> &'static TypeObject {
        &ANEXT_AWAITABLE_TYPE
    }
}

pub static ANEXT_AWAITABLE_TYPE: TypeObject =
    TypeObject::builtin::<AnextAwaitableObject>("anext_awaitable", Some(&OBJECT_TYPE), 0);

fn anext_obj(v: &Value) -> PyResult<&AnextAwaitableObject> {
    v.downcast::<AnextAwaitableObject>().ok_or_else(|| type_error("expected an anext_awaitable"))
}

/// The iterator behind the wrapped awaitable (CPython's anextawaitable_getiter).
fn anext_inner(a: &AnextAwaitableObject) -> PyResult<Value> {
    if let Some(i) = a.inner.borrow().clone() {
        return Ok(i);
    }
    let w = &a.wrapped;
    let it = match w.ty().lookup_str("__await__") {
        Some(f) => ops::call_special(&f, w, &[])?,
        None => {
            if ops::is_iterator(w) {
                w.clone()
            } else {
                return Err(type_error(format!("object {} can't be used in 'await' expression", w.ty().name())));
            }
        }
    };
    *a.inner.borrow_mut() = Some(it.clone());
    Ok(it)
}

fn anext_map_error(a: &AnextAwaitableObject, e: crate::error::PyErr) -> crate::error::PyErr {
    if e.matches(&crate::objects::exception::STOP_ASYNC_ITERATION) {
        return crate::error::stop_iteration(Some(a.default.clone()));
    }
    e
}

fn anext_await(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn anext_iternext(it: &Value) -> PyResult<Option<Value>> {
    let a = anext_obj(it)?;
    let inner = anext_inner(a).map_err(|e| anext_map_error(a, e))?;
    match ops::next(&inner) {
        Ok(v) => Ok(v),
        Err(e) => Err(anext_map_error(a, e)),
    }
}

fn anext_send(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = anext_obj(&args[0])?;
    let inner = anext_inner(a).map_err(|e| anext_map_error(a, e))?;
    let v = args.get(1).cloned().unwrap_or_else(none);
    ops::call_method(&inner, "send", &[v]).map_err(|e| anext_map_error(a, e))
}

fn anext_throw(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = anext_obj(&args[0])?;
    let inner = anext_inner(a).map_err(|e| anext_map_error(a, e))?;
    ops::call_method(&inner, "throw", &args[1..]).map_err(|e| anext_map_error(a, e))
}

fn anext_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = anext_obj(&args[0])?;
    let inner = anext_inner(a)?;
    ops::call_method(&inner, "close", &[])
}

/// `anext(async_iterator[, default])`.
pub fn anext(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("anext", kw)?;
    crate::builtins::args::arity("anext", args.len(), 1, 2)?;
    let o = &args[0];
    let f = o
        .ty()
        .lookup_str("__anext__")
        .ok_or_else(|| type_error(format!("'{}' object is not an async iterator", o.ty().name())))?;
    let awaitable = ops::call_special(&f, o, &[])?;
    match args.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(crate::types::new_object(AnextAwaitableObject {
            header: crate::value::ObjHeader::new(std::ptr::null()),
            wrapped: awaitable,
            default: d.clone(),
            inner: std::cell::RefCell::new(None),
        })),
    }
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook`.
pub fn breakpoint(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let sys = crate::modules::sys::sys_module();
    let hook = ops::getattr_opt(&sys, &intern_static("breakpointhook"))?
        .ok_or_else(|| crate::error::runtime_error("lost sys.breakpointhook"))?;
    crate::call::call(&hook, args, kw)
}

/// `sys.breakpointhook`: imports `$PYTHONBREAKPOINT` (default `pdb.set_trace`)
/// and calls it; "0" disables it, and an unimportable hook is ignored.
pub fn breakpointhook(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let env = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    let target = if env.is_empty() { "pdb.set_trace".to_owned() } else { env };
    if target == "0" {
        return Ok(none());
    }
    let (module, attr) = match target.rsplit_once('.') {
        Some((m, a)) => (m.to_owned(), a.to_owned()),
        None => ("builtins".to_owned(), target.clone()),
    };
    let imported = crate::import::import_name(
        &crate::objects::str::intern(&module),
        &crate::objects::dict::new_dict(),
        &new_tuple(vec![crate::objects::str::new_str(attr.clone())]),
        &new_int(0),
    );
    let m = match imported {
        Ok(m) => m,
        Err(e) if e.matches(&crate::objects::exception::IMPORT_ERROR) => return Ok(none()),
        Err(e) => return Err(e),
    };
    let f = match ops::getattr_opt(&m, &intern(&attr))? {
        Some(f) => f,
        None => return Ok(none()),
    };
    crate::call::call(&f, args, kw)
}

pub fn init_async() {
    let t = &ANEXT_AWAITABLE_TYPE;
    crate::objects::iter::register_iterator(t, anext_iternext);
    build::method(t, "__await__", anext_await);
    build::method(t, "send", anext_send);
    build::method(t, "throw", anext_throw);
    build::method(t, "close", anext_close);
}
