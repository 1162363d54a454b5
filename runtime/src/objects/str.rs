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

#[repr(C)]
pub struct StrObject {
    pub header: ObjHeader,
    hash: Cell<i64>,
    char_len: usize,
    is_ascii: bool,
    data: Box<str>,
}

impl StrObject {
    /// Where compiled code reads a str's length in characters.
    pub const CHAR_LEN_OFFSET: usize = std::mem::offset_of!(StrObject, char_len);

    /// Where compiled code reads whether a str is ASCII (a bool byte) and
    /// the pointer to its UTF-8 bytes (`Box<str>`'s field order is not
    /// specified: probed); None if the layout is not the one expected.
    pub fn jit_fields() -> Option<(usize, usize)> {
        let b: Box<str> = "abc".into();
        let words: [usize; 2] = unsafe { std::mem::transmute_copy(&b) };
        let ptr = words.iter().position(|&w| w == b.as_ptr() as usize)?;
        let len = words.iter().position(|&w| w == 3)?;
        (std::mem::size_of::<Box<str>>() == 16 && ptr != len).then_some((std::mem::offset_of!(StrObject, is_ascii), std::mem::offset_of!(StrObject, data) + ptr * 8))
    }
}

unsafe impl PyObj for StrObject {
    fn class() -> &'static TypeObject {
        &STR_TYPE
    }
}

pub static STR_TYPE: TypeObject = TypeObject::builtin::<StrObject>("str", Some(&crate::types::OBJECT_TYPE), BASETYPE);

impl StrObject {
    pub fn new_payload(s: Box<str>) -> StrObject {
        let is_ascii = s.is_ascii();
        let char_len = if is_ascii { s.len() } else { s.chars().count() };
        StrObject { header: ObjHeader::new(std::ptr::null()), hash: Cell::new(-1), char_len, is_ascii, data: s }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.data
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.is_ascii
    }

    /// The hash (cached).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.data);
        self.hash.set(h);
        h
    }

    /// The code point at character index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii {
            self.data.as_bytes()[i] as char
        } else {
            self.data.chars().nth(i).unwrap()
        }
    }

    /// Byte offset of character index `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii {
            i
        } else {
            self.data.char_indices().nth(i).map_or(self.data.len(), |(b, _)| b)
        }
    }

    /// The substring of characters `start..end`.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = if self.is_ascii { end } else { a + self.data[a..].char_indices().nth(end - start).map_or(self.data.len() - a, |(b, _)| b) };
        &self.data[a..b]
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

fn make(s: Box<str>) -> Value {
    crate::types::new_object(StrObject::new_payload(s))
}

/// A new str.
pub fn new_str(s: impl Into<String>) -> Value {
    let s: String = s.into();
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
    make(s.into_boxed_str())
}

/// A str whose length in characters and ASCII-ness are already known (no
/// scan of `s`).
pub fn new_str_known(s: String, char_len: usize, is_ascii: bool) -> Value {
    if s.len() <= 1 {
        return new_str(s);
    }
    debug_assert!(s.is_ascii() == is_ascii && (is_ascii || s.chars().count() == char_len));
    crate::types::new_object(StrObject { header: ObjHeader::new(std::ptr::null()), hash: Cell::new(-1), char_len, is_ascii, data: s.into_boxed_str() })
}

/// `a + b` for two exact strs (as CPython, an empty operand gives the other back).
pub fn concat(av: &Value, bv: &Value) -> Value {
    let (a, b) = unsafe { (av.downcast_unchecked::<StrObject>(), bv.downcast_unchecked::<StrObject>()) };
    if b.data.is_empty() {
        return av.clone();
    }
    if a.data.is_empty() {
        return bv.clone();
    }
    let mut s = String::with_capacity(a.data.len() + b.data.len());
    s.push_str(&a.data);
    s.push_str(&b.data);
    // Both counts are known: no scan of the result.
    new_str_known(s, a.char_len + b.char_len, a.is_ascii && b.is_ascii)
}

/// The one-character string for `c`.
pub fn char_str(c: char) -> Value {
    if (c as u32) < 128 {
        ascii_char(c as u8)
    } else {
        make(c.to_string().into_boxed_str())
    }
}

fn ascii_char(b: u8) -> Value {
    let c = &ASCII_CHARS[b as usize];
    let mut bits = c.load(Ordering::Relaxed);
    if bits == 0 {
        let v = make((b as char).to_string().into_boxed_str());
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
                let v = make("".into());
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
        let v = make(s.into());
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
    std::ptr::eq(a, b) || (a.data.len() == b.data.len() && a.hash() == b.hash() && a.data == b.data)
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
        Ok(new_str(as_str(v).unwrap_or("").to_owned()))
    }
}
