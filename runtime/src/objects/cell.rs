//! `cell`: a variable shared between a function and the closures inside it.

use crate::types::TypeObject;
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

#[repr(C)]
pub struct CellObject {
    pub header: ObjHeader,
    /// Public for compiled code, which reads it in place.
    pub value: UnsafeCell<Option<Value>>,
}

unsafe impl PyObj for CellObject {
    fn class() -> &'static TypeObject {
        &CELL_TYPE
    }
}

pub static CELL_TYPE: TypeObject = TypeObject::builtin::<CellObject>("cell", Some(&crate::types::OBJECT_TYPE), 0);

impl CellObject {
    #[inline]
    pub fn get(&self) -> Option<Value> {
        unsafe { (*self.value.get()).clone() }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        unsafe { (*self.value.get()).is_none() }
    }

    #[inline]
    pub fn set(&self, v: Option<Value>) {
        let old = unsafe { std::mem::replace(&mut *self.value.get(), v) };
        drop(old);
    }
}

pub fn new_cell(v: Option<Value>) -> Value {
    crate::types::new_object(CellObject { header: ObjHeader::new(std::ptr::null()), value: UnsafeCell::new(v) })
}

fn get_contents(v: &Value) -> crate::error::PyResult<Value> {
    v.downcast::<CellObject>().unwrap().get().ok_or_else(|| crate::error::value_error("Cell is empty"))
}

pub fn init() {
    crate::types::init_builtin_type(&CELL_TYPE);
    crate::types::build::getset(&CELL_TYPE, "cell_contents", get_contents, None);
}
