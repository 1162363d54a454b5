//! The `_contextvars` module of CPython 3.11 (Python/context.c): `ContextVar`,
//! `Token`, `Context` and `copy_context`. A context maps variables (by
//! identity) to values; each thread has a current context, and `Context.run`
//! enters another one for the duration of a call.

use crate::error::{key_error, runtime_error, type_error, value_error, PyErr, PyResult};
use crate::modules::support::{class_getitem, cls_arg, native_type, this};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{alloc_object, build};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, RefCell};

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

thread_local! {
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
    static MISSING: RefCell<Option<Value>> = const { RefCell::new(None) };
}

// ----- Context --------------------------------------------------------------------------

#[repr(C)]
pub struct ContextObject {
    header: ObjHeader,
    vars: RefCell<Vec<(Value, Value)>>,
    entered: Cell<bool>,
}
native_type!(CONTEXT_TYPE, "_contextvars", "Context", ContextObject, 0);

impl ContextObject {
    fn get(&self, var: &Value) -> Option<Value> {
        self.vars.borrow().iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())
    }

    fn set(&self, var: &Value, value: Value) {
        let old = {
            let mut vars = self.vars.borrow_mut();
            match vars.iter_mut().find(|(k, _)| k.is(var)) {
                Some(slot) => Some(std::mem::replace(&mut slot.1, value)),
                None => {
                    vars.push((var.clone(), value));
                    None
                }
            }
        };
        drop(old);
    }

    fn remove(&self, var: &Value) {
        let old = {
            let mut vars = self.vars.borrow_mut();
            vars.iter().position(|(k, _)| k.is(var)).map(|i| vars.remove(i))
        };
        drop(old);
    }
}

fn new_context(vars: Vec<(Value, Value)>) -> Value {
    alloc_object(&CONTEXT_TYPE, ContextObject { header: hdr(), vars: RefCell::new(vars), entered: Cell::new(false) })
}

/// The thread's current context (created on first use).
fn current() -> Value {
    CURRENT.with(|c| c.borrow_mut().get_or_insert_with(|| new_context(Vec::new())).clone())
}

fn ctx(v: &Value) -> &ContextObject {
    v.downcast::<ContextObject>().expect("a Context")
}

fn context_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    cls_arg(args)?;
    if args.len() > 1 || kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(Vec::new()))
}

fn copy_context(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "copy_context")?;
    let cur = current();
    let vars = ctx(&cur).vars.borrow().clone();
    Ok(new_context(vars))
}

fn context_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    crate::objects::clinic::noargs(&args[1..], kw, "Context.copy")?;
    let vars = c.vars.borrow().clone();
    Ok(new_context(vars))
}

/// `Context.run(callable, *args, **kwargs)`.
fn context_run(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    if args.len() < 2 {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    if c.entered.get() {
        return Err(runtime_error(format!(
            "cannot enter context: <_contextvars.Context object at {:#x}> is already entered",
            args[0].id()
        )));
    }
    c.entered.set(true);
    let prev = CURRENT.with(|cur| cur.borrow_mut().replace(args[0].clone()));
    let r = crate::call::call(&args[1], &args[2..], kw);
    let mine = CURRENT.with(|cur| std::mem::replace(&mut *cur.borrow_mut(), prev));
    drop(mine);
    c.entered.set(false);
    r
}

fn var_key<'a>(v: &'a Value) -> PyResult<&'a Value> {
    if v.downcast::<ContextVarObject>().is_none() {
        return Err(type_error(format!(
            "a ContextVar key was expected, got {}",
            ops::repr_string(v).unwrap_or_default()
        )));
    }
    Ok(v)
}

fn context_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    let k = var_key(&args[1])?;
    c.get(k).ok_or_else(|| key_error(k.clone()))
}

fn context_get(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    crate::objects::clinic::positional(&args[1..], kw, "get", "Context.get", 1, 2)?;
    let k = var_key(&args[1])?;
    Ok(c.get(k).or_else(|| args.get(2).cloned()).unwrap_or_else(none))
}

fn context_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    let k = var_key(&args[1])?;
    Ok(new_bool(c.get(k).is_some()))
}

fn context_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(this::<ContextObject>(args)?.vars.borrow().len() as i64))
}

fn context_keys_list(c: &ContextObject) -> Vec<Value> {
    c.vars.borrow().iter().map(|(k, _)| k.clone()).collect()
}

fn context_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    ops::iter(&crate::objects::list::new_list(context_keys_list(c)))
}

fn context_keys(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    Ok(crate::objects::list::new_list(context_keys_list(c)))
}

fn context_values(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    let vals = c.vars.borrow().iter().map(|(_, v)| v.clone()).collect();
    Ok(crate::objects::list::new_list(vals))
}

fn context_items(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ContextObject>(args)?;
    let items = c.vars.borrow().iter().map(|(k, v)| new_tuple(vec![k.clone(), v.clone()])).collect();
    Ok(crate::objects::list::new_list(items))
}

// ----- ContextVar -------------------------------------------------------------------------

#[repr(C)]
pub struct ContextVarObject {
    header: ObjHeader,
    name: Value,
    default: Option<Value>,
}
native_type!(CONTEXTVAR_TYPE, "_contextvars", "ContextVar", ContextVarObject, 0);

fn var_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("ContextVar", &args[1..], kw, &["name", "default"], 0, 1, 1)?;
    let name = a[0].clone().expect("required");
    if as_str(&name).is_none() {
        return Err(type_error("context variable name must be a str"));
    }
    Ok(alloc_object(cls, ContextVarObject { header: hdr(), name, default: a[1].clone() }))
}

