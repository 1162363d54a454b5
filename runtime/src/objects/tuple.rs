//! `tuple`: immutable arrays of values.

use crate::error::PyResult;
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell};

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

/// Freed exact tuples of lengths 1 to `FREE_LENS`, kept for reuse together
/// with their item storage (their items already released), as CPython keeps
/// them: a new short tuple then costs no allocation. Linked through their
/// first word (the reference count's).
struct FreeLists {
    heads: [Cell<*mut TupleObject>; FREE_LENS],
    lens: [Cell<u32>; FREE_LENS],
}

const FREE_LENS: usize = 8;
/// Tuples kept per length.
const FREE_MAX: u32 = 1024;

thread_local! {
    static FREE: FreeLists = const {
        FreeLists {
            heads: [const { Cell::new(std::ptr::null_mut()) }; FREE_LENS],
            lens: [const { Cell::new(0) }; FREE_LENS],
        }
    };
}

/// A tuple of length `n` (1 to `FREE_LENS`) off the free list, its items
/// storage holding no live values (null when the list is empty).
#[inline]
fn pop_free(n: usize) -> *mut TupleObject {
    FREE.with(|fl| {
        let p = fl.heads[n - 1].get();
        if !p.is_null() {
            fl.heads[n - 1].set(unsafe { *(p as *mut *mut TupleObject) });
            fl.lens[n - 1].set(fl.lens[n - 1].get() - 1);
        }
        p
    })
}

/// Frees an exact tuple: its items are released (the last first), and a
/// short one keeps its storage on the free list.
unsafe fn tuple_dealloc(h: *mut ObjHeader) {
    let t = h as *mut TupleObject;
    let n = (&(*t).items).len();
    if n == 0 || n > FREE_LENS || FREE.with(|fl| fl.lens[n - 1].get() >= FREE_MAX) {
        return crate::types::dealloc_native::<TupleObject>(h);
    }
    let items = (&mut (*t).items).as_mut_ptr();
    for i in (0..n).rev() {
        std::ptr::drop_in_place(items.add(i));
    }
    // (Releasing the items may have put other tuples on the list
    // meanwhile, taking it a little over `FREE_MAX`: harmless.)
    FREE.with(|fl| {
        *(t as *mut *mut TupleObject) = fl.heads[n - 1].get();
        fl.heads[n - 1].set(t);
        fl.lens[n - 1].set(fl.lens[n - 1].get() + 1);
    });
}

/// A tuple off the free list for the `n` values moved out of `src` (None
/// when there is none of that length).
///
/// # Safety
/// As `new_tuple_moved`.
#[inline]
unsafe fn reuse_free(src: *const Value, n: usize) -> Option<Value> {
    if n == 0 || n > FREE_LENS {
        return None;
    }
    let p = pop_free(n);
    if p.is_null() {
        return None;
    }
    let dst = (&mut (*p).items).as_mut_ptr();
    // A plain loop: for so few words a memcpy call costs more (volatile
    // keeps the compiler from making it one).
    for k in 0..n {
        std::ptr::write_volatile(dst.add(k) as *mut u64, std::ptr::read(src.add(k) as *const u64));
    }
    std::ptr::write(&mut (*p).header, ObjHeader::new(&TUPLE_TYPE));
    Some(Value::from_owned_ptr(p))
}

/// A new tuple of the `n` values moved out of `src`.
///
/// # Safety
/// `src` holds `n` live values, which the caller gives up (it must not drop them).
pub unsafe fn new_tuple_moved(src: *const Value, n: usize) -> Value {
    match reuse_free(src, n) {
        Some(t) => t,
        None => new_tuple(std::slice::from_raw_parts(src, n).iter().map(|v| std::ptr::read(v)).collect()),
    }
}

/// The tuple `(a, b)`.
pub fn tuple2(a: Value, b: Value) -> Value {
    let items = std::mem::ManuallyDrop::new([a, b]);
    unsafe { new_tuple_moved(items.as_ptr(), 2) }
}

unsafe impl PyObj for TupleObject {
    fn class() -> &'static TypeObject {
        &TUPLE_TYPE
    }
}

pub static TUPLE_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<TupleObject>("tuple", Some(&crate::types::OBJECT_TYPE), BASETYPE | crate::types::SEQUENCE);
    t.dealloc = tuple_dealloc;
    t
};

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
pub fn new_tuple(mut items: Vec<Value>) -> Value {
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
    if let Some(t) = unsafe { reuse_free(items.as_ptr(), items.len()) } {
        // The values moved into the tuple; only the buffer is left to free.
        unsafe { items.set_len(0) };
        return t;
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
