//! The `_collections` module of CPython 3.11 (Modules/_collectionsmodule.c):
//! `deque` (with maxlen, its iterators and the "deque mutated during
//! iteration" checks), `defaultdict`, `_count_elements` (Counter's counting
//! loop) and `_tuplegetter` (namedtuple's field descriptors).

use crate::error::{attribute_error, index_error, key_error, runtime_error, type_error, value_error, PyResult};
use crate::modules::support::{class_getitem, cls_arg, native_type, this, type_name};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::clinic;
use crate::objects::dict::{DictObject, DICT_TYPE};
use crate::objects::function::{new_builtin, Kw};
use crate::objects::int::{int_val, new_int};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, UnsafeCell};
use std::collections::VecDeque;
use tern_frontend::bytecode::CmpOp;

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

// ----- deque -------------------------------------------------------------------

#[repr(C)]
pub struct DequeObject {
    header: ObjHeader,
    items: UnsafeCell<VecDeque<Value>>,
    /// -1: unbounded.
    maxlen: Cell<i64>,
    /// Bumped by every change of the deque's shape (CPython's `state`).
    state: Cell<u64>,
}
native_type!(DEQUE_TYPE, "collections", "deque", DequeObject, BASETYPE | crate::types::SEQUENCE);

impl DequeObject {
    /// The items. Callers must not hold the reference across code that can run Python.
    #[allow(clippy::mut_from_ref)]
    fn v(&self) -> &mut VecDeque<Value> {
        unsafe { &mut *self.items.get() }
    }

    fn len(&self) -> usize {
        self.v().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.v().get(i).cloned()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// CPython's deque_append_internal: append, trimming the left end when full.
    fn append(&self, x: Value) {
        self.v().push_back(x);
        self.bump();
        if self.maxlen.get() >= 0 && self.len() as i64 > self.maxlen.get() {
            let old = self.v().pop_front();
            drop(old);
        }
    }

    fn appendleft(&self, x: Value) {
        self.v().push_front(x);
        self.bump();
        if self.maxlen.get() >= 0 && self.len() as i64 > self.maxlen.get() {
            let old = self.v().pop_back();
            drop(old);
        }
    }

    fn clear(&self) {
        let old = std::mem::take(self.v());
        self.bump();
        drop(old);
    }

    fn rotate(&self, n: i64) {
        let len = self.len();
        if len <= 1 {
            return;
        }
        self.bump();
        let k = n.rem_euclid(len as i64) as usize;
        self.v().rotate_right(k);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.v().iter().cloned().collect()
    }
}

fn dq(v: &Value) -> &DequeObject {
    unsafe { v.downcast_unchecked::<DequeObject>() }
}

fn new_deque_of(cls: &TypeObject, maxlen: i64) -> Value {
    alloc_object(cls, DequeObject { header: hdr(), items: UnsafeCell::new(VecDeque::new()), maxlen: Cell::new(maxlen), state: Cell::new(0) })
}

fn deque_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    Ok(new_deque_of(cls, -1))
}

/// `deque([iterable[, maxlen]])`.
fn deque_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DequeObject>(args)?;
    let a = crate::builtins::args::parse_args("deque", &args[1..], kw, &["iterable", "maxlen"], 0, 0, 2)?;
    let mut maxlen = -1;
    if let Some(m) = a[1].as_ref().filter(|m| !is_none(m)) {
        let Some(i) = int_val(m) else { return Err(type_error("an integer is required")) };
        maxlen = i.as_i64().ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
        if maxlen < 0 {
            return Err(value_error("maxlen must be non-negative"));
        }
    }
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.clear();
    }
    if let Some(it) = &a[0] {
        extend(&args[0], it)?;
    }
    Ok(none())
}