fn var_get(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = this::<ContextVarObject>(args)?;
    crate::objects::clinic::positional(&args[1..], kw, "get", "ContextVar.get", 0, 1)?;
    let cur = current();
    if let Some(x) = ctx(&cur).get(&args[0]) {
        return Ok(x);
    }
    if let Some(d) = args.get(1) {
        return Ok(d.clone());
    }
    if let Some(d) = &v.default {
        return Ok(d.clone());
    }
    Err(PyErr::with_args(&crate::objects::exception::LOOKUP_ERROR, vec![args[0].clone()]))
}

fn var_set(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this::<ContextVarObject>(args)?;
    let value = crate::objects::clinic::one_arg(&args[1..], kw, "ContextVar.set")?.clone();
    let cur = current();
    let c = ctx(&cur);
    let old = c.get(&args[0]);
    c.set(&args[0], value);
    Ok(alloc_object(
        &TOKEN_TYPE,
        TokenObject { header: hdr(), ctx: cur.clone(), var: args[0].clone(), old, used: Cell::new(false) },
    ))
}

fn var_reset(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this::<ContextVarObject>(args)?;
    let t = crate::objects::clinic::one_arg(&args[1..], kw, "ContextVar.reset")?;
    let Some(tok) = t.downcast::<TokenObject>() else {
        return Err(type_error(format!("expected an instance of Token, got {}", ops::repr_string(t)?)));
    };
    let trepr = token_repr_string(t);
    if tok.used.get() {
        return Err(runtime_error(format!("{trepr} has already been used once")));
    }
    if !tok.var.is(&args[0]) {
        return Err(value_error(format!("{trepr} was created by a different ContextVar")));
    }
    let cur = current();
    if !tok.ctx.is(&cur) {
        return Err(value_error(format!("{trepr} was created in a different Context")));
    }
    tok.used.set(true);
    match &tok.old {
        Some(o) => ctx(&cur).set(&args[0], o.clone()),
        None => ctx(&cur).remove(&args[0]),
    }
    Ok(none())
}

fn var_name(v: &Value) -> PyResult<Value> {
    let c = v.downcast::<ContextVarObject>().ok_or_else(|| type_error("expected a ContextVar"))?;
    Ok(c.name.clone())
}

fn var_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let v = this::<ContextVarObject>(args)?;
    let mut s = format!("<ContextVar name={}", ops::repr_string(&v.name)?);
    if let Some(d) = &v.default {
        s.push_str(&format!(" default={}", ops::repr_string(d)?));
    }
    s.push_str(&format!(" at {:#x}>", args[0].id()));
    Ok(new_str(s))
}

// ----- Token -------------------------------------------------------------------------------

#[repr(C)]
pub struct TokenObject {
    header: ObjHeader,
    ctx: Value,
    var: Value,
    old: Option<Value>,
    used: Cell<bool>,
}
native_type!(TOKEN_TYPE, "_contextvars", "Token", TokenObject, 0);

fn missing() -> Value {
    MISSING.with(|m| {
        m.borrow_mut()
            .get_or_insert_with(|| alloc_object(&MISSING_TYPE, MissingObject { header: hdr() }))
            .clone()
    })
}

fn token_repr_string(t: &Value) -> String {
    let tok = t.downcast::<TokenObject>().expect("a Token");
    let used = if tok.used.get() { " used" } else { "" };
    let var = ops::repr_string(&tok.var).unwrap_or_default();
    format!("<Token{used} var={var} at {:#x}>", t.id())
}

fn token_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<TokenObject>(args)?;
    Ok(new_str(token_repr_string(&args[0])))
}

fn token_var(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<TokenObject>().ok_or_else(|| type_error("expected a Token"))?.var.clone())
}

fn token_old_value(v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TokenObject>().ok_or_else(|| type_error("expected a Token"))?;
    Ok(t.old.clone().unwrap_or_else(missing))
}

#[repr(C)]
pub struct MissingObject {
    header: ObjHeader,
}
native_type!(MISSING_TYPE, "_contextvars", "Token.MISSING", MissingObject, 0);

fn missing_repr(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str("<Token.MISSING>"))
}

// ----- the module ------------------------------------------------------------------------

fn init_types() {
    let t = &CONTEXT_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, context_new);
    for (name, f) in [
        ("run", context_run as NativeFn),
        ("copy", context_copy),
        ("get", context_get),
        ("keys", context_keys),
        ("values", context_values),
        ("items", context_items),
        ("__getitem__", context_getitem),
        ("__contains__", context_contains),
        ("__len__", context_len),
        ("__iter__", context_iter),
    ] {
        build::method(t, name, f);
    }
    build::attr(t, "__hash__", none());

    let t = &CONTEXTVAR_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, var_new);
    build::method(t, "get", var_get);
    build::method(t, "set", var_set);
    build::method(t, "reset", var_reset);
    build::method(t, "__repr__", var_repr);
    build::getset(t, "name", var_name, None);
    build::classmethod(t, "__class_getitem__", class_getitem);

    let t = &TOKEN_TYPE;
    crate::types::init_builtin_type(t);
    build::method(t, "__repr__", token_repr);
    build::getset(t, "var", token_var, None);
    build::getset(t, "old_value", token_old_value, None);
    build::classmethod(t, "__class_getitem__", class_getitem);

    crate::types::init_builtin_type(&MISSING_TYPE);
    build::method(&MISSING_TYPE, "__repr__", missing_repr);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    TOKEN_TYPE.set_attr_str("MISSING", missing());
    let m = new_module("_contextvars");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("Context", CONTEXT_TYPE.as_value());
    mo.set("ContextVar", CONTEXTVAR_TYPE.as_value());
    mo.set("Token", TOKEN_TYPE.as_value());
    mo.set("copy_context", new_builtin("copy_context", copy_context, Some("_contextvars")));
    m
}
