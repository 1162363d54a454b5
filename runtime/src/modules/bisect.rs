//! The `_bisect` module of CPython 3.11 (Modules/_bisectmodule.c):
//! `bisect_left/right` and `insort_left/right` with `lo`, `hi` and `key`.

use crate::error::{value_error, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::ListObject;
use crate::objects::module::{new_module, ModuleObject};
use crate::ops;
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

/// The bound arguments: (a, x, lo, hi (-1: len(a)), key).
fn parse(fname: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<(Value, Value, i64, i64, Option<Value>)> {
    let a = crate::builtins::args::parse_args(fname, args, kw, &["a", "x", "lo", "hi", "key"], 0, 2, 4)?;
    let lo = match &a[2] {
        Some(v) => crate::builtins::args::as_ssize(v)?,
        None => 0,
    };
    let hi = match a[3].as_ref().filter(|v| !is_none(v)) {
        Some(v) => crate::builtins::args::as_ssize(v)?,
        None => -1,
    };
    let key = a[4].clone().filter(|k| !is_none(k));
    Ok((a[0].clone().unwrap_or_else(none), a[1].clone().unwrap_or_else(none), lo, hi, key))
}

/// CPython's internal_bisect_right / internal_bisect_left.
fn bisect(list: &Value, item: &Value, mut lo: i64, mut hi: i64, key: Option<&Value>, right: bool) -> PyResult<i64> {
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    if hi == -1 {
        hi = ops::len(list)? as i64;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut litem = ops::get_item(list, &new_int(mid))?;
        if let Some(k) = key {
            litem = crate::call::call(k, &[litem], None)?;
        }
        let less = if right { ops::compare(item, &litem, CmpOp::Lt)? } else { !ops::compare(&litem, item, CmpOp::Lt)? };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (a, x, lo, hi, key) = parse("bisect_right", args, kw)?;
    Ok(new_int(bisect(&a, &x, lo, hi, key.as_ref(), true)?))
}

fn bisect_left(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (a, x, lo, hi, key) = parse("bisect_left", args, kw)?;
    Ok(new_int(bisect(&a, &x, lo, hi, key.as_ref(), false)?))
}

fn insort(fname: &str, args: &[Value], kw: Option<&Kw>, right: bool) -> PyResult<Value> {
    let (a, x, lo, hi, key) = parse(fname, args, kw)?;
    let index = match &key {
        None => bisect(&a, &x, lo, hi, None, right)?,
        Some(k) => {
            let kx = crate::call::call(k, &[x.clone()], None)?;
            bisect(&a, &kx, lo, hi, Some(k), right)?
        }
    };
    if let Some(l) = a.downcast_exact::<ListObject>() {
        let v = l.vec();
        let i = (index.max(0) as usize).min(v.len());
        v.insert(i, x);
    } else {
        ops::call_method(&a, "insert", &[new_int(index), x])?;
    }
    Ok(none())
}

fn insort_right(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    insort("insort_right", args, kw, true)
}

fn insort_left(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    insort("insort_left", args, kw, false)
}

pub fn create() -> Value {
    let m = new_module("_bisect");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("bisect_right", bisect_right),
        ("insort_right", insort_right),
        ("bisect_left", bisect_left),
        ("insort_left", insort_left),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_bisect")));
    }
    m
}
