//! `slice`, and the index arithmetic that sequences share.

use crate::error::{type_error, value_error, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::function::Kw;
use crate::objects::str::new_str;
use crate::types::{build, TypeObject};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct SliceObject {
    pub header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

unsafe impl PyObj for SliceObject {
    fn class() -> &'static TypeObject {
        &SLICE_TYPE
    }
}

pub static SLICE_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<SliceObject>("slice", Some(&crate::types::OBJECT_TYPE), 0);
    t.dealloc = slice_dealloc;
    t
};

thread_local! {
    /// One freed slice's memory, kept for the next (as CPython keeps one):
    /// `x[a:b]` makes a slice and frees it at once.
    static CACHED: std::cell::Cell<*mut SliceObject> = const { std::cell::Cell::new(std::ptr::null_mut()) };
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let p = CACHED.with(|c| c.replace(std::ptr::null_mut()));
    if p.is_null() {
        return crate::types::new_object(SliceObject { header: ObjHeader::new(std::ptr::null()), start, stop, step });
    }
    unsafe {
        std::ptr::write(p, SliceObject { header: ObjHeader::new(&SLICE_TYPE), start, stop, step });
        Value::from_owned_ptr(p)
    }
}

/// Frees a slice: its bounds are released and its memory becomes the cached
/// one (a slice cached before, possibly while the bounds were released, is
/// freed).
unsafe fn slice_dealloc(h: *mut ObjHeader) {
    let p = h as *mut SliceObject;
    std::ptr::drop_in_place(&mut (*p).start);
    std::ptr::drop_in_place(&mut (*p).stop);
    std::ptr::drop_in_place(&mut (*p).step);
    if let Some(old) = CACHED.with(|c| {
        let old = c.replace(p);
        (!old.is_null()).then_some(old)
    }) {
        std::alloc::dealloc(old as *mut u8, std::alloc::Layout::new::<SliceObject>());
    }
}

