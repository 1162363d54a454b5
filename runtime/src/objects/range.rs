//! `range` and its iterator. Ranges whose bounds fit in i64 iterate
//! natively; larger ones fall back to int arithmetic.

use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::objects::bool_none::{new_bool, not_implemented};
use crate::objects::function::Kw;
use crate::objects::int::{self, int_val, new_bigint, new_int, IntVal};
use crate::objects::str::new_str;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use malachite::Integer;
use std::cell::Cell;

#[repr(C)]
pub struct RangeObject {
    pub header: ObjHeader,
    pub start: Integer,
    pub stop: Integer,
    pub step: Integer,
    /// Number of items.
    pub len: Integer,
}

unsafe impl PyObj for RangeObject {
    fn class() -> &'static TypeObject {
        &RANGE_TYPE
    }
}

pub static RANGE_TYPE: TypeObject = TypeObject::builtin::<RangeObject>("range", Some(&OBJECT_TYPE), crate::types::SEQUENCE);

fn range_len(start: &Integer, stop: &Integer, step: &Integer) -> Integer {
    use malachite::num::arithmetic::traits::DivMod;
    // Bounds that fit in i64 (nearly all): the length in i128, no big ints.
    if let (Ok(a), Ok(b), Ok(c)) = (i64::try_from(start), i64::try_from(stop), i64::try_from(step)) {
        let (a, b, c) = (a as i128, b as i128, c as i128);
        let n = if c > 0 && a < b {
            (b - a - 1) / c + 1
        } else if c < 0 && a > b {
            (a - b - 1) / -c + 1
        } else {
            0
        };
        return Integer::from(n);
    }
    let zero = Integer::from(0);
    if *step > zero {
        if start < stop {
            (stop - start - Integer::from(1)).div_mod(step.clone()).0 + Integer::from(1)
        } else {
            zero
        }
    } else if start > stop {
        (start - stop - Integer::from(1)).div_mod(-step.clone()).0 + Integer::from(1)
    } else {
        zero
    }
}

pub fn new_range(start: Integer, stop: Integer, step: Integer) -> Value {
    let len = range_len(&start, &stop, &step);
    crate::types::new_object(RangeObject { header: ObjHeader::new(std::ptr::null()), start, stop, step, len })
}

fn to_int(v: &Value) -> PyResult<Integer> {
    match int_val(v) {
        Some(i) => Ok(i.to_big()),
        None => {
            let i = crate::ops::index_opt(v)?.ok_or_else(|| {
                type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name()))
            })?;
            Ok(int::to_bigint(&i).unwrap())
        }
    }
}

