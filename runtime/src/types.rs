//! Type objects: layout, MRO, attribute lookup, the special-method cache and
//! version tags.
//!
//! Built-in types are `static`s (their addresses are link-time constants that
//! compiled code can embed); classes made by `class` statements are heap
//! objects of the same struct. Every type carries a version tag that changes
//! whenever it or a base is mutated; the special-method cache (and later the
//! inline caches) are valid only for the version they were filled at.

use crate::error::PyResult;
use crate::objects::dict::DictObject;
use crate::value::{ObjHeader, PyObj, Value};
use std::borrow::Cow;
use std::cell::{Cell, UnsafeCell};

/// A class created by a `class` statement (mutable, reference counted).
pub const HEAPTYPE: u32 = 1;
/// The type can be subclassed.
pub const BASETYPE: u32 = 2;
/// Instances of this type (or subtypes) are exceptions.
pub const EXC_BASE: u32 = 4;
/// Abstract marker used by `type` itself and subclasses of `type`.
pub const TYPE_SUBCLASS: u32 = 8;
/// Instances match sequence patterns (CPython's Py_TPFLAGS_SEQUENCE):
/// set on list, tuple, range, ..., inherited by subclasses, and given to
/// classes by `collections.abc.Sequence` (`_abc`: `__abc_tpflags__`, register).
pub const SEQUENCE: u32 = 1 << 5;
/// Instances match mapping patterns (CPython's Py_TPFLAGS_MAPPING).
pub const MAPPING: u32 = 1 << 6;
pub const COLLECTION_FLAGS: u32 = SEQUENCE | MAPPING;
/// Some instance of this type got a weak reference: deallocating one
/// clears its weak references first (`modules::weakref::clear_weakrefs`).
pub const WEAKLY_REFERENCED: u32 = 1 << 24;
/// `__new__` was defined or assigned on this class (or deleted from it), or
/// on a base: CPython's `tp_new` then stays the Python-level dispatcher even
/// once the lookup finds `object.__new__` again (`del cls.__new__`), so
/// `object.__new__` and `object.__init__` treat `__new__` as overridden
/// (`instance::new_is_object_new`).
pub const NEW_OVERRIDDEN: u32 = 1 << 25;
/// Whether this exception class derives attributes from its args (it is a
/// StopIteration, OSError, ... : `exception::init_special_attrs`) is known,
/// and the answer; found once, forgotten when the MRO changes.
pub const SPECIAL_EXC_KNOWN: u32 = 1 << 26;
pub const SPECIAL_EXC: u32 = 1 << 27;
/// A built-in iterator type whose `__iter__` returns the iterator itself
/// (`iter::register_iterator`): `ops::iter` answers without calling it.
pub const ITER_SELF: u32 = 1 << 28;

/// Special methods cached per type, in the order of `SLOT_NAMES`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Repr,
    Str,
    Hash,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Bool,
    Len,
    Iter,
    Next,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Call,
    GetAttr,
    GetAttribute,
    SetAttr,
    DelAttr,
    Get,
    Set,
    Delete,
    Init,
    New,
    Enter,
    Exit,
    Neg,
    Pos,
    Invert,
    Abs,
    Index,
    Int,
    Float,
    Format,
    Missing,
    Reversed,
    Del,
}

pub const SLOT_NAMES: &[&str] = &[
    "__repr__",
    "__str__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__len__",
    "__iter__",
    "__next__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__call__",
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__new__",
    "__enter__",
    "__exit__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__index__",
    "__int__",
    "__float__",
    "__format__",
    "__missing__",
    "__reversed__",
    "__del__",
];

pub const NSLOTS: usize = 40;

/// A native iterator step: the next item, or None when exhausted.
pub type IterNextFn = fn(&Value) -> PyResult<Option<Value>>;
/// A native attribute lookup.
pub type GetAttroFn = fn(&Value, &Value) -> PyResult<Option<Value>>;

