//! The `_codecs` module (CPython's Modules/_codecsmodule.c and
//! Python/codecs.c): the codec registry that Lib's `codecs` and `encodings`
//! build on, the error-handler registry, and the codec functions
//! `encodings/*.py` call (`utf_8_decode`, `charmap_encode`, ...), with the
//! incremental (`final=False`) decoding the io stack also uses.
//!
//! The character work is done by `objects::codecs`; this module adds
//! stateful decoding (incomplete sequences at the end of a chunk wait for
//! more input, UTF-16/32 byte order marks are found once per stream).

use crate::error::{type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::codecs::{self as cx, Codec};
use crate::objects::exception::LOOKUP_ERROR;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::value::Value;
use std::cell::RefCell;

// ----- stateful decoding ----------------------------------------------------------------

/// Where a UTF-8 byte string stops being decodable because its last
/// character is incomplete (and could still be completed).
fn utf8_incomplete_tail(data: &[u8]) -> usize {
    let n = data.len();
    let lo = n.saturating_sub(3);
    for s in (lo..n).rev() {
        let b = data[s];
        if b & 0xc0 != 0x80 {
            // A lead byte: is everything from it a valid but cut-short sequence?
            if b >= 0xc0 {
                if let Err(e) = std::str::from_utf8(&data[s..]) {
                    if e.valid_up_to() == 0 && e.error_len().is_none() {
                        return s;
                    }
                }
            }
            return n;
        }
    }
    n
}

/// Decodes with a native codec, leaving an incomplete final character
/// undecoded unless `final_`: returns the text and the bytes consumed.
/// (`Utf16(None)`/`Utf32(None)` here mean native order without BOM handling;
/// the byte order mark is the caller's business, see `StreamDecoder`.)
pub fn decode_partial(codec: Codec, data: &[u8], errors: &str, final_: bool) -> PyResult<(String, usize)> {
    let cut = if final_ {
        data.len()
    } else {
        match codec {
            Codec::Utf8 | Codec::Utf8Sig => utf8_incomplete_tail(data),
            Codec::Utf16(order) => {
                let mut n = data.len() & !1;
                if n >= 2 {
                    let le = order.unwrap_or(cfg!(target_endian = "little"));
                    let u = if le { u16::from_le_bytes([data[n - 2], data[n - 1]]) } else { u16::from_be_bytes([data[n - 2], data[n - 1]]) };
                    if (0xd800..0xdc00).contains(&u) {
                        n -= 2;
                    }
                }
                n
            }
            Codec::Utf32(_) => data.len() & !3,
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => escape_tail(data),
            _ => data.len(),
        }
    };
    let part = &data[..cut];
    if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) {
        if let Ok(s) = std::str::from_utf8(part) {
            return Ok((s.to_owned(), cut));
        }
    }
    let obj = new_bytes(data.to_vec());
    let name = lookup_name(match codec {
        Codec::Utf8Sig => Codec::Utf8,
        Codec::Utf16(None) => Codec::Utf16(Some(cfg!(target_endian = "little"))),
        Codec::Utf32(None) => Codec::Utf32(Some(cfg!(target_endian = "little"))),
        c => c,
    });
    Ok((cx::decode(&obj, part, name, errors)?, cut))
}

/// A name `objects::codecs::lookup` finds the codec by.
pub fn lookup_name(codec: Codec) -> &'static str {
    match codec {
        Codec::Utf8 => "utf-8",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Cp1252 => "cp1252",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(true)) => "utf-16-le",
        Codec::Utf16(Some(false)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(true)) => "utf-32-le",
        Codec::Utf32(Some(false)) => "utf-32-be",
        Codec::UnicodeEscape => "unicode_escape",
        Codec::RawUnicodeEscape => "raw_unicode_escape",
    }
}

