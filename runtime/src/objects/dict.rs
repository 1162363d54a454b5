//! `dict`: CPython's compact, insertion-ordered hash table.
//!
//! ```text
//!   indices: [ slot -> entry index | EMPTY | DUMMY ]   (power-of-two size)
//!   entries: [ (hash, key, value) ... ]                (insertion order; None = deleted)
//! ```
//!
//! Probing follows CPython (`i = 5*i + perturb + 1`). Key comparison may run
//! Python code that mutates the dict; lookups notice (`mutations` changed)
//! and start over, as CPython does.

use crate::error::{key_error, runtime_error, PyResult};
use crate::objects::shape::{self, Shape};
use crate::objects::str::StrObject;
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
pub(crate) const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Table {
    indices: Vec<u32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// New entries allowed before the next resize (CPython's dk_usable: not
    /// given back by deletions, so the index table always keeps empty slots).
    usable: usize,
}

#[repr(C)]
pub struct DictObject {
    pub header: ObjHeader,
    table: UnsafeCell<Table>,
    /// Bumped on every structural change (insert of a new key, delete, clear).
    mutations: Cell<u64>,
    /// A fresh value from a process-wide counter on every change at all,
    /// values included: equal versions mean the same dict in the same state,
    /// which is what global-lookup caches check.
    pub version: Cell<u64>,
    /// The dict's hidden class (objects/shape.rs), whose index table it uses
    /// while its keys are the shape's; null once it has its own table.
    shape: Cell<*const Shape>,
}

unsafe impl PyObj for DictObject {
    fn class() -> &'static TypeObject {
        &DICT_TYPE
    }
}

pub static DICT_TYPE: TypeObject = TypeObject::builtin::<DictObject>("dict", Some(&crate::types::OBJECT_TYPE), BASETYPE | crate::types::MAPPING);

static VERSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The next dict version (unique across dicts; no lock prefix: one Python
/// thread runs at a time).
#[inline]
fn next_version() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    let v = VERSIONS.load(Relaxed) + 1;
    VERSIONS.store(v, Relaxed);
    v
}

pub fn new_dict_payload() -> DictObject {
    DictObject {
        header: ObjHeader::new(std::ptr::null()),
        table: UnsafeCell::new(Table::default()),
        mutations: Cell::new(0),
        version: Cell::new(next_version()),
        shape: Cell::new(std::ptr::null()),
    }
}

pub fn new_dict() -> Value {
    crate::types::new_object(new_dict_payload())
}

/// An empty dict in the root shape (an instance dict: see objects/shape.rs).
pub fn new_shaped_dict() -> Value {
    new_shaped_dict_with_room(0)
}

/// `new_shaped_dict` with room for `n` entries.
pub fn new_shaped_dict_with_room(n: usize) -> Value {
    let d = new_dict_payload();
    d.shape.set(shape::root());
    if n > 0 {
        d.t().entries.reserve_exact(n);
    }
    crate::types::new_object(d)
}

/// The number of entries of `v` if it is a dict still in a shape (an
/// instance dict that only ever gained str keys).
pub fn shaped_len(v: &Value) -> Option<usize> {
    let d = as_dict(v)?;
    d.shape()?;
    Some(d.len())
}

