//! Attribute caches: one per `LoadAttr`, `StoreAttr` and `LoadMethod`
//! instruction (`Instr::cache`), shared by the interpreter and compiled code.
//!
//! A site keeps up to `WAYS` entries. An entry remembers, for one receiver
//! type at one version tag, how the attribute resolves, so that a hit skips
//! the MRO walk, the descriptor classification and the
//! `__getattribute__`/`__setattr__` checks:
//!
//! - `DICT`: no class attribute of that name; the value is in the instance
//!   dict (looked up at the entry index `hint` first, where objects built by
//!   the same code keep it; a dict in the `shape` seen has it there for
//!   sure). Modules too: their namespace is their instance dict (a name
//!   missing from it takes the full path, where a module's `__getattr__`
//!   answers).
//! - `METHOD`: a plain function or built-in method descriptor on the class,
//!   unless the instance dict shadows it (a dict in the `shape` seen does
//!   not); `LoadMethod` pushes it unbound.
//! - `CLASS_VALUE`: a class attribute of an immutable built-in type (no
//!   `__get__` can ever appear on it), unless the instance dict shadows it.
//! - `MEMBER`, `STORE_MEMBER`: a `__slots__` member of the receiver's own
//!   layout, read or written at its offset (`hint`).
//! - `DATA_DESCR`: a property, other slot member or getset; the dict is not consulted.
//! - `STORE_DICT`: a store that goes to the instance dict (no class attribute
//!   that could intercept it): into entry `hint` of a dict in `shape`, or
//!   appended to a dict in shape `value`, whose child for the name is `shape`.
//! - `TYPE_VALUE`, `TYPE_STATIC`: the receiver is a class whose metaclass is
//!   exactly `type` (not a type's instance: these entries are keyed on the
//!   receiver's own version tag) and `type` itself has no attribute of the
//!   name; the attribute is a plain function or a value with no `__get__`
//!   (`hint`: the version tag its class must still have, when that class
//!   could gain a `__get__`; 0 for built-in classes), or a staticmethod whose
//!   function is the result, or a classmethod (`TYPE_CLASSMETHOD`: for
//!   `LoadMethod`, its function unbound with the class as first argument).
//!
//! Everything the entry relies on is state of the type and its bases, which
//! bump the type's version tag (`TypeObject::modified`) when they change,
//! including `__getattribute__`, `__setattr__` and descriptors added later;
//! version tags are unique across types, so a changed `__class__` misses too.
//! Misses take the generic path, then fill an entry for the current type
//! (the type's own, else the next one round-robin).
//! Entries hold no references (a class value is borrowed from the class
//! dict, unchanged while the version holds).
//!
//! `BinaryOp` and `CompareOp` have caches too, with `DUNDER` entries: for
//! two instances of one class, the plain Python function the operator calls
//! first (`value`, borrowed from the class), so a hit calls it with no
//! method lookup (`operator_function`). So does `Call`, with `CONSTRUCT`
//! entries: for a class whose call only makes an instance and runs a plain
//! Python `__init__`, that function (`construct_function`).
//!
//! `Call` and `CallMethod` sites of compiled code also keep `CALL` and
//! `CALL_BOUND` entries, which only their machine-code stubs (`tern_ic`)
//! read: a plain Python function (`value`, its address, no reference held)
//! with compiled code that takes exactly the site's arguments, and its
//! `serial` (in `shape`), so a hit is two compares (`fill_call`).
//!
//! A site that the inline caches (`tern_ic`) find megamorphic is switched to
//! a table shared by all such sites (`mega_cache`), in every tier.