/// CPython's deque_extend.
fn extend(dv: &Value, iterable: &Value) -> PyResult<()> {
    let d = dq(dv);
    if iterable.is(dv) {
        let items = d.snapshot();
        for x in items {
            d.append(x);
        }
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    if d.maxlen.get() == 0 {
        while ops::next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(x) = ops::next(&it)? {
        d.append(x);
    }
    Ok(())
}

fn extendleft_impl(dv: &Value, iterable: &Value) -> PyResult<()> {
    let d = dq(dv);
    if iterable.is(dv) {
        let items = d.snapshot();
        for x in items {
            d.appendleft(x);
        }
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    if d.maxlen.get() == 0 {
        while ops::next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(x) = ops::next(&it)? {
        d.appendleft(x);
    }
    Ok(())
}

fn deque_append(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.append")?;
    this::<DequeObject>(args)?.append(args[1].clone());
    Ok(none())
}

fn deque_appendleft(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.appendleft")?;
    this::<DequeObject>(args)?.appendleft(args[1].clone());
    Ok(none())
}

fn deque_extend(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.extend")?;
    this::<DequeObject>(args)?;
    extend(&args[0], &args[1])?;
    Ok(none())
}

fn deque_extendleft(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.extendleft")?;
    this::<DequeObject>(args)?;
    extendleft_impl(&args[0], &args[1])?;
    Ok(none())
}

fn deque_pop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.pop")?;
    let d = this::<DequeObject>(args)?;
    let v = d.v().pop_back().ok_or_else(|| index_error("pop from an empty deque"))?;
    d.bump();
    Ok(v)
}

fn deque_popleft(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.popleft")?;
    let d = this::<DequeObject>(args)?;
    let v = d.v().pop_front().ok_or_else(|| index_error("pop from an empty deque"))?;
    d.bump();
    Ok(v)
}

fn deque_clear(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.clear")?;
    this::<DequeObject>(args)?.clear();
    Ok(none())
}

/// CPython's deque_copy: the exact type copies directly, subclasses through their constructor.
fn copy_of(dv: &Value) -> PyResult<Value> {
    let d = dq(dv);
    if dv.is_type(&DEQUE_TYPE) {
        let n = new_deque_of(&DEQUE_TYPE, d.maxlen.get());
        let nd = dq(&n);
        for x in d.snapshot() {
            nd.append(x);
        }
        return Ok(n);
    }
    let cls = dv.ty().as_value();
    let r = if d.maxlen.get() < 0 {
        crate::call::call(&cls, &[dv.clone()], None)?
    } else {
        crate::call::call(&cls, &[dv.clone(), new_int(d.maxlen.get())], None)?
    };
    if r.downcast::<DequeObject>().is_none() {
        return Err(type_error(format!("{}() must return a deque, not {}", dv.ty().name(), r.ty().name())));
    }
    Ok(r)
}

fn deque_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.copy")?;
    this::<DequeObject>(args)?;
    copy_of(&args[0])
}

fn deque_dunder_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.__copy__")?;
    this::<DequeObject>(args)?;
    copy_of(&args[0])
}

fn mutated() -> crate::error::PyErr {
    runtime_error("deque mutated during iteration")
}

fn deque_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.count")?;
    let d = this::<DequeObject>(args)?;
    let state = d.state.get();
    let n = d.len();
    let mut count = 0;
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        if ops::eq(&item, &args[1])? {
            count += 1;
        }
        if d.state.get() != state {
            return Err(mutated());
        }
    }
    Ok(new_int(count))
}

fn deque_contains(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__contains__")?;
    let d = this::<DequeObject>(args)?;
    let state = d.state.get();
    let n = d.len();
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        let eq = ops::eq(&item, &args[1])?;
        if d.state.get() != state {
            return Err(mutated());
        }
        if eq {
            return Ok(new_bool(true));
        }
    }
    Ok(new_bool(false))
}

/// `deque.index(x[, start[, stop]])`.
fn deque_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = &args[1.min(args.len())..];
    clinic::parse_tuple(a, kw, "index", "deque.index", 1, 3)?;
    let d = this::<DequeObject>(args)?;
    let n = d.len() as i64;
    let mut start = match a.get(1) {
        Some(v) => crate::builtins::args::slice_index(v)?,
        None => 0,
    };
    let mut stop = match a.get(2) {
        Some(v) => crate::builtins::args::slice_index(v)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop = (stop + n).max(0);
    }
    stop = stop.min(n);
    start = start.min(stop);
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i as usize) else { break };
        if ops::eq(&item, &a[0])? {
            return Ok(new_int(i));
        }
        if d.state.get() != state {
            return Err(mutated());
        }
    }
    Err(value_error(format!("{} is not in deque", ops::repr_string(&a[0])?)))
}