/// Where an escape-decoded byte string ends in an incomplete escape.
fn escape_tail(data: &[u8]) -> usize {
    // A backslash within the last 9 bytes may start an unfinished \UXXXXXXXX.
    let n = data.len();
    let lo = n.saturating_sub(9);
    let mut i = lo;
    while i < n {
        if data[i] == b'\\' {
            let need = match data.get(i + 1) {
                None => 2,
                Some(b'x') => 4,
                Some(b'u') => 6,
                Some(b'U') => 10,
                Some(b'0'..=b'7') => 2,
                Some(_) => 2,
            };
            if i + need > n {
                return i;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    n
}

/// A native incremental decoder: a codec plus what it carries between chunks.
#[derive(Clone)]
pub struct StreamDecoder {
    pub codec: Codec,
    pub errors: String,
    /// Undecoded bytes kept from the previous chunk.
    pub pending: Vec<u8>,
    /// UTF-16/32 without explicit order: the order once a BOM (or its absence) was seen.
    pub order: Option<bool>,
    /// utf-8-sig: whether the start of the stream was looked at.
    pub started: bool,
}

impl StreamDecoder {
    pub fn new(codec: Codec, errors: &str) -> StreamDecoder {
        StreamDecoder { codec, errors: errors.to_owned(), pending: Vec::new(), order: None, started: false }
    }

    /// Decodes the next chunk (all of it when `final_`).
    pub fn decode(&mut self, input: &[u8], final_: bool) -> PyResult<String> {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(input);
        let mut start = 0;
        let codec = match self.codec {
            Codec::Utf8Sig => {
                if !self.started {
                    if data.len() < 3 && !final_ && [0xef, 0xbb, 0xbf].starts_with(&data) {
                        self.pending = data;
                        return Ok(String::new());
                    }
                    self.started = true;
                    if data.starts_with(&[0xef, 0xbb, 0xbf]) {
                        start = 3;
                    }
                }
                Codec::Utf8
            }
            Codec::Utf16(None) | Codec::Utf32(None) => {
                let wide = matches!(self.codec, Codec::Utf32(_));
                if self.order.is_none() {
                    let (bom_le, bom_be): (&[u8], &[u8]) =
                        if wide { (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]) } else { (&[0xff, 0xfe], &[0xfe, 0xff]) };
                    if data.len() < bom_le.len() && !final_ {
                        self.pending = data;
                        return Ok(String::new());
                    }
                    if data.starts_with(bom_le) {
                        self.order = Some(true);
                        start = bom_le.len();
                    } else if data.starts_with(bom_be) {
                        self.order = Some(false);
                        start = bom_be.len();
                    } else if !data.is_empty() {
                        self.order = Some(cfg!(target_endian = "little"));
                    }
                }
                let o = self.order.or(Some(cfg!(target_endian = "little")));
                if wide {
                    Codec::Utf32(o)
                } else {
                    Codec::Utf16(o)
                }
            }
            c => c,
        };
        let (text, used) = decode_partial(codec, &data[start..], &self.errors, final_)?;
        self.pending = data[start + used..].to_vec();
        Ok(text)
    }

    /// `getstate()`: (pending bytes, flag).
    pub fn state(&self) -> (Vec<u8>, u64) {
        let flag = match self.codec {
            Codec::Utf16(None) | Codec::Utf32(None) => match self.order {
                None => 0,
                Some(true) => 1,
                Some(false) => 2,
            },
            Codec::Utf8Sig => self.started as u64,
            _ => 0,
        };
        (self.pending.clone(), flag)
    }

    /// `setstate((pending, flag))`.
    pub fn set_state(&mut self, pending: &[u8], flag: u64) {
        self.pending = pending.to_vec();
        match self.codec {
            Codec::Utf16(None) | Codec::Utf32(None) => {
                self.order = match flag {
                    1 => Some(true),
                    2 => Some(false),
                    _ => None,
                }
            }
            Codec::Utf8Sig => self.started = flag != 0,
            _ => {}
        }
    }

    pub fn reset(&mut self) {
        self.pending.clear();
        self.order = None;
        self.started = false;
    }
}

/// A native incremental encoder (the only state: a BOM still to write).
#[derive(Clone)]
pub struct StreamEncoder {
    pub codec: Codec,
    pub errors: String,
    pub bom_pending: bool,
}

impl StreamEncoder {
    pub fn new(codec: Codec, errors: &str) -> StreamEncoder {
        let bom = matches!(codec, Codec::Utf16(None) | Codec::Utf32(None) | Codec::Utf8Sig);
        StreamEncoder { codec, errors: errors.to_owned(), bom_pending: bom }
    }

    /// Encodes text (the BOM first, once).
    pub fn encode(&mut self, text: &str) -> PyResult<Vec<u8>> {
        let le = cfg!(target_endian = "little");
        let bom = std::mem::replace(&mut self.bom_pending, false);
        let body_codec = match self.codec {
            Codec::Utf16(None) => Codec::Utf16(Some(le)),
            Codec::Utf32(None) => Codec::Utf32(Some(le)),
            Codec::Utf8Sig => Codec::Utf8,
            c => c,
        };
        let mut out = Vec::with_capacity(text.len() + 4);
        if bom {
            match self.codec {
                Codec::Utf16(None) => out.extend_from_slice(&0xfeffu16.to_ne_bytes()),
                Codec::Utf32(None) => out.extend_from_slice(&0xfeffu32.to_ne_bytes()),
                _ => out.extend_from_slice(&[0xef, 0xbb, 0xbf]),
            }
        }
        if body_codec == Codec::Utf8 {
            out.extend_from_slice(text.as_bytes());
            return Ok(out);
        }
        let name = lookup_name(body_codec);
        out.extend(cx::encode(&new_str(text), text, name, &self.errors)?);
        Ok(out)
    }
}

// ----- the registry ---------------------------------------------------------------------------

thread_local! {
    static SEARCH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static CACHE: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
    static ERROR_HANDLERS: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
    static ENCODINGS_LOADED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The registry's key for an encoding name (lower case, spaces as hyphens... as CPython's `normalizestring`).
fn normalize(name: &str) -> String {
    name.chars().map(|c| if c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect()
}

/// Imports the `encodings` package (which registers its search function) once.
fn load_encodings() -> PyResult<()> {
    if ENCODINGS_LOADED.with(|l| l.replace(true)) {
        return Ok(());
    }
    crate::import::import_module("encodings").map(|_| ())
}

/// `codecs.lookup(encoding)`: the CodecInfo from the first search function that knows it.
pub fn lookup_codec(encoding: &str) -> PyResult<Value> {
    let key = normalize(encoding);
    if let Some(v) = CACHE.with(|c| c.borrow().iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())) {
        return Ok(v);
    }
    load_encodings()?;
    let fns = SEARCH.with(|s| s.borrow().clone());
    let arg = new_str(key.clone());
    for f in fns {
        let r = crate::call::call(&f, &[arg.clone()], None)?;
        if is_none(&r) {
            continue;
        }
        if tuple_items(&r).map_or(true, |t| t.len() != 4) && !r.isinstance(&crate::objects::tuple::TUPLE_TYPE) {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| c.borrow_mut().push((key, r.clone())));
        return Ok(r);
    }
    Err(PyErr::new(&LOOKUP_ERROR, format!("unknown encoding: {encoding}")))
}

/// Encodes or decodes through the registry (codecs.encode/decode for non-native codecs).
fn registry_call(obj: &Value, encoding: &str, errors: &str, index: usize) -> PyResult<Value> {
    let info = lookup_codec(encoding)?;
    let f = crate::ops::get_item(&info, &new_int(index as i64))?;
    let r = crate::call::call(&f, &[obj.clone(), new_str(errors)], None)?;
    match tuple_items(&r) {
        Some(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(type_error(if index == 0 { "encoder must return a tuple (object, integer)" } else { "decoder must return a tuple (object,integer)" })),
    }
}

/// `str.encode` for a codec `objects::codecs` does not know: through the registry.
pub fn registry_encode(obj: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let r = registry_call(obj, encoding, errors, 0)?;
    match as_bytes(&r) {
        Some(b) if r.downcast::<crate::objects::bytes::BytesObject>().is_some() => Ok(b.to_vec()),
        _ => Err(type_error(format!(
            "'{}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
            encoding,
            r.ty().name()
        ))),
    }
}

/// `bytes.decode` for a codec `objects::codecs` does not know: through the registry.
pub fn registry_decode(obj: &Value, encoding: &str, errors: &str) -> PyResult<String> {
    let r = registry_call(obj, encoding, errors, 1)?;
    match as_str(&r) {
        Some(s) => Ok(s.to_owned()),
        None => Err(type_error(format!(
            "'{}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            encoding,
            r.ty().name()
        ))),
    }
}

/// Is `encoding` a text encoding (what open() accepts)? Unknown names raise LookupError.
pub fn check_text_encoding(encoding: &str) -> PyResult<()> {
    if cx::lookup(encoding).is_ok() {
        return Ok(());
    }
    let info = lookup_codec(encoding)?;
    if let Some(flag) = crate::ops::getattr_opt(&info, &intern_static("_is_text_encoding"))? {
        if !crate::ops::truthy(&flag)? {
            return Err(PyErr::new(
                &LOOKUP_ERROR,
                format!("'{encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs"),
            ));
        }
    }
    Ok(())
}

/// `register(search_function)`.
fn register(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = crate::objects::clinic::one_arg(args, kw, "register")?;
    if !crate::call::callable(f) {
        return Err(type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(f.clone()));
    Ok(none())
}

/// `unregister(search_function)`.
fn unregister(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = crate::objects::clinic::one_arg(args, kw, "unregister")?;
    SEARCH.with(|s| s.borrow_mut().retain(|x| !x.is(f)));
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(none())
}

/// `lookup(encoding)`.
fn lookup(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let e = crate::objects::clinic::one_arg(args, kw, "lookup")?;
    let s = as_str(e).ok_or_else(|| type_error(format!("lookup() argument must be str, not {}", e.ty().name())))?;
    lookup_codec(s)
}

/// `_forget_codec(encoding)`.
fn forget_codec(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let e = crate::objects::clinic::one_arg(args, kw, "_forget_codec")?;
    let key = normalize(as_str(e).unwrap_or(""));
    CACHE.with(|c| c.borrow_mut().retain(|(k, _)| *k != key));
    Ok(none())
}

fn str_opt(fname: &str, v: &Option<Value>, default: &str, argn: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_owned()),
        Some(x) => as_str(x)
            .map(str::to_owned)
            .ok_or_else(|| type_error(format!("{fname}() argument '{argn}' must be str, not {}", x.ty().name()))),
    }
}

/// `encode(obj, encoding='utf-8', errors='strict')`.
fn encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("encode", args, kw, &["obj", "encoding", "errors"], 1)?;
    let obj = a[0].clone().expect("required");
    let enc = str_opt("encode", &a[1], "utf-8", "encoding")?;
    let errors = str_opt("encode", &a[2], "strict", "errors")?;
    if let (Some(s), Ok(_)) = (as_str(&obj), cx::lookup(&enc)) {
        return Ok(new_bytes(cx::encode(&obj, s, &enc, &errors)?));
    }
    registry_call(&obj, &enc, &errors, 0)
}

/// `decode(obj, encoding='utf-8', errors='strict')`.
fn decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("decode", args, kw, &["obj", "encoding", "errors"], 1)?;
    let obj = a[0].clone().expect("required");
    let enc = str_opt("decode", &a[1], "utf-8", "encoding")?;
    let errors = str_opt("decode", &a[2], "strict", "errors")?;
    if let (Some(b), Ok(_)) = (crate::builtins::memoryview::view_bytes(&obj), cx::lookup(&enc)) {
        return Ok(new_str(cx::decode(&obj, &b, &enc, &errors)?));
    }
    registry_call(&obj, &enc, &errors, 1)
}