use crate::error::PyResult;
use crate::objects::bool_none::{BOOL_TYPE, NONE_TYPE};
use crate::objects::bytes::BYTES_TYPE;
use crate::objects::dict::{as_dict, DictObject};
use crate::objects::shape::Shape;
use crate::objects::float::FLOAT_TYPE;
use crate::objects::function::{GetSetObject, MethodDescrObject, PropertyObject, StaticMethodObject, CLASSMETHOD_TYPE, FUNCTION_TYPE, STATICMETHOD_TYPE};
use crate::objects::instance::{descr_get, dict_slot, instance_dict};
use crate::objects::int::INT_TYPE;
use crate::objects::module::MODULE_TYPE;
use crate::objects::str::STR_TYPE;
use crate::objects::tuple::TUPLE_TYPE;
use crate::objects::typeobj::MemberDescrObject;
use crate::ops;
use crate::types::{TypeObject, TYPE_TYPE};
use crate::value::Value;
use std::cell::Cell;

pub const EMPTY: u32 = 0;
pub const DICT: u32 = 1;
pub const METHOD: u32 = 2;
pub const CLASS_VALUE: u32 = 3;
pub const DATA_DESCR: u32 = 4;
pub const STORE_DICT: u32 = 5;
pub const MEMBER: u32 = 6;
pub const STORE_MEMBER: u32 = 7;
pub const TYPE_VALUE: u32 = 8;
pub const TYPE_STATIC: u32 = 9;
pub const TYPE_CLASSMETHOD: u32 = 10;
pub const DUNDER: u32 = 11;
pub const CONSTRUCT: u32 = 12;
/// A call site's function (`Call`, or `CallMethod` after a NULL): see `fill_call`.
pub const CALL: u32 = 13;
/// A `CallMethod` site's function called with the receiver first.
pub const CALL_BOUND: u32 = 14;

/// Kinds whose entries are keyed on the receiver's own version (it is a class).
#[inline(always)]
pub fn is_type_kind(kind: u32) -> bool {
    (TYPE_VALUE..=TYPE_CLASSMETHOD).contains(&kind)
}

/// Whether code objects get attribute caches (`TERN_IC=0` turns them off:
/// every attribute instruction takes the generic path, in every tier).
static ENABLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

