//! Attribute caches: one per `LoadAttr`, `StoreAttr` and `LoadMethod`
//! instruction (`Instr::cache`), shared by the interpreter and compiled code.
//!
//! An entry remembers, for one receiver type at one version tag, how the
//! attribute resolves, so that a hit skips the MRO walk, the descriptor
//! classification and the `__getattribute__`/`__setattr__` checks:
//!
//! - `DICT`: no class attribute of that name; the value is in the instance
//!   dict (looked up at the entry index `hint` first, where objects built by
//!   the same code keep it).
//! - `METHOD`: a plain function or built-in method descriptor on the class,
//!   unless the instance dict shadows it; `LoadMethod` pushes it unbound.
//! - `CLASS_VALUE`: a class attribute of an immutable built-in type (no
//!   `__get__` can ever appear on it), unless the instance dict shadows it.
//! - `DATA_DESCR`: a property, slot member or getset; the dict is not consulted.
//! - `STORE_DICT`: a store that goes to the instance dict (no class attribute
//!   that could intercept it).
//!
//! Everything the entry relies on is state of the type and its bases, which
//! bump the type's version tag (`TypeObject::modified`) when they change,
//! including `__getattribute__`, `__setattr__` and descriptors added later;
//! version tags are unique across types, so a changed `__class__` misses too.
//! Misses take the generic path, then refill the entry for the current type.
//! Entries hold no references (a class value is borrowed from the class
//! dict, unchanged while the version holds).

use crate::error::PyResult;
use crate::objects::bool_none::{BOOL_TYPE, NONE_TYPE};
use crate::objects::bytes::BYTES_TYPE;
use crate::objects::dict::as_dict;
use crate::objects::float::FLOAT_TYPE;
use crate::objects::function::{GetSetObject, MethodDescrObject, PropertyObject, FUNCTION_TYPE};
use crate::objects::instance::{descr_get, dict_slot, instance_dict};
use crate::objects::int::INT_TYPE;
use crate::objects::str::STR_TYPE;
use crate::objects::tuple::TUPLE_TYPE;
use crate::objects::typeobj::MemberDescrObject;
use crate::ops;
use crate::types::TypeObject;
use crate::value::Value;
use std::cell::Cell;

pub const EMPTY: u32 = 0;
pub const DICT: u32 = 1;
pub const METHOD: u32 = 2;
pub const CLASS_VALUE: u32 = 3;
pub const DATA_DESCR: u32 = 4;
pub const STORE_DICT: u32 = 5;

/// One site's cache (see the module documentation). `repr(C)`: compiled code
/// may read it in place.
#[repr(C)]
pub struct AttrCache {
    /// The receiver type's version tag the entry holds for.
    pub version: Cell<u32>,
    pub kind: Cell<u32>,
    /// Entry index of the attribute in the instance dict, last time.
    pub hint: Cell<u32>,
    /// The class attribute's bits (`METHOD`, `CLASS_VALUE`, `DATA_DESCR`).
    pub value: Cell<u64>,
}

impl AttrCache {
    pub fn empty() -> AttrCache {
        // No type has version u32::MAX (tags count up from 1).
        AttrCache { version: Cell::new(u32::MAX), kind: Cell::new(EMPTY), hint: Cell::new(0), value: Cell::new(0) }
    }

