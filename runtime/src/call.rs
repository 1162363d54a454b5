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
        if let (None, Some(owner)) = (&b.self_, b.owner) {
            if b.name == "__new__" {
                check_new_args(owner, args)?;
            }
        }
        return match &b.self_ {
            None => (b.func)(args, kw),
            Some(s) => {
                if let Some(owner) = b.owner {
                    crate::objects::function::check_wrapper_arity(owner, b.name, args.len())?;
                }
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

/// CPython's tp_new_wrapper checks for `T.__new__(X, ...)`: X must be a
/// subtype of T whose nearest built-in base creates instances the same way.
fn check_new_args(owner: &TypeObject, args: &[Value]) -> PyResult<()> {
    let Some(first) = args.first() else {
        return Err(type_error(format!("{}.__new__(): not enough arguments", owner.name())));
    };
    let Some(sub) = first.downcast::<TypeObject>() else {
        return Err(type_error(format!("{}.__new__(X): X is not a type object ({})", owner.name(), first.ty().name())));
    };
    if !sub.is_subtype(owner) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name(),
            sub.name(),
            sub.name(),
            owner.name()
        )));
    }
    // The most derived built-in base must not have its own __new__.
    let base = sub.solid_base();
    if !std::ptr::eq(base, owner) {
        let key = crate::objects::str::intern_static("__new__");
        let own = base.dict().get_str(&key);
        let is_owner_new = own.as_ref().is_none_or(|n| {
            n.downcast::<BuiltinFunctionObject>().is_some_and(|b| b.owner.is_some_and(|o| std::ptr::eq(o, owner)))
        });
        if !is_owner_new {
            return Err(type_error(format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                owner.name(),
                sub.name(),
                base.name()
            )));
        }
    }
    Ok(())
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
    if ty.has_slot(Slot::Get) || f.downcast::<crate::objects::function::PropertyObject>().is_some() {
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