// ----- codec functions --------------------------------------------------------------------------

/// The data argument of a decode function: any bytes-like object.
fn data_arg(fname: &str, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        // CPython accepts str here too (as its UTF-8 bytes) for the escape codecs.
        if fname.contains("escape") {
            return Ok(s.as_bytes().to_vec());
        }
    }
    crate::builtins::memoryview::view_bytes(v)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

fn errors_arg(v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(x) if is_none(x) => Ok("strict".into()),
        Some(x) => as_str(x).map(str::to_owned).ok_or_else(|| type_error(format!("argument 2 must be str or None, not {}", x.ty().name()))),
    }
}

fn final_arg(v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(x) => crate::ops::truthy(x),
    }
}

fn str_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{fname}() argument 1 must be str, not {}", v.ty().name())))
}

fn char_len(s: &str) -> i64 {
    s.chars().count() as i64
}

/// A decode function `name(data, errors=None, final=False)` for a native codec.
fn stateful_decode(name: &str, codec: Codec, args: &[Value], kw: Option<&Kw>, default_final: bool) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, name, name, 1, 3)?;
    let data = data_arg(name, &args[0])?;
    let errors = errors_arg(args.get(1))?;
    let fin = match args.get(2) {
        Some(v) => crate::ops::truthy(v)?,
        None => default_final,
    };
    let (s, used) = match codec {
        Codec::Utf16(None) | Codec::Utf32(None) | Codec::Utf8Sig => {
            let mut d = StreamDecoder::new(codec, &errors);
            let s = d.decode(&data, fin)?;
            let used = data.len() - d.pending.len();
            (s, used)
        }
        _ => decode_partial(codec, &data, &errors, fin)?,
    };
    Ok(new_tuple(vec![new_str(s), new_int(used as i64)]))
}

