//! The value word and the object header.
//!
//! ```text
//!   Value: one 64-bit word
//!     ...xxxxxxx1   small int: 63-bit signed payload in the high bits
//!     ...xxxxx000   pointer to a heap object (8-aligned), never null
//!
//!   heap object:  [ refcnt: usize | ty: *const TypeObject | payload ... ]
//! ```
//!
//! `Value` is an owned reference: `Clone` increments the reference count and
//! `Drop` decrements it, freeing the object through its type's `dealloc`
//! when it reaches zero. `Option<Value>` is one word too (0 is `None`), which
//! frames use for unbound locals and the NULL marker. Immortal objects (None,
//! True, the built-in types...) start with a count so large it never reaches 0.

use crate::types::TypeObject;
use std::cell::Cell;
use std::marker::PhantomData;
use std::num::NonZeroU64;

/// Header shared by every heap object.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: Cell<usize>,
    pub ty: Cell<*const TypeObject>,
}

/// Reference count given to objects that must never be freed.
pub const IMMORTAL: usize = 1 << 60;

impl ObjHeader {
    /// A header for a static (immortal) object of type `ty`.
    pub const fn immortal(ty: &'static TypeObject) -> ObjHeader {
        ObjHeader { refcnt: Cell::new(IMMORTAL), ty: Cell::new(ty as *const TypeObject) }
    }

    /// A header for a fresh heap object (one reference).
    pub const fn new(ty: *const TypeObject) -> ObjHeader {
        ObjHeader { refcnt: Cell::new(1), ty: Cell::new(ty) }
    }
}

/// Smallest and largest ints stored inline in a `Value`.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

/// An owned Python reference. See the module documentation.
#[repr(transparent)]
pub struct Value(NonZeroU64);

/// Native structs that are Python objects: they start with an `ObjHeader`
/// and have a type object describing them.
///
/// # Safety
/// The implementing struct must be `#[repr(C)]` with `ObjHeader` first.
pub unsafe trait PyObj: Sized {
    /// The built-in type whose instances (and subclasses' instances) have this layout.
    fn class() -> &'static TypeObject;

    /// Do instances of `t` have this layout? Layouts shared by several
    /// built-in types (set and frozenset, say) override this.
    #[inline]
    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(Self::class())
    }
}