/// The first never-used slot of an index table for a hash (CPython's
/// find_empty_slot: deleted slots are not reused).
pub(crate) fn free_slot(indices: &[u32], hash: i64) -> usize {
    let mask = indices.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if indices[i] == EMPTY {
            return i;
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
}

/// A dict holding these pairs (later keys win).
pub fn dict_from_pairs(pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = new_dict();
    {
        let dd = unsafe { d.downcast_unchecked::<DictObject>() };
        for (k, v) in pairs {
            dd.set(k, v)?;
        }
    }
    Ok(d)
}

#[inline]
fn fast_str(v: &Value) -> Option<&StrObject> {
    v.downcast_exact::<StrObject>()
}

/// Keys equal without running Python code? Some(answer) when decidable natively.
#[inline]
fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (fast_str(a), fast_str(b)) {
        return Some(crate::objects::str::str_eq(x, y));
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    None
}

impl DictObject {
    #[inline]
    fn t(&self) -> &mut Table {
        unsafe { &mut *self.table.get() }
    }

    pub fn len(&self) -> usize {
        self.t().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn mutations(&self) -> u64 {
        self.mutations.get()
    }

    fn touch(&self, structural: bool) {
        self.version.set(next_version());
        if structural {
            self.mutations.set(self.mutations.get() + 1);
        }
    }

    /// Finds the slot holding `key`: Ok(Some((slot, entry index))) or Ok(None).
    fn find(&self, key: &Value, hash: i64) -> PyResult<Option<(usize, usize)>> {
        'restart: loop {
            let t = self.t();
            let indices = self.indices();
            if indices.is_empty() {
                return Ok(None);
            }
            let mask = indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let ix = indices[i];
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix != DUMMY {
                    if let Some(e) = &t.entries[ix as usize] {
                        if e.hash == hash {
                            match native_eq(&e.key, key) {
                                Some(true) => return Ok(Some((i, ix as usize))),
                                Some(false) => {}
                                None => {
                                    let stored = e.key.clone();
                                    let before = self.mutations.get();
                                    let eq = crate::ops::eq(&stored, key)?;
                                    if self.mutations.get() != before {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Some((i, ix as usize)));
                                    }
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
        }
    }

    /// The dict's shape (None once it has its own index table).
    #[inline]
    pub fn shape(&self) -> Option<&'static Shape> {
        unsafe { self.shape.get().as_ref() }
    }

    /// The index table lookups probe: the shape's while the dict has one.
    #[inline]
    fn indices(&self) -> &[u32] {
        match self.shape() {
            Some(s) => s.indices(),
            None => &self.t().indices,
        }
    }

    /// Leaves the shape: the dict gets its own index table.
    fn unshape(&self) {
        if self.shape().is_some() {
            self.resize_to(self.t().used * 3);
        }
    }

    /// Rebuilds the table with the smallest power-of-two size >= `minsize`
    /// (CPython's calculate_log2_keysize), dropping deleted entries.
    fn resize_to(&self, minsize: usize) {
        let t = self.t();
        let mut size = MIN_SIZE;
        while size < minsize {
            size *= 2;
        }
        let old = std::mem::take(&mut t.entries);
        let mut entries: Vec<Option<Entry>> = Vec::with_capacity(size * 2 / 3 + 1);
        entries.extend(old.into_iter().flatten().map(Some));
        let mut indices = vec![EMPTY; size];
        for (n, e) in entries.iter().enumerate() {
            let h = e.as_ref().unwrap().hash;
            let slot = free_slot(&indices, h);
            indices[slot] = n as u32;
        }
        t.usable = size * 2 / 3 - entries.len();
        t.indices = indices;
        t.entries = entries;
        self.shape.set(std::ptr::null());
    }

    pub fn get_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self.find(key, hash)?.map(|(_, ix)| self.t().entries[ix].as_ref().unwrap().value.clone()))
    }

    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = crate::ops::hash(key)?;
        self.get_hashed(key, h)
    }

    /// Lookup by a str key (no Python code can run for str keys).
    #[inline]
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let ix = self.find_str(key)?;
        Some(self.t().entries[ix].as_ref().unwrap().value.clone())
    }

    /// The entry index of a str key.
    #[inline]
    fn find_str(&self, key: &Value) -> Option<usize> {
        let h = unsafe { key.downcast_unchecked::<StrObject>() }.hash();
        match self.find_native(key, h) {
            Ok(ix) => ix,
            // A non-str key with the same hash: let Python decide.
            Err(()) => self.find(key, h).ok().flatten().map(|(_, ix)| ix),
        }
    }

    /// The entry index of `key` (of hash `hash`) if the dict has it, found
    /// without running Python code: Err(()) when a stored key of that hash
    /// can only be compared with `key` by Python's `==` (`find` does that).
    #[inline]
    fn find_native(&self, key: &Value, hash: i64) -> Result<Option<usize>, ()> {
        let t = self.t();
        let indices = self.indices();
        if indices.is_empty() {
            return Ok(None);
        }
        let mask = indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY {
                if let Some(e) = &t.entries[ix as usize] {
                    if e.hash == hash {
                        match native_eq(&e.key, key) {
                            Some(true) => return Ok(Some(ix as usize)),
                            Some(false) => {}
                            None => return Err(()),
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// `self[key]` if finding it runs no Python code (`find_native`):
    /// Ok(None) when the key is missing.
    #[inline]
    pub fn get_native(&self, key: &Value, hash: i64) -> Result<Option<Value>, ()> {
        Ok(self.find_native(key, hash)?.map(|ix| self.t().entries[ix].as_ref().unwrap().value.clone()))
    }

    /// `self[key] = value` if finding the key runs no Python code
    /// (`find_native`); otherwise nothing is done and both come back.
    pub fn set_native(&self, key: Value, hash: i64, value: Value) -> Result<(), (Value, Value)> {
        match self.find_native(&key, hash) {
            Ok(Some(ix)) => {
                let e = self.t().entries[ix].as_mut().unwrap();
                let old = std::mem::replace(&mut e.value, value);
                self.touch(false);
                drop(old);
                Ok(())
            }
            Ok(None) => {
                self.insert_new(key, hash, value);
                Ok(())
            }
            Err(()) => Err((key, value)),
        }
    }

    /// `get_str` trying entry `hint` first (where an attribute cache last
    /// found the key: objects built by the same code store their attributes
    /// in the same order), and leaving the key's entry index in `hint`.
    #[inline]
    pub fn get_str_hinted(&self, key: &Value, hint: &Cell<u32>) -> Option<Value> {
        let t = self.t();
        if let Some(Some(e)) = t.entries.get(hint.get() as usize) {
            if e.key.is(key) {
                return Some(e.value.clone());
            }
        }
        let ix = self.find_str(key)?;
        hint.set(ix as u32);
        Some(t.entries[ix].as_ref().unwrap().value.clone())
    }

    /// `set_str` through a hint, as `get_str_hinted`.
    #[inline]
    pub fn set_str_hinted(&self, key: &Value, value: Value, hint: &Cell<u32>) {
        let t = self.t();
        let ix = match t.entries.get(hint.get() as usize) {
            Some(Some(e)) if e.key.is(key) => Some(hint.get() as usize),
            _ => self.find_str(key),
        };
        match ix {
            Some(ix) => {
                hint.set(ix as u32);
                let e = self.t().entries[ix].as_mut().unwrap();
                let old = std::mem::replace(&mut e.value, value);
                self.touch(false);
                drop(old);
            }
            None => {
                let h = unsafe { key.downcast_unchecked::<StrObject>() }.hash();
                self.insert_new(key.clone(), h, value);
                hint.set((self.t().entries.len() - 1) as u32);
            }
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let h = crate::ops::hash(key)?;
        Ok(self.find(key, h)?.is_some())
    }

    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        if let Some((_, ix)) = self.find(&key, hash)? {
            let e = self.t().entries[ix].as_mut().unwrap();
            let old = std::mem::replace(&mut e.value, value);
            self.touch(false);
            drop(old);
            return Ok(());
        }
        self.insert_new(key, hash, value);
        Ok(())
    }

    /// Appends a key known to be absent.
    fn insert_new(&self, key: Value, hash: i64, value: Value) {
        if let Some(s) = self.shape() {
            match s.child(&key, hash) {
                Some(c) => return self.push_shaped(key, hash, value, c),
                None => self.unshape(),
            }
        }
        let t = self.t();
        let size = t.indices.len();
        if size == 0 {
            self.resize_to(MIN_SIZE);
        } else if t.usable == 0 {
            // CPython's insertion_resize: GROWTH_RATE = used * 3.
            self.resize_to(t.used * 3);
        }
        let t = self.t();
        let slot = free_slot(&t.indices, hash);
        t.indices[slot] = t.entries.len() as u32;
        t.entries.push(Some(Entry { hash, key, value }));
        t.used += 1;
        t.usable -= 1;
        self.touch(true);
    }

    /// Appends `key` (an exact str the dict lacks) to a dict in a shape
    /// whose child for `key` is `next` (what an attribute cache saw).
    pub fn append_shaped(&self, key: Value, value: Value, next: &'static Shape) {
        debug_assert!(self.shape().is_some_and(|s| s.len() + 1 == next.len()));
        let hash = unsafe { key.downcast_unchecked::<StrObject>() }.hash();
        self.push_shaped(key, hash, value, next)
    }

    /// Appends an entry, moving the dict to `next` (its shape's child for the key).
    fn push_shaped(&self, key: Value, hash: i64, value: Value, next: &'static Shape) {
        let t = self.t();
        t.entries.push(Some(Entry { hash, key, value }));
        t.used += 1;
        self.shape.set(next);
        self.touch(true);
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let h = crate::ops::hash(&key)?;
        self.set_hashed(key, h, value)
    }

    /// Stores under a str key (infallible).
    pub fn set_str(&self, key: Value, value: Value) {
        let h = unsafe { key.downcast_unchecked::<StrObject>() }.hash();
        let _ = self.set_hashed(key, h, value);
    }

    /// Removes a key, returning its value.
    pub fn remove_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if self.shape().is_some() {
            if self.find(key, hash)?.is_none() {
                return Ok(None);
            }
            self.unshape();
        }
        let Some((slot, ix)) = self.find(key, hash)? else {
            return Ok(None);
        };
        let t = self.t();
        t.indices[slot] = DUMMY;
        let e = t.entries[ix].take().unwrap();
        t.used -= 1;
        self.touch(true);
        let Entry { key: k, value, .. } = e;
        drop(k);
        Ok(Some(value))
    }

    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = crate::ops::hash(key)?;
        self.remove_hashed(key, h)
    }

    /// `del d[key]`.
    pub fn del_item(&self, key: &Value) -> PyResult<()> {
        match self.remove(key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        }
    }

    pub fn clear(&self) {
        let t = self.t();
        self.shape.set(std::ptr::null());
        let old = std::mem::take(t);
        self.touch(true);
        drop(old);
    }

    /// A snapshot of the items, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.t().entries.iter().flatten().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// The live entry at or after position `pos`: (next position, hash, key, value).
    pub fn next_entry_hashed(&self, mut pos: usize) -> Option<(usize, i64, Value, Value)> {
        let t = self.t();
        while pos < t.entries.len() {
            if let Some(e) = &t.entries[pos] {
                return Some((pos + 1, e.hash, e.key.clone(), e.value.clone()));
            }
            pos += 1;
        }
        None
    }

    /// The live entry at position `pos`, if it is not deleted.
    pub fn entry_at(&self, pos: usize) -> Option<(Value, Value)> {
        match self.t().entries.get(pos) {
            Some(Some(e)) => Some((e.key.clone(), e.value.clone())),
            _ => None,
        }
    }

    /// The number of entry slots used, deleted ones included (CPython's dk_nentries).
    pub fn nentries(&self) -> usize {
        self.t().entries.len()
    }

    /// CPython's _PyDict_SizeOf for a dict with its own keys table.
    pub fn sizeof(&self) -> usize {
        let t = self.t();
        let size = self.indices().len();
        if size == 0 || (self.shape().is_some() && t.entries.is_empty()) {
            return 48;
        }
        let index_bytes = if size <= 0x80 {
            1
        } else if size <= 0x8000 {
            2
        } else if size <= 0x8000_0000 {
            4
        } else {
            8
        };
        let unicode = t.entries.iter().flatten().all(|e| fast_str(&e.key).is_some());
        let entry = if unicode { 16 } else { 24 };
        48 + 32 + size * index_bytes + (size * 2 / 3) * entry
    }

    /// A snapshot of the keys with their stored hashes, in order.
    pub fn hashed_keys(&self) -> Vec<(i64, Value)> {
        self.t().entries.iter().flatten().map(|e| (e.hash, e.key.clone())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.t().entries.iter().flatten().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.t().entries.iter().flatten().map(|e| e.value.clone()).collect()
    }

    /// The live entry at or after position `pos`: (next position, key, value).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.t();
        while pos < t.entries.len() {
            if let Some(e) = &t.entries[pos] {
                return Some((pos + 1, e.key.clone(), e.value.clone()));
            }
            pos += 1;
        }
        None
    }

    /// Removes and returns the last item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        self.unshape();
        let t = self.t();
        while let Some(last) = t.entries.pop() {
            if let Some(e) = last {
                let mask = t.indices.len() - 1;
                // Find its slot to mark it deleted.
                let ix = t.entries.len() as u32;
                let mut perturb = e.hash as u64;
                let mut i = (e.hash as u64 as usize) & mask;
                while t.indices[i] != ix {
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
                }
                t.indices[i] = DUMMY;
                t.used -= 1;
                self.touch(true);
                return Some((e.key, e.value));
            }
        }
        None
    }

    /// A shallow copy as a new exact dict.
    pub fn copy(&self) -> Value {
        let d = new_dict();
        let dd = unsafe { d.downcast_unchecked::<DictObject>() };
        for e in self.t().entries.iter().flatten() {
            dd.insert_new(e.key.clone(), e.hash, e.value.clone());
        }
        d
    }

    /// Inserts every item of `other` (a dict), later ones winning.
    pub fn update_from(&self, other: &DictObject) -> PyResult<()> {
        let entries: Vec<(i64, Value, Value)> =
            other.t().entries.iter().flatten().map(|e| (e.hash, e.key.clone(), e.value.clone())).collect();
        for (h, k, v) in entries {
            self.set_hashed(k, h, v)?;
        }
        Ok(())
    }

    /// Raises if the dict changed size since `expected_len` (for iterators).
    pub fn check_size(&self, expected_len: usize) -> PyResult<()> {
        if self.len() != expected_len {
            return Err(runtime_error("dictionary changed size during iteration"));
        }
        Ok(())
    }
}

/// Where machine code finds a dict's tables (inline caches read them in
/// place): byte offsets from the dict object of the entries vector's data
/// pointer and length and of the index vector's, the size of an entry, and
/// the offsets of its key and value. A deleted entry (None) has a zero key
/// or value word, so a stub that finds the key it expects and a non-zero
/// value has a live entry. None if this build lays the types out otherwise.
#[derive(Clone, Copy, Debug)]
pub struct JitLayout {
    pub entries_ptr: usize,
    pub entries_len: usize,
    pub entries_cap: usize,
    pub indices_ptr: usize,
    pub indices_len: usize,
    pub entry_size: usize,
    pub hash: usize,
    pub key: usize,
    pub value: usize,
    pub version: usize,
    /// The dict's shape pointer (null: the dict has its own index table).
    pub shape: usize,
    /// The number of live entries (`len(d)`) and the structural-change counter.
    pub used: usize,
    pub mutations: usize,
}

/// The global dict version counter (`DictObject::version` takes its next value
/// on every change), for machine code that changes a dict.
pub fn version_counter() -> *const std::sync::atomic::AtomicU64 {
    &VERSIONS
}

/// This build's dict layout for machine code (see `JitLayout`).
pub fn jit_layout() -> Option<JitLayout> {
    use std::mem::{offset_of, size_of};
    if size_of::<Option<Entry>>() != size_of::<Entry>() {
        return None;
    }
    let (ep, el) = crate::jit::vec_fields::<Option<Entry>>()?;
    let ec = crate::jit::vec_cap_field::<Option<Entry>>()?;
    let (ip, il) = crate::jit::vec_fields::<u32>()?;
    let table = offset_of!(DictObject, table);
    let entries = table + offset_of!(Table, entries);
    let indices = table + offset_of!(Table, indices);
    Some(JitLayout {
        entries_ptr: entries + ep,
        entries_len: entries + el,
        entries_cap: entries + ec,
        indices_ptr: indices + ip,
        indices_len: indices + il,
        entry_size: size_of::<Option<Entry>>(),
        hash: offset_of!(Entry, hash),
        key: offset_of!(Entry, key),
        value: offset_of!(Entry, value),
        version: offset_of!(DictObject, version),
        shape: offset_of!(DictObject, shape),
        used: table + offset_of!(Table, used),
        mutations: offset_of!(DictObject, mutations),
    })
}

/// The index-table value of a slot that never held an entry.
pub const EMPTY_INDEX: u32 = EMPTY;
/// The index-table value of a slot whose entry was deleted.
pub const DUMMY_INDEX: u32 = DUMMY;

/// The dict payload of a dict value (exact or subclass).
#[inline]
pub fn as_dict(v: &Value) -> Option<&DictObject> {
    v.downcast::<DictObject>()
}

pub fn init() {
    crate::types::init_builtin_type(&DICT_TYPE);
}
