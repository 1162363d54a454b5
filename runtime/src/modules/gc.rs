//! The `gc` module of CPython 3.11 (Modules/gcmodule.c), for a runtime that
//! has no cycle collector yet: memory is reclaimed by reference counting
//! alone, so objects in reference cycles are never freed and `collect()`
//! finds nothing (it returns 0, after running `gc.callbacks` as CPython
//! does). The switches and thresholds are kept as state; `is_tracked` says
//! whether CPython would track the object. What would need a collector's
//! object lists (`get_objects`, `get_referrers`, `get_referents`, `freeze`,
//! `is_finalized`) is left out rather than answered wrongly.

use crate::error::{value_error, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::value::Value;
use std::cell::Cell;

const DEBUG_STATS: i64 = 1;
const DEBUG_COLLECTABLE: i64 = 2;
const DEBUG_UNCOLLECTABLE: i64 = 4;
const DEBUG_SAVEALL: i64 = 32;
const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
    static THRESHOLDS: Cell<[i64; 3]> = const { Cell::new([700, 10, 10]) };
    /// `collect()` calls per generation (the collections `get_stats` reports).
    static COLLECTIONS: Cell<[i64; 3]> = const { Cell::new([0, 0, 0]) };
}

fn enable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "enable")?;
    ENABLED.with(|e| e.set(true));
    Ok(none())
}

fn disable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "disable")?;
    ENABLED.with(|e| e.set(false));
    Ok(none())
}

fn isenabled(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "isenabled")?;
    Ok(new_bool(ENABLED.with(Cell::get)))
}

thread_local! {
    /// The list `gc.callbacks` started as (CPython keeps using it if the name is rebound).
    static CALLBACKS: std::mem::ManuallyDrop<Value> = std::mem::ManuallyDrop::new(new_list(Vec::new()));
    static GARBAGE: std::mem::ManuallyDrop<Value> = std::mem::ManuallyDrop::new(new_list(Vec::new()));
}

/// Calls each of `gc.callbacks` with (phase, info), as CPython's invoke_gc_callback.
fn invoke_callbacks(phase: &str, generation: i64) -> PyResult<()> {
    let cbs = CALLBACKS.with(|c| Value::clone(c));
    let info = new_dict();
    let d = as_dict(&info).unwrap();
    d.set(new_str("generation"), new_int(generation))?;
    d.set(new_str("collected"), new_int(0))?;
    d.set(new_str("uncollectable"), new_int(0))?;
    for cb in ops::collect(&cbs)? {
        if let Err(e) = crate::call::call(&cb, &[new_str(phase), info.clone()], None) {
            crate::traceback::write_unraisable(&e, "Exception ignored in", &cb);
        }
    }
    Ok(())
}

/// `collect(generation=2)`: there is no cycle collector, so nothing is
/// unreachable-but-alive that reference counting would not already have
/// freed; returns 0.
fn collect(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(args, kw, "collect", &["generation"], 0, 0)?;
    let generation = match &a[0] {
        Some(g) => crate::objects::clinic::int_arg(g)? as i64,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(value_error("invalid generation"));
    }
    invoke_callbacks("start", generation)?;
    COLLECTIONS.with(|c| {
        let mut v = c.get();
        v[generation as usize] += 1;
        c.set(v);
    });
    invoke_callbacks("stop", generation)?;
    Ok(new_int(0))
}

fn get_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "get_count")?;
    // No allocations are counted towards a collection that never runs.
    Ok(new_tuple(vec![new_int(0), new_int(0), new_int(0)]))
}

fn get_threshold(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "get_threshold")?;
    let t = THRESHOLDS.with(Cell::get);
    Ok(new_tuple(t.iter().map(|&x| new_int(x)).collect()))
}

fn set_threshold(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "set_threshold", "set_threshold", 1, 3)?;
    let mut t = THRESHOLDS.with(Cell::get);
    for (i, a) in args.iter().enumerate() {
        t[i] = crate::objects::clinic::int_arg(a)? as i64;
    }
    THRESHOLDS.with(|c| c.set(t));
    Ok(none())
}

fn get_debug(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "get_debug")?;
    Ok(new_int(DEBUG.with(Cell::get)))
}

fn set_debug(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = crate::objects::clinic::one_arg(args, kw, "set_debug")?;
    let v = crate::objects::clinic::int_arg(f)? as i64;
    DEBUG.with(|d| d.set(v));
    Ok(none())
}

fn get_stats(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "get_stats")?;
    let counts = COLLECTIONS.with(Cell::get);
    let mut out = Vec::new();
    for c in counts {
        let d = new_dict();
        let dd = as_dict(&d).unwrap();
        dd.set(new_str("collections"), new_int(c))?;
        dd.set(new_str("collected"), new_int(0))?;
        dd.set(new_str("uncollectable"), new_int(0))?;
        out.push(d);
    }
    Ok(new_list(out))
}

/// Types whose instances CPython never tracks (no Py_TPFLAGS_HAVE_GC).
fn untracked_type(t: &crate::types::TypeObject) -> bool {
    if t.is_heap() {
        return false;
    }
    matches!(
        t.name(),
        "int" | "bool" | "float" | "complex" | "str" | "bytes" | "bytearray" | "NoneType" | "NotImplementedType"
            | "ellipsis" | "object" | "range" | "code"
    )
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`, as dicts decide whether to track themselves.
fn may_be_tracked(v: &Value) -> bool {
    !v.is_small_int() && is_tracked_obj(v)
}

fn is_tracked_obj(v: &Value) -> bool {
    if v.is_small_int() || untracked_type(v.ty()) {
        return false;
    }
    // Built-in (static) types are not tracked; classes are.
    if let Some(t) = v.downcast::<crate::types::TypeObject>() {
        return t.is_heap();
    }
    if let Some(t) = v.downcast_exact::<crate::objects::tuple::TupleObject>() {
        return !t.is_empty();
    }
    if let Some(d) = v.downcast_exact::<crate::objects::dict::DictObject>() {
        return d.items().iter().any(|(k, x)| may_be_tracked(k) || may_be_tracked(x));
    }
    true
}

fn is_tracked(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "is_tracked")?;
    Ok(new_bool(is_tracked_obj(v)))
}

pub fn create() -> Value {
    let m = new_module("gc");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("collect", collect),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("get_stats", get_stats),
        ("is_tracked", is_tracked),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("gc")));
    }
    mo.set("garbage", GARBAGE.with(|c| Value::clone(c)));
    mo.set("callbacks", CALLBACKS.with(|c| Value::clone(c)));
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        mo.set(name, new_int(v));
    }
    mo.set("__doc__", new_str("This module provides access to the garbage collector for reference cycles."));
    m
}
