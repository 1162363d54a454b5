//! `str`: immutable sequences of code points, stored as UTF-8 with the
//! character count cached. ASCII strings index in O(1); others walk the
//! UTF-8 (a lazily built index can come later). Identifiers are interned,
//! so attribute and global lookups compare pointers first.

use crate::error::PyResult;
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// A str's text is UTF-8 at `ptr`, `len` bytes, of `char_len` characters
/// (ASCII exactly when the two counts are equal). An exact str keeps its text
/// in the same allocation, right after these fields (`is_inline`: one malloc
/// and one free per str, as CPython's compact strings); a str subclass
/// instance, whose fields end in its class's dict slot, points to a buffer
/// of its own.
#[repr(C)]
pub struct StrObject {
    pub header: ObjHeader,
    hash: Cell<i64>,
    char_len: usize,
    ptr: std::ptr::NonNull<u8>,
    len: usize,
}

impl StrObject {
    /// Where compiled code reads a str's length in characters.
    pub const CHAR_LEN_OFFSET: usize = std::mem::offset_of!(StrObject, char_len);
    /// Where compiled code reads a str's length in bytes (equal to its
    /// length in characters exactly when it is ASCII).
    pub const LEN_OFFSET: usize = std::mem::offset_of!(StrObject, len);
    /// Where compiled code reads the pointer to a str's UTF-8 bytes.
    pub const DATA_OFFSET: usize = std::mem::offset_of!(StrObject, ptr);
}

impl Drop for StrObject {
    fn drop(&mut self) {
        if !self.is_inline() && self.len != 0 {
            // The buffer of a `Box<str>` (`new_payload`).
            unsafe { std::alloc::dealloc(self.ptr.as_ptr(), std::alloc::Layout::from_size_align_unchecked(self.len, 1)) };
        }
    }
}

unsafe impl PyObj for StrObject {
    fn class() -> &'static TypeObject {
        &STR_TYPE
    }
}

pub static STR_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<StrObject>("str", Some(&crate::types::OBJECT_TYPE), BASETYPE);
    t.dealloc = str_dealloc;
    t
};

/// The size of an exact str's allocation holding `len` bytes of text.
#[inline(always)]
fn inline_layout(len: usize) -> std::alloc::Layout {
    // A length past `isize::MAX` (a sum that saturated) is no layout: the
    // allocation fails as memory exhaustion, never as a short block.
    let size = len.checked_add(std::mem::size_of::<StrObject>() + 7).map(|n| n & !7);
    size.and_then(|n| std::alloc::Layout::from_size_align(n, 8).ok()).unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<StrObject>()))
}

/// Frees an exact str (its text with it, when inline).
unsafe fn str_dealloc(h: *mut ObjHeader) {
    let s = &*(h as *const StrObject);
    if s.is_inline() {
        std::alloc::dealloc(h as *mut u8, inline_layout(s.len));
    } else {
        crate::types::dealloc_native::<StrObject>(h);
    }
}

/// A new exact str of `len` bytes whose text `fill` writes (all `len`
/// bytes, valid UTF-8 of `char_len` characters).
///
/// # Safety
/// `fill` writes exactly that text into the buffer it is given.
#[inline]
unsafe fn alloc_str(len: usize, char_len: usize, fill: impl FnOnce(*mut u8)) -> Value {
    let layout = inline_layout(len);
    let p = std::alloc::alloc(layout);
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    let data = p.add(std::mem::size_of::<StrObject>());
    std::ptr::write(
        p as *mut StrObject,
        StrObject {
            header: ObjHeader::new(&STR_TYPE),
            hash: Cell::new(-1),
            char_len,
            ptr: std::ptr::NonNull::new_unchecked(data),
            len,
        },
    );
    fill(data);
    Value::from_owned_ptr(p as *mut ObjHeader)
}

/// A new exact str whose text is `parts` one after another.
fn str_of_parts(parts: &[&str], char_len: usize) -> Value {
    let len = parts.iter().fold(0usize, |n, p| n.saturating_add(p.len()));
    unsafe {
        alloc_str(len, char_len, |mut d| {
            for p in parts {
                std::ptr::copy_nonoverlapping(p.as_ptr(), d, p.len());
                d = d.add(p.len());
            }
        })
    }
}