pub fn enabled() -> bool {
    ENABLED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Set once at start-up, before any code object is made.
pub fn set_enabled(on: bool) {
    ENABLED.store(on, std::sync::atomic::Ordering::Relaxed)
}

/// How many receiver types a site remembers.
pub const WAYS: usize = 4;

/// One site's cache (see the module documentation): up to `WAYS` receiver
/// types, replaced round-robin. `repr(C)`: compiled code may read it in place.
#[repr(C)]
pub struct AttrCache {
    pub entries: [AttrEntry; WAYS],
    /// The entry the next new receiver type replaces.
    next: Cell<u32>,
    /// The site is megamorphic: it uses the shared table (`mega_cache`)
    /// instead of its entries.
    mega: Cell<bool>,
}

/// What one receiver type resolves the site's attribute to.
#[repr(C)]
pub struct AttrEntry {
    /// The receiver type's version tag (`u32::MAX`: empty; tags count up from 1).
    pub version: Cell<u32>,
    pub kind: Cell<u32>,
    /// Entry index of the attribute in the instance dict, last time; the
    /// member's offset in the object for `MEMBER` and `STORE_MEMBER`.
    pub hint: Cell<u32>,
    /// The receiver type's `dict_offset` (instance kinds; fixed once a type
    /// exists), so that stubs reach the instance dict without reading the
    /// type first.
    pub dict_offset: Cell<u32>,
    /// The class attribute's bits (`METHOD`, `CLASS_VALUE`, `DATA_DESCR`).
    pub value: Cell<u64>,
    /// An instance dict shape (objects/shape.rs) seen at this entry, or
    /// `NO_SHAPE`: for `DICT` and `STORE_DICT`, dicts of this shape hold the
    /// name at entry `hint`; for `METHOD`, they lack it (nothing shadows the method).
    pub shape: Cell<u64>,
}

/// `AttrEntry::shape` when no shape was seen (never a shape's address).
pub const NO_SHAPE: u64 = 1;

impl AttrCache {
    pub fn empty() -> AttrCache {
        let e = || AttrEntry { version: Cell::new(u32::MAX), kind: Cell::new(EMPTY), hint: Cell::new(0), dict_offset: Cell::new(0), value: Cell::new(0), shape: Cell::new(NO_SHAPE) };
        AttrCache { entries: [e(), e(), e(), e()], next: Cell::new(0), mega: Cell::new(false) }
    }

    /// Makes the site use the shared megamorphic table (or its own entries again).
    pub fn set_megamorphic(&self, on: bool) {
        self.mega.set(on);
    }

    /// The cache to use for `name` on `obj` (loads, or `store`s): this
    /// one, or for a megamorphic site the shared table's.
    #[inline(always)]
    fn resolve(&self, obj: &Value, name: &Value, store: bool) -> &AttrCache {
        if self.mega.get() {
            mega_cache(obj, name, store)
        } else {
            self
        }
    }

    fn clear(&self) {
        for e in &self.entries {
            e.version.set(u32::MAX);
            e.kind.set(EMPTY);
        }
        self.next.set(0);
    }

    /// The entry for `obj`'s type, and the type; for a class whose metaclass
    /// is `type`, its `TYPE_*` entry.
    #[inline(always)]
    fn hit<'a>(&self, obj: &'a Value) -> Option<(&AttrEntry, &'a TypeObject)> {
        if obj.is_small_int() {
            return None;
        }
        let ty = obj.ty();
        if std::ptr::eq(ty, &TYPE_TYPE) {
            let v = unsafe { obj.downcast_unchecked::<TypeObject>() }.version.get();
            return self.entries.iter().find(|e| e.version.get() == v && is_type_kind(e.kind.get())).map(|e| (e, ty));
        }
        let v = ty.version.get();
        self.entries.iter().find(|e| e.version.get() == v && !is_type_kind(e.kind.get())).map(|e| (e, ty))
    }

    /// Records `kind` (and the class attribute `value`) for version `v`, in
    /// its entry if it has one, else in the next one round-robin.
    fn fill_version(&self, v: u32, kind: u32, value: u64, hint: u32) -> &AttrEntry {
        let e = match self.entries.iter().find(|e| e.version.get() == v && is_type_kind(e.kind.get()) == is_type_kind(kind)) {
            Some(e) => e,
            None => {
                let n = self.next.get() as usize;
                self.next.set(((n + 1) % WAYS) as u32);
                &self.entries[n]
            }
        };
        e.version.set(v);
        e.kind.set(kind);
        e.value.set(value);
        e.hint.set(hint);
        e.dict_offset.set(0);
        e.shape.set(NO_SHAPE);
        e
    }

    /// Records that the call site calls `func` (`kind` `CALL` or
    /// `CALL_BOUND`), in its entry if it has one, else in the next one
    /// round-robin. The entry keeps the function's address and serial: the
    /// serial is renewed when `__code__` is replaced, and a new function at
    /// a dead one's address has another, so an entry can match only while
    /// the function, and so its compiled code and arity, are the ones seen.
    /// (Version `u32::MAX`, as empty entries: no type lookup matches it.)
    pub fn fill_call(&self, kind: u32, func: &crate::objects::function::FunctionObject) {
        let bits = func as *const _ as u64;
        let e = match self.entries.iter().find(|e| e.value.get() == bits && matches!(e.kind.get(), CALL | CALL_BOUND)) {
            Some(e) => e,
            None => {
                let n = self.next.get() as usize;
                self.next.set(((n + 1) % WAYS) as u32);
                &self.entries[n]
            }
        };
        e.version.set(u32::MAX);
        e.kind.set(kind);
        e.value.set(bits);
        e.hint.set(0);
        e.shape.set(func.serial.get());
    }

    fn fill(&self, ty: &TypeObject, kind: u32, value: u64, hint: u32) {
        let off = u32::try_from(ty.dict_offset.get()).expect("an object layout under 4 GiB");
        self.fill_version(ty.version.get(), kind, value, hint).dict_offset.set(off);
    }

    /// A `TYPE_*` entry for loads of `name` from the class `cls` (metaclass `type`).
    fn fill_type_load(&self, cls: &TypeObject, name: &Value) {
        let v = cls.version.get();
        if v == 0 || TYPE_TYPE.lookup(name).is_some() {
            return;
        }
        let Some(d) = cls.lookup(name) else { return };
        if d.is_type(&STATICMETHOD_TYPE) {
            self.fill_version(v, TYPE_STATIC, d.bits(), 0);
            return;
        }
        if d.is_type(&CLASSMETHOD_TYPE) {
            self.fill_version(v, TYPE_CLASSMETHOD, d.bits(), 0);
            return;
        }
        if d.is_type(&FUNCTION_TYPE) || is_immutable_value(&d) {
            self.fill_version(v, TYPE_VALUE, d.bits(), 0);
            return;
        }
        let dt = d.ty();
        if dt.slot(crate::types::Slot::Get).is_some() || dt.version.get() == 0 {
            return;
        }
        // A class of ours could gain a `__get__` later: its version is checked too.
        let guard = if dt.is_heap() { dt.version.get() } else { 0 };
        self.fill_version(v, TYPE_VALUE, d.bits(), guard);
    }

    /// Fills an entry for loads of `name` from `obj`'s type as it is now.
    #[cold]
    #[inline(never)]
    fn fill_load(&self, obj: &Value, name: &Value) {
        if obj.is_small_int() {
            return;
        }
        let ty = obj.ty();
        if std::ptr::eq(ty, &TYPE_TYPE) {
            return self.fill_type_load(unsafe { obj.downcast_unchecked::<TypeObject>() }, name);
        }
        // A module's lookup is the generic one, then its `__getattr__` for a
        // missing name (which a hit never is): cached like any instance.
        let generic = ty.getattro.get().is_none() || std::ptr::eq(ty, &MODULE_TYPE);
        if ty.version.get() == 0 || !generic || ops::custom_getattribute(ty).is_some() {
            return;
        }
        match ty.lookup(name) {
            None if ty.dict_offset.get() != 0 => self.fill(ty, DICT, 0, 0),
            None => {}
            Some(d) => {
                if let Some(offset) = own_member(obj, &d) {
                    return self.fill(ty, MEMBER, 0, offset);
                }
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
                self.fill(ty, kind, d.bits(), 0);
            }
        }
    }

    /// Fills an entry for stores of `name` into `obj`.
    #[cold]
    #[inline(never)]
    fn fill_store(&self, obj: &Value, name: &Value) {
        if obj.is_small_int() {
            return;
        }
        let ty = obj.ty();
        if ty.version.get() == 0 || obj.downcast::<TypeObject>().is_some() || ops::custom_setattr(ty, false).is_some() {
            return;
        }
        if let Some(d) = ty.lookup(name) {
            if let Some(offset) = own_member(obj, &d) {
                return self.fill(ty, STORE_MEMBER, 0, offset);
            }
            // Only a data descriptor could take the store, and these never become one.
            if !(d.is_type(&FUNCTION_TYPE) || is_immutable_value(&d)) {
                return;
            }
        }
        if ty.dict_offset.get() != 0 {
            self.fill(ty, STORE_DICT, 0, 0);
        }
    }
}