/// `deque.insert(index, object)`.
fn deque_insert(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = &args[1.min(args.len())..];
    clinic::parse_tuple(a, kw, "insert", "deque.insert", 2, 2)?;
    let d = this::<DequeObject>(args)?;
    let index = crate::modules::support::ssize(&a[0])?;
    let n = d.len() as i64;
    if d.maxlen.get() == n {
        return Err(index_error("deque already at its maximum size"));
    }
    if index >= n {
        d.append(a[1].clone());
    } else if index <= -n || index == 0 {
        d.appendleft(a[1].clone());
    } else {
        let pos = if index < 0 { index + n } else { index };
        d.v().insert(pos as usize, a[1].clone());
        d.bump();
    }
    Ok(none())
}

fn deque_remove(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.remove")?;
    let d = this::<DequeObject>(args)?;
    let n = d.len();
    let state = d.state.get();
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        let eq = ops::eq(&item, &args[1])?;
        if d.state.get() != state {
            return Err(index_error("deque mutated during iteration"));
        }
        if eq {
            let old = d.v().remove(i);
            d.bump();
            drop(old);
            return Ok(none());
        }
    }
    Err(value_error(format!("{} is not in deque", ops::repr_string(&args[1])?)))
}

fn deque_reverse(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.reverse")?;
    let d = this::<DequeObject>(args)?;
    d.v().make_contiguous().reverse();
    Ok(none())
}

/// `deque.rotate(n=1)`.
fn deque_rotate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = &args[1.min(args.len())..];
    crate::builtins::args::no_kw("deque.rotate", kw)?;
    crate::builtins::args::arity("deque.rotate", a.len(), 0, 1)?;
    let d = this::<DequeObject>(args)?;
    let n = match a.first() {
        Some(v) => crate::builtins::args::as_ssize(v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(none())
}

fn deque_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(this::<DequeObject>(args)?.len() as i64))
}

/// An index as `PyObject_GetItem` reads it for a type with only `sq_item`.
fn seq_index(d: &DequeObject, key: &Value) -> PyResult<i64> {
    let Some(i) = ops::index_opt(key)? else {
        return Err(type_error(format!("sequence index must be integer, not '{}'", key.ty().name())));
    };
    let i = crate::objects::int::as_i64(&i)
        .ok_or_else(|| index_error(format!("cannot fit '{}' into an index-sized integer", key.ty().name())))?;
    Ok(if i < 0 { i + d.len() as i64 } else { i })
}

fn deque_getitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__getitem__")?;
    let d = this::<DequeObject>(args)?;
    let i = seq_index(d, &args[1])?;
    if i < 0 {
        return Err(index_error("deque index out of range"));
    }
    d.get(i as usize).ok_or_else(|| index_error("deque index out of range"))
}

fn deque_setitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::parse_tuple(&args[1.min(args.len())..], kw, "__setitem__", "deque.__setitem__", 2, 2)?;
    let d = this::<DequeObject>(args)?;
    let i = seq_index(d, &args[1])?;
    if i < 0 || i >= d.len() as i64 {
        return Err(index_error("deque index out of range"));
    }
    let old = std::mem::replace(&mut d.v()[i as usize], args[2].clone());
    drop(old);
    Ok(none())
}

fn deque_delitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__delitem__")?;
    let d = this::<DequeObject>(args)?;
    let i = seq_index(d, &args[1])?;
    if i < 0 || i >= d.len() as i64 {
        return Err(index_error("deque index out of range"));
    }
    let old = d.v().remove(i as usize);
    d.bump();
    drop(old);
    Ok(none())
}

fn deque_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DequeObject>(args)?;
    if !ops::repr_enter(&args[0]) {
        return Ok(new_str("[...]"));
    }
    let list = crate::objects::list::new_list(d.snapshot());
    let r = ops::repr_string(&list);
    ops::repr_leave(&args[0]);
    let r = r?;
    let name = type_name(&args[0]);
    Ok(new_str(match d.maxlen.get() {
        -1 => format!("{name}({r})"),
        m => format!("{name}({r}, maxlen={m})"),
    }))
}