impl StrObject {
    /// The fields of a str subclass instance with text `s` (kept in its own buffer).
    pub fn new_payload(s: Box<str>) -> StrObject {
        let is_ascii = s.is_ascii();
        let char_len = if is_ascii { s.len() } else { s.chars().count() };
        let len = s.len();
        // A `Box<str>` of length 0 owns nothing: its dangling pointer is never freed.
        let ptr = unsafe { std::ptr::NonNull::new_unchecked(Box::into_raw(s) as *mut u8) };
        StrObject { header: ObjHeader::new(std::ptr::null()), hash: Cell::new(-1), char_len, ptr, len }
    }

    /// Is the text in this object's own allocation, right after the fields?
    /// (A separate buffer, or a `Box<str>`'s dangling pointer when empty,
    /// is never at that address.)
    #[inline]
    fn is_inline(&self) -> bool {
        std::ptr::eq(self.ptr.as_ptr(), unsafe { (self as *const StrObject as *const u8).add(std::mem::size_of::<StrObject>()) })
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), self.len)) }
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.len
    }

    /// The hash (cached).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(self.as_str());
        self.hash.set(h);
        h
    }

    /// The code point at character index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str().chars().nth(i).unwrap()
        }
    }

    /// Byte offset of character index `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.as_str().char_indices().nth(i).map_or(self.len, |(b, _)| b)
        }
    }

    /// The substring of characters `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let text = self.as_str();
        let b = if self.is_ascii() { end } else { a + text[a..].char_indices().nth(end - start).map_or(self.len - a, |(b, _)| b) };
        &text[a..b]
    }
}

/// A string hash; any function consistent with equality will do, since
/// CPython randomizes str hashes per process, except that the empty string
/// hashes to 0 as in CPython. Never -1.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    // FNV-1a over the bytes, folded into the 61-bit range like other hashes.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The interner's hasher: the str hash itself (FNV), far cheaper than SipHash.
#[derive(Default)]
pub struct StrHasher(u64);

impl std::hash::Hasher for StrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf29ce484222325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

type Interner = HashMap<Box<str>, Value, std::hash::BuildHasherDefault<StrHasher>>;

thread_local! {
    static INTERNED: RefCell<Interner> = RefCell::new(Interner::default());
    static EMPTY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The one-character ASCII strs (immortal), made on first use; 0 before.
/// Not thread-local: compiled code reads it (`ascii_chars`).
static ASCII_CHARS: [AtomicU64; 128] = [const { AtomicU64::new(0) }; 128];

/// The table of one-character ASCII strs, indexed by the character: a
/// word of 0 where none was made yet.
pub fn ascii_chars() -> *const u64 {
    ASCII_CHARS.as_ptr() as *const u64
}

/// A new exact str with text `s`, its characters counted.
fn make(s: &str) -> Value {
    let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
    str_of_parts(&[s], char_len)
}

/// A new str.
pub fn new_str(s: impl AsRef<str>) -> Value {
    let s = s.as_ref();
    let len = s.len();
    if len <= 1 {
        if len == 0 {
            return empty_str();
        }
        let b = s.as_bytes()[0];
        if b < 128 {
            return ascii_char(b);
        }
    }
    make(s)
}

/// A str whose length in characters is already known (no scan of `s`).
pub fn new_str_known(s: impl AsRef<str>, char_len: usize) -> Value {
    let s = s.as_ref();
    if s.len() <= 1 {
        return new_str(s);
    }
    debug_assert!(s.chars().count() == char_len);
    str_of_parts(&[s], char_len)
}

/// `a + b` for two exact strs (as CPython, an empty operand gives the other back).
pub fn concat(av: &Value, bv: &Value) -> Value {
    let (a, b) = unsafe { (av.downcast_unchecked::<StrObject>(), bv.downcast_unchecked::<StrObject>()) };
    if b.len == 0 {
        return av.clone();
    }
    if a.len == 0 {
        return bv.clone();
    }
    // Both counts are known: no scan of the result.
    str_of_parts(&[a.as_str(), b.as_str()], a.char_len + b.char_len)
}

/// A new str: the texts of `items` with `sep`'s between them, written
/// straight into the new str (its size, length and ASCII-ness summed from
/// the parts first: no intermediate buffer, no rescan).
pub fn join<'a>(sep: Option<&StrObject>, items: impl Iterator<Item = &'a StrObject> + Clone) -> Value {
    let (mut n, mut bytes, mut chars) = (0usize, 0usize, 0usize);
    for s in items.clone() {
        n += 1;
        bytes = bytes.saturating_add(s.len);
        chars += s.char_len;
    }
    if let (Some(sep), true) = (sep, n > 1) {
        bytes = bytes.saturating_add(sep.len.saturating_mul(n - 1));
        chars = chars.wrapping_add(sep.char_len.wrapping_mul(n - 1));
    }
    if bytes <= 1 {
        // The shared empty and one-character strs, as `new_str` gives.
        return match items.clone().find(|s| s.len == 1).or(sep.filter(|_| n > 1)) {
            Some(s) if bytes == 1 => ascii_char(s.as_str().as_bytes()[0]),
            _ => empty_str(),
        };
    }
    unsafe {
        alloc_str(bytes, chars, |mut d| {
            for (i, s) in items.enumerate() {
                if let (Some(sep), true) = (sep, i > 0) {
                    std::ptr::copy_nonoverlapping(sep.ptr.as_ptr(), d, sep.len);
                    d = d.add(sep.len);
                }
                std::ptr::copy_nonoverlapping(s.ptr.as_ptr(), d, s.len);
                d = d.add(s.len);
            }
        })
    }
}