fn range_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Integer::from(0), to_int(&a[0])?, Integer::from(1)),
        2 => (to_int(&a[0])?, to_int(&a[1])?, Integer::from(1)),
        3 => (to_int(&a[0])?, to_int(&a[1])?, to_int(&a[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn r(v: &Value) -> &RangeObject {
    v.downcast::<RangeObject>().unwrap()
}

impl RangeObject {
    pub fn item(&self, i: &Integer) -> Integer {
        &self.start + &self.step * i
    }

    /// (start, step, len) if all fit in i64.
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        Some((i64::try_from(&self.start).ok()?, i64::try_from(&self.step).ok()?, i64::try_from(&self.len).ok()?))
    }
}

fn range_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let rg = r(&args[0]);
    if rg.step == 1 {
        Ok(new_str(format!("range({}, {})", rg.start, rg.stop)))
    } else {
        Ok(new_str(format!("range({}, {}, {})", rg.start, rg.stop, rg.step)))
    }
}

fn range_len_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let rg = r(&args[0]);
    match i64::try_from(&rg.len) {
        Ok(n) => Ok(new_int(n)),
        Err(_) => Err(overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(r(&args[0]).len != 0))
}

/// A slice's (start, stop, step) over `len` items in big ints, with no
/// clamping to a machine word (CPython's `_PySlice_GetLongIndices`): a
/// range's slice is exact.
fn long_indices(s: &crate::objects::slice::SliceObject, len: &Integer) -> PyResult<(Integer, Integer, Integer)> {
    let bound = |v: &Value| -> PyResult<Integer> {
        if let Some(i) = int_val(v) {
            return Ok(i.to_big());
        }
        match crate::ops::index_opt(v)? {
            Some(i) => Ok(int::to_bigint(&i).unwrap()),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let none = crate::objects::bool_none::is_none;
    let step = if none(&s.step) { Integer::from(1) } else { bound(&s.step)? };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (Integer::from(-1), len - Integer::from(1)) } else { (Integer::from(0), len.clone()) };
    let clamp = |v: &Value, default: &Integer| -> PyResult<Integer> {
        if none(v) {
            return Ok(default.clone());
        }
        let mut i = bound(v)?;
        if i < 0 {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (start_default, stop_default) = if step < 0 { (&upper, &lower) } else { (&lower, &upper) };
    Ok((clamp(&s.start, start_default)?, clamp(&s.stop, stop_default)?, step))
}

fn range_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let rg = r(&args[0]);
    let key = &args[1];
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        let (start, stop, step) = long_indices(s, &rg.len)?;
        return Ok(new_range(rg.item(&start), rg.item(&stop), &rg.step * step));
    }
    let i = match int_val(key) {
        Some(i) => i.to_big(),
        None => match crate::ops::index_opt(key)? {
            Some(v) => int::to_bigint(&v).unwrap(),
            None => {
                return Err(type_error(format!(
                    "range indices must be integers or slices, not {}",
                    key.ty().name()
                )))
            }
        },
    };
    let i = if i < 0 { i + &rg.len } else { i };
    if i < 0 || i >= rg.len {
        return Err(index_error("range object index out of range"));
    }
    Ok(new_bigint(rg.item(&i)))
}

fn range_contains_int(rg: &RangeObject, v: IntVal) -> bool {
    use malachite::num::arithmetic::traits::DivMod;
    let x = v.to_big();
    let in_bounds = if rg.step > 0 { x >= rg.start && x < rg.stop } else { x <= rg.start && x > rg.stop };
    if !in_bounds {
        return false;
    }
    (x - &rg.start).div_mod(rg.step.clone()).1 == 0
}

fn range_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let rg = r(&args[0]);
    if let Some(i) = int_val(&args[1]) {
        if args[1].is_small_int() || args[1].is_type(&int::INT_TYPE) || args[1].is_type(&crate::objects::bool_none::BOOL_TYPE) {
            return Ok(new_bool(range_contains_int(rg, i)));
        }
    }
    let mut found = false;
    crate::ops::for_each(&args[0], |v| {
        if crate::ops::eq(&v, &args[1])? {
            found = true;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(new_bool(found))
}

fn range_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = r(&args[0]);
    let Some(b) = args[1].downcast::<RangeObject>() else { return Ok(not_implemented()) };
    let eq = if a.len != b.len {
        false
    } else if a.len == 0 {
        true
    } else if a.start != b.start {
        false
    } else {
        a.len == 1 || a.step == b.step
    };
    Ok(new_bool(eq))
}

fn range_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = r(&args[0]);
    use crate::objects::bool_none::none;
    let t = if a.len == 0 {
        crate::objects::tuple::new_tuple(vec![new_int(0), none(), none()])
    } else if a.len == 1 {
        crate::objects::tuple::new_tuple(vec![new_int(1), new_bigint(a.start.clone()), none()])
    } else {
        crate::objects::tuple::new_tuple(vec![new_bigint(a.len.clone()), new_bigint(a.start.clone()), new_bigint(a.step.clone())])
    };
    Ok(new_int(crate::ops::hash(&t)?))
}

/// Exact ints and bools are answered arithmetically (CPython's range_index/range_count).
fn exact_int(v: &Value) -> Option<IntVal<'_>> {
    if v.is_small_int() || v.is_type(&int::INT_TYPE) || v.is_type(&crate::objects::bool_none::BOOL_TYPE) {
        int_val(v)
    } else {
        None
    }
}

fn range_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    use malachite::num::arithmetic::traits::DivMod;
    crate::builtins::args::one_arg("range.index", args, kw)?;
    let rg = r(&args[0]);
    if let Some(i) = exact_int(&args[1]) {
        if range_contains_int(rg, i) {
            return Ok(new_bigint((i.to_big() - &rg.start).div_mod(rg.step.clone()).0));
        }
        return Err(value_error(format!("{} is not in range", crate::ops::repr_string(&args[1])?)));
    }
    let mut idx = 0i64;
    let mut found = None;
    crate::ops::for_each(&args[0], |v| {
        if crate::ops::eq(&v, &args[1])? {
            found = Some(idx);
            return Ok(false);
        }
        idx += 1;
        Ok(true)
    })?;
    found.map(new_int).ok_or_else(|| value_error("sequence.index(x): x not in sequence"))
}

