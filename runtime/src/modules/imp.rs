//! The `_imp` module of CPython 3.11 (Python/import.c), the part of import
//! that importlib's pure-Python bootstrap (`importlib._bootstrap`) calls
//! into: the import lock, built-in modules (created from the `NATIVE`
//! table) and the constants it reads. tern imports through its own
//! importer (`crate::import`), not importlib's finders; its frozen modules
//! are compiled from source when imported, so importlib does not see them as
//! frozen (`is_frozen` is false), and there are no extension modules to load
//! (`extension_suffixes()` is empty).

use crate::error::{runtime_error, type_error, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::ops;
use crate::value::Value;
use std::cell::Cell;

thread_local! {
    /// Depth of `acquire_lock()` calls not yet released (the lock is reentrant).
    static LOCK_DEPTH: Cell<u64> = const { Cell::new(0) };
}

fn name_arg<'a>(args: &'a [Value], kw: Option<&Kw>, fname: &str) -> PyResult<&'a str> {
    let v = crate::objects::clinic::one_arg(args, kw, fname)?;
    as_str(v).ok_or_else(|| type_error(format!("{fname}() argument must be str, not {}", v.ty().name())))
}

fn lock_held(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "lock_held")?;
    Ok(new_bool(LOCK_DEPTH.with(Cell::get) > 0))
}

fn acquire_lock(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "acquire_lock")?;
    LOCK_DEPTH.with(|d| d.set(d.get() + 1));
    Ok(none())
}

fn release_lock(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "release_lock")?;
    let d = LOCK_DEPTH.with(Cell::get);
    if d == 0 {
        return Err(runtime_error("not holding the import lock"));
    }
    LOCK_DEPTH.with(|c| c.set(d - 1));
    Ok(none())
}

/// 1 for a built-in module, -1 for one that cannot be re-initialised, 0 otherwise.
fn is_builtin(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let name = name_arg(args, kw, "is_builtin")?;
    let found = crate::modules::NATIVE.iter().any(|(n, _)| *n == name);
    Ok(new_int(match (found, name) {
        (false, _) => 0,
        (true, "sys" | "builtins") => -1,
        _ => 1,
    }))
}

/// `create_builtin(spec)`: the built-in module `spec.name` (the one already
/// imported, if any, as CPython reuses a single-phase module).
fn create_builtin(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let spec = crate::objects::clinic::one_arg(args, kw, "create_builtin")?;
    let name_v = ops::getattr(spec, &intern_static("name"))?;
    let Some(name) = as_str(&name_v) else {
        return Err(type_error(format!("name must be string, not {}", name_v.ty().name())));
    };
    let modules = crate::modules::sys::sys_module().downcast::<ModuleObject>().and_then(|m| m.get("modules"));
    if let Some(existing) = modules.as_ref().and_then(|d| crate::objects::dict::as_dict(d)).and_then(|d| d.get_str(&intern(name))) {
        if existing.downcast::<ModuleObject>().is_some() {
            return Ok(existing);
        }
    }
    match crate::modules::create(name) {
        Some(m) => Ok(m),
        None => Ok(none()),
    }
}

fn exec_builtin(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::one_arg(args, kw, "exec_builtin")?;
    Ok(new_int(0))
}

fn is_frozen(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    name_arg(args, kw, "is_frozen")?;
    Ok(new_bool(false))
}

fn is_frozen_package(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    name_arg(args, kw, "is_frozen_package")?;
    Ok(new_bool(false))
}

fn find_frozen(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords_kwonly(args, kw, "find_frozen", &["name", "withdata"], 1, 1, 1)?;
    if let Some(n) = &a[0] {
        if as_str(n).is_none() {
            return Err(type_error(format!("find_frozen() argument 1 must be str, not {}", n.ty().name())));
        }
    }
    Ok(none())
}

fn extension_suffixes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "extension_suffixes")?;
    Ok(new_list(Vec::new()))
}

pub fn create() -> Value {
    let m = new_module("_imp");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("lock_held", lock_held),
        ("acquire_lock", acquire_lock),
        ("release_lock", release_lock),
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("exec_builtin", exec_builtin),
        ("is_frozen", is_frozen),
        ("is_frozen_package", is_frozen_package),
        ("find_frozen", find_frozen),
        ("extension_suffixes", extension_suffixes),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_imp")));
    }
    mo.set("check_hash_based_pycs", new_str("default"));
    mo.set("__doc__", new_str("(Extremely) low-level import machinery bits as used by importlib."));
    m
}
