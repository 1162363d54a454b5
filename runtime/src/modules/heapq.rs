//! The `_heapq` module of CPython 3.11 (Modules/_heapqmodule.c): the heap
//! operations on lists with CPython's exact sift algorithms (so the order of
//! `<` calls and the resulting layouts match), including the cache-friendly
//! heapify for big lists and the `_max` variants `heapq.py` uses.

use crate::error::{index_error, runtime_error, type_error, PyResult};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::list::ListObject;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::bool_none::none;
use crate::ops;
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

/// The list argument: `heappush() argument 1 must be list, not int`.
fn list_arg<'a>(v: &'a Value, fname: &str, which: &str) -> PyResult<&'a ListObject> {
    v.downcast::<ListObject>().ok_or_else(|| type_error(format!("{fname}() {which} must be list, not {}", crate::objects::clinic::arg_type_name(v))))
}

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    ops::compare(a, b, CmpOp::Lt)
}

fn changed() -> crate::error::PyErr {
    runtime_error("list changed size during iteration")
}

/// CPython's siftdown (and siftdown_max when `max`): moves heap[pos] up toward `startpos`.
fn siftdown(heap: &ListObject, startpos: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.len();
    if pos >= size {
        return Err(index_error("index out of range"));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let newitem = heap.vec()[pos].clone();
        let parent = heap.vec()[parentpos].clone();
        let cmp = if max { lt(&parent, &newitem)? } else { lt(&newitem, &parent)? };
        if size != heap.len() {
            return Err(changed());
        }
        if !cmp {
            break;
        }
        heap.vec().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// CPython's siftup (and siftup_max): bubbles the smaller child up to a leaf, then sifts down.
fn siftup(heap: &ListObject, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = heap.len();
    let startpos = pos;
    if pos >= endpos {
        return Err(index_error("index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let a = heap.vec()[childpos].clone();
            let b = heap.vec()[childpos + 1].clone();
            let cmp = if max { lt(&b, &a)? } else { lt(&a, &b)? };
            if !cmp {
                childpos += 1;
            }
            if endpos != heap.len() {
                return Err(changed());
            }
        }
        heap.vec().swap(childpos, pos);
        pos = childpos;
    }
    siftdown(heap, startpos, pos, max)
}

/// `_PyArg_CheckPositional` plus the keyword check of a METH_FASTCALL function.
fn check(args: &[Value], kw: Option<&Kw>, name: &str, n: usize) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if n == 1 {
        if args.len() != 1 {
            return Err(type_error(format!("_heapq.{name}() takes exactly one argument ({} given)", args.len())));
        }
        return Ok(());
    }
    crate::objects::clinic::positional(args, None, name, name, n, n)
}

fn heappush(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "heappush", 2)?;
    let heap = list_arg(&args[0], "heappush", "argument 1")?;
    heap.push(args[1].clone());
    siftdown(heap, 0, heap.len() - 1, false)?;
    Ok(none())
}

/// CPython's heappop_internal.
fn pop_internal(heap: &ListObject, max: bool) -> PyResult<Value> {
    let Some(last) = heap.vec().pop() else { return Err(index_error("index out of range")) };
    if heap.is_empty() {
        return Ok(last);
    }
    let ret = std::mem::replace(&mut heap.vec()[0], last);
    siftup(heap, 0, max)?;
    Ok(ret)
}

fn heappop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "heappop", 1)?;
    pop_internal(list_arg(&args[0], "heappop", "argument")?, false)
}

fn heappop_max(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "_heappop_max", 1)?;
    pop_internal(list_arg(&args[0], "_heappop_max", "argument")?, true)
}

fn replace_internal(heap: &ListObject, item: Value, max: bool) -> PyResult<Value> {
    if heap.is_empty() {
        return Err(index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut heap.vec()[0], item);
    siftup(heap, 0, max)?;
    Ok(ret)
}

fn heapreplace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "heapreplace", 2)?;
    replace_internal(list_arg(&args[0], "heapreplace", "argument 1")?, args[1].clone(), false)
}

fn heapreplace_max(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "_heapreplace_max", 2)?;
    replace_internal(list_arg(&args[0], "_heapreplace_max", "argument 1")?, args[1].clone(), true)
}

fn heappushpop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "heappushpop", 2)?;
    let heap = list_arg(&args[0], "heappushpop", "argument 1")?;
    let Some(top) = heap.get(0) else { return Ok(args[1].clone()) };
    if !lt(&top, &args[1])? {
        return Ok(args[1].clone());
    }
    if heap.is_empty() {
        return Err(index_error("index out of range"));
    }
    let ret = std::mem::replace(&mut heap.vec()[0], args[1].clone());
    siftup(heap, 0, false)?;
    Ok(ret)
}

/// The highest power of two not above n (CPython's keep_top_bit).
fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

/// CPython's cache_friendly_heapify, used for lists longer than 2500.
fn cache_friendly_heapify(heap: &ListObject, max: bool) -> PyResult<()> {
    let m = heap.len() >> 1;
    let leftmost = keep_top_bit(m + 1) - 1;
    let mhalf = m >> 1;
    let run = |lo: usize, hi: usize| -> PyResult<()> {
        let mut i = hi;
        while i > lo {
            i -= 1;
            let mut j = i;
            loop {
                siftup(heap, j, max)?;
                if j & 1 == 0 {
                    break;
                }
                j >>= 1;
            }
        }
        Ok(())
    };
    run(mhalf, leftmost)?;
    run(leftmost, m)
}

fn heapify_internal(heap: &ListObject, max: bool) -> PyResult<()> {
    let n = heap.len();
    if n > 2500 {
        return cache_friendly_heapify(heap, max);
    }
    let mut i = n >> 1;
    while i > 0 {
        i -= 1;
        siftup(heap, i, max)?;
    }
    Ok(())
}

fn heapify(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "heapify", 1)?;
    heapify_internal(list_arg(&args[0], "heapify", "argument")?, false)?;
    Ok(none())
}

fn heapify_max(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    check(args, kw, "_heapify_max", 1)?;
    heapify_internal(list_arg(&args[0], "_heapify_max", "argument")?, true)?;
    Ok(none())
}

pub fn create() -> Value {
    let m = new_module("_heapq");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("heappush", heappush),
        ("heappushpop", heappushpop),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heapify", heapify),
        ("_heappop_max", heappop_max),
        ("_heapreplace_max", heapreplace_max),
        ("_heapify_max", heapify_max),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_heapq")));
    }
    mo.set("__about__", crate::objects::str::new_str("Heap queues"));
    m
}