/// A type object. See the module documentation.
#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    name: UnsafeCell<Cow<'static, str>>,
    qualname: UnsafeCell<Cow<'static, str>>,
    /// The direct base used for layout (`__base__`); null only for `object`.
    pub base: Cell<*const TypeObject>,
    /// `__bases__`, keeping the bases alive.
    bases: UnsafeCell<Vec<Value>>,
    /// `__mro__`, starting with this type.
    mro: UnsafeCell<Vec<*const TypeObject>>,
    dict: UnsafeCell<Option<Value>>,
    pub flags: Cell<u32>,
    /// Bytes allocated per instance.
    pub basicsize: Cell<usize>,
    /// Offset of the instance's `Option<Value>` attribute dict (0: none).
    pub dict_offset: Cell<usize>,
    /// How many attributes the dict of the last instance to die held (0:
    /// none seen): new instances of a class start with a dict of that many
    /// entries' room (`instance::alloc_instance`), so an `__init__`'s stores
    /// append in the inline caches' machine code, with no growth.
    pub dict_hint: Cell<u32>,
    /// Frees an instance (reached through the instance's header).
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// Drops the native fields of an instance in place (no freeing).
    pub drop_payload: Cell<unsafe fn(*mut ObjHeader)>,
    /// Changes whenever this type or a base is mutated.
    pub version: Cell<u32>,
    slot_cache: UnsafeCell<Option<Box<[Option<Value>; NSLOTS]>>>,
    /// Direct subclasses (weak: removed when a subclass dies).
    subclasses: UnsafeCell<Vec<*const TypeObject>>,
    /// The `__module__` of a built-in type.
    pub builtin_module: &'static str,
    /// Native `__next__` of built-in iterators (CPython's tp_iternext).
    pub iternext: Cell<Option<IterNextFn>>,
    /// Native attribute lookup replacing the generic one (CPython's tp_getattro):
    /// Ok(None) when the attribute is missing.
    pub getattro: Cell<Option<GetAttroFn>>,
    pub doc: Option<&'static str>,
}

unsafe impl Sync for TypeObject {}

unsafe impl PyObj for TypeObject {
    fn class() -> &'static TypeObject {
        &TYPE_TYPE
    }
}

/// One entry of the method cache: what `lookup(name)` found (0: nothing)
/// on a type at `version`. Pointers are borrowed: the type's dict holds the
/// value for as long as the type keeps that version, and versions are never
/// reused, so an entry of a changed or freed type can never match again.
#[derive(Clone, Copy)]
struct MethodCacheEntry {
    version: u32,
    name: *const ObjHeader,
    value: u64,
}

const METHOD_CACHE_SIZE: usize = 4096;

thread_local! {
    /// CPython's type attribute cache: MRO lookups by (type version, interned name).
    static METHOD_CACHE: UnsafeCell<[MethodCacheEntry; METHOD_CACHE_SIZE]> = const {
        UnsafeCell::new([MethodCacheEntry { version: 0, name: std::ptr::null(), value: 0 }; METHOD_CACHE_SIZE])
    };
}

/// Names the method cache keys on: exact, immortal (interned) strs, whose address is their identity.
#[inline]
fn is_cacheable_name(name: &Value) -> bool {
    name.refcnt() >= crate::value::IMMORTAL / 2 && name.downcast_exact::<crate::objects::str::StrObject>().is_some()
}

#[inline]
fn method_cache_index(version: u32, name: &Value) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name.as_ptr() as usize >> 4)) & (METHOD_CACHE_SIZE - 1)
}

static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

fn next_version() -> u32 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Frees an object of a built-in type with native layout `T`.
///
/// # Safety
/// `h` must be an unreferenced object allocated by `alloc_object` with layout `T`.
pub unsafe fn dealloc_native<T>(h: *mut ObjHeader) {
    let ty = (*h).ty.get();
    let size = (*ty).basicsize.get();
    std::ptr::drop_in_place(h as *mut T);
    std::alloc::dealloc(h as *mut u8, std::alloc::Layout::from_size_align_unchecked(size, 8));
}

/// Drops the fields of a `T` in place.
///
/// # Safety
/// `h` must hold a live `T`.
pub unsafe fn drop_native<T>(h: *mut ObjHeader) {
    std::ptr::drop_in_place(h as *mut T);
}

/// Never called: statics are immortal.
unsafe fn dealloc_static(_: *mut ObjHeader) {}

/// The `dealloc` of types whose instances are all static.
pub const TYPE_NEVER_DEALLOC: unsafe fn(*mut ObjHeader) = dealloc_static;