/// CPython's deque_richcompare.
fn deque_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (v, w) = (&args[0], &args[1]);
    let (Some(dv), Some(dw)) = (v.downcast::<DequeObject>(), w.downcast::<DequeObject>()) else {
        return Ok(not_implemented());
    };
    let (vs, ws) = (dv.len(), dw.len());
    match op {
        CmpOp::Eq if v.is(w) => return Ok(new_bool(true)),
        CmpOp::Eq if vs != ws => return Ok(new_bool(false)),
        CmpOp::Ne if v.is(w) => return Ok(new_bool(false)),
        CmpOp::Ne if vs != ws => return Ok(new_bool(true)),
        _ => {}
    }
    let (sv, sw) = (dv.state.get(), dw.state.get());
    let mut i = 0;
    let (x, y) = loop {
        if dv.state.get() != sv || dw.state.get() != sw {
            return Err(mutated());
        }
        let x = dv.get(i);
        let y = dw.get(i);
        let (Some(xi), Some(yi)) = (&x, &y) else { break (x, y) };
        if !ops::eq(xi, yi)? {
            return ops::rich_compare(xi, yi, op);
        }
        i += 1;
    };
    Ok(new_bool(match op {
        CmpOp::Lt => y.is_some(),
        CmpOp::Le => x.is_none(),
        CmpOp::Eq => x.is_none() && y.is_none(),
        CmpOp::Ne => x.is_some() || y.is_some(),
        CmpOp::Gt => x.is_some(),
        CmpOp::Ge => y.is_none(),
    }))
}

fn deque_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    deque_compare(args, CmpOp::Eq)
}
fn deque_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    deque_compare(args, CmpOp::Ne)
}
fn deque_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    deque_compare(args, CmpOp::Lt)
}
fn deque_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    deque_compare(args, CmpOp::Le)
}
fn deque_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    deque_compare(args, CmpOp::Gt)
}
fn deque_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    deque_compare(args, CmpOp::Ge)
}

/// `deque + deque` (sq_concat: other operands get their reflected method, else TypeError).
fn deque_add(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__add__")?;
    this::<DequeObject>(args)?;
    let other = &args[1];
    if other.downcast::<DequeObject>().is_none() {
        // A class's reflected method gets its turn (sq_concat comes after nb_add).
        if other.ty().is_heap() && other.ty().lookup_str("__radd__").is_some() {
            return Ok(not_implemented());
        }
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", other.ty().name())));
    }
    let n = copy_of(&args[0])?;
    extend(&n, other)?;
    Ok(n)
}