impl AttrEntry {
    /// The class attribute (borrowed from the class dict, see above).
    #[inline(always)]
    fn class_attr(&self) -> std::mem::ManuallyDrop<Value> {
        std::mem::ManuallyDrop::new(unsafe { Value::from_raw(self.value.get()) })
    }

    /// `obj`'s instance dict entry for `name`, through the hint; learns the
    /// dict's shape (see `shape`: where a `METHOD` entry's name is absent,
    /// where other entries' name is at `hint`).
    #[inline(always)]
    fn dict_get(&self, obj: &Value, name: &Value) -> Option<Value> {
        let d = as_dict(dict_slot(obj)?.as_ref()?)?;
        let v = d.get_str_hinted(name, &self.hint);
        self.learn_shape(d, v.is_some() != (self.kind.get() == METHOD));
        v
    }

    /// A `STORE_DICT` hit: `d[name] = v`. Along the shape transition seen
    /// last time (`value`: the shape before the name was added, `shape`
    /// after), an append with no lookup; otherwise through the hint, then
    /// learning the shapes.
    #[inline(always)]
    fn store_dict(&self, d: &DictObject, name: &Value, v: Value) {
        let before = shape_bits(d);
        if before != NO_SHAPE && before == self.value.get() {
            let next = unsafe { &*(self.shape.get() as *const Shape) };
            self.hint.set(d.nentries() as u32);
            d.append_shaped(name.clone(), v, next);
            return;
        }
        let n = d.nentries();
        d.set_str_hinted(name, v, &self.hint);
        let after = shape_bits(d);
        if d.nentries() > n && after != NO_SHAPE {
            self.value.set(before);
        } else if after != self.shape.get() {
            self.value.set(NO_SHAPE);
        }
        self.shape.set(after);
    }

