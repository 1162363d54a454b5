//! The methods of `list`, and the stable merge sort that `list.sort` and
//! `sorted` share (comparisons may raise, so the sort is ours, not Rust's).

use crate::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::list::{as_list, new_list, ListObject, LIST_TYPE};
use crate::objects::slice::SliceObject;
use crate::objects::str::new_str;
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

fn l(v: &Value) -> &ListObject {
    as_list(v).unwrap()
}

fn list_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, ListObject::payload(Vec::new())))
}

fn list_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) && !args[0].ty().is_heap() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let items = match args.get(1) {
        Some(it) => ops::collect(it)?,
        None => Vec::new(),
    };
    l(&args[0]).replace(items);
    Ok(none())
}

pub fn list_repr_string(v: &Value) -> PyResult<String> {
    let list = l(v);
    if list.is_empty() {
        return Ok("[]".into());
    }
    if !ops::repr_enter(v) {
        return Ok("[...]".into());
    }
    let mut out = String::from("[");
    let mut i = 0;
    let r = (|| {
        while let Some(item) = list.get(i) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ops::repr_string(&item)?);
            i += 1;
        }
        Ok::<(), PyErr>(())
    })();
    ops::repr_leave(v);
    r?;
    out.push(']');
    Ok(out)
}

fn list_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(list_repr_string(&args[0])?))
}

fn list_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(l(&args[0]).len() as i64))
}

fn list_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let key = &args[1];
    if let Some(s) = key.downcast::<SliceObject>() {
        let items = list.vec();
        let (start, _, step, n) = s.indices(items.len())?;
        let out: Vec<Value> = (0..n).map(|i| items[(start + i as isize * step) as usize].clone()).collect();
        return Ok(new_list(out));
    }
    match ops::seq_index(key, list.len(), "list")? {
        Some(i) => Ok(list.get(i).unwrap()),
        None => Err(index_error("list index out of range")),
    }
}

fn list_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let key = &args[1];
    let value = &args[2];
    if let Some(s) = key.downcast::<SliceObject>() {
        let new_items = if value.is(&args[0]) { list.snapshot() } else { ops::collect(value).map_err(|e| {
            if !ops::is_iterable(value) {
                type_error("can only assign an iterable")
            } else {
                e
            }
        })? };
        let len = list.len();
        let (start, stop, step, n) = s.indices(len)?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as isize)) as usize;
            let old: Vec<Value> = list.vec().splice(start..stop, new_items).collect();
            drop(old);
            return Ok(none());
        }
        if new_items.len() != n {
            return Err(value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                n
            )));
        }
        let v = list.vec();
        let mut olds = Vec::with_capacity(n);
        for (i, item) in new_items.into_iter().enumerate() {
            let idx = (start + i as isize * step) as usize;
            olds.push(std::mem::replace(&mut v[idx], item));
        }
        drop(olds);
        return Ok(none());
    }
    match ops::seq_index(key, list.len(), "list")? {
        Some(i) => {
            let old = std::mem::replace(&mut list.vec()[i], value.clone());
            drop(old);
            Ok(none())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn list_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let key = &args[1];
    if let Some(s) = key.downcast::<SliceObject>() {
        let len = list.len();
        let (start, _, step, n) = s.indices(len)?;
        let mut positions: Vec<usize> = (0..n).map(|i| (start + i as isize * step) as usize).collect();
        positions.sort_unstable();
        let v = list.vec();
        let mut removed = Vec::with_capacity(n);
        for p in positions.into_iter().rev() {
            removed.push(v.remove(p));
        }
        drop(removed);
        return Ok(none());
    }
    match ops::seq_index(key, list.len(), "list")? {
        Some(i) => {
            let old = list.vec().remove(i);
            drop(old);
            Ok(none())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn list_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let list = l(&args[0]);
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if ops::eq(&v, &args[1])? {
            return Ok(new_bool(true));
        }
        i += 1;
    }
    Ok(new_bool(false))
}

fn list_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args[0].is_type(&LIST_TYPE) {
        return Ok(crate::objects::iter::fast_iter(&args[0]).unwrap());
    }
    Ok(crate::objects::iter::new_seq_iter(args[0].clone()))
}

fn list_reversed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::iter::new_list_rev_iter(args[0].clone()))
}