/// An encode function `name(str, errors=None)` for a native codec.
fn simple_encode(name: &str, codec: Codec, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, name, name, 1, 2)?;
    let s = str_arg(name, &args[0])?;
    let errors = errors_arg(args.get(1))?;
    let bytes = StreamEncoder::new(codec, &errors).encode(s)?;
    Ok(new_tuple(vec![new_bytes(bytes), new_int(char_len(s))]))
}

macro_rules! decode_fns {
    ($($dec:ident, $name:literal, $codec:expr, $fin:expr;)*) => {
        $(
            fn $dec(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
                stateful_decode($name, $codec, args, kw, $fin)
            }
        )*
    };
}

macro_rules! encode_fns {
    ($($enc:ident, $name:literal, $codec:expr;)*) => {
        $(
            fn $enc(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
                simple_encode($name, $codec, args, kw)
            }
        )*
    };
}

decode_fns! {
    utf_8_decode, "utf_8_decode", Codec::Utf8, false;
    ascii_decode, "ascii_decode", Codec::Ascii, true;
    latin_1_decode, "latin_1_decode", Codec::Latin1, true;
    utf_16_le_decode, "utf_16_le_decode", Codec::Utf16(Some(true)), false;
    utf_16_be_decode, "utf_16_be_decode", Codec::Utf16(Some(false)), false;
    utf_32_le_decode, "utf_32_le_decode", Codec::Utf32(Some(true)), false;
    utf_32_be_decode, "utf_32_be_decode", Codec::Utf32(Some(false)), false;
    utf_16_decode, "utf_16_decode", Codec::Utf16(None), false;
    utf_32_decode, "utf_32_decode", Codec::Utf32(None), false;
    unicode_escape_decode, "unicode_escape_decode", Codec::UnicodeEscape, true;
    raw_unicode_escape_decode, "raw_unicode_escape_decode", Codec::RawUnicodeEscape, true;
}