fn range_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("range.count", args, kw)?;
    let rg = r(&args[0]);
    if let Some(i) = exact_int(&args[1]) {
        return Ok(new_int(range_contains_int(rg, i) as i64));
    }
    let mut n = 0;
    crate::ops::for_each(&args[0], |v| {
        if crate::ops::eq(&v, &args[1])? {
            n += 1;
        }
        Ok(true)
    })?;
    Ok(new_int(n))
}

fn get_start(v: &Value) -> PyResult<Value> {
    Ok(new_bigint(r(v).start.clone()))
}
fn get_stop(v: &Value) -> PyResult<Value> {
    Ok(new_bigint(r(v).stop.clone()))
}
fn get_step(v: &Value) -> PyResult<Value> {
    Ok(new_bigint(r(v).step.clone()))
}

fn range_reversed(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("range.__reversed__", args, kw)?;
    let rg = r(&args[0]);
    let last = rg.item(&(&rg.len - Integer::from(1)));
    Ok(new_range_iter(last, -rg.step.clone(), rg.len.clone()))
}

/// `range.__reduce__`: `(range, (start, stop, step))`.
fn range_reduce(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("range.__reduce__", args, kw)?;
    let rg = r(&args[0]);
    Ok(crate::objects::tuple::new_tuple(vec![
        RANGE_TYPE.as_value(),
        crate::objects::tuple::new_tuple(vec![
            new_bigint(rg.start.clone()),
            new_bigint(rg.stop.clone()),
            new_bigint(rg.step.clone()),
        ]),
    ]))
}

// ----- iterator ----------------------------------------------------------------

/// CPython 3.11's range iterator: start, step, length and the index reached
/// (native ints when they fit, else int arithmetic).
#[repr(C)]
pub struct RangeIterObject {
    pub header: ObjHeader,
    start: i64,
    step: i64,
    len: i64,
    index: Cell<i64>,
    /// For iterators beyond i64: (start, step, len, index).
    big: Option<(Integer, Integer, Integer, std::cell::RefCell<Integer>)>,
}

impl RangeIterObject {
    /// Byte offsets of `start`, `step`, `len` and `index`, for compiled code
    /// that steps `for` loops over ranges in place (as `range_iter_next_fast`).
    pub const FIELD_OFFSETS: [usize; 4] = [
        std::mem::offset_of!(RangeIterObject, start),
        std::mem::offset_of!(RangeIterObject, step),
        std::mem::offset_of!(RangeIterObject, len),
        std::mem::offset_of!(RangeIterObject, index),
    ];
}

unsafe impl PyObj for RangeIterObject {
    fn class() -> &'static TypeObject {
        &RANGE_ITER_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        std::ptr::eq(t, &RANGE_ITER_TYPE) || std::ptr::eq(t, &LONGRANGE_ITER_TYPE)
    }
}

pub static RANGE_ITER_TYPE: TypeObject = TypeObject::builtin::<RangeIterObject>("range_iterator", Some(&OBJECT_TYPE), 0);
pub static LONGRANGE_ITER_TYPE: TypeObject =
    TypeObject::builtin::<RangeIterObject>("longrange_iterator", Some(&OBJECT_TYPE), 0);

/// An iterator over `len` items from `start` by `step`.
fn new_range_iter(start: Integer, step: Integer, len: Integer) -> Value {
    let small = (|| {
        let (s, st, n) = (i64::try_from(&start).ok()?, i64::try_from(&step).ok()?, i64::try_from(&len).ok()?);
        // Every value produced must fit too.
        s.checked_add(st.checked_mul(n)?)?;
        Some((s, st, n))
    })();
    match small {
        Some((s, st, n)) => crate::types::alloc_object(
            &RANGE_ITER_TYPE,
            RangeIterObject { header: ObjHeader::new(std::ptr::null()), start: s, step: st, len: n, index: Cell::new(0), big: None },
        ),
        None => crate::types::alloc_object(
            &LONGRANGE_ITER_TYPE,
            RangeIterObject {
                header: ObjHeader::new(std::ptr::null()),
                start: 0,
                step: 0,
                len: 0,
                index: Cell::new(0),
                big: Some((start, step, len, std::cell::RefCell::new(Integer::from(0)))),
            },
        ),
    }
}

pub fn range_iter(v: &Value) -> Value {
    let rg = r(v);
    new_range_iter(rg.start.clone(), rg.step.clone(), rg.len.clone())
}

