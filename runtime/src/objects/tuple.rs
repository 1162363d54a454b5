//! `tuple`: immutable arrays of values.

use crate::error::PyResult;
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::RefCell;

#[repr(C)]
pub struct TupleObject {
    pub header: ObjHeader,
    items: Box<[Value]>,
}

impl TupleObject {
    /// Byte offsets of the items' data pointer and length in a tuple object,
    /// for compiled code that reads tuples in place (None: not found).
    pub fn items_offsets() -> Option<(usize, usize)> {
        // Value's layout is one word: probe with usize.
        let (p, l) = crate::jit::boxed_slice_fields::<usize>()?;
        let base = std::mem::offset_of!(TupleObject, items);
        Some((base + p, base + l))
    }
}

impl Drop for TupleObject {
    fn drop(&mut self) {
        // CPython releases a tuple's items from the last to the first.
        let mut v = std::mem::take(&mut self.items).into_vec();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

unsafe impl PyObj for TupleObject {
    fn class() -> &'static TypeObject {
        &TUPLE_TYPE
    }
}

pub static TUPLE_TYPE: TypeObject =
    TypeObject::builtin::<TupleObject>("tuple", Some(&crate::types::OBJECT_TYPE), BASETYPE | crate::types::SEQUENCE);

impl TupleObject {
    pub fn payload(items: Vec<Value>) -> TupleObject {
        TupleObject { header: ObjHeader::new(std::ptr::null()), items: items.into_boxed_slice() }
    }

    #[inline]
    pub fn items(&self) -> &[Value] {
        &self.items
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

thread_local! {
    static EMPTY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// A new tuple (the empty tuple is a singleton).
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return EMPTY.with(|e| {
            e.borrow_mut()
                .get_or_insert_with(|| {
                    let v = crate::types::new_object(TupleObject::payload(Vec::new()));
                    unsafe { (*v.as_ptr()).refcnt.set(crate::value::IMMORTAL) };
                    v
                })
                .clone()
        });
    }
    crate::types::new_object(TupleObject::payload(items))
}

pub fn new_tuple_from(items: &[Value]) -> Value {
    new_tuple(items.to_vec())
}

/// The items of a tuple (or tuple subclass).
#[inline]
pub fn tuple_items(v: &Value) -> Option<&[Value]> {
    v.downcast::<TupleObject>().map(|t| t.items())
}

/// CPython 3.11's tuple hash (xxHash-based).
pub fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = crate::ops::hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

pub fn init() {
    crate::types::init_builtin_type(&TUPLE_TYPE);
}