    /// Remembers `d`'s shape if `usable`, else forgets the one remembered.
    #[inline(always)]
    fn learn_shape(&self, d: &DictObject, usable: bool) {
        self.shape.set(if usable { shape_bits(d) } else { NO_SHAPE });
    }
}

/// `d`'s shape as `AttrEntry::shape` holds it.
#[inline(always)]
fn shape_bits(d: &DictObject) -> u64 {
    d.shape().map_or(NO_SHAPE, |s| s as *const Shape as u64)
}

/// The offset of a `__slots__` member `d` in `obj`, when `obj` has the
/// member's layout (a copy of the descriptor in another class does not).
fn own_member(obj: &Value, d: &Value) -> Option<u32> {
    let m = d.downcast_exact::<MemberDescrObject>()?;
    (m.offset != 0 && obj.isinstance(m.owner_type())).then_some(m.offset as u32)
}

/// Sets of the shared megamorphic table (a power of two).
const MEGA_SETS: usize = 1024;

/// One set of the shared table: a cache for loads or for stores of one
/// attribute name (holding a reference to the name, so that its address
/// cannot come back as another name's). Loads and stores fill different
/// kinds of entries for the same type, so they never share a set.
struct MegaSet {
    name: Cell<u64>,
    store: Cell<bool>,
    cache: AttrCache,
}

thread_local! {
    /// The shared table (allocated on first use, kept until the process ends).
    static MEGA: Cell<*const MegaSet> = const { Cell::new(std::ptr::null()) };
}

