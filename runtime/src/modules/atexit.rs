//! The `atexit` module of CPython 3.11 (Modules/atexitmodule.c): functions
//! registered here run when the interpreter exits (after the main program,
//! also when it ends by an uncaught exception or `SystemExit`), last
//! registered first; exceptions they raise are reported as "Exception
//! ignored in atexit callback" and do not stop the others.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::none;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::value::Value;
use std::cell::RefCell;

/// A registered call: function, positional arguments, keyword arguments.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvalues: Vec<Value>,
}

thread_local! {
    /// CPython's callback array: unregistered entries leave a hole (None)
    /// that still counts in `_ncallbacks()` until the array is cleared.
    static CALLBACKS: std::mem::ManuallyDrop<RefCell<Vec<Option<Callback>>>> =
        std::mem::ManuallyDrop::new(RefCell::new(Vec::new()));
}

fn register(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let Some(func) = args.first() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::call::callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: args[1..].to_vec(),
        kwnames: kw.map(|k| k.names.to_vec()).unwrap_or_default(),
        kwvalues: kw.map(|k| k.values.to_vec()).unwrap_or_default(),
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func.clone())
}

fn unregister(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let func = crate::objects::clinic::one_arg(args, kw, "unregister")?;
    let n = CALLBACKS.with(|c| c.borrow().len());
    for i in 0..n {
        let Some(f) = CALLBACKS.with(|c| c.borrow().get(i).and_then(|e| e.as_ref().map(|cb| cb.func.clone()))) else { continue };
        if crate::ops::eq(&f, func)? {
            let old = CALLBACKS.with(|c| c.borrow_mut().get_mut(i).and_then(Option::take));
            drop(old);
        }
    }
    Ok(none())
}

/// Runs the callbacks, newest first, then forgets them all.
pub fn run_exitfuncs() {
    let n = CALLBACKS.try_with(|c| c.borrow().len()).unwrap_or(0);
    for i in (0..n).rev() {
        let entry = CALLBACKS.with(|c| {
            c.borrow().get(i).and_then(|e| e.as_ref().map(|cb| (cb.func.clone(), cb.args.clone(), cb.kwnames.clone(), cb.kwvalues.clone())))
        });
        let Some((func, args, names, values)) = entry else { continue };
        let kw = Kw { names: &names, values: &values };
        let r = crate::call::call(&func, &args, if names.is_empty() { None } else { Some(&kw) });
        if let Err(e) = r {
            crate::traceback::write_unraisable(&e, "Exception ignored in atexit callback", &func);
        }
    }
    clear();
}

fn clear() {
    let old = CALLBACKS.try_with(|c| std::mem::take(&mut *c.borrow_mut())).unwrap_or_default();
    drop(old);
}

fn run_exitfuncs_py(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "_run_exitfuncs")?;
    run_exitfuncs();
    Ok(none())
}

fn clear_py(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "_clear")?;
    clear();
    Ok(none())
}

fn ncallbacks(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "_ncallbacks")?;
    Ok(new_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

pub fn create() -> Value {
    let m = new_module("atexit");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", run_exitfuncs_py),
        ("_clear", clear_py),
        ("_ncallbacks", ncallbacks),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("atexit")));
    }
    mo.set("__doc__", new_str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
    m
}