impl TypeObject {
    /// A built-in type whose instances have the native layout `T`.
    pub const fn builtin<T>(name: &'static str, base: Option<&'static TypeObject>, flags: u32) -> TypeObject {
        TypeObject {
            header: ObjHeader::immortal(&TYPE_TYPE),
            name: UnsafeCell::new(Cow::Borrowed(name)),
            qualname: UnsafeCell::new(Cow::Borrowed(name)),
            base: Cell::new(match base {
                Some(b) => b as *const TypeObject,
                None => std::ptr::null(),
            }),
            bases: UnsafeCell::new(Vec::new()),
            mro: UnsafeCell::new(Vec::new()),
            dict: UnsafeCell::new(None),
            flags: Cell::new(flags),
            basicsize: Cell::new(std::mem::size_of::<T>()),
            dict_offset: Cell::new(0),
            dict_hint: Cell::new(0),
            dealloc: dealloc_native::<T>,
            drop_payload: Cell::new(drop_native::<T>),
            version: Cell::new(0),
            slot_cache: UnsafeCell::new(None),
            subclasses: UnsafeCell::new(Vec::new()),
            builtin_module: "builtins",
            iternext: Cell::new(None),
            getattro: Cell::new(None),
            doc: None,
        }
    }

    /// Same, with a `__module__` other than `builtins`.
    pub const fn in_module(mut self, module: &'static str) -> TypeObject {
        self.builtin_module = module;
        self
    }

    /// Same, with a `__qualname__` other than the name: for types whose CPython
    /// `tp_name` is dotted (`collections.deque`), `name()` is that full name
    /// (used in messages) and `__name__`/`__qualname__` are the last part.
    pub const fn with_qualname(mut self, qualname: &'static str) -> TypeObject {
        let old = std::mem::replace(&mut self.qualname, UnsafeCell::new(Cow::Borrowed(qualname)));
        std::mem::forget(old);
        self
    }

    /// Same, with an instance dict at `offset` inside the native struct.
    pub const fn with_dict_at(mut self, offset: usize) -> TypeObject {
        self.dict_offset = Cell::new(offset);
        self
    }

    /// A type with no instances of its own (singleton types use statics).
    pub const fn singleton(name: &'static str, size: usize) -> TypeObject {
        let mut t = Self::builtin::<ObjHeader>(name, Some(&OBJECT_TYPE), 0);
        t.basicsize = Cell::new(size);
        t.dealloc = dealloc_static;
        t
    }

    pub fn name(&self) -> &str {
        unsafe { &*self.name.get() }
    }

    pub fn qualname(&self) -> &str {
        unsafe { &*self.qualname.get() }
    }

    pub fn set_name(&self, name: String) {
        unsafe { *self.name.get() = Cow::Owned(name) };
    }

    pub fn set_qualname(&self, name: String) {
        unsafe { *self.qualname.get() = Cow::Owned(name) };
    }

    pub fn is_heap(&self) -> bool {
        self.flags.get() & HEAPTYPE != 0
    }

    pub fn base(&self) -> Option<&TypeObject> {
        let b = self.base.get();
        if b.is_null() {
            None
        } else {
            Some(unsafe { &*b })
        }
    }

    pub fn bases(&self) -> &[Value] {
        unsafe { &*self.bases.get() }
    }

    pub fn set_bases(&self, bases: Vec<Value>) {
        unsafe { *self.bases.get() = bases };
    }

    pub fn mro(&self) -> &[*const TypeObject] {
        unsafe { &*self.mro.get() }
    }

    pub fn set_mro(&self, mro: Vec<*const TypeObject>) {
        unsafe { *self.mro.get() = mro };
        self.flags.set(self.flags.get() & !(SPECIAL_EXC_KNOWN | SPECIAL_EXC));
        self.modified();
    }

    /// The type's namespace dict.
    pub fn dict(&self) -> &DictObject {
        unsafe {
            let d = &mut *self.dict.get();
            if d.is_none() {
                *d = Some(crate::objects::dict::new_dict());
            }
            d.as_ref().unwrap().downcast_unchecked::<DictObject>()
        }
    }

    pub fn dict_value(&self) -> Value {
        self.dict();
        unsafe { (*self.dict.get()).clone().unwrap() }
    }

    pub fn set_dict(&self, d: Value) {
        unsafe { *self.dict.get() = Some(d) };
    }