/// The shared table's cache for `name` on receivers like `obj`: megamorphic
/// sites (more receiver types than `WAYS` keep coming) share one table,
/// where the set is chosen by the name and the receiver's version tag and
/// holds entries for that name only (a set taken over by another name starts
/// empty). Entries are keyed and invalidated by version tags as in a site's
/// own cache, so everything above holds for them.
#[cold]
#[inline(never)]
fn mega_cache(obj: &Value, name: &Value, store: bool) -> &'static AttrCache {
    let table = MEGA.with(|m| {
        if m.get().is_null() {
            let sets: Box<[MegaSet]> = (0..MEGA_SETS).map(|_| MegaSet { name: Cell::new(0), store: Cell::new(false), cache: AttrCache::empty() }).collect();
            m.set(Box::leak(sets).as_ptr());
        }
        m.get()
    });
    let version = if obj.is_small_int() {
        0
    } else if let Some(t) = obj.downcast::<TypeObject>() {
        t.version.get()
    } else {
        obj.ty().version.get()
    };
    let h = (name.bits() | store as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (version as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    let set = unsafe { &*table.add((h >> 40) as usize & (MEGA_SETS - 1)) };
    if set.name.get() != name.bits() || set.store.get() != store {
        let old = set.name.replace(name.clone().into_raw());
        if old != 0 {
            drop(unsafe { Value::from_raw(old) });
        }
        set.store.set(store);
        set.cache.clear();
    }
    &set.cache
}

/// The field of a `MEMBER`/`STORE_MEMBER` entry in `obj`.
#[inline(always)]
unsafe fn member_field(obj: &Value, offset: u32) -> *mut Option<Value> {
    (obj.as_ptr() as *mut u8).add(offset as usize) as *mut Option<Value>
}

/// The function of a staticmethod or classmethod entry's value.
///
/// # Safety
/// `v` is an exact staticmethod or classmethod.
unsafe fn v_static(v: &Value) -> &Value {
    v.downcast_unchecked::<StaticMethodObject>().func()
}

/// A value of a built-in type that has no `__get__` and never will.
fn is_immutable_value(d: &Value) -> bool {
    d.is_small_int()
        || [&INT_TYPE, &FLOAT_TYPE, &STR_TYPE, &BOOL_TYPE, &NONE_TYPE, &TUPLE_TYPE, &BYTES_TYPE]
            .iter()
            .any(|t| d.is_type(t))
}

impl AttrEntry {
    /// The attribute on a hit of a kind that runs no Python code and cannot
    /// fail (`DICT`, `METHOD`, `CLASS_VALUE`); None for other kinds and when
    /// a `DICT` entry's instance lacks the attribute (or a `MEMBER` is unset).
    #[inline(always)]
    fn load_simple(&self, obj: &Value, name: &Value, ty: &TypeObject) -> Option<Value> {
        match self.kind.get() {
            DICT => self.dict_get(obj, name),
            // Binding a plain function or a method descriptor of the type's own MRO cannot fail.
            METHOD => self.dict_get(obj, name).or_else(|| descr_get((*self.class_attr()).clone(), Some(obj), ty).ok()),
            CLASS_VALUE => Some(self.dict_get(obj, name).unwrap_or_else(|| (*self.class_attr()).clone())),
            // Unset: the full path raises the AttributeError.
            MEMBER => unsafe { (*member_field(obj, self.hint.get())).clone() },
            TYPE_VALUE => {
                let v = self.class_attr();
                let guard = self.hint.get();
                (guard == 0 || v.ty().version.get() == guard).then(|| (*v).clone())
            }
            TYPE_STATIC => Some(unsafe { v_static(&self.class_attr()) }.clone()),
            _ => None,
        }
    }
}

/// `obj.name` (`LoadAttr`) through the site's cache.
#[inline]
pub fn load_attr(c: &AttrCache, obj: &Value, name: &Value) -> PyResult<Value> {
    let c = c.resolve(obj, name, false);
    if let Some((e, ty)) = c.hit(obj) {
        if e.kind.get() == DATA_DESCR {
            return descr_get((*e.class_attr()).clone(), Some(obj), ty);
        }
        if let Some(v) = e.load_simple(obj, name, ty) {
            return Ok(v);
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
    let c = c.resolve(&obj, name, false);
    if let Some((e, _)) = c.hit(&obj) {
        match e.kind.get() {
            TYPE_CLASSMETHOD => return Ok((Some(unsafe { v_static(&e.class_attr()) }.clone()), obj)),
            METHOD => {
                return Ok(match e.dict_get(&obj, name) {
                    Some(v) => (None, v),
                    None => (Some((*e.class_attr()).clone()), obj),
                })
            }
            DICT | CLASS_VALUE | DATA_DESCR | MEMBER | TYPE_VALUE | TYPE_STATIC => return Ok((None, load_attr(c, &obj, name)?)),
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
    let c = c.resolve(obj, name, true);
    if let Some((e, _)) = c.hit(obj) {
        match e.kind.get() {
            STORE_DICT => {
                if let Some(d) = instance_dict(obj) {
                    e.store_dict(d, name, v);
                    return Ok(());
                }
            }
            STORE_MEMBER => {
                drop(unsafe { std::ptr::replace(member_field(obj, e.hint.get()), Some(v)) });
                return Ok(());
            }
            _ => {}
        }
    }
    let r = ops::setattr(obj, name, Some(v));
    c.fill_store(obj, name);
    r
}

// Compiled code's hit paths: the stack slots of the instruction's operands,
// the site's cache and the name's bits; 1 when the cache answered (operands
// consumed, results stored as the instruction would), 0 when compiled code
// must take the instruction's full path (`rt_load_attr` and the like), which
// handles misses, Python-level descriptors and errors.

/// `LoadAttr`: `slot[0]` is the object.
///
/// # Safety
/// `slot` points at the instruction's live stack slots; `c` is the site's cache; `name` a str.
pub unsafe extern "C" fn rt_load_attr_hit(slot: *mut Option<Value>, c: *const AttrCache, name: u64) -> u32 {
    let obj = (*slot).as_ref().unwrap_unchecked();
    let name = std::mem::ManuallyDrop::new(Value::from_raw(name));
    let Some((e, ty)) = (*c).resolve(obj, &name, false).hit(obj) else { return 0 };
    match e.load_simple(obj, &name, ty) {
        Some(v) => {
            *slot = Some(v);
            1
        }
        None => 0,
    }
}

/// `LoadMethod`: `slot[0]` is the object; `slot[0..2]` get the method and self.
///
/// # Safety
/// As `rt_load_attr_hit`.
pub unsafe extern "C" fn rt_load_method_hit(slot: *mut Option<Value>, c: *const AttrCache, name: u64) -> u32 {
    let obj = (*slot).as_ref().unwrap_unchecked();
    let name = std::mem::ManuallyDrop::new(Value::from_raw(name));
    let Some((e, ty)) = (*c).resolve(obj, &name, false).hit(obj) else { return 0 };
    let shadowed = match e.kind.get() {
        METHOD => e.dict_get(obj, &name),
        // The function unbound, the class as its first argument.
        TYPE_CLASSMETHOD => {
            let f = v_static(&e.class_attr()).clone();
            std::ptr::write(slot.add(1), std::ptr::replace(slot, Some(f)));
            return 1;
        }
        _ => match e.load_simple(obj, &name, ty) {
            Some(v) => Some(v),
            None => return 0,
        },
    };
    let obj = std::ptr::read(slot);
    match shadowed {
        // An unbound method, self moving up a slot.
        None => {
            std::ptr::write(slot, Some((*e.class_attr()).clone()));
            std::ptr::write(slot.add(1), obj);
        }
        // The attribute itself, the object dropped.
        Some(v) => {
            std::ptr::write(slot, None);
            std::ptr::write(slot.add(1), Some(v));
            drop(obj);
        }
    }
    1
}

/// `StoreAttr`: `slot[0]` is the value, `slot[1]` the object.
///
/// # Safety
/// As `rt_load_attr_hit`.
pub unsafe extern "C" fn rt_store_attr_hit(slot: *mut Option<Value>, c: *const AttrCache, name: u64) -> u32 {
    let obj = (*slot.add(1)).as_ref().unwrap_unchecked();
    let name = std::mem::ManuallyDrop::new(Value::from_raw(name));
    let Some((e, _)) = (*c).resolve(obj, &name, true).hit(obj) else { return 0 };
    let v = match e.kind.get() {
        STORE_DICT => {
            let Some(d) = instance_dict(obj) else { return 0 };
            e.store_dict(d, &name, std::ptr::read(slot).unwrap_unchecked());
            crate::objects::instance::note_dict_len(obj, d);
            None
        }
        STORE_MEMBER => std::ptr::replace(member_field(obj, e.hint.get()), std::ptr::read(slot)),
        _ => return 0,
    };
    drop(std::ptr::read(slot.add(1)));
    drop(v);
    1
}

// ----- operator sites -----------------------------------------------------------

/// Operator and construction sites' lookups: answered by an entry, and filled.
static OPERATOR_HITS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static OPERATOR_FILLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static CONSTRUCT_HITS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static CONSTRUCT_FILLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Counts one event (a plain load and store: a lost count between threads does not matter).
#[inline(always)]
fn count(c: &std::sync::atomic::AtomicU64) {
    use std::sync::atomic::Ordering::Relaxed;
    c.store(c.load(Relaxed) + 1, Relaxed);
}

/// The function an operator (`BinaryOp`, `CompareOp`) calls first for `a`
/// and `b`, when both are instances of one class (not a built-in one) and
/// `find` gives a function for that class (`ops::same_type_binop_function`,
/// `ops::same_type_compare_function`): from the site's `DUNDER` entry for
/// the class's version, else found and remembered (that there is none, too).
/// None: not that case.
#[inline]
pub fn operator_function(cache: &AttrCache, a: &Value, b: &Value, find: impl FnOnce(&TypeObject) -> Option<Value>) -> Option<Value> {
    if a.is_small_int() || b.is_small_int() {
        return None;
    }
    let ty = a.ty();
    if !std::ptr::eq(ty, b.ty()) || !ty.is_heap() {
        return None;
    }
    if let Some((e, _)) = cache.hit(a) {
        if e.kind.get() == DUNDER {
            count(&OPERATOR_HITS);
            // 0: the class has no such function (the generic path it is).
            return unsafe { Value::clone_raw(e.value.get()) };
        }
    }
    if ty.version.get() == 0 {
        return None;
    }
    let f = find(ty);
    count(&OPERATOR_FILLS);
    cache.fill(ty, DUNDER, f.as_ref().map_or(0, |f| f.bits()), 0);
    f
}

/// The `__init__` a `Call` of the class `cls` (metaclass `type`) with `n`
/// arguments runs on a new instance, when that is all the call does
/// (`typeobj::plain_init`): from the site's `CONSTRUCT` entry for the
/// class's version, else found and remembered (that it is not so, too).
#[inline]
pub fn construct_function(cache: &AttrCache, cls: &TypeObject, n: usize) -> Option<Value> {
    // Only classes made by `class` statements get entries.
    if !cls.is_heap() {
        return None;
    }
    let v = cls.version.get();
    if let Some(e) = cache.entries.iter().find(|e| e.version.get() == v && e.kind.get() == CONSTRUCT) {
        count(&CONSTRUCT_HITS);
        return unsafe { Value::clone_raw(e.value.get()) };
    }
    if v == 0 {
        return None;
    }
    let f = crate::objects::typeobj::plain_init(cls, n);
    count(&CONSTRUCT_FILLS);
    cache.fill_version(v, CONSTRUCT, f.as_ref().map_or(0, |f| f.bits()), 0);
    f
}

/// The `TERN_STATS=1` lines of the operator and construction sites.
pub fn report_operators() -> String {
    use std::sync::atomic::Ordering::Relaxed;
    let mut out = String::new();
    for (what, hits, fills) in [("Operator (user-class dunders)", &OPERATOR_HITS, &OPERATOR_FILLS), ("Construct (class calls)", &CONSTRUCT_HITS, &CONSTRUCT_FILLS)] {
        let (hits, fills) = (hits.load(Relaxed), fills.load(Relaxed));
        if hits + fills > 0 {
            out.push_str(&format!("tern-ic: {what} hits={hits} fills={fills} hit_rate={:.1}%\n", hits as f64 * 100.0 / (hits + fills) as f64));
        }
    }
    out
}