/// A slice bound as an isize, clamped like CPython's `_PyEval_SliceIndex`.
fn slice_index(v: &Value) -> PyResult<isize> {
    if let Some(x) = v.as_small() {
        return Ok(x as isize);
    }
    match crate::objects::int::int_val(v) {
        Some(i) => Ok(match i.as_i64() {
            Some(x) => x as isize,
            None => {
                if i.is_negative() {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
        }),
        None => {
            let idx = crate::ops::index_opt(v)?.ok_or_else(|| {
                type_error("slice indices must be integers or None or have an __index__ method")
            })?;
            slice_index(&idx)
        }
    }
}

impl SliceObject {
    /// (start, stop, step) before clamping to a length (CPython's PySlice_Unpack).
    pub fn unpack(&self) -> PyResult<Bounds> {
        unpack(&self.start, &self.stop, &self.step)
    }

    /// (start, stop, step, length) for a sequence of `len` items.
    pub fn indices(&self, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        Ok(adjust(self.unpack()?, len))
    }
}

/// The bounds `start:stop:step` (each maybe None) before clamping to a
/// length (CPython's PySlice_Unpack), for a slice object or without one.
pub fn unpack(start: &Value, stop: &Value, step: &Value) -> PyResult<Bounds> {
    let step = if is_none(step) {
        1
    } else {
        let s = slice_index(step)?;
        if s == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        s.max(-isize::MAX)
    };
    let start = if is_none(start) {
        if step < 0 { isize::MAX } else { 0 }
    } else {
        slice_index(start)?
    };
    let stop = if is_none(stop) {
        if step < 0 { isize::MIN } else { isize::MAX }
    } else {
        slice_index(stop)?
    };
    Ok((start, stop, step))
}

/// A slice's (start, stop, step) before clamping to a length.
pub type Bounds = (isize, isize, isize);

/// (start, stop, step, length) of `bounds` for a sequence of `len` items.
pub fn adjust((start, stop, step): Bounds, len: usize) -> (isize, isize, isize, usize) {
    adjust_indices(start, stop, step, len as isize)
}

/// CPython's PySlice_AdjustIndices.
pub fn adjust_indices(mut start: isize, mut stop: isize, step: isize, len: isize) -> (isize, isize, isize, usize) {
    if start < 0 {
        start += len;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= len {
        start = if step < 0 { len - 1 } else { len };
    }
    if stop < 0 {
        stop += len;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= len {
        stop = if step < 0 { len - 1 } else { len };
    }
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

/// The positions selected by a slice over `len` items.
pub fn slice_positions(s: &SliceObject, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, n) = s.indices(len)?;
    Ok((0..n).map(|i| (start + i as isize * step) as usize).collect())
}

fn slice_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    let a = &args[1..];
    match a.len() {
        1 => Ok(new_slice(none(), a[0].clone(), none())),
        2 => Ok(new_slice(a[0].clone(), a[1].clone(), none())),
        3 => Ok(new_slice(a[0].clone(), a[1].clone(), a[2].clone())),
        0 => Err(type_error("slice expected at least 1 argument, got 0")),
        n => Err(type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn slice_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<SliceObject>().unwrap();
    Ok(new_str(format!(
        "slice({}, {}, {})",
        crate::ops::repr_string(&s.start)?,
        crate::ops::repr_string(&s.stop)?,
        crate::ops::repr_string(&s.step)?
    )))
}

/// CPython's slice_richcompare: slices compare as (start, stop, step) tuples.
fn slice_richcompare(args: &[Value], op: tern_frontend::bytecode::CmpOp) -> PyResult<Value> {
    use tern_frontend::bytecode::CmpOp;
    let a = args[0].downcast::<SliceObject>().unwrap();
    let Some(b) = args[1].downcast::<SliceObject>() else {
        return Ok(crate::objects::bool_none::not_implemented());
    };
    if args[0].is(&args[1]) {
        return Ok(crate::objects::bool_none::new_bool(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge)));
    }
    let ta = crate::objects::tuple::new_tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
    let tb = crate::objects::tuple::new_tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
    crate::ops::rich_compare(&ta, &tb, op)
}

fn slice_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    slice_richcompare(args, tern_frontend::bytecode::CmpOp::Eq)
}
fn slice_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    slice_richcompare(args, tern_frontend::bytecode::CmpOp::Ne)
}
fn slice_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    slice_richcompare(args, tern_frontend::bytecode::CmpOp::Lt)
}
fn slice_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    slice_richcompare(args, tern_frontend::bytecode::CmpOp::Le)
}
fn slice_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    slice_richcompare(args, tern_frontend::bytecode::CmpOp::Gt)
}
fn slice_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    slice_richcompare(args, tern_frontend::bytecode::CmpOp::Ge)
}

fn slice_indices(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<SliceObject>().unwrap();
    let len = args
        .get(1)
        .and_then(crate::objects::int::as_i64)
        .ok_or_else(|| type_error("slice.indices() takes exactly one integer argument"))?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = s.indices(len as usize)?;
    use crate::objects::int::new_int;
    Ok(crate::objects::tuple::new_tuple(vec![new_int(start as i64), new_int(stop as i64), new_int(step as i64)]))
}

fn get_start(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SliceObject>().unwrap().start.clone())
}
fn get_stop(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SliceObject>().unwrap().stop.clone())
}
fn get_step(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SliceObject>().unwrap().step.clone())
}

pub fn init() {
    crate::types::init_builtin_type(&SLICE_TYPE);
    let t = &SLICE_TYPE;
    build::new(t, slice_new);
    build::method(t, "__repr__", slice_repr);
    build::method(t, "__eq__", slice_eq);
    build::method(t, "__ne__", slice_ne);
    build::method(t, "__lt__", slice_lt);
    build::method(t, "__le__", slice_le);
    build::method(t, "__gt__", slice_gt);
    build::method(t, "__ge__", slice_ge);
    build::method(t, "indices", slice_indices);
    build::attr(t, "__hash__", none());
    build::getset(t, "start", get_start, None);
    build::getset(t, "stop", get_stop, None);
    build::getset(t, "step", get_step, None);
}