fn deque_iadd(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__iadd__")?;
    this::<DequeObject>(args)?;
    extend(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// CPython's deque_inplace_repeat: the last `maxlen` items of n repetitions.
fn repeat_in_place(dv: &Value, n: i64) -> PyResult<()> {
    let d = dq(dv);
    let size = d.len();
    if n <= 0 || size == 0 {
        if n <= 0 {
            d.clear();
        }
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let total = (size as u128) * (n as u128);
    let keep = match d.maxlen.get() {
        -1 => total,
        m => total.min(m as u128),
    };
    if keep > (isize::MAX as u128) / 8 {
        return Err(crate::error::memory_error());
    }
    crate::objects::clinic::check_alloc(keep as usize * 8)?;
    let items = d.snapshot();
    let first = (total - keep) as usize % size;
    let mut out = VecDeque::with_capacity(keep as usize);
    for k in 0..keep as usize {
        out.push_back(items[(first + k) % size].clone());
    }
    let old = std::mem::replace(d.v(), out);
    d.bump();
    drop(old);
    Ok(())
}

/// The repeat count of `deque.__mul__(n)` (sq_repeat's wrapper).
fn repeat_count(other: &Value) -> PyResult<i64> {
    Ok(ops::repeat_count_arg(other)? as i64)
}

fn deque_mul(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__mul__")?;
    this::<DequeObject>(args)?;
    let n = repeat_count(&args[1])?;
    let c = copy_of(&args[0])?;
    repeat_in_place(&c, n)?;
    Ok(c)
}

fn deque_imul(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "deque.__imul__")?;
    this::<DequeObject>(args)?;
    let n = repeat_count(&args[1])?;
    repeat_in_place(&args[0], n)?;
    Ok(args[0].clone())
}

fn deque_maxlen(v: &Value) -> PyResult<Value> {
    let d = v.downcast::<DequeObject>().ok_or_else(|| type_error("expected a deque"))?;
    Ok(match d.maxlen.get() {
        -1 => none(),
        m => new_int(m),
    })
}

/// `deque.__reduce__`: `(type, () or ((), maxlen), state, iterator)`.
fn deque_reduce(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "deque.__reduce__")?;
    let d = this::<DequeObject>(args)?;
    let state = match crate::objects::instance::instance_dict(&args[0]) {
        Some(dd) if !dd.is_empty() => crate::objects::instance::dict_slot(&args[0]).and_then(|s| s.clone()).unwrap_or_else(none),
        _ => none(),
    };
    let it = new_deque_iter(&DEQUE_ITER_TYPE, &args[0], 0);
    let a = match d.maxlen.get() {
        -1 => new_tuple(Vec::new()),
        m => new_tuple(vec![new_tuple(Vec::new()), new_int(m)]),
    };
    Ok(new_tuple(vec![args[0].ty().as_value(), a, state, it]))
}

fn deque_sizeof(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DequeObject>(args)?;
    // CPython's blocks hold 64 items; size the same way.
    let blocks = (d.len() + 64) / 64;
    Ok(new_int(std::mem::size_of::<DequeObject>() as i64 + 16 + blocks as i64 * (64 * 8 + 16)))
}

fn deque_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<DequeObject>(args)?;
    Ok(new_deque_iter(&DEQUE_ITER_TYPE, &args[0], 0))
}

fn deque_reversed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<DequeObject>(args)?;
    Ok(new_deque_iter(&DEQUE_REVITER_TYPE, &args[0], 0))
}

// ----- deque iterators -----------------------------------------------------------

#[repr(C)]
pub struct DequeIterObject {
    header: ObjHeader,
    deque: Value,
    /// Items already produced.
    done: Cell<usize>,
    /// Items left (CPython's `counter`).
    counter: Cell<usize>,
    state: u64,
}
crate::modules::support::type_static!(DEQUE_ITER_TYPE, "_collections", "_deque_iterator", DequeIterObject, 0);
crate::modules::support::type_static!(DEQUE_REVITER_TYPE, "_collections", "_deque_reverse_iterator", DequeIterObject, 0);
unsafe impl crate::value::PyObj for DequeIterObject {
    fn class() -> &'static TypeObject {
        &DEQUE_ITER_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(&DEQUE_ITER_TYPE) || t.is_subtype(&DEQUE_REVITER_TYPE)
    }
}

fn new_deque_iter(ty: &TypeObject, deque: &Value, skip: usize) -> Value {
    let d = dq(deque);
    let n = d.len();
    let skip = skip.min(n);
    alloc_object(
        ty,
        DequeIterObject { header: hdr(), deque: deque.clone(), done: Cell::new(skip), counter: Cell::new(n - skip), state: d.state.get() },
    )
}

fn deque_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let i = unsafe { it.downcast_unchecked::<DequeIterObject>() };
    let d = dq(&i.deque);
    if d.state.get() != i.state {
        i.counter.set(0);
        return Err(mutated());
    }
    if i.counter.get() == 0 {
        return Ok(None);
    }
    let k = i.done.get();
    let pos = if it.ty().is_subtype(&DEQUE_REVITER_TYPE) { d.len() - 1 - k } else { k };
    i.done.set(k + 1);
    i.counter.set(i.counter.get() - 1);
    Ok(d.get(pos))
}

