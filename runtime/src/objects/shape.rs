//! Hidden classes for instance dicts (CPython's key-sharing dicts, PEP 412,
//! seen as V8 sees maps).
//!
//! A `Shape` is a sequence of str keys: the root has none, and each shape
//! has a child per key added next, so objects that get the same attributes
//! in the same order (built by the same `__init__`) share one shape. An
//! instance dict starts at the root and, while it only ever appends str
//! keys, *is in* a shape: its entries are the shape's keys in order, none
//! deleted, and it has no index table of its own, using the shape's (which
//! probes to the same entry indices). Anything else (a deletion, a non-str
//! key, too many keys or shapes) gives the dict its own table for good.
//!
//! So equal shape pointers mean equal key layouts: an inline cache that
//! saw attribute `x` at entry 1 of shape S needs one compare of the dict's
//! shape with S to read entry 1, and one to know that S has no key that
//! would shadow a method. Shapes live until the process ends.

use crate::objects::dict::{free_slot, EMPTY_INDEX, MIN_SIZE};
use crate::objects::str::{str_eq, StrObject};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Keys a shape may have (CPython's SHARED_KEYS_MAX_SIZE).
pub const MAX_KEYS: usize = 30;
/// Children a shape may have: past it, dicts adding yet another key leave
/// their shapes (a class whose instances vary that much gains little).
const MAX_CHILDREN: usize = 32;
/// Shapes a process may make (each holds an index table).
const MAX_SHAPES: usize = 1 << 16;

pub struct Shape {
    /// The keys' hashes, in order (the keys themselves are in each dict's entries).
    hashes: Box<[i64]>,
    /// The index table of a dict holding these keys, in dict.rs's layout.
    indices: Box<[u32]>,
    /// (key, the shape with that key appended).
    children: RefCell<Vec<(Value, &'static Shape)>>,
}

thread_local! {
    static ROOT: Cell<*const Shape> = const { Cell::new(std::ptr::null()) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

fn make(hashes: Vec<i64>) -> &'static Shape {
    let mut size = MIN_SIZE;
    while size * 2 / 3 < hashes.len() {
        size *= 2;
    }
    let mut indices = vec![EMPTY_INDEX; size];
    for (n, &h) in hashes.iter().enumerate() {
        let slot = free_slot(&indices, h);
        indices[slot] = n as u32;
    }
    COUNT.with(|c| c.set(c.get() + 1));
    Box::leak(Box::new(Shape { hashes: hashes.into_boxed_slice(), indices: indices.into_boxed_slice(), children: RefCell::new(Vec::new()) }))
}

/// The shape of no keys, where every instance dict starts.
pub fn root() -> &'static Shape {
    ROOT.with(|r| {
        if r.get().is_null() {
            r.set(make(Vec::new()));
        }
        unsafe { &*r.get() }
    })
}

impl Shape {
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The index table the shape's dicts probe.
    #[inline]
    pub fn indices(&self) -> &[u32] {
        &self.indices
    }

    /// The shape with `key` (of `hash`) appended; None when `key` is not an
    /// exact str or a limit is reached (the dict then leaves its shape).
    pub fn child(&'static self, key: &Value, hash: i64) -> Option<&'static Shape> {
        let s = key.downcast_exact::<StrObject>()?;
        let mut children = self.children.borrow_mut();
        for (k, c) in children.iter() {
            if k.is(key) || (*c.hashes.last().unwrap() == hash && str_eq(unsafe { k.downcast_unchecked::<StrObject>() }, s)) {
                return Some(c);
            }
        }
        if self.len() >= MAX_KEYS || children.len() >= MAX_CHILDREN || COUNT.with(|c| c.get()) >= MAX_SHAPES {
            return None;
        }
        let mut hashes = self.hashes.to_vec();
        hashes.push(hash);
        let c = make(hashes);
        children.push((key.clone(), c));
        Some(c)
    }
}