encode_fns! {
    utf_8_encode, "utf_8_encode", Codec::Utf8;
    ascii_encode, "ascii_encode", Codec::Ascii;
    latin_1_encode, "latin_1_encode", Codec::Latin1;
    utf_16_le_encode, "utf_16_le_encode", Codec::Utf16(Some(true));
    utf_16_be_encode, "utf_16_be_encode", Codec::Utf16(Some(false));
    utf_32_le_encode, "utf_32_le_encode", Codec::Utf32(Some(true));
    utf_32_be_encode, "utf_32_be_encode", Codec::Utf32(Some(false));
    unicode_escape_encode, "unicode_escape_encode", Codec::UnicodeEscape;
    raw_unicode_escape_encode, "raw_unicode_escape_encode", Codec::RawUnicodeEscape;
}

/// `utf_16_encode(str, errors=None, byteorder=0)` (and utf_32): a BOM for byteorder 0.
fn wide_encode(name: &str, wide: bool, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, name, name, 1, 3)?;
    let order = match args.get(2) {
        Some(v) => crate::builtins::args::as_c_int(v)?,
        None => 0,
    };
    let codec = match (wide, order) {
        (false, 0) => Codec::Utf16(None),
        (false, o) => Codec::Utf16(Some(o < 0)),
        (true, 0) => Codec::Utf32(None),
        (true, o) => Codec::Utf32(Some(o < 0)),
    };
    simple_encode(name, codec, &args[..args.len().min(2)], None)
}

fn utf_16_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    wide_encode("utf_16_encode", false, args, kw)
}