    /// Is `self` a subclass of `other` (by MRO)? Also true when equal.
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let mro = self.mro();
        if mro.is_empty() {
            // Before init: walk the base chain.
            let mut t = self.base();
            while let Some(b) = t {
                if std::ptr::eq(b, other) {
                    return true;
                }
                t = b.base();
            }
            return false;
        }
        mro.iter().any(|&t| std::ptr::eq(t, other))
    }

    /// Looks `name` (a str) up along the MRO, returning a new reference.
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        let version = self.version.get();
        if version == 0 || !is_cacheable_name(name) {
            return self.lookup_uncached(name);
        }
        let slot = method_cache_index(version, name);
        // SAFETY: the cache is this thread's, and no reference into it is held
        // across the uncached lookup (which may run Python code).
        let cache = METHOD_CACHE.with(|c| c.get());
        let e = unsafe { (*cache)[slot] };
        if e.version == version && std::ptr::eq(e.name, name.as_ptr()) {
            // SAFETY: nonzero bits are a value the type's dict still holds (same version).
            return unsafe { Value::clone_raw(e.value) };
        }
        let found = self.lookup_uncached(name);
        let entry = MethodCacheEntry { version, name: name.as_ptr(), value: found.as_ref().map_or(0, Value::bits) };
        unsafe { (*cache)[slot] = entry };
        found
    }

    /// The MRO walk behind `lookup`.
    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        for &t in self.mro() {
            let t = unsafe { &*t };
            if let Some(v) = t.dict().get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Looks up a name given as Rust text.
    pub fn lookup_str(&self, name: &'static str) -> Option<Value> {
        let key = crate::objects::str::intern_static(name);
        self.lookup(&key)
    }

    /// The special method `slot` as found on this type's MRO (a new reference).
    #[inline]
    pub fn slot(&self, slot: Slot) -> Option<Value> {
        unsafe {
            let cache = &mut *self.slot_cache.get();
            if cache.is_none() {
                self.fill_slot_cache();
            }
            (*self.slot_cache.get()).as_ref().unwrap()[slot as usize].clone()
        }
    }

    /// Whether this type's special method `slot` is the very object that
    /// `other`'s is (inherited from it unchanged, say); no reference taken.
    #[inline]
    pub fn slot_same_as(&self, slot: Slot, other: &TypeObject) -> bool {
        let bits = |t: &TypeObject| unsafe {
            if (*t.slot_cache.get()).is_none() {
                t.fill_slot_cache();
            }
            (*t.slot_cache.get()).as_ref().unwrap()[slot as usize].as_ref().map_or(0, |v| v.bits())
        };
        bits(self) == bits(other)
    }

    /// Whether the special method `slot` is defined (no reference taken).
    #[inline]
    pub fn has_slot(&self, slot: Slot) -> bool {
        unsafe {
            if (*self.slot_cache.get()).is_none() {
                self.fill_slot_cache();
            }
            (*self.slot_cache.get()).as_ref().unwrap()[slot as usize].is_some()
        }
    }

    #[cold]
    fn fill_slot_cache(&self) {
        let mut cache: Box<[Option<Value>; NSLOTS]> = Box::new(std::array::from_fn(|_| None));
        for (i, name) in SLOT_NAMES.iter().enumerate() {
            cache[i] = self.lookup_str(name);
        }
        unsafe { *self.slot_cache.get() = Some(cache) };
    }

    /// Records a mutation: new version tag, caches dropped, here and in every subclass.
    pub fn modified(&self) {
        self.version.set(next_version());
        unsafe {
            let old = (*self.slot_cache.get()).take();
            drop(old);
            for &sub in (*self.subclasses.get()).clone().iter() {
                (*sub).modified();
            }
        }
    }

    pub fn add_subclass(&self, sub: *const TypeObject) {
        unsafe { (*self.subclasses.get()).push(sub) };
    }

    pub fn remove_subclass(&self, sub: *const TypeObject) {
        unsafe { (*self.subclasses.get()).retain(|&s| !std::ptr::eq(s, sub)) };
    }

    pub fn subclasses(&self) -> Vec<*const TypeObject> {
        unsafe { (*self.subclasses.get()).clone() }
    }

    /// `__module__`: from the dict for classes, fixed for built-ins.
    pub fn module_name(&self) -> String {
        if self.is_heap() {
            if let Some(m) = self.dict().get_str(&crate::objects::str::intern_static("__module__")) {
                if let Some(s) = m.downcast::<crate::objects::str::StrObject>() {
                    return s.as_str().to_owned();
                }
            }
            return "builtins".into();
        }
        self.builtin_module.to_owned()
    }

    /// Stores an attribute in the dict of a type (used when building built-in types).
    pub fn set_attr_str(&self, name: &str, v: Value) {
        let key = crate::objects::str::intern(name);
        self.dict().set_str(key, v);
        self.modified();
    }

    pub fn as_value(&self) -> Value {
        unsafe { Value::from_borrowed_ptr(self as *const TypeObject) }
    }

    /// Is this type `BaseException` or a subclass?
    pub fn is_exception(&self) -> bool {
        self.flags.get() & EXC_BASE != 0
    }

    /// `tp_getattro`-style check: instances have an attribute dict.
    pub fn has_instance_dict(&self) -> bool {
        self.dict_offset.get() != 0
    }

    /// The nearest built-in ancestor (the one that decides the layout).
    pub fn solid_base(&self) -> &TypeObject {
        let mut t = self;
        while t.is_heap() {
            t = t.base().expect("heap types have a base");
        }
        t
    }
}

