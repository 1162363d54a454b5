//! The string being matched (CPython's `getstring`/`getslice`): its
//! characters as a fixed-width array the engine indexes in O(1), like
//! CPython's PEP 393 kinds. ASCII text and bytes are read in place; other
//! text is decoded once to one byte per character when it is Latin-1, four
//! otherwise; other bytes-like objects are copied.

use crate::error::{type_error, PyResult};
use crate::objects::bytes::{new_bytes, BytesObject, BYTES_TYPE};
use crate::objects::str::{new_str, StrObject, STR_TYPE};
use crate::value::Value;
use std::rc::Rc;

/// The characters of a subject.
pub enum Chars {
    /// An ASCII str or a bytes object, read in place.
    InPlace(Value),
    /// One byte per character: Latin-1 text, or a copy of a bytes-like object.
    Narrow(Vec<u8>),
    /// Four bytes per character.
    Wide(Vec<u32>),
}

/// A borrowed view of the characters.
pub enum View<'a> {
    U8(&'a [u8]),
    U32(&'a [u32]),
}

impl Chars {
    pub fn view(&self) -> View<'_> {
        match self {
            Chars::InPlace(v) => {
                if let Some(s) = v.downcast::<StrObject>() {
                    View::U8(s.as_str().as_bytes())
                } else {
                    View::U8(v.downcast::<BytesObject>().map_or(&[][..], |b| &b.data[..]))
                }
            }
            Chars::Narrow(b) => View::U8(b),
            Chars::Wide(w) => View::U32(w),
        }
    }

    pub fn len(&self) -> usize {
        match self.view() {
            View::U8(b) => b.len(),
            View::U32(w) => w.len(),
        }
    }
}

/// A subject: the object, whether it is bytes-like, and its characters.
#[derive(Clone)]
pub struct Subject {
    pub obj: Value,
    pub is_bytes: bool,
    pub chars: Rc<Chars>,
}

impl Subject {
    /// `getstring`: str, bytes, bytearray or memoryview.
    pub fn new(obj: &Value) -> PyResult<Subject> {
        if let Some(s) = obj.downcast::<StrObject>() {
            let chars = if s.is_ascii() {
                Chars::InPlace(obj.clone())
            } else if s.as_str().chars().all(|c| (c as u32) < 256) {
                Chars::Narrow(s.as_str().chars().map(|c| c as u8).collect())
            } else {
                Chars::Wide(s.as_str().chars().map(|c| c as u32).collect())
            };
            return Ok(Subject { obj: obj.clone(), is_bytes: false, chars: Rc::new(chars) });
        }
        if obj.downcast::<BytesObject>().is_some() {
            return Ok(Subject { obj: obj.clone(), is_bytes: true, chars: Rc::new(Chars::InPlace(obj.clone())) });
        }
        if let Some(data) = crate::builtins::memoryview::view_bytes(obj) {
            return Ok(Subject { obj: obj.clone(), is_bytes: true, chars: Rc::new(Chars::Narrow(data)) });
        }
        Err(type_error(format!("expected string or bytes-like object, got '{}'", obj.ty().name())))
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// `getslice`: characters `i..j` as a str or bytes (the subject itself
    /// when that is the whole of an exact str or bytes).
    pub fn slice(&self, i: usize, j: usize) -> Value {
        slice_chars(&self.obj, self.is_bytes, &self.chars, i, j)
    }
}

/// `getslice` over given characters of `obj`.
pub fn slice_chars(obj: &Value, is_bytes: bool, chars: &Chars, i: usize, j: usize) -> Value {
    let len = chars.len();
    let j = j.min(len);
    let i = i.min(j);
    if i == 0 && j == len && (obj.is_type(&STR_TYPE) || obj.is_type(&BYTES_TYPE)) {
        return obj.clone();
    }
    match chars.view() {
        View::U8(b) => {
            let b = &b[i..j];
            if is_bytes {
                new_bytes(b.to_vec())
            } else if b.is_ascii() {
                // ASCII bytes are valid UTF-8.
                new_str(String::from_utf8_lossy(b).into_owned())
            } else {
                new_str(b.iter().map(|&c| c as char).collect::<String>())
            }
        }
        View::U32(w) => new_str(w[i..j].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
    }
}