/// The range iterator's step, inline for `for` loops.
#[inline]
pub fn range_iter_next_fast(it: &Value) -> Option<Option<Value>> {
    if !it.is_type(&RANGE_ITER_TYPE) {
        return None;
    }
    let ri = unsafe { it.downcast_unchecked::<RangeIterObject>() };
    let i = ri.index.get();
    if i >= ri.len {
        return Some(None);
    }
    ri.index.set(i + 1);
    Some(Some(new_int(ri.start.wrapping_add(i.wrapping_mul(ri.step)))))
}

fn range_iternext(it: &Value) -> PyResult<Option<Value>> {
    let ri = unsafe { it.downcast_unchecked::<RangeIterObject>() };
    match &ri.big {
        None => Ok(range_iter_next_fast(it).unwrap_or(None)),
        Some((start, step, len, idx)) => {
            let i = idx.borrow().clone();
            if i >= *len {
                return Ok(None);
            }
            *idx.borrow_mut() = &i + Integer::from(1);
            Ok(Some(new_bigint(start + step * i)))
        }
    }
}

fn ri(v: &Value) -> PyResult<&RangeIterObject> {
    v.downcast::<RangeIterObject>().ok_or_else(|| type_error("expected a range iterator"))
}

fn range_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let it = ri(&args[0])?;
    match &it.big {
        None => Ok(new_int((it.len - it.index.get()).max(0))),
        Some((_, _, len, idx)) => Ok(new_bigint(len - &*idx.borrow())),
    }
}

/// CPython 3.11's rangeiter_reduce: `(iter, (range(start, stop, step),), index)`.
fn range_iter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let it = ri(&args[0])?;
    let (start, step, len, index) = match &it.big {
        None => (Integer::from(it.start), Integer::from(it.step), Integer::from(it.len), new_int(it.index.get())),
        Some((s, st, n, idx)) => (s.clone(), st.clone(), n.clone(), new_bigint(idx.borrow().clone())),
    };
    let stop = &start + &len * &step;
    let range = new_range(start, stop, step);
    let b = crate::builtins::builtins_dict();
    let iter_fn = crate::objects::dict::as_dict(&b)
        .and_then(|d| d.get_str(&crate::objects::str::intern_static("iter")))
        .unwrap_or_else(crate::objects::bool_none::none);
    Ok(crate::objects::tuple::new_tuple(vec![iter_fn, crate::objects::tuple::new_tuple(vec![range]), index]))
}

/// CPython's rangeiter_setstate: the index, clamped to [0, len].
fn range_iter_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("__setstate__", args, kw)?;
    let it = ri(&args[0])?;
    match &it.big {
        None => {
            let i = crate::objects::int::as_i64(&crate::ops::index(&args[1])?).unwrap_or(i64::MAX);
            it.index.set(i.clamp(0, it.len));
        }
        Some((_, _, len, idx)) => {
            let i = to_int(&args[1])?;
            let zero = Integer::from(0);
            *idx.borrow_mut() = if i < zero { zero } else if i > *len { len.clone() } else { i };
        }
    }
    Ok(crate::objects::bool_none::none())
}

fn range_iter_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(range_iter(&args[0]))
}

pub fn init() {
    crate::types::init_builtin_type(&RANGE_TYPE);
    let t = &RANGE_TYPE;
    build::new(t, range_new);
    build::method(t, "__repr__", range_repr);
    build::method(t, "__len__", range_len_m);
    build::method(t, "__bool__", range_bool);
    build::method(t, "__getitem__", range_getitem);
    build::method(t, "__contains__", range_contains);
    build::method(t, "__eq__", range_eq);
    build::method(t, "__hash__", range_hash);
    build::method(t, "__iter__", range_iter_m);
    build::method(t, "__reversed__", range_reversed);
    build::method(t, "index", range_index);
    build::method(t, "count", range_count);
    build::getset(t, "start", get_start, None);
    build::getset(t, "stop", get_stop, None);
    build::getset(t, "step", get_step, None);
    build::method(t, "__reduce__", range_reduce);
    for it in [&RANGE_ITER_TYPE, &LONGRANGE_ITER_TYPE] {
        crate::objects::iter::register_iterator(it, range_iternext);
        build::method(it, "__length_hint__", range_iter_len);
        build::method(it, "__reduce__", range_iter_reduce);
        build::method(it, "__setstate__", range_iter_setstate);
    }
}
