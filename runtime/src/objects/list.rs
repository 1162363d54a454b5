//! `list`: growable arrays of values. Every access is short and re-checks
//! bounds, because comparing or hashing an item can run Python code that
//! mutates the list.

use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

#[repr(C)]
pub struct ListObject {
    pub header: ObjHeader,
    items: UnsafeCell<Vec<Value>>,
}

impl ListObject {
    /// Byte offsets of the items' data pointer and length in a list object,
    /// for compiled code that reads lists in place (None: not found).
    pub fn items_offsets() -> Option<(usize, usize)> {
        let (p, l) = crate::jit::vec_fields::<Value>()?;
        let base = std::mem::offset_of!(ListObject, items);
        Some((base + p, base + l))
    }
}

impl Drop for ListObject {
    fn drop(&mut self) {
        // CPython releases a list's items from the last to the first.
        let v = self.items.get_mut();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

unsafe impl PyObj for ListObject {
    fn class() -> &'static TypeObject {
        &LIST_TYPE
    }
}

pub static LIST_TYPE: TypeObject = TypeObject::builtin::<ListObject>("list", Some(&crate::types::OBJECT_TYPE), BASETYPE | crate::types::SEQUENCE);

impl ListObject {
    pub fn payload(items: Vec<Value>) -> ListObject {
        ListObject { header: ObjHeader::new(std::ptr::null()), items: UnsafeCell::new(items) }
    }

    /// The item vector. Callers must not hold the reference across code that
    /// can run Python (which could mutate the list).
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn vec(&self) -> &mut Vec<Value> {
        unsafe { &mut *self.items.get() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.vec().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.vec().get(i).cloned()
    }

    #[inline]
    pub fn push(&self, v: Value) {
        self.vec().push(v);
    }

    /// A copy of the items.
    pub fn snapshot(&self) -> Vec<Value> {
        self.vec().clone()
    }

    /// Replaces the items, dropping the old ones after the swap (their
    /// destructors may run Python code that looks at the list).
    pub fn replace(&self, items: Vec<Value>) {
        let old = std::mem::replace(self.vec(), items);
        drop_reversed(old);
    }
}

/// Releases items from the last to the first, as CPython's list code does.
pub fn drop_reversed(mut items: Vec<Value>) {
    while let Some(x) = items.pop() {
        drop(x);
    }
}

impl ListObject {
}

pub fn new_list(items: Vec<Value>) -> Value {
    crate::types::new_object(ListObject::payload(items))
}

#[inline]
pub fn as_list(v: &Value) -> Option<&ListObject> {
    v.downcast::<ListObject>()
}

pub fn init() {
    crate::types::init_builtin_type(&LIST_TYPE);
}