fn utf_32_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    wide_encode("utf_32_encode", true, args, kw)
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)` (and utf_32):
/// (str, consumed, byteorder found).
fn wide_ex_decode(name: &str, wide: bool, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, name, name, 1, 4)?;
    let data = data_arg(name, &args[0])?;
    let errors = errors_arg(args.get(1))?;
    let order = match args.get(2) {
        Some(v) => crate::builtins::args::as_c_int(v)?,
        None => 0,
    };
    let fin = final_arg(args.get(3))?;
    let codec = if wide { Codec::Utf32(None) } else { Codec::Utf16(None) };
    let mut d = StreamDecoder::new(codec, &errors);
    if order != 0 {
        d.order = Some(order < 0);
    }
    let s = d.decode(&data, fin)?;
    let used = data.len() - d.pending.len();
    let found = match d.order {
        Some(true) if order == 0 && used > 0 => -1,
        Some(false) if order == 0 && used > 0 => 1,
        _ => order,
    };
    Ok(new_tuple(vec![new_str(s), new_int(used as i64), new_int(found)]))
}

fn utf_16_ex_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    wide_ex_decode("utf_16_ex_decode", false, args, kw)
}

fn utf_32_ex_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    wide_ex_decode("utf_32_ex_decode", true, args, kw)
}

/// `escape_decode(data, errors=None)`: bytes with Python's backslash escapes decoded.
fn escape_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "escape_decode", "escape_decode", 1, 2)?;
    let data = data_arg("escape_decode", &args[0])?;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&e) = data.get(i + 1) else {
            return Err(crate::error::value_error("Trailing \\ in string"));
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut n = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < data.len() && (b'0'..=b'7').contains(&data[i]) {
                    n = n * 8 + (data[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(n as u8);
            }
            b'x' => {
                let hex = data.get(i..i + 2).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                match hex {
                    Some(h) => {
                        out.push(u8::from_str_radix(std::str::from_utf8(h).unwrap_or("0"), 16).unwrap_or(0));
                        i += 2;
                    }
                    None => return Err(crate::error::value_error(format!("invalid \\x escape at position {}", i - 2))),
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(new_tuple(vec![new_bytes(out), new_int(data.len() as i64)]))
}

/// `escape_encode(data, errors=None)`: bytes with non-printable bytes escaped.
fn escape_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "escape_encode", "escape_encode", 1, 2)?;
    let data = as_bytes(&args[0])
        .ok_or_else(|| type_error(format!("escape_encode() argument 1 must be bytes, not {}", args[0].ty().name())))?
        .to_vec();
    let mut out = Vec::with_capacity(data.len());
    for &b in &data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    Ok(new_tuple(vec![new_bytes(out), new_int(data.len() as i64)]))
}

/// `readbuffer_encode(data, errors=None)`.
fn readbuffer_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "readbuffer_encode", "readbuffer_encode", 1, 2)?;
    let data = if let Some(s) = as_str(&args[0]) { s.as_bytes().to_vec() } else { data_arg("readbuffer_encode", &args[0])? };
    let n = data.len();
    Ok(new_tuple(vec![new_bytes(data), new_int(n as i64)]))
}

/// Raises the UnicodeError of a charmap failure, or applies a simple handler.
fn charmap_fail(exc_cls: &crate::types::TypeObject, args: Vec<Value>) -> PyErr {
    PyErr::with_args(exc_cls, args)
}

/// `charmap_decode(data, errors=None, mapping=None)`: bytes through a
/// decoding table (str) or a dict of byte → str/int/None.
fn charmap_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "charmap_decode", "charmap_decode", 1, 3)?;
    let data = data_arg("charmap_decode", &args[0])?;
    let errors = errors_arg(args.get(1))?;
    let mapping = args.get(2).filter(|m| !is_none(m)).cloned();
    let Some(mapping) = mapping else {
        return Ok(new_tuple(vec![new_str(cx::decode(&args[0], &data, "latin-1", &errors)?), new_int(data.len() as i64)]));
    };
    let table: Option<Vec<char>> = as_str(&mapping).map(|s| s.chars().collect());
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        let c: Option<String> = match &table {
            Some(t) => t.get(b as usize).filter(|&&c| c != '\u{fffe}').map(|c| c.to_string()),
            None => {
                let v = match crate::ops::get_item(&mapping, &new_int(b as i64)) {
                    Ok(v) => Some(v),
                    Err(e) if e.matches(&crate::objects::exception::LOOKUP_ERROR) => None,
                    Err(e) => return Err(e),
                };
                match v {
                    None => None,
                    Some(v) if is_none(&v) => None,
                    Some(v) => {
                        if let Some(s) = as_str(&v) {
                            if s == "\u{fffe}" {
                                None
                            } else {
                                Some(s.to_owned())
                            }
                        } else if let Some(n) = crate::objects::int::as_i64(&v) {
                            match char::from_u32(n as u32).filter(|_| (0..=0x10ffff).contains(&n)) {
                                Some(c) => Some(c.to_string()),
                                None => return Err(type_error("character mapping must be in range(0x110000)")),
                            }
                        } else {
                            return Err(type_error("character mapping must return integer, None or str"));
                        }
                    }
                }
            }
        };
        match c {
            Some(s) => out.push_str(&s),
            None => match errors.as_str() {
                "strict" => {
                    return Err(charmap_fail(
                        &crate::objects::exception::UNICODE_DECODE_ERROR,
                        vec![new_str("charmap"), new_bytes(data.clone()), new_int(i as i64), new_int(i as i64 + 1), new_str("character maps to <undefined>")],
                    ))
                }
                "ignore" => {}
                "replace" => out.push('\u{fffd}'),
                "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                other => return Err(PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{other}'"))),
            },
        }
    }
    Ok(new_tuple(vec![new_str(out), new_int(data.len() as i64)]))
}

/// `charmap_encode(str, errors=None, mapping=None)`: characters through a
/// dict of ordinal → int/bytes/None (what `charmap_build` makes).
fn charmap_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "charmap_encode", "charmap_encode", 1, 3)?;
    let s = str_arg("charmap_encode", &args[0])?.to_owned();
    let errors = errors_arg(args.get(1))?;
    let mapping = args.get(2).filter(|m| !is_none(m)).cloned();
    let Some(mapping) = mapping else {
        return Ok(new_tuple(vec![new_bytes(cx::encode(&args[0], &s, "latin-1", &errors)?), new_int(char_len(&s))]));
    };
    let lookup = |c: char| -> PyResult<Option<Vec<u8>>> {
        let v = match crate::ops::get_item(&mapping, &new_int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.matches(&crate::objects::exception::LOOKUP_ERROR) => return Ok(None),
            Err(e) => return Err(e),
        };
        if is_none(&v) {
            return Ok(None);
        }
        if let Some(n) = crate::objects::int::as_i64(&v) {
            if !(0..256).contains(&n) {
                return Err(type_error("character mapping must be in range(256)"));
            }
            return Ok(Some(vec![n as u8]));
        }
        if let Some(b) = as_bytes(&v) {
            return Ok(Some(b.to_vec()));
        }
        Err(type_error("character mapping must return integer, bytes or None, not str"))
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = lookup(chars[i])? {
            out.extend(b);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && lookup(chars[j])?.is_none() {
            j += 1;
        }
        match errors.as_str() {
            "strict" => {
                return Err(charmap_fail(
                    &crate::objects::exception::UNICODE_ENCODE_ERROR,
                    vec![new_str("charmap"), args[0].clone(), new_int(i as i64), new_int(j as i64), new_str("character maps to <undefined>")],
                ))
            }
            "ignore" => {}
            "replace" => {
                for _ in i..j {
                    out.extend(lookup('?')?.unwrap_or_default());
                }
            }
            "backslashreplace" | "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    let rep = if errors == "xmlcharrefreplace" {
                        format!("&#{};", c as u32)
                    } else if (c as u32) < 0x100 {
                        format!("\\x{:02x}", c as u32)
                    } else if (c as u32) < 0x10000 {
                        format!("\\u{:04x}", c as u32)
                    } else {
                        format!("\\U{:08x}", c as u32)
                    };
                    for rc in rep.chars() {
                        out.extend(lookup(rc)?.unwrap_or_default());
                    }
                }
            }
            other => return Err(PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{other}'"))),
        }
        i = j;
    }
    Ok(new_tuple(vec![new_bytes(out), new_int(char_len(&s))]))
}

/// `charmap_build(decoding_table)`: the encoding map (a dict of ordinal → byte).
fn charmap_build(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = crate::objects::clinic::one_arg(args, kw, "charmap_build")?;
    let s = str_arg("charmap_build", t)?;
    let d = crate::objects::dict::new_dict();
    let dd = crate::objects::dict::as_dict(&d).expect("a dict");
    for (i, c) in s.chars().enumerate() {
        if c != '\u{fffe}' {
            dd.set(new_int(c as i64), new_int(i as i64))?;
        }
    }
    Ok(d)
}

// ----- error handlers -----------------------------------------------------------------------------

/// The (start, end, object) of a UnicodeError passed to an error handler.
fn exc_range(exc: &Value) -> PyResult<(usize, usize, Value)> {
    use crate::objects::exception::{UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR};
    if !(exc.isinstance(&UNICODE_ENCODE_ERROR) || exc.isinstance(&UNICODE_DECODE_ERROR) || exc.isinstance(&UNICODE_TRANSLATE_ERROR)) {
        return Err(type_error(format!("don't know how to handle {} in error callback", exc.ty().name())));
    }
    let g = |n: &str| crate::ops::getattr_str(exc, n);
    let start = crate::objects::int::as_i64(&g("start")?).unwrap_or(0).max(0) as usize;
    let end = crate::objects::int::as_i64(&g("end")?).unwrap_or(0).max(0) as usize;
    Ok((start, end, g("object")?))
}

fn handler_result(s: String, end: usize) -> Value {
    new_tuple(vec![new_str(s), new_int(end as i64)])
}

fn strict_errors(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let exc = args.first().cloned().unwrap_or_else(none);
    if crate::objects::exception::as_exc(&exc).is_some() {
        return Err(PyErr::from_value(exc));
    }
    Err(type_error("codec must pass exception instance"))
}

fn ignore_errors(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (_, end, _) = exc_range(args.first().ok_or_else(|| type_error("ignore_errors() takes exactly one argument (0 given)"))?)?;
    Ok(handler_result(String::new(), end))
}

fn replace_errors(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let exc = args.first().ok_or_else(|| type_error("replace_errors() takes exactly one argument (0 given)"))?;
    let (start, end, _) = exc_range(exc)?;
    let c = if exc.isinstance(&crate::objects::exception::UNICODE_ENCODE_ERROR) { "?" } else { "\u{fffd}" };
    let n = if exc.isinstance(&crate::objects::exception::UNICODE_DECODE_ERROR) { 1 } else { end.saturating_sub(start) };
    Ok(handler_result(c.repeat(n), end))
}

fn substring(obj: &Value, start: usize, end: usize) -> Vec<char> {
    as_str(obj).map(|s| s.chars().skip(start).take(end.saturating_sub(start)).collect()).unwrap_or_default()
}

fn backslashreplace_errors(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let exc = args.first().ok_or_else(|| type_error("backslashreplace_errors() takes exactly one argument (0 given)"))?;
    let (start, end, obj) = exc_range(exc)?;
    let mut out = String::new();
    if let Some(b) = crate::builtins::memoryview::view_bytes(&obj) {
        for x in b.get(start..end.min(b.len())).unwrap_or(&[]) {
            out.push_str(&format!("\\x{x:02x}"));
        }
    } else {
        for c in substring(&obj, start, end) {
            let n = c as u32;
            out.push_str(&if n < 0x100 {
                format!("\\x{n:02x}")
            } else if n < 0x10000 {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            });
        }
    }
    Ok(handler_result(out, end))
}

fn xmlcharrefreplace_errors(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let exc = args.first().ok_or_else(|| type_error("xmlcharrefreplace_errors() takes exactly one argument (0 given)"))?;
    if !exc.isinstance(&crate::objects::exception::UNICODE_ENCODE_ERROR) {
        return Err(type_error(format!("don't know how to handle {} in error callback", exc.ty().name())));
    }
    let (start, end, obj) = exc_range(exc)?;
    let out: String = substring(&obj, start, end).iter().map(|&c| format!("&#{};", c as u32)).collect();
    Ok(handler_result(out, end))
}

fn namereplace_errors(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    backslashreplace_errors(args, kw)
}

/// `surrogateescape`/`surrogatepass`: tern's str cannot hold lone
/// surrogates, so these fail as `strict` does.
fn surrogate_errors(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    strict_errors(args, kw)
}

const BUILTIN_HANDLERS: &[(&str, &str, NativeFn)] = &[
    ("strict", "strict_errors", strict_errors),
    ("ignore", "ignore_errors", ignore_errors),
    ("replace", "replace_errors", replace_errors),
    ("backslashreplace", "backslashreplace_errors", backslashreplace_errors),
    ("xmlcharrefreplace", "xmlcharrefreplace_errors", xmlcharrefreplace_errors),
    ("namereplace", "namereplace_errors", namereplace_errors),
    ("surrogateescape", "surrogateescape", surrogate_errors),
    ("surrogatepass", "surrogatepass", surrogate_errors),
];

/// `lookup_error(name)`.
fn lookup_error(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let n = crate::objects::clinic::one_arg(args, kw, "lookup_error")?;
    let name = as_str(n).ok_or_else(|| type_error(format!("lookup_error() argument must be str, not {}", n.ty().name())))?;
    if let Some(h) = ERROR_HANDLERS.with(|e| e.borrow().iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())) {
        return Ok(h);
    }
    if let Some((_, fname, f)) = BUILTIN_HANDLERS.iter().find(|(k, _, _)| *k == name) {
        let h = new_builtin(fname, *f, Some("_codecs"));
        ERROR_HANDLERS.with(|e| e.borrow_mut().push((name.to_owned(), h.clone())));
        return Ok(h);
    }
    Err(PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{name}'")))
}

/// `register_error(errors, handler)`.
fn register_error(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "register_error", "register_error", 2, 2)?;
    let name = as_str(&args[0]).ok_or_else(|| type_error(format!("register_error() argument 1 must be str, not {}", args[0].ty().name())))?;
    if !crate::call::callable(&args[1]) {
        return Err(type_error("handler must be callable"));
    }
    ERROR_HANDLERS.with(|e| {
        let mut e = e.borrow_mut();
        e.retain(|(k, _)| k != name);
        e.push((name.to_owned(), args[1].clone()));
    });
    Ok(none())
}

/// Creates the `_codecs` module.
pub fn create() -> Value {
    let m = new_module("_codecs");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("lookup", lookup),
        ("_forget_codec", forget_codec),
        ("encode", encode),
        ("decode", decode),
        ("lookup_error", lookup_error),
        ("register_error", register_error),
        ("utf_8_decode", utf_8_decode),
        ("utf_8_encode", utf_8_encode),
        ("ascii_decode", ascii_decode),
        ("ascii_encode", ascii_encode),
        ("latin_1_decode", latin_1_decode),
        ("latin_1_encode", latin_1_encode),
        ("utf_16_decode", utf_16_decode),
        ("utf_16_encode", utf_16_encode),
        ("utf_16_le_decode", utf_16_le_decode),
        ("utf_16_le_encode", utf_16_le_encode),
        ("utf_16_be_decode", utf_16_be_decode),
        ("utf_16_be_encode", utf_16_be_encode),
        ("utf_16_ex_decode", utf_16_ex_decode),
        ("utf_32_decode", utf_32_decode),
        ("utf_32_encode", utf_32_encode),
        ("utf_32_le_decode", utf_32_le_decode),
        ("utf_32_le_encode", utf_32_le_encode),
        ("utf_32_be_decode", utf_32_be_decode),
        ("utf_32_be_encode", utf_32_be_encode),
        ("utf_32_ex_decode", utf_32_ex_decode),
        ("unicode_escape_decode", unicode_escape_decode),
        ("unicode_escape_encode", unicode_escape_encode),
        ("raw_unicode_escape_decode", raw_unicode_escape_decode),
        ("raw_unicode_escape_encode", raw_unicode_escape_encode),
        ("escape_decode", escape_decode),
        ("escape_encode", escape_encode),
        ("readbuffer_encode", readbuffer_encode),
        ("charmap_decode", charmap_decode),
        ("charmap_encode", charmap_encode),
        ("charmap_build", charmap_build),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_codecs")));
    }
    m
}