/// `_deque_iterator(deque, index=0)` (used by pickling).
fn deque_iter_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let name = if cls.is_subtype(&DEQUE_REVITER_TYPE) { "_deque_reverse_iterator" } else { "_deque_iterator" };
    let a = crate::builtins::args::parse_args(name, &args[1..], kw, &["deque", "index"], 2, 1, 2)?;
    let dv = a[0].clone().unwrap_or_else(none);
    if dv.downcast::<DequeObject>().is_none() {
        return Err(type_error(format!("{}() argument 1 must be collections.deque, not {}", name, dv.ty().name())));
    }
    let index = match &a[1] {
        Some(v) => crate::builtins::args::as_ssize(v)?.max(0) as usize,
        None => 0,
    };
    Ok(new_deque_iter(cls, &dv, index))
}

fn deque_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let i = this::<DequeIterObject>(args)?;
    Ok(new_int(i.counter.get() as i64))
}

fn deque_iter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let i = this::<DequeIterObject>(args)?;
    let n = dq(&i.deque).len() as i64 - i.counter.get() as i64;
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![i.deque.clone(), new_int(n)])]))
}

// ----- defaultdict -------------------------------------------------------------

#[repr(C)]
pub struct DefaultDictObject {
    dict: DictObject,
    factory: UnsafeCell<Option<Value>>,
}
pub static DEFAULTDICT_TYPE: TypeObject =
    TypeObject::builtin::<DefaultDictObject>("collections.defaultdict", Some(&DICT_TYPE), BASETYPE | crate::types::MAPPING)
        .in_module("collections")
        .with_qualname("defaultdict");
unsafe impl crate::value::PyObj for DefaultDictObject {
    fn class() -> &'static TypeObject {
        &DEFAULTDICT_TYPE
    }
}

impl DefaultDictObject {
    fn factory(&self) -> Option<Value> {
        unsafe { (*self.factory.get()).clone() }.filter(|f| !is_none(f))
    }

    fn set_factory(&self, f: Option<Value>) {
        let old = unsafe { std::mem::replace(&mut *self.factory.get(), f) };
        drop(old);
    }
}

fn defaultdict_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    if !cls.is_subtype(&DEFAULTDICT_TYPE) {
        return Err(type_error(format!("defaultdict.__new__({}): {} is not a subtype of defaultdict", cls.name(), cls.name())));
    }
    Ok(alloc_object(cls, DefaultDictObject { dict: crate::objects::dict::new_dict_payload(), factory: UnsafeCell::new(None) }))
}

/// `defaultdict(default_factory=None, /, [...])`: the rest goes to `dict.__init__`.
fn defaultdict_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let dd = this::<DefaultDictObject>(args)?;
    let mut factory = None;
    if let Some(f) = args.get(1) {
        if !is_none(f) && !crate::call::callable(f) {
            return Err(type_error("first argument must be callable or None"));
        }
        factory = Some(f.clone());
    }
    dd.set_factory(factory);
    let init = DICT_TYPE.lookup_str("__init__").ok_or_else(|| type_error("dict has no __init__"))?;
    let mut rest = vec![args[0].clone()];
    rest.extend(args.iter().skip(2).cloned());
    crate::call::call(&init, &rest, kw)
}

fn defaultdict_missing(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "defaultdict.__missing__")?;
    let dd = this::<DefaultDictObject>(args)?;
    let Some(f) = dd.factory() else { return Err(key_error(args[1].clone())) };
    let value = crate::call::call(&f, &[], None)?;
    ops::set_item(&args[0], &args[1], value.clone())?;
    Ok(value)
}

fn defaultdict_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let dd = this::<DefaultDictObject>(args)?;
    let base = crate::objects::dict_methods::dict_repr_string(&args[0])?;
    let f = match dd.factory() {
        None => "None".to_owned(),
        Some(f) => {
            if !ops::repr_enter(&f) {
                "...".to_owned()
            } else {
                let r = ops::repr_string(&f);
                ops::repr_leave(&f);
                r?
            }
        }
    };
    Ok(new_str(format!("{}({}, {})", type_name(&args[0]), f, base)))
}

/// CPython's new_defdict: `type(dd)(dd.default_factory, arg)`.
fn new_defdict(dd: &Value, arg: &Value) -> PyResult<Value> {
    let f = dd.downcast::<DefaultDictObject>().and_then(|d| d.factory()).unwrap_or_else(none);
    crate::call::call(&dd.ty().as_value(), &[f, arg.clone()], None)
}