fn list_append(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.append() takes exactly one argument ({} given)", args.len() - 1)));
    }
    l(&args[0]).push(args[1].clone());
    Ok(none())
}

fn list_extend(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.extend() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let items = ops::collect(&args[1])?;
    l(&args[0]).vec().extend(items);
    Ok(none())
}

fn list_insert(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!("insert expected 2 arguments, got {}", args.len() - 1)));
    }
    let list = l(&args[0]);
    let i = ops::index(&args[1])?;
    let n = list.len() as i64;
    let mut i = crate::objects::int::as_i64(&i).unwrap_or(if crate::objects::int::int_val(&i).unwrap().is_negative() { i64::MIN } else { i64::MAX });
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    list.vec().insert(i, args[2].clone());
    Ok(none())
}

fn list_pop(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!("pop expected at most 1 argument, got {}", args.len() - 1)));
    }
    let list = l(&args[0]);
    if list.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        None => list.len() - 1,
        Some(k) => ops::seq_index(&ops::index(k)?, list.len(), "list")?.ok_or_else(|| index_error("pop index out of range"))?,
    };
    Ok(list.vec().remove(i))
}

fn list_remove(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.remove() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let list = l(&args[0]);
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if ops::eq(&v, &args[1])? {
            if i < list.len() {
                let old = list.vec().remove(i);
                drop(old);
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// start/end arguments of index() and count(), clamped like CPython.
pub fn clamp_range(start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, dflt: i64| -> PyResult<i64> {
        match v {
            None => Ok(dflt),
            Some(x) if is_none(x) => Ok(dflt),
            Some(x) => {
                let i = ops::index(x)?;
                let iv = crate::objects::int::int_val(&i).unwrap();
                Ok(iv.as_i64().unwrap_or(if iv.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
        }
    };
    let n = len as i64;
    let mut s = norm(start, 0)?;
    let mut e = norm(end, n)?;
    if s < 0 {
        s = (s + n).max(0);
    }
    if e < 0 {
        e = (e + n).max(0);
    }
    Ok((s.min(n) as usize, e.min(n) as usize))
}

fn list_index(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!("index expected at least 1 argument, got {}", args.len() - 1)));
    }
    let list = l(&args[0]);
    let (s, e) = clamp_range(args.get(2), args.get(3), list.len())?;
    let mut i = s;
    while i < e {
        let Some(v) = list.get(i) else { break };
        if ops::eq(&v, &args[1])? {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in list", ops::repr_string(&args[1])?)))
}

fn list_count(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("list.count() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let list = l(&args[0]);
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if ops::eq(&v, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}

fn list_clear(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    l(&args[0]).replace(Vec::new());
    Ok(none())
}

fn list_copy(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_list(l(&args[0]).snapshot()))
}

fn list_reverse(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    l(&args[0]).vec().reverse();
    Ok(none())
}

/// Stable merge sort with a fallible less-than.
fn merge_sort(items: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    // For `reverse`, CPython reverses, sorts, and reverses again (keeping stability).
    if reverse {
        items.reverse();
    }
    let n = items.len();
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    let lt = |a: &Value, b: &Value| -> PyResult<bool> {
        if reverse {
            ops::compare(b, a, CmpOp::Lt)
        } else {
            ops::compare(a, b, CmpOp::Lt)
        }
    };
    // Insertion sort runs of 16, then merge.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&items[j].0, &items[j - 1].0)? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if lt(&items[j].0, &items[i].0)? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                for (k, v) in buf.drain(..).enumerate() {
                    items[lo + k] = v;
                }
            }
            lo = hi;
        }
        width *= 2;
    }
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// `list.sort(key=None, reverse=False)` on the list value `lv`.
pub fn sort_list(lv: &Value, kw: Option<&Kw>) -> PyResult<()> {
    let mut key: Option<Value> = None;
    let mut reverse = false;
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match k {
                "key" => key = Some(v.clone()).filter(|v| !is_none(v)),
                "reverse" => reverse = ops::truthy(v)?,
                other => return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
            }
        }
    }
    let list = l(lv);
    // The list is empty while sorting, as in CPython.
    let items = std::mem::take(list.vec());
    let mut pairs = Vec::with_capacity(items.len());
    let mut failed = None;
    for it in items.iter() {
        match &key {
            Some(f) => match crate::call::call(f, &[it.clone()], None) {
                Ok(k) => pairs.push((k, it.clone())),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            },
            None => pairs.push((it.clone(), it.clone())),
        }
    }
    let result = match failed {
        Some(e) => Err(e),
        None => merge_sort(&mut pairs, reverse),
    };
    let modified = !list.is_empty();
    match result {
        Ok(()) => list.replace(pairs.into_iter().map(|(_, v)| v).collect()),
        Err(e) => {
            list.replace(items);
            return Err(e);
        }
    }
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

fn list_sort(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    sort_list(&args[0], kw)?;
    Ok(none())
}

fn list_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = as_list(&args[1]) else { return Ok(not_implemented()) };
    let mut v = l(&args[0]).snapshot();
    v.extend(o.snapshot());
    Ok(new_list(v))
}

fn list_iadd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let items = ops::collect(&args[1])?;
    l(&args[0]).vec().extend(items);
    Ok(args[0].clone())
}