/// Allocates an instance of `ty` (which must have the layout `T`, possibly
/// followed by an attribute dict) holding `payload`.
pub fn alloc_object<T: PyObj>(ty: &TypeObject, payload: T) -> Value {
    unsafe {
        let size = ty.basicsize.get();
        debug_assert!(size >= std::mem::size_of::<T>());
        let p = std::alloc::alloc(std::alloc::Layout::from_size_align_unchecked(size, 8));
        if p.is_null() {
            std::alloc::handle_alloc_error(std::alloc::Layout::from_size_align_unchecked(size, 8));
        }
        std::ptr::write(p as *mut T, payload);
        let h = p as *mut ObjHeader;
        (*h).refcnt.set(1);
        (*h).ty.set(ty as *const TypeObject);
        let off = ty.dict_offset.get();
        if off >= std::mem::size_of::<T>() {
            std::ptr::write(p.add(off) as *mut Option<Value>, None);
        }
        if ty.is_heap() {
            // Instances keep their class alive.
            std::mem::forget(ty.as_value());
        }
        Value::from_owned_ptr(h)
    }
}

/// Allocates a built-in object of exactly `T::class()`.
#[inline]
pub fn new_object<T: PyObj>(payload: T) -> Value {
    alloc_object(T::class(), payload)
}

/// Frees an instance of a class made by a `class` statement.
///
/// # Safety
/// `h` must be an unreferenced instance of a heap type.
pub unsafe fn heap_instance_dealloc(h: *mut ObjHeader) {
    let ty = (*h).ty.get();
    crate::objects::instance::call_del(h);
    if (*h).refcnt.get() > 0 {
        return; // resurrected by __del__
    }
    let tyr = &*ty;
    if tyr.flags.get() & WEAKLY_REFERENCED != 0 {
        crate::modules::weakref::clear_weakrefs(h);
    }
    if tyr.flags.get() & TYPE_SUBCLASS != 0 {
        // A class whose metaclass is a class: new_heap_type made it (a boxed
        // TypeObject, whatever the metaclass's basicsize and dict offset say),
        // so it is freed as a type, leaving its bases' subclass lists.
        type_dealloc(h);
        drop(Value::from_owned_ptr(ty as *mut TypeObject));
        return;
    }
    let off = tyr.dict_offset.get();
    let solid = tyr.solid_base();
    if off != 0 && off >= solid.basicsize.get() {
        let slot = (h as *mut u8).add(off) as *mut Option<Value>;
        if let Some(n) = (*slot).as_ref().and_then(crate::objects::dict::shaped_len) {
            tyr.dict_hint.set(n as u32);
        }
        std::ptr::drop_in_place(slot);
    }
    (tyr.drop_payload.get())(h);
    std::alloc::dealloc(h as *mut u8, std::alloc::Layout::from_size_align_unchecked(tyr.basicsize.get(), 8));
    drop(Value::from_owned_ptr(ty as *mut TypeObject));
}

/// Frees a heap type.
unsafe fn type_dealloc(h: *mut ObjHeader) {
    let t = &*(h as *const TypeObject);
    for b in t.bases() {
        if let Some(bt) = b.downcast::<TypeObject>() {
            bt.remove_subclass(t as *const TypeObject);
        }
    }
    std::ptr::drop_in_place(h as *mut TypeObject);
    std::alloc::dealloc(h as *mut u8, std::alloc::Layout::new::<TypeObject>());
}