fn defaultdict_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "defaultdict.copy")?;
    this::<DefaultDictObject>(args)?;
    new_defdict(&args[0], &args[0])
}

fn defaultdict_reduce(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1.min(args.len())..], kw, "defaultdict.__reduce__")?;
    let dd = this::<DefaultDictObject>(args)?;
    let a = match dd.factory() {
        None => new_tuple(Vec::new()),
        Some(f) => new_tuple(vec![f]),
    };
    let items = ops::call_method(&args[0], "items", &[])?;
    let it = ops::iter(&items)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), a, none(), none(), it]))
}

/// CPython's defdict_or, for both `__or__` and `__ror__`.
fn defdict_or(left: &Value, right: &Value) -> PyResult<Value> {
    let (selfv, other) = if left.downcast::<DefaultDictObject>().is_some() { (left, right) } else { (right, left) };
    if other.downcast::<DictObject>().is_none() {
        return Ok(not_implemented());
    }
    let new = new_defdict(selfv, left)?;
    ops::call_method(&new, "update", &[right.clone()])?;
    Ok(new)
}

fn defaultdict_or(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "defaultdict.__or__")?;
    defdict_or(&args[0], &args[1])
}

fn defaultdict_ror(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1.min(args.len())..], kw, "defaultdict.__ror__")?;
    defdict_or(&args[1], &args[0])
}

fn get_factory(v: &Value) -> PyResult<Value> {
    let dd = v.downcast::<DefaultDictObject>().ok_or_else(|| type_error("expected a defaultdict"))?;
    Ok(unsafe { (*dd.factory.get()).clone() }.unwrap_or_else(none))
}

fn set_factory(v: &Value, f: Option<&Value>) -> PyResult<()> {
    let dd = v.downcast::<DefaultDictObject>().ok_or_else(|| type_error("expected a defaultdict"))?;
    dd.set_factory(Some(f.cloned().unwrap_or_else(none)));
    Ok(())
}

// ----- _count_elements ------------------------------------------------------------

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each x.
fn count_elements(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "_count_elements", "_count_elements", 2, 2)?;
    let (mapping, iterable) = (&args[0], &args[1]);
    let it = ops::iter(iterable)?;
    let one = new_int(1);
    let ty = mapping.ty();
    let same = |name: &'static str| match (ty.lookup_str(name), DICT_TYPE.lookup_str(name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    if let (Some(d), true, true) = (mapping.downcast::<DictObject>(), same("get"), same("__setitem__")) {
        while let Some(key) = ops::next(&it)? {
            let new = match d.get(&key)? {
                None => one.clone(),
                Some(old) => ops::binary_op(&old, &one, tern_frontend::bytecode::BinOp::Add)?,
            };
            d.set(key, new)?;
        }
        return Ok(none());
    }
    let get = ops::getattr_str(mapping, "get")?;
    let zero = new_int(0);
    while let Some(key) = ops::next(&it)? {
        let old = crate::call::call(&get, &[key.clone(), zero.clone()], None)?;
        let new = ops::binary_op(&old, &one, tern_frontend::bytecode::BinOp::Add)?;
        ops::set_item(mapping, &key, new)?;
    }
    Ok(none())
}

// ----- _tuplegetter ----------------------------------------------------------------

#[repr(C)]
pub struct TupleGetterObject {
    header: ObjHeader,
    index: i64,
    doc: UnsafeCell<Option<Value>>,
}
native_type!(TUPLEGETTER_TYPE, "_collections", "_tuplegetter", TupleGetterObject, 0);

fn tuplegetter_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    crate::builtins::args::no_kw("_tuplegetter", kw)?;
    crate::builtins::args::arity("_tuplegetter", args.len() - 1, 2, 2)?;
    let index = crate::modules::support::ssize(&args[1])?;
    Ok(alloc_object(cls, TupleGetterObject { header: hdr(), index, doc: UnsafeCell::new(Some(args[2].clone())) }))
}

fn tuplegetter_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<TupleGetterObject>(args)?;
    let obj = args.get(1).cloned().unwrap_or_else(none);
    if is_none(&obj) {
        return Ok(args[0].clone());
    }
    let Some(items) = tuple_items(&obj) else {
        return Err(type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            obj.ty().name()
        )));
    };
    if g.index < 0 || g.index as usize >= items.len() {
        return Err(index_error("tuple index out of range"));
    }
    Ok(items[g.index as usize].clone())
}