fn list_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(n) = crate::objects::int::int_val(&args[1]) else { return Ok(not_implemented()) };
    let n = n.as_i64().unwrap_or(0).max(0) as usize;
    let items = l(&args[0]).snapshot();
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    Ok(new_list(v))
}

fn list_imul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(n) = crate::objects::int::int_val(&args[1]) else { return Ok(not_implemented()) };
    let n = n.as_i64().unwrap_or(0).max(0) as usize;
    let list = l(&args[0]);
    let items = list.snapshot();
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    list.replace(v);
    Ok(args[0].clone())
}

/// Lexicographic comparison of two sequences' items, as CPython's list/tuple richcompare.
pub fn seq_compare(a: &[Value], b: &[Value], op: CmpOp) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !ops::eq(&a[i], &b[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => ops::compare(&a[i], &b[i], op),
            };
        }
    }
    let (x, y) = (a.len(), b.len());
    Ok(match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    })
}

fn list_cmp(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(o) = as_list(&args[1]) else { return Ok(not_implemented()) };
    let a = l(&args[0]).snapshot();
    let b = o.snapshot();
    Ok(new_bool(seq_compare(&a, &b, op)?))
}

fn list_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Eq)
}
fn list_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Ne)
}
fn list_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Lt)
}
fn list_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Le)
}
fn list_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Gt)
}
fn list_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    list_cmp(args, CmpOp::Ge)
}

pub fn init() {
    let t = &LIST_TYPE;
    build::new(t, list_new);
    build::method(t, "__init__", list_init);
    build::method(t, "__repr__", list_repr);
    build::method(t, "__len__", list_len);
    build::method(t, "__getitem__", list_getitem);
    build::method(t, "__setitem__", list_setitem);
    build::method(t, "__delitem__", list_delitem);
    build::method(t, "__contains__", list_contains);
    build::method(t, "__iter__", list_iter);
    build::method(t, "__reversed__", list_reversed);
    build::method(t, "__add__", list_add);
    build::method(t, "__iadd__", list_iadd);
    build::method(t, "__mul__", list_mul);
    build::method(t, "__rmul__", list_mul);
    build::method(t, "__imul__", list_imul);
    build::method(t, "__eq__", list_eq);
    build::method(t, "__ne__", list_ne);
    build::method(t, "__lt__", list_lt);
    build::method(t, "__le__", list_le);
    build::method(t, "__gt__", list_gt);
    build::method(t, "__ge__", list_ge);
    build::method(t, "append", list_append);
    build::method(t, "extend", list_extend);
    build::method(t, "insert", list_insert);
    build::method(t, "pop", list_pop);
    build::method(t, "remove", list_remove);
    build::method(t, "index", list_index);
    build::method(t, "count", list_count);
    build::method(t, "clear", list_clear);
    build::method(t, "copy", list_copy);
    build::method(t, "reverse", list_reverse);
    build::method(t, "sort", list_sort);
    build::attr(t, "__hash__", none());
}