/// The one-character string for `c`.
pub fn char_str(c: char) -> Value {
    if (c as u32) < 128 {
        ascii_char(c as u8)
    } else {
        make(c.encode_utf8(&mut [0; 4]))
    }
}

fn ascii_char(b: u8) -> Value {
    let c = &ASCII_CHARS[b as usize];
    let mut bits = c.load(Ordering::Relaxed);
    if bits == 0 {
        let v = make((b as char).encode_utf8(&mut [0; 4]));
        immortalize(&v);
        bits = v.into_raw();
        c.store(bits, Ordering::Relaxed);
    }
    // Immortal: the bits stay valid.
    unsafe { (*std::mem::ManuallyDrop::new(Value::from_raw(bits))).clone() }
}

pub fn empty_str() -> Value {
    EMPTY.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                let v = make("");
                immortalize(&v);
                v
            })
            .clone()
    })
}

fn immortalize(v: &Value) {
    unsafe { (*v.as_ptr()).refcnt.set(crate::value::IMMORTAL) };
}

/// The interned (unique, immortal) str with this text.
pub fn intern(s: &str) -> Value {
    INTERNED.with(|t| {
        if let Some(v) = t.borrow().get(s) {
            return v.clone();
        }
        let v = make(s);
        immortalize(&v);
        t.borrow_mut().insert(s.into(), v.clone());
        v
    })
}

thread_local! {
    /// `intern_static`'s memory: (address, length, interned value's bits).
    static STATIC_NAMES: [Cell<(usize, usize, u64)>; 256] = const { [const { Cell::new((0, 0, 0)) }; 256] };
}

/// `intern` for a string that lives as long as the program (a literal, a
/// table's entry), remembered by its address: the runtime looks up special
/// method names this way on hot paths (`TypeObject::lookup_str`).
pub fn intern_static(s: &'static str) -> Value {
    let addr = s.as_ptr() as usize;
    let i = (addr ^ (addr >> 8) ^ s.len()) & 255;
    STATIC_NAMES.with(|c| {
        let (a, len, bits) = c[i].get();
        if a == addr && len == s.len() {
            // Interned strs are immortal: the bits stay valid.
            return unsafe { (*std::mem::ManuallyDrop::new(Value::from_raw(bits))).clone() };
        }
        let v = intern(s);
        c[i].set((addr, s.len(), v.bits()));
        v
    })
}

/// Interns an existing str object (returns the canonical one).
pub fn intern_value(v: &Value) -> Value {
    match v.downcast_exact::<StrObject>() {
        Some(s) => intern(s.as_str()),
        None => v.clone(),
    }
}

/// The text of a str value (any str subclass too).
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrObject>().map(|s| s.as_str())
}

/// Do two str objects hold the same text? (Pointer check first.)
#[inline]
pub fn str_eq(a: &StrObject, b: &StrObject) -> bool {
    std::ptr::eq(a, b) || (a.len == b.len && a.hash() == b.hash() && a.as_str() == b.as_str())
}

/// CPython's `repr()` of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: like repr with every non-ASCII character escaped.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Python's `str.isprintable` for one character (CPython's Unicode 14 data).
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode::is_printable(c)
}

/// Normalizes a possibly negative index against `len`.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

pub fn init() {
    crate::types::init_builtin_type(&STR_TYPE);
}

/// Returns the object itself for an exact str, else a new exact str with the same text.
pub fn to_exact(v: &Value) -> PyResult<Value> {
    if v.is_type(&STR_TYPE) {
        Ok(v.clone())
    } else {
        Ok(new_str(as_str(v).unwrap_or("")))
    }
}