impl Value {
    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0.get()
    }

    /// Rebuilds a value from its bits without touching the count.
    ///
    /// # Safety
    /// `bits` must come from `into_raw` (or be a small int encoding).
    #[inline(always)]
    pub unsafe fn from_raw(bits: u64) -> Value {
        Value(NonZeroU64::new_unchecked(bits))
    }

    /// The value of `bits` that someone else owns, borrowed: dropping the
    /// result leaves its count alone.
    ///
    /// # Safety
    /// `bits` is a live value for as long as the result is used.
    #[inline(always)]
    pub unsafe fn borrow_raw(bits: u64) -> std::mem::ManuallyDrop<Value> {
        std::mem::ManuallyDrop::new(Value::from_raw(bits))
    }

    /// A new reference to the value of `bits` that someone else owns (a
    /// cache's borrowed entry); None for 0, a cache's "nothing".
    ///
    /// # Safety
    /// Nonzero `bits` is a live value.
    #[inline(always)]
    pub unsafe fn clone_raw(bits: u64) -> Option<Value> {
        (bits != 0).then(|| (*Value::borrow_raw(bits)).clone())
    }

    /// Gives up ownership, returning the bits.
    #[inline(always)]
    pub fn into_raw(self) -> u64 {
        let b = self.0.get();
        std::mem::forget(self);
        b
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    /// A small int; the caller guarantees `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        unsafe { Value(NonZeroU64::new_unchecked(((i << 1) | 1) as u64)) }
    }

    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&i)
    }

    #[inline(always)]
    pub fn as_small(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The payload of a value known to be a small int.
    #[inline(always)]
    pub fn small_unchecked(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *mut ObjHeader {
        debug_assert!(!self.is_small_int());
        self.0.get() as *mut ObjHeader
    }

    /// Takes ownership of one reference held by a raw object pointer.
    ///
    /// # Safety
    /// `p` must point to a live object whose count includes the reference handed over.
    #[inline(always)]
    pub unsafe fn from_owned_ptr<T>(p: *mut T) -> Value {
        Value(NonZeroU64::new_unchecked(p as u64))
    }

    /// A new reference to the object at `p` (increments its count).
    ///
    /// # Safety
    /// `p` must point to a live object.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr<T>(p: *const T) -> Value {
        let h = p as *const ObjHeader;
        (*h).refcnt.set((*h).refcnt.get() + 1);
        Value(NonZeroU64::new_unchecked(p as u64))
    }

    /// A reference to a static (immortal) object.
    #[inline(always)]
    pub fn from_static<T>(obj: &'static T) -> Value {
        unsafe { Value::from_borrowed_ptr(obj as *const T) }
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The object's type.
    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        if self.is_small_int() {
            &crate::types::INT_TYPE
        } else {
            unsafe { &*(*self.as_ptr()).ty.get() }
        }
    }

    /// Is the type exactly `ty` (not a subclass)?
    #[inline(always)]
    pub fn is_type(&self, ty: &TypeObject) -> bool {
        std::ptr::eq(self.ty(), ty)
    }

    /// Is this an instance of `ty` or a subclass?
    #[inline]
    pub fn isinstance(&self, ty: &TypeObject) -> bool {
        let t = self.ty();
        std::ptr::eq(t, ty) || t.is_subtype(ty)
    }

    /// The native payload, if this object's layout is `T` (an instance of
    /// `T::class()` or of a subclass).
    #[inline]
    pub fn downcast<T: PyObj>(&self) -> Option<&T> {
        if self.is_small_int() {
            return None;
        }
        let t = self.ty();
        if std::ptr::eq(t, T::class()) || T::has_layout(t) {
            Some(unsafe { &*(self.as_ptr() as *const T) })
        } else {
            None
        }
    }

    /// The native payload if the type is exactly `T::class()`.
    #[inline(always)]
    pub fn downcast_exact<T: PyObj>(&self) -> Option<&T> {
        if !self.is_small_int() && std::ptr::eq(self.ty(), T::class()) {
            Some(unsafe { &*(self.as_ptr() as *const T) })
        } else {
            None
        }
    }

    /// # Safety
    /// The object's layout must be `T`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: PyObj>(&self) -> &T {
        &*(self.as_ptr() as *const T)
    }

    #[inline(always)]
    pub fn refcnt(&self) -> usize {
        if self.is_small_int() {
            IMMORTAL
        } else {
            unsafe { (*self.as_ptr()).refcnt.get() }
        }
    }

    /// The address CPython's `id()` would show.
    pub fn id(&self) -> u64 {
        self.0.get()
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small_int() {
            let h = self.as_ptr();
            unsafe { (*h).refcnt.set((*h).refcnt.get() + 1) };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            let h = self.as_ptr();
            unsafe {
                let n = (*h).refcnt.get() - 1;
                (*h).refcnt.set(n);
                if n == 0 {
                    dealloc(h);
                }
            }
        }
    }
}

/// Frees an object whose count reached zero, through its type.
///
/// # Safety
/// `h` must be a live object with no remaining references.
#[inline(never)]
pub unsafe fn dealloc(h: *mut ObjHeader) {
    let ty = (*h).ty.get();
    // Weak references die first (instances of classes: after `__del__`, in
    // `heap_instance_dealloc`).
    let flags = (*ty).flags.get() & (crate::types::WEAKLY_REFERENCED | crate::types::HEAPTYPE);
    if flags == crate::types::WEAKLY_REFERENCED {
        crate::modules::weakref::clear_weakrefs(h);
    }
    ((*ty).dealloc)(h);
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "{i}"),
            None => write!(f, "<{} object at {:#x}>", self.ty().name(), self.bits()),
        }
    }
}

/// A value its holder does not own: some owner is guaranteed to outlive the
/// holder (a frame's globals are owned by its function, say). Derefs to `Value`.
#[repr(transparent)]
pub struct Unowned(std::mem::ManuallyDrop<Value>);

impl Unowned {
    /// # Safety
    /// The caller guarantees a reference to `v`'s object outlives the result.
    #[inline(always)]
    pub unsafe fn new(v: &Value) -> Unowned {
        Unowned(std::mem::ManuallyDrop::new(Value(v.0)))
    }
}

impl std::ops::Deref for Unowned {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.0
    }
}

/// A borrowed view of a value that does not own a reference (used where the
/// owner is known to outlive the view, e.g. stack slots during a call).
#[derive(Clone, Copy)]
pub struct Borrowed<'a> {
    bits: u64,
    _life: PhantomData<&'a Value>,
}

impl<'a> Borrowed<'a> {
    pub fn new(v: &'a Value) -> Self {
        Borrowed { bits: v.bits(), _life: PhantomData }
    }

    /// Borrows as a `&Value` without touching the count.
    pub fn as_value(&self) -> &'a Value {
        unsafe { &*(&self.bits as *const u64 as *const Value) }
    }
}