fn tuplegetter_set(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(attribute_error("can't set attribute"))
}

fn tuplegetter_delete(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(attribute_error("can't delete attribute"))
}

fn tuplegetter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<TupleGetterObject>(args)?;
    let doc = unsafe { (*g.doc.get()).clone() }.unwrap_or_else(none);
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![new_int(g.index), doc])]))
}

fn tuplegetter_doc(v: &Value) -> PyResult<Value> {
    let g = v.downcast::<TupleGetterObject>().ok_or_else(|| type_error("expected a _tuplegetter"))?;
    Ok(unsafe { (*g.doc.get()).clone() }.unwrap_or_else(none))
}

fn tuplegetter_set_doc(v: &Value, d: Option<&Value>) -> PyResult<()> {
    let g = v.downcast::<TupleGetterObject>().ok_or_else(|| type_error("expected a _tuplegetter"))?;
    let old = unsafe { std::mem::replace(&mut *g.doc.get(), d.cloned()) };
    drop(old);
    Ok(())
}

// ----- the module --------------------------------------------------------------

fn init_types() {
    let t = &DEQUE_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, deque_new);
    build::method(t, "__init__", deque_init);
    for (name, f) in [
        ("append", deque_append as crate::objects::function::NativeFn),
        ("appendleft", deque_appendleft),
        ("clear", deque_clear),
        ("__copy__", deque_dunder_copy),
        ("copy", deque_copy),
        ("count", deque_count),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("index", deque_index),
        ("insert", deque_insert),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("__reduce__", deque_reduce),
        ("remove", deque_remove),
        ("__reversed__", deque_reversed),
        ("reverse", deque_reverse),
        ("rotate", deque_rotate),
        ("__sizeof__", deque_sizeof),
        ("__len__", deque_len),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("__iter__", deque_iter),
        ("__repr__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
    ] {
        build::method(t, name, f);
    }
    build::attr(t, "__hash__", none());
    build::getset(t, "maxlen", deque_maxlen, None);
    build::classmethod(t, "__class_getitem__", class_getitem);

    for it in [&DEQUE_ITER_TYPE, &DEQUE_REVITER_TYPE] {
        crate::objects::iter::register_iterator(it, deque_iter_next);
        build::new(it, deque_iter_new);
        build::method(it, "__length_hint__", deque_iter_len);
        build::method(it, "__reduce__", deque_iter_reduce);
    }

    let t = &DEFAULTDICT_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, defaultdict_new);
    build::method(t, "__init__", defaultdict_init);
    build::method(t, "__missing__", defaultdict_missing);
    build::method(t, "__repr__", defaultdict_repr);
    build::method(t, "copy", defaultdict_copy);
    build::method(t, "__copy__", defaultdict_copy);
    build::method(t, "__reduce__", defaultdict_reduce);
    build::method(t, "__or__", defaultdict_or);
    build::method(t, "__ror__", defaultdict_ror);
    build::getset(t, "default_factory", get_factory, Some(set_factory));
    build::classmethod(t, "__class_getitem__", class_getitem);

    let t = &TUPLEGETTER_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, tuplegetter_new);
    build::method(t, "__get__", tuplegetter_get);
    build::method(t, "__set__", tuplegetter_set);
    build::method(t, "__delete__", tuplegetter_delete);
    build::method(t, "__reduce__", tuplegetter_reduce);
    build::getset(t, "__doc__", tuplegetter_doc, Some(tuplegetter_set_doc));
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_collections");
    let mo = m.downcast::<ModuleObject>().unwrap();
    for t in [&DEQUE_TYPE, &DEFAULTDICT_TYPE, &DEQUE_ITER_TYPE, &DEQUE_REVITER_TYPE, &TUPLEGETTER_TYPE] {
        mo.set(t.qualname(), t.as_value());
    }
    mo.set("_count_elements", new_builtin("_count_elements", count_elements, Some("_collections")));
    mo.set("__doc__", new_str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
    m
}