/// A fresh heap type (a class); the caller fills in bases, MRO and dict.
pub fn new_heap_type(metatype: &TypeObject, name: &str, base: &TypeObject) -> Value {
    let mut t = TypeObject::builtin::<ObjHeader>("", None, HEAPTYPE | BASETYPE);
    t.set_name(name.to_owned());
    t.set_qualname(name.to_owned());
    t.base.set(base as *const TypeObject);
    t.flags.set(HEAPTYPE | BASETYPE | (base.flags.get() & (EXC_BASE | TYPE_SUBCLASS)));
    t.basicsize.set(base.basicsize.get());
    t.dict_offset.set(base.dict_offset.get());
    t.dealloc = heap_instance_dealloc;
    t.drop_payload.set(base.drop_payload.get());
    t.getattro.set(base.getattro.get());
    t.version.set(next_version());
    t.header = ObjHeader::new(metatype as *const TypeObject);
    let metav = metatype.as_value();
    std::mem::forget(metav); // the class holds its metaclass
    let b = Box::new(t);
    unsafe { Value::from_owned_ptr(Box::into_raw(b)) }
}

/// The `dealloc` of `type` instances: static types never get here.
pub const TYPE_DEALLOC: unsafe fn(*mut ObjHeader) = type_dealloc;

/// `type` and `object`, the roots.
pub static TYPE_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<TypeObject>("type", Some(&OBJECT_TYPE), BASETYPE | TYPE_SUBCLASS);
    t.dealloc = type_dealloc;
    t
};
pub static OBJECT_TYPE: TypeObject = TypeObject::builtin::<ObjHeader>("object", None, BASETYPE);

pub use crate::objects::int::INT_TYPE;

/// Computes the C3 linearization of a class with these bases.
pub fn c3_mro(this: *const TypeObject, bases: &[&TypeObject]) -> Result<Vec<*const TypeObject>, String> {
    let mut seqs: Vec<Vec<*const TypeObject>> = bases.iter().map(|b| b.mro().to_vec()).collect();
    seqs.push(bases.iter().map(|b| *b as *const TypeObject).collect());
    let mut out = vec![this];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        match found {
            Some(c) => {
                out.push(c);
                for s in seqs.iter_mut() {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
            }
            None => {
                // CPython lists the remaining heads in order of the bases.
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = unsafe { (*s[0]).name().to_owned() };
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// Fills in the MRO of a built-in type from its base chain (at start-up).
pub fn init_builtin_type(t: &'static TypeObject) {
    let mut mro = vec![t as *const TypeObject];
    let mut b = t.base();
    while let Some(bt) = b {
        mro.push(bt as *const TypeObject);
        b = bt.base();
    }
    if let Some(base) = t.base() {
        t.set_bases(vec![base.as_value()]);
        base.add_subclass(t as *const TypeObject);
        if base.flags.get() & EXC_BASE != 0 {
            t.flags.set(t.flags.get() | EXC_BASE);
        }
        if t.flags.get() & COLLECTION_FLAGS == 0 {
            t.flags.set(t.flags.get() | (base.flags.get() & COLLECTION_FLAGS));
        }
    }
    t.set_mro(mro);
    t.dict();
}

/// Registers native methods, properties and attributes on built-in types.
pub mod build {
    use super::*;
    use crate::objects::function::{new_classmethod_descr, new_getset, new_method_descr, new_static_builtin};
    use crate::objects::function::{Getter, NativeFn, Setter};

    pub fn method(t: &'static TypeObject, name: &'static str, f: NativeFn) {
        t.set_attr_str(name, new_method_descr(t, name, f));
    }

    pub fn classmethod(t: &'static TypeObject, name: &'static str, f: NativeFn) {
        t.set_attr_str(name, new_classmethod_descr(t, name, f));
    }

    pub fn staticmethod(t: &'static TypeObject, name: &'static str, f: NativeFn) {
        t.set_attr_str(name, new_static_builtin(t, name, f));
    }

    pub fn getset(t: &'static TypeObject, name: &'static str, get: Getter, set: Option<Setter>) {
        t.set_attr_str(name, new_getset(t, name, get, set));
    }

    pub fn attr(t: &'static TypeObject, name: &'static str, v: Value) {
        t.set_attr_str(name, v);
    }

    /// The constructor (`__new__`), called as `T.__new__(cls, *args)`.
    pub fn new(t: &'static TypeObject, f: NativeFn) {
        staticmethod(t, "__new__", f);
    }

    pub fn doc(t: &'static TypeObject, doc: &'static str) {
        t.set_attr_str("__doc__", crate::objects::str::new_str(doc));
    }
}

/// `PyResult`-returning lookup of a special method and call, used by generic protocols.
pub fn call_slot(obj: &Value, slot: Slot, args: &[Value]) -> Option<PyResult<Value>> {
    let f = obj.ty().slot(slot)?;
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj.clone());
    full.extend_from_slice(args);
    Some(crate::call::call(&f, &full, None))
}