    /// The receiver's type if the entry holds for it.
    #[inline(always)]
    fn hit<'a>(&self, obj: &'a Value) -> Option<&'a TypeObject> {
        if obj.is_small_int() {
            return None;
        }
        let ty = obj.ty();
        (ty.version.get() == self.version.get()).then_some(ty)
    }

    /// The class attribute (borrowed from the class dict, see above).
    #[inline(always)]
    fn class_attr(&self) -> std::mem::ManuallyDrop<Value> {
        std::mem::ManuallyDrop::new(unsafe { Value::from_raw(self.value.get()) })
    }

    /// `obj`'s instance dict entry for `name`, through the hint.
    #[inline(always)]
    fn dict_get(&self, obj: &Value, name: &Value) -> Option<Value> {
        let d = dict_slot(obj)?.as_ref()?;
        as_dict(d)?.get_str_hinted(name, &self.hint)
    }

    /// Fills the entry for loads of `name` from `obj`'s type as it is now.
    #[cold]
    #[inline(never)]
    fn fill_load(&self, obj: &Value, name: &Value) {
        self.version.set(u32::MAX);
        if obj.is_small_int() {
            return;
        }
        let ty = obj.ty();
        if ty.version.get() == 0 || ty.getattro.get().is_some() || ops::custom_getattribute(ty).is_some() {
            return;
        }
        let kind = match ty.lookup(name) {
            None if ty.dict_offset.get() != 0 => DICT,
            None => return,
            Some(d) => {
                let kind = if d.is_type(&FUNCTION_TYPE) || d.downcast_exact::<MethodDescrObject>().is_some() {
                    METHOD
                } else if is_immutable_value(&d) {
                    CLASS_VALUE
                } else if d.downcast_exact::<PropertyObject>().is_some()
                    || d.downcast_exact::<MemberDescrObject>().is_some()
                    || d.downcast_exact::<GetSetObject>().is_some()
                {
                    DATA_DESCR
                } else {
                    return;
                };
                self.value.set(d.bits());
                kind
            }
        };
        self.kind.set(kind);
        self.version.set(ty.version.get());
    }

    /// Fills the entry for stores of `name` into `obj`.
    #[cold]
    #[inline(never)]
    fn fill_store(&self, obj: &Value, name: &Value) {
        self.version.set(u32::MAX);
        if obj.is_small_int() {
            return;
        }
        let ty = obj.ty();
        if ty.version.get() == 0 || ty.dict_offset.get() == 0 || obj.downcast::<TypeObject>().is_some() || ops::custom_setattr(ty, false).is_some() {
            return;
        }
        // Only a data descriptor could take the store, and these never become one.
        if let Some(d) = ty.lookup(name) {
            if !(d.is_type(&FUNCTION_TYPE) || is_immutable_value(&d)) {
                return;
            }
        }
        self.kind.set(STORE_DICT);
        self.version.set(ty.version.get());
    }
}

/// A value of a built-in type that has no `__get__` and never will.
fn is_immutable_value(d: &Value) -> bool {
    d.is_small_int()
        || [&INT_TYPE, &FLOAT_TYPE, &STR_TYPE, &BOOL_TYPE, &NONE_TYPE, &TUPLE_TYPE, &BYTES_TYPE]
            .iter()
            .any(|t| d.is_type(t))
}

/// `obj.name` (`LoadAttr`) through the site's cache.
#[inline]
pub fn load_attr(c: &AttrCache, obj: &Value, name: &Value) -> PyResult<Value> {
    if let Some(ty) = c.hit(obj) {
        match c.kind.get() {
            DICT => {
                if let Some(v) = c.dict_get(obj, name) {
                    return Ok(v);
                }
            }
            METHOD => {
                if let Some(v) = c.dict_get(obj, name) {
                    return Ok(v);
                }
                return descr_get((*c.class_attr()).clone(), Some(obj), ty);
            }
            CLASS_VALUE => {
                return Ok(c.dict_get(obj, name).unwrap_or_else(|| (*c.class_attr()).clone()));
            }
            DATA_DESCR => return descr_get((*c.class_attr()).clone(), Some(obj), ty),
            _ => {}
        }
    }
    let r = ops::getattr(obj, name);
    c.fill_load(obj, name);
    r
}

/// `LoadMethod` through the site's cache: `(Some(method), obj)` for an
/// unbound call with `obj` as self, or `(None, attribute)`.
#[inline]
pub fn load_method(c: &AttrCache, obj: Value, name: &Value) -> PyResult<(Option<Value>, Value)> {
    if c.hit(&obj).is_some() {
        match c.kind.get() {
            METHOD => {
                return Ok(match c.dict_get(&obj, name) {
                    Some(v) => (None, v),
                    None => (Some((*c.class_attr()).clone()), obj),
                })
            }
            DICT | CLASS_VALUE | DATA_DESCR => return Ok((None, load_attr(c, &obj, name)?)),
            _ => {}
        }
    }
    let r = crate::interp::eval::load_method_op(obj.clone(), name);
    c.fill_load(&obj, name);
    r
}

/// `obj.name = v` (`StoreAttr`) through the site's cache.
#[inline]
pub fn store_attr(c: &AttrCache, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
    if c.hit(obj).is_some() && c.kind.get() == STORE_DICT {
        if let Some(d) = instance_dict(obj) {
            d.set_str_hinted(name, v, &c.hint);
            return Ok(());
        }
    }
    let r = ops::setattr(obj, name, Some(v));
    c.fill_store(obj, name);
    r
}
