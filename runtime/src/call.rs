//! Calling any callable: Python functions, native functions, bound methods,
//! classes and objects with `__call__`.

use crate::error::{type_error, PyResult};
use crate::objects::function::{
    BuiltinFunctionObject, FunctionObject, Kw, MethodDescrObject, MethodObject, StaticMethodObject, CLASSMETHOD_TYPE,
    STATICMETHOD_TYPE,
};
use crate::types::{Slot, TypeObject};
use crate::value::Value;

/// `f(*args, **kw)`.
pub fn call(f: &Value, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ty = f.ty();
    if std::ptr::eq(ty, &crate::objects::function::FUNCTION_TYPE) {
        return crate::interp::call_function(f, args, kw);
    }
    if let Some(b) = f.downcast_exact::<BuiltinFunctionObject>() {
        return match &b.self_ {
            None => (b.func)(args, kw),
            Some(s) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(s.clone());
                full.extend_from_slice(args);
                (b.func)(&full, kw)
            }
        };
    }
    if let Some(m) = f.downcast_exact::<MethodObject>() {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(m.self_.clone());
        full.extend_from_slice(args);
        return call(&m.func, &full, kw);
    }
    if let Some(m) = crate::objects::function::as_method_descr(f) {
        return m.call(args, kw);
    }
    if let Some(t) = f.downcast::<TypeObject>() {
        // A metaclass may define __call__; type's own is call_type.
        if std::ptr::eq(ty, &crate::types::TYPE_TYPE) || !ty.is_heap() {
            return crate::objects::typeobj::call_type(t, args, kw);
        }
    }
    match ty.slot(Slot::Call) {
        Some(c) => {
            if crate::thread::native_stack_low() {
                return Err(crate::error::recursion_error("maximum recursion depth exceeded while calling a Python object"));
            }
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(f.clone());
            full.extend_from_slice(args);
            call_with_self(&c, &full, kw)
        }
        None => Err(type_error(format!("'{}' object is not callable", ty.name()))),
    }
}

/// Calls an attribute `f` found on the type of `args[0]`, as a method of `args[0]`.
pub fn call_with_self(f: &Value, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ty = f.ty();
    if std::ptr::eq(ty, &crate::objects::function::FUNCTION_TYPE) {
        return crate::interp::call_function(f, args, kw);
    }
    if let Some(m) = f.downcast_exact::<MethodDescrObject>() {
        return m.call(args, kw);
    }
    if ty.is_subtype(&STATICMETHOD_TYPE) {
        let func = f.downcast::<StaticMethodObject>().unwrap().func().clone();
        return call(&func, &args[1..], kw);
    }
    if ty.is_subtype(&CLASSMETHOD_TYPE) {
        let func = f.downcast::<StaticMethodObject>().unwrap().func().clone();
        let mut full = args.to_vec();
        full[0] = args[0].ty().as_value();
        return call(&func, &full, kw);
    }
    if let Some(m) = crate::objects::function::as_method_descr(f) {
        // classmethod_descriptor
        let mut full = args.to_vec();
        full[0] = args[0].ty().as_value();
        return (m.func)(&full, kw);
    }
    // Other descriptors bind through __get__; plain callables get no self.
    if ty.is_heap() && ty.has_slot(Slot::Get) || f.downcast::<crate::objects::function::PropertyObject>().is_some() {
        let bound = crate::objects::instance::descr_get(f.clone(), Some(&args[0]), args[0].ty())?;
        return call(&bound, &args[1..], kw);
    }
    call(f, &args[1..], kw)
}

/// Calls with a positional tuple and an optional kwargs dict (`f(*a, **k)`).
pub fn call_ex(f: &Value, args: &[Value], kwargs: Option<&Value>) -> PyResult<Value> {
    match kwargs {
        None => call(f, args, None),
        Some(d) => {
            let dd = crate::objects::dict::as_dict(d).ok_or_else(|| type_error("argument after ** must be a mapping"))?;
            let items = dd.items();
            if items.is_empty() {
                return call(f, args, None);
            }
            let mut names = Vec::with_capacity(items.len());
            let mut values = Vec::with_capacity(items.len());
            for (k, v) in items {
                if crate::objects::str::as_str(&k).is_none() {
                    return Err(type_error("keywords must be strings"));
                }
                names.push(crate::objects::str::intern_value(&k));
                values.push(v);
            }
            call(f, args, Some(&Kw { names: &names, values: &values }))
        }
    }
}

/// Is `f` callable?
pub fn callable(f: &Value) -> bool {
    let ty = f.ty();
    std::ptr::eq(ty, &crate::objects::function::FUNCTION_TYPE)
        || f.downcast::<BuiltinFunctionObject>().is_some()
        || f.downcast::<MethodObject>().is_some()
        || crate::objects::function::as_method_descr(f).is_some()
        || f.downcast::<TypeObject>().is_some()
        || f.downcast::<FunctionObject>().is_some()
        || ty.has_slot(Slot::Call)
}
