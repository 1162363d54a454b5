//! `_io.TextIOWrapper` and `_io.IncrementalNewlineDecoder` (CPython's
//! Modules/_io/textio.c): text over a buffered binary stream, with encoding
//! and decoding, newline translation, and `tell()`/`seek()` cookies that
//! record the decoder's state (CPython's layout, so cookies are the same
//! numbers).
//!
//! utf-8, ascii and latin-1 are decoded and encoded natively; other
//! encodings go through the codec registry's incremental coders, as in
//! CPython. Over an exact native BufferedWriter/Reader the text layer calls
//! the buffer's Rust code directly; other buffers are driven through their
//! Python methods.

use super::{call_method, tp_name, unsupported};
use crate::error::{type_error, value_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::codecs::Codec;
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

// ----- newline handling shared with StringIO ----------------------------------------------------------

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The newline half of CPython's IncrementalNewlineDecoder: holds back a
/// final `\r` (so `\r\n` is never split), records the newlines seen, and
/// translates them to `\n` when asked.
#[derive(Clone)]
pub struct NlState {
    pub translate: bool,
    pub pendingcr: bool,
    pub seennl: u8,
}

impl NlState {
    pub fn new(translate: bool) -> NlState {
        NlState { translate, pendingcr: false, seennl: 0 }
    }

    /// Processes decoded text.
    pub fn process(&mut self, mut output: String, final_: bool) -> String {
        if self.pendingcr && (final_ || !output.is_empty()) {
            output.insert(0, '\r');
            self.pendingcr = false;
        }
        if !final_ && output.ends_with('\r') {
            output.pop();
            self.pendingcr = true;
        }
        if output.is_empty() {
            return output;
        }
        let b = output.as_bytes();
        if !b.contains(&b'\r') {
            if b.contains(&b'\n') {
                self.seennl |= SEEN_LF;
            }
            return output;
        }
        let mut seen = 0;
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => seen |= SEEN_LF,
                b'\r' => {
                    if b.get(i + 1) == Some(&b'\n') {
                        seen |= SEEN_CRLF;
                        i += 1;
                    } else {
                        seen |= SEEN_CR;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        self.seennl |= seen;
        if self.translate {
            output = output.replace("\r\n", "\n").replace('\r', "\n");
        }
        output
    }

    /// The `newlines` attribute: None, one terminator, or a tuple of them.
    pub fn newlines(&self) -> Value {
        let names: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| self.seennl & bit != 0)
            .map(|(_, s)| *s)
            .collect();
        match names.len() {
            0 => none(),
            1 => new_str(names[0]),
            _ => new_tuple(names.into_iter().map(new_str).collect()),
        }
    }
}

/// CPython's `_PyIO_find_line_ending`: Some(length of the line including
/// its terminator), or None and how many characters hold no terminator start.
pub fn find_line_ending(translated: bool, universal: bool, readnl: &str, s: &[char]) -> (Option<usize>, usize) {
    if translated {
        return match s.iter().position(|&c| c == '\n') {
            Some(i) => (Some(i + 1), 0),
            None => (None, s.len()),
        };
    }
    if universal {
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            i += 1;
            if c == '\n' {
                return (Some(i), 0);
            }
            if c == '\r' {
                if s.get(i) == Some(&'\n') {
                    return (Some(i + 1), 0);
                }
                return (Some(i), 0);
            }
        }
        return (None, s.len());
    }
    let nl: Vec<char> = readnl.chars().collect();
    if nl.len() == 1 {
        return match s.iter().position(|&c| c == nl[0]) {
            Some(i) => (Some(i + 1), 0),
            None => (None, s.len()),
        };
    }
    let e = s.len().saturating_sub(nl.len() - 1);
    let mut i = 0;
    while i < e {
        if s[i] == nl[0] && s[i..].starts_with(&nl) {
            return (Some(i + nl.len()), 0);
        }
        i += 1;
    }
    match s[e..].iter().position(|&c| c == nl[0]) {
        Some(p) => (None, e + p),
        None => (None, s.len()),
    }
}

/// `newline` must be one of None, '', '\n', '\r', '\r\n'.
fn validate_newline(nl: &str) -> PyResult<()> {
    if nl.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    if !matches!(nl, "" | "\n" | "\r" | "\r\n") {
        return Err(value_error(format!("illegal newline value: {nl}")));
    }
    Ok(())
}

// ----- decoders and encoders ----------------------------------------------------------------------

/// A decoder: native for utf-8/ascii/latin-1, else the codec's incremental decoder.
enum InnerDec {
    Native { codec: Codec, errors: String, pending: Vec<u8> },
    Py(Value),
}

/// The decoder of a TextIOWrapper (with the newline layer in universal mode).
struct TextDecoder {
    inner: InnerDec,
    nl: Option<NlState>,
}

fn check_decoded(v: &Value) -> PyResult<String> {
    as_str(v).map(str::to_owned).ok_or_else(|| type_error(format!("decoder should return a string result, not '{}'", v.ty().name())))
}

/// Parses a decoder state `(bytes, int)`.
fn parse_dec_state(state: &Value) -> PyResult<(Vec<u8>, u64)> {
    let Some(items) = tuple_items(state) else {
        return Err(type_error("illegal decoder state"));
    };
    if items.len() != 2 {
        return Err(type_error("illegal decoder state"));
    }
    let Some(buf) = items[0].downcast::<crate::objects::bytes::BytesObject>() else {
        return Err(type_error(format!(
            "illegal decoder state: the first item should be a bytes object, not '{}'",
            items[0].ty().name()
        )));
    };
    let flags = crate::objects::int::to_bigint(&crate::ops::index(&items[1])?).and_then(|i| u64::try_from(&i).ok()).unwrap_or(0);
    Ok((as_bytes(&buf_value(buf)).unwrap_or(&[]).to_vec(), flags))
}

fn buf_value(b: &crate::objects::bytes::BytesObject) -> Value {
    unsafe { Value::from_borrowed_ptr(b as *const _ as *const ObjHeader) }
}

impl InnerDec {
    fn decode(&mut self, input: &[u8], final_: bool) -> PyResult<String> {
        match self {
            InnerDec::Native { codec, errors, pending } => {
                if pending.is_empty() {
                    let (s, used) = crate::modules::codecs::decode_partial(*codec, input, errors, final_)?;
                    pending.extend_from_slice(&input[used..]);
                    Ok(s)
                } else {
                    let mut data = std::mem::take(pending);
                    data.extend_from_slice(input);
                    let (s, used) = crate::modules::codecs::decode_partial(*codec, &data, errors, final_)?;
                    pending.extend_from_slice(&data[used..]);
                    Ok(s)
                }
            }
            InnerDec::Py(d) => {
                let d = d.clone();
                let r = call_method(&d, "decode", &[new_bytes(input.to_vec()), new_bool(final_)])?;
                check_decoded(&r)
            }
        }
    }

    fn getstate(&self) -> PyResult<(Vec<u8>, u64)> {
        match self {
            InnerDec::Native { pending, .. } => Ok((pending.clone(), 0)),
            InnerDec::Py(d) => parse_dec_state(&call_method(d, "getstate", &[])?),
        }
    }

    fn setstate(&mut self, buf: Vec<u8>, flags: u64) -> PyResult<()> {
        match self {
            InnerDec::Native { pending, .. } => {
                *pending = buf;
                Ok(())
            }
            InnerDec::Py(d) => {
                let state = new_tuple(vec![new_bytes(buf), crate::objects::int::new_int_u64(flags)]);
                call_method(&d.clone(), "setstate", &[state]).map(|_| ())
            }
        }
    }

    fn reset(&mut self) -> PyResult<()> {
        match self {
            InnerDec::Native { pending, .. } => {
                pending.clear();
                Ok(())
            }
            InnerDec::Py(d) => call_method(&d.clone(), "reset", &[]).map(|_| ()),
        }
    }
}

impl TextDecoder {
    fn decode(&mut self, input: &[u8], final_: bool) -> PyResult<String> {
        let s = self.inner.decode(input, final_)?;
        Ok(match &mut self.nl {
            Some(nl) => nl.process(s, final_),
            None => s,
        })
    }

    fn getstate(&self) -> PyResult<(Vec<u8>, u64)> {
        let (b, f) = self.inner.getstate()?;
        Ok(match &self.nl {
            Some(nl) => (b, (f << 1) | nl.pendingcr as u64),
            None => (b, f),
        })
    }

    fn setstate(&mut self, buf: Vec<u8>, flags: u64) -> PyResult<()> {
        match &mut self.nl {
            Some(nl) => {
                nl.pendingcr = flags & 1 != 0;
                self.inner.setstate(buf, flags >> 1)
            }
            None => self.inner.setstate(buf, flags),
        }
    }

    fn reset(&mut self) -> PyResult<()> {
        if let Some(nl) = &mut self.nl {
            nl.seennl = 0;
            nl.pendingcr = false;
        }
        self.inner.reset()
    }
}

enum Encoder {
    Utf8,
    Latin1,
    Ascii,
    Py(Value),
}

impl Encoder {
    fn encode(&self, text: &str, errors: &str) -> PyResult<Vec<u8>> {
        match self {
            Encoder::Utf8 => Ok(text.as_bytes().to_vec()),
            Encoder::Latin1 | Encoder::Ascii if text.is_ascii() => Ok(text.as_bytes().to_vec()),
            Encoder::Latin1 => crate::objects::codecs::encode(&new_str(text), text, "latin-1", errors),
            Encoder::Ascii => crate::objects::codecs::encode(&new_str(text), text, "ascii", errors),
            Encoder::Py(e) => {
                let r = call_method(&e.clone(), "encode", &[new_str(text)])?;
                match r.downcast::<crate::objects::bytes::BytesObject>() {
                    Some(_) => Ok(as_bytes(&r).unwrap_or(&[]).to_vec()),
                    None => Err(type_error(format!("encoder should return a bytes object, not '{}'", r.ty().name()))),
                }
            }
        }
    }
}

/// The codec's CodecInfo attribute `name` (incrementaldecoder, incrementalencoder).
fn codec_attr(info: &Value, name: &str) -> PyResult<Value> {
    crate::ops::getattr(info, &intern(name))
}

/// The locale's encoding (what encoding=None and "locale" mean).
pub fn locale_encoding() -> String {
    crate::modules::locale::init_ctype();
    let p = unsafe { libc::nl_langinfo(libc::CODESET) };
    let cs = if p.is_null() { String::new() } else { unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned() };
    if cs.is_empty() || cs == "ANSI_X3.4-1968" {
        "UTF-8".to_owned()
    } else {
        cs
    }
}

// ----- TextIOWrapper ---------------------------------------------------------------------------------------

pub struct TextState {
    ok: bool,
    detached: bool,
    buffer: Option<Value>,
    encoding: Value,
    errors: Value,
    errors_s: String,
    decoder: Option<TextDecoder>,
    encoder: Option<Encoder>,
    readuniversal: bool,
    readtranslate: bool,
    writetranslate: bool,
    readnl: Option<String>,
    writenl: Option<String>,
    line_buffering: bool,
    write_through: bool,
    chunk_size: usize,
    /// Encoded text not yet handed to a buffer that is not native.
    pending: Vec<u8>,
    /// Decoded text not yet returned, from byte `decoded_used` on.
    decoded: String,
    decoded_used: usize,
    /// `(dec_flags, next_input)` at the last safe point, for tell().
    snapshot: Option<(u64, Vec<u8>)>,
    seekable: bool,
    telling: bool,
    has_read1: bool,
    b2cratio: f64,
    finalizing: bool,
    /// Encoding a BOM is still to come (Python encoders only).
    encoding_start_of_stream: bool,
}

#[repr(C)]
pub struct TextIOObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    state: UnsafeCell<TextState>,
}

unsafe impl PyObj for TextIOObject {
    fn class() -> &'static TypeObject {
        &TEXTIOWRAPPER_TYPE
    }
}

pub static TEXTIOWRAPPER_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<TextIOObject>("_io.TextIOWrapper", Some(&super::iobase::TEXT_IOBASE_TYPE), BASETYPE)
        .in_module("_io")
        .with_qualname("TextIOWrapper")
        .with_dict_at(std::mem::offset_of!(TextIOObject, dict));
    t.dealloc = text_dealloc;
    t
};

unsafe fn text_dealloc(h: *mut ObjHeader) {
    super::finalize_and_free(
        h,
        |obj| {
            if let Some(t) = obj.downcast::<TextIOObject>() {
                let st = t.st();
                if st.ok && !st.detached && st.buffer.is_some() {
                    st.finalizing = true;
                    if let Ok(false) = t.is_closed() {
                        let _ = close_impl(obj);
                    }
                }
            }
        },
        crate::types::dealloc_native::<TextIOObject>,
    );
}

fn fresh() -> TextIOObject {
    TextIOObject {
        header: ObjHeader::new(std::ptr::null()),
        dict: None,
        state: UnsafeCell::new(TextState {
            ok: false,
            detached: false,
            buffer: None,
            encoding: none(),
            errors: none(),
            errors_s: String::new(),
            decoder: None,
            encoder: None,
            readuniversal: false,
            readtranslate: false,
            writetranslate: false,
            readnl: None,
            writenl: None,
            line_buffering: false,
            write_through: false,
            chunk_size: 8192,
            pending: Vec::new(),
            decoded: String::new(),
            decoded_used: 0,
            snapshot: None,
            seekable: false,
            telling: false,
            has_read1: false,
            b2cratio: 0.0,
            finalizing: false,
            encoding_start_of_stream: false,
        }),
    }
}

impl TextIOObject {
    #[allow(clippy::mut_from_ref)]
    fn st(&self) -> &mut TextState {
        unsafe { &mut *self.state.get() }
    }

    /// CHECK_ATTACHED: the buffer.
    fn attached(&self) -> PyResult<Value> {
        let st = self.st();
        if !st.ok {
            return Err(value_error("I/O operation on uninitialized object"));
        }
        if st.detached {
            return Err(value_error("underlying buffer has been detached"));
        }
        st.buffer.clone().ok_or_else(|| value_error("underlying buffer has been detached"))
    }

    /// `self.buffer.closed`.
    fn is_closed(&self) -> PyResult<bool> {
        let buffer = self.attached()?;
        if let Some(b) = super::buffered::native(&buffer) {
            return b.is_closed();
        }
        super::is_closed(&buffer)
    }

    /// CHECK_CLOSED.
    fn check_closed(&self, this: &Value) -> PyResult<()> {
        if std::ptr::eq(this.ty(), &TEXTIOWRAPPER_TYPE) {
            if self.is_closed()? {
                return Err(value_error("I/O operation on closed file."));
            }
            return Ok(());
        }
        call_method(this, "_checkClosed", &[]).map(|_| ())
    }

    /// Hands pending encoded text to the buffer (`_textiowrapper_writeflush`).
    fn writeflush(&self) -> PyResult<()> {
        let st = self.st();
        if st.pending.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut st.pending);
        let buffer = self.attached()?;
        loop {
            match call_method(&buffer, "write", &[new_bytes(data.clone())]) {
                Err(e) if e.matches(&crate::objects::exception::INTERRUPTED_ERROR) => crate::modules::signal::check_signals()?,
                other => return other.map(|_| ()),
            }
        }
    }

    /// The body of `write()` after the checks: the number of characters written.
    fn write_str(&self, text: &str, nchars: usize) -> PyResult<usize> {
        let buffer = self.attached()?;
        let st = self.st();
        let Some(enc) = &st.encoder else {
            return Err(unsupported("not writable"));
        };
        let mut haslf = false;
        if (st.writetranslate && st.writenl.is_some()) || st.line_buffering {
            haslf = text.as_bytes().contains(&b'\n');
        }
        let translated;
        let mut text = text;
        if haslf && st.writetranslate {
            if let Some(nl) = &st.writenl {
                translated = text.replace('\n', nl);
                text = &translated;
            }
        }
        let needflush = st.line_buffering && (haslf || text.as_bytes().contains(&b'\r'));
        let native = super::buffered::native(&buffer).filter(|b| b.st().writable);
        match (native, enc) {
            (Some(b), Encoder::Utf8) => {
                b.write_data(text.as_bytes())?;
            }
            (Some(b), _) => {
                let data = enc.encode(text, &st.errors_s)?;
                b.write_data(&data)?;
            }
            (None, _) => {
                let data = enc.encode(text, &st.errors_s)?;
                let st = self.st();
                if st.pending.len() + data.len() > st.chunk_size {
                    self.writeflush()?;
                }
                let st = self.st();
                st.pending.extend_from_slice(&data);
                if st.pending.len() >= st.chunk_size || needflush || st.write_through {
                    self.writeflush()?;
                }
            }
        }
        let st = self.st();
        st.encoding_start_of_stream = false;
        if needflush {
            match super::buffered::native(&buffer) {
                Some(b) => super::buffered::flush_native(b)?,
                None => {
                    call_method(&buffer, "flush", &[])?;
                }
            }
        }
        let st = self.st();
        st.decoded.clear();
        st.decoded_used = 0;
        st.snapshot = None;
        if let Some(d) = &mut st.decoder {
            d.reset()?;
        }
        Ok(nchars)
    }

    /// Takes up to `n` decoded characters (all for None).
    fn get_decoded(&self, n: Option<usize>) -> String {
        let st = self.st();
        let rest = &st.decoded[st.decoded_used..];
        let end = match n {
            None => rest.len(),
            Some(n) => char_offset(rest, n),
        };
        let s = rest[..end].to_owned();
        st.decoded_used += end;
        s
    }

    fn set_decoded(&self, s: String) {
        let st = self.st();
        st.decoded = s;
        st.decoded_used = 0;
    }

    /// Reads and decodes one chunk (`textiowrapper_read_chunk`): false at the end.
    fn read_chunk(&self, size_hint: usize) -> PyResult<bool> {
        let buffer = self.attached()?;
        let st = self.st();
        let Some(dec) = &st.decoder else {
            return Err(unsupported("not readable"));
        };
        let dec_state = if st.telling { Some(dec.getstate()?) } else { None };
        let st = self.st();
        let hint = if size_hint > 0 { (st.b2cratio.max(1.0) * size_hint as f64) as usize } else { 0 };
        let size = st.chunk_size.max(hint);
        let input: Vec<u8> = match super::buffered::native(&buffer).filter(|b| b.st().readable) {
            Some(b) => {
                b.check_closed("read of closed file")?;
                b.read1(size)?
            }
            None => {
                let meth = if st.has_read1 { "read1" } else { "read" };
                let r = call_method(&buffer, meth, &[new_int(size as i64)])?;
                match crate::builtins::memoryview::view_bytes(&r) {
                    Some(b) => b,
                    None => {
                        return Err(type_error(format!(
                            "underlying {meth}() should have returned a bytes-like object, not '{}'",
                            r.ty().name()
                        )))
                    }
                }
            }
        };
        let mut eof = input.is_empty();
        let st = self.st();
        let decoded = match &mut st.decoder {
            Some(d) => d.decode(&input, eof)?,
            None => return Err(unsupported("not readable")),
        };
        let nchars = decoded.chars().count();
        self.set_decoded(decoded);
        let st = self.st();
        st.b2cratio = if nchars > 0 { input.len() as f64 / nchars as f64 } else { 0.0 };
        if nchars > 0 {
            eof = false;
        }
        if let Some((mut buf, flags)) = dec_state {
            buf.extend_from_slice(&input);
            st.snapshot = Some((flags, buf));
        }
        Ok(!eof)
    }

    /// `_textiowrapper_readline(limit)` (`limit` in characters).
    fn readline(&self, this: &Value, limit: Option<usize>) -> PyResult<String> {
        self.check_closed(this)?;
        self.writeflush()?;
        // Text put aside while no line end was found, and its length in characters.
        let mut chunks = String::new();
        let mut chunked = 0usize;
        // The tail of the previous text that may begin a (multi-character) line end.
        let mut remaining = String::new();
        loop {
            let mut more = true;
            while self.st().decoded.len() == self.st().decoded_used {
                more = self.read_chunk(0)?;
                if !more {
                    break;
                }
            }
            let st = self.st();
            if !more && st.decoded.len() == st.decoded_used {
                st.decoded.clear();
                st.decoded_used = 0;
                st.snapshot = None;
                chunks.push_str(&remaining);
                return Ok(chunks);
            }
            let joined;
            let (line, start, offset): (&str, usize, usize) = if remaining.is_empty() {
                (&st.decoded, st.decoded_used, 0)
            } else {
                let off = remaining.len();
                joined = std::mem::take(&mut remaining) + &st.decoded[st.decoded_used..];
                (&joined, 0, off)
            };
            let readnl = st.readnl.as_deref().unwrap_or("\n");
            let (found, consumed) = find_line_ending_bytes(st.readtranslate, st.readuniversal, readnl, &line.as_bytes()[start..]);
            let mut endpos = start + found.unwrap_or(consumed);
            let mut done = found.is_some();
            if let Some(l) = limit {
                if line[start..endpos].chars().count() + chunked >= l {
                    endpos = start + char_offset(&line[start..], l - chunked);
                    done = true;
                }
            }
            if done {
                let used = (endpos.max(offset) - offset) + if offset == 0 { 0 } else { st.decoded_used };
                let piece = &line[start..endpos];
                let out = if chunks.is_empty() {
                    piece.to_owned()
                } else {
                    chunks.push_str(piece);
                    std::mem::take(&mut chunks)
                };
                st.decoded_used = used;
                return Ok(out);
            }
            if endpos > start {
                let piece = &line[start..endpos];
                if limit.is_some() {
                    chunked += piece.chars().count();
                }
                chunks.push_str(piece);
            }
            if endpos < line.len() {
                remaining = line[endpos..].to_owned();
            }
            let st = self.st();
            st.decoded.clear();
            st.decoded_used = 0;
        }
    }
}

/// The byte offset of the character `n` of `s` (or its length).
fn char_offset(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// `find_line_ending` over UTF-8 text: the terminators are ASCII, so byte
/// positions found are character boundaries.
fn find_line_ending_bytes(translated: bool, universal: bool, readnl: &str, s: &[u8]) -> (Option<usize>, usize) {
    let memchr = super::buffered::memchr;
    if translated {
        return match memchr(b'\n', s) {
            Some(i) => (Some(i + 1), 0),
            None => (None, s.len()),
        };
    }
    if universal {
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            i += 1;
            if c == b'\n' {
                return (Some(i), 0);
            }
            if c == b'\r' {
                if s.get(i) == Some(&b'\n') {
                    return (Some(i + 1), 0);
                }
                return (Some(i), 0);
            }
        }
        return (None, s.len());
    }
    let nl = readnl.as_bytes();
    if nl.len() == 1 {
        return match memchr(nl[0], s) {
            Some(i) => (Some(i + 1), 0),
            None => (None, s.len()),
        };
    }
    let e = s.len().saturating_sub(nl.len() - 1);
    let mut i = 0;
    while i < e {
        if s[i] == nl[0] && s[i..].starts_with(nl) {
            return (Some(i + nl.len()), 0);
        }
        i += 1;
    }
    match memchr(nl[0], &s[e..]) {
        Some(p) => (None, e + p),
        None => (None, s.len()),
    }
}

fn this(v: &Value) -> PyResult<&TextIOObject> {
    v.downcast::<TextIOObject>()
        .ok_or_else(|| type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{}'", v.ty().name())))
}

fn textio_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = super::super::support::cls_arg(args)?;
    if !cls.is_subtype(&TEXTIOWRAPPER_TYPE) {
        return Err(type_error(format!("TextIOWrapper.__new__({}): {} is not a subtype of TextIOWrapper", cls.name(), cls.name())));
    }
    Ok(crate::types::alloc_object(cls, fresh()))
}

/// An optional str argument of TextIOWrapper(): None or a str.
fn opt_str_arg(v: &Option<Value>, what: &str) -> PyResult<Option<Value>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) if as_str(x).is_some() => Ok(Some(x.clone())),
        Some(x) => Err(type_error(format!("TextIOWrapper() argument '{what}' must be str or None, not {}", x.ty().name()))),
    }
}

/// Sets the newline mode (`_textiowrapper_set_newline`).
fn set_newline(st: &mut TextState, newline: Option<&str>) {
    st.readnl = newline.map(str::to_owned);
    st.readuniversal = newline.map_or(true, str::is_empty);
    st.readtranslate = newline.is_none();
    st.writetranslate = newline.map_or(true, |n| !n.is_empty());
    st.writenl = match newline {
        Some(n) if !st.readuniversal && n != "\n" => Some(n.to_owned()),
        _ => None,
    };
}

/// Is the codec one of the natively coded ones?
fn native_codec(encoding: &str) -> Option<Codec> {
    match crate::objects::codecs::lookup(encoding) {
        Ok(c @ (Codec::Utf8 | Codec::Ascii | Codec::Latin1)) => Some(c),
        _ => None,
    }
}

/// Creates the decoder (if the buffer is readable) and the encoder (if writable).
fn set_coders(st: &mut TextState, buffer: &Value, encoding: &str, errors: &str) -> PyResult<()> {
    crate::modules::codecs::check_text_encoding(encoding)?;
    let native = native_codec(encoding);
    let info = if native.is_none() { Some(crate::modules::codecs::lookup_codec(encoding)?) } else { None };
    let readable = match super::buffered::native(buffer) {
        Some(b) => b.st().readable,
        None => crate::ops::truthy(&call_method(buffer, "readable", &[])?)?,
    };
    st.decoder = None;
    if readable {
        let inner = match (native, &info) {
            (Some(codec), _) => InnerDec::Native { codec, errors: errors.to_owned(), pending: Vec::new() },
            (None, Some(info)) => {
                let mk = codec_attr(info, "incrementaldecoder")?;
                if is_none(&mk) {
                    return Err(type_error("codec has no incremental decoder"));
                }
                InnerDec::Py(crate::call::call(&mk, &[new_str(errors)], None)?)
            }
            _ => unreachable!("a codec is native or has a CodecInfo"),
        };
        let nl = if st.readuniversal { Some(NlState::new(st.readtranslate)) } else { None };
        st.decoder = Some(TextDecoder { inner, nl });
    }
    let writable = match super::buffered::native(buffer) {
        Some(b) => b.st().writable,
        None => crate::ops::truthy(&call_method(buffer, "writable", &[])?)?,
    };
    st.encoder = None;
    if writable {
        st.encoder = Some(match (native, &info) {
            (Some(Codec::Utf8), _) => Encoder::Utf8,
            (Some(Codec::Latin1), _) => Encoder::Latin1,
            (Some(_), _) => Encoder::Ascii,
            (None, Some(info)) => {
                let mk = codec_attr(info, "incrementalencoder")?;
                if is_none(&mk) {
                    return Err(type_error("codec has no incremental encoder"));
                }
                Encoder::Py(crate::call::call(&mk, &[new_str(errors)], None)?)
            }
            _ => unreachable!("a codec is native or has a CodecInfo"),
        });
    }
    Ok(())
}

/// `_textiowrapper_fix_encoder_state`: no BOM in the middle of a stream.
fn fix_encoder_state(st: &mut TextState, buffer: &Value) -> PyResult<()> {
    if !st.seekable {
        return Ok(());
    }
    let Some(Encoder::Py(e)) = &st.encoder else { return Ok(()) };
    let e = e.clone();
    st.encoding_start_of_stream = true;
    let pos = call_method(buffer, "tell", &[])?;
    if !crate::ops::eq(&pos, &new_int(0))? {
        st.encoding_start_of_stream = false;
        call_method(&e, "setstate", &[new_int(0)])?;
    }
    Ok(())
}

/// Initialises a TextIOWrapper (CPython's `_io_TextIOWrapper___init___impl`).
fn init_impl(
    this_v: &Value,
    buffer: Value,
    encoding: Option<Value>,
    errors: Option<Value>,
    newline: Option<Value>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<()> {
    let t = this(this_v)?;
    let st = t.st();
    st.ok = false;
    st.detached = false;
    let newline_s = newline.as_ref().and_then(|n| as_str(n).map(str::to_owned));
    if let Some(nl) = &newline_s {
        validate_newline(nl)?;
    }
    let encoding = match encoding {
        Some(e) if as_str(&e) != Some("locale") => {
            if as_str(&e).is_some_and(|s| s.contains('\0')) {
                return Err(value_error("embedded null character"));
            }
            e
        }
        _ => new_str(locale_encoding()),
    };
    let errors = errors.unwrap_or_else(|| new_str("strict"));
    let enc_s = as_str(&encoding).unwrap_or("").to_owned();
    let err_s = as_str(&errors).unwrap_or("strict").to_owned();
    crate::modules::codecs::check_text_encoding(&enc_s)?;
    let st = t.st();
    st.buffer = None;
    st.pending.clear();
    st.decoded.clear();
    st.decoded_used = 0;
    st.snapshot = None;
    st.encoding = encoding;
    st.errors = errors;
    st.errors_s = err_s.clone();
    st.chunk_size = 8192;
    st.line_buffering = line_buffering;
    st.write_through = write_through;
    st.b2cratio = 0.0;
    set_newline(st, newline_s.as_deref());
    set_coders(st, &buffer, &enc_s, &err_s)?;
    let seekable = match super::buffered::native(&buffer) {
        Some(b) => {
            let raw = b.raw()?;
            match super::fileio::native(&raw) {
                Some(f) => !f.closed() && unsafe { libc::lseek(f.st().fd, 0, libc::SEEK_CUR) } >= 0,
                None => crate::ops::truthy(&call_method(&buffer, "seekable", &[])?)?,
            }
        }
        None => crate::ops::truthy(&call_method(&buffer, "seekable", &[])?)?,
    };
    let st = t.st();
    st.seekable = seekable;
    st.telling = seekable;
    st.has_read1 = super::buffered::native(&buffer).is_some() || crate::ops::getattr_opt(&buffer, &intern_static("read1"))?.is_some();
    st.encoding_start_of_stream = false;
    st.buffer = Some(buffer.clone());
    fix_encoder_state(st, &buffer)?;
    t.st().ok = true;
    Ok(())
}

/// A new TextIOWrapper over `buffer` (what open() and the standard streams use).
pub fn new_text_wrapper(
    buffer: Value,
    encoding: Option<Value>,
    errors: Option<Value>,
    newline: Option<Value>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<Value> {
    let v = crate::types::new_object(fresh());
    init_impl(&v, buffer, encoding, errors, newline, line_buffering, write_through)?;
    Ok(v)
}

/// `__init__(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)`.
fn textio_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(
        &args[1..],
        kw,
        "TextIOWrapper",
        &["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
        0,
        1,
    )?;
    let encoding = opt_str_arg(&a[1], "encoding")?;
    let errors = match &a[2] {
        None => None,
        Some(x) if is_none(x) => None,
        Some(x) if as_str(x).is_some() => Some(x.clone()),
        Some(x) => return Err(type_error(format!("TextIOWrapper() argument 'errors' must be str or None, not {}", x.ty().name()))),
    };
    let newline = opt_str_arg(&a[3], "newline")?;
    let flag = |v: &Option<Value>| -> PyResult<bool> {
        match v {
            None => Ok(false),
            Some(x) => Ok(crate::builtins::args::as_c_int(x)? != 0),
        }
    };
    let lb = flag(&a[4])?;
    let wt = flag(&a[5])?;
    init_impl(&args[0], a[0].clone().expect("required"), encoding, errors, newline, lb, wt)?;
    Ok(none())
}

/// The buffer of a TextIOWrapper (None when detached or not initialised).
pub fn buffer_of(v: &Value) -> Option<Value> {
    let t = v.downcast::<TextIOObject>()?;
    let st = t.st();
    if st.ok && !st.detached {
        st.buffer.clone()
    } else {
        None
    }
}

/// Writes text to a native TextIOWrapper without a method call (print()'s
/// path); None when `file` is something else.
pub fn write_fast(file: &Value, s: &str) -> Option<PyResult<()>> {
    let t = file.downcast_exact::<TextIOObject>()?;
    let st = t.st();
    // The common case: utf-8, no newline translation, nothing to read back,
    // over a native BufferedWriter over an open FileIO.
    if st.ok && !st.detached && st.decoder.is_none() && st.writenl.is_none() && matches!(st.encoder, Some(Encoder::Utf8)) {
        if let Some(b) = st.buffer.as_ref().and_then(super::buffered::native) {
            if b.writes_to_open_fileio() {
                let needflush = st.line_buffering && s.bytes().any(|c| c == b'\n' || c == b'\r');
                return Some(b.write_data(s.as_bytes()).and_then(|_| if needflush { super::buffered::flush_native(b) } else { Ok(()) }));
            }
        }
    }
    Some((|| {
        t.attached()?;
        if t.is_closed()? {
            return Err(value_error("I/O operation on closed file."));
        }
        t.write_str(s, 0).map(|_| ())
    })())
}

/// `flush()` of a TextIOWrapper, natively when it is one.
pub fn flush_native(file: &Value) -> PyResult<()> {
    match file.downcast_exact::<TextIOObject>() {
        Some(t) => {
            let buffer = t.attached()?;
            if t.is_closed()? {
                return Err(value_error("I/O operation on closed file."));
            }
            let st = t.st();
            st.telling = st.seekable;
            t.writeflush()?;
            match super::buffered::native(&buffer) {
                Some(b) if b.st().writable => super::buffered::flush_native(b),
                _ => call_method(&buffer, "flush", &[]).map(|_| ()),
            }
        }
        None => call_method(file, "flush", &[]).map(|_| ()),
    }
}

fn write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let text = crate::objects::clinic::one_arg(&args[1..], kw, "write")?;
    let t = this(&args[0])?;
    let Some(s) = text.downcast::<crate::objects::str::StrObject>() else {
        return Err(type_error(format!("write() argument must be str, not {}", text.ty().name())));
    };
    if let Some(r) = write_fast(&args[0], s.as_str()) {
        r?;
        return Ok(new_int(s.char_len() as i64));
    }
    t.attached()?;
    t.check_closed(&args[0])?;
    Ok(new_int(t.write_str(s.as_str(), s.char_len())? as i64))
}

/// `read(size=-1)`.
fn read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read", "read", 0, 1)?;
    let t = this(&args[0])?;
    let n = match args.get(1) {
        None => None,
        Some(x) if is_none(x) => None,
        Some(x) => {
            if !crate::objects::int::is_int(x) && crate::ops::index_opt(x)?.is_none() {
                return Err(type_error(format!("argument should be integer or None, not '{}'", x.ty().name())));
            }
            let n = crate::objects::clinic::ssize_arg(x)?;
            if n < 0 {
                None
            } else {
                Some(n as usize)
            }
        }
    };
    let buffer = t.attached()?;
    t.check_closed(&args[0])?;
    if t.st().decoder.is_none() {
        return Err(unsupported("not readable"));
    }
    t.writeflush()?;
    match n {
        None => {
            let bytes = call_method(&buffer, "read", &[])?;
            let Some(data) = crate::builtins::memoryview::view_bytes(&bytes) else {
                return Err(type_error(format!("underlying read() should have returned a bytes object, not '{}'", bytes.ty().name())));
            };
            let st = t.st();
            let decoded = match &mut st.decoder {
                Some(d) => d.decode(&data, true)?,
                None => return Err(unsupported("not readable")),
            };
            let mut result = t.get_decoded(None);
            result.push_str(&decoded);
            let st = t.st();
            st.decoded.clear();
            st.decoded_used = 0;
            st.snapshot = None;
            Ok(new_str(result))
        }
        Some(n) => {
            let mut result = t.get_decoded(Some(n));
            let mut remaining = n - result.chars().count();
            while remaining > 0 {
                if !t.read_chunk(remaining)? {
                    break;
                }
                let more = t.get_decoded(Some(remaining));
                remaining -= more.chars().count();
                result.push_str(&more);
            }
            Ok(new_str(result))
        }
    }
}

/// `readline(size=-1)`.
fn readline(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readline", "readline", 0, 1)?;
    let t = this(&args[0])?;
    let limit = match args.get(1) {
        None => None,
        Some(x) => {
            let n = crate::objects::clinic::ssize_arg(x)?;
            if n < 0 {
                None
            } else {
                Some(n as usize)
            }
        }
    };
    t.attached()?;
    Ok(new_str(t.readline(&args[0], limit)?))
}

fn iternext(it: &Value) -> PyResult<Option<Value>> {
    let t = this(it)?;
    t.attached()?;
    t.st().telling = false;
    let line = if std::ptr::eq(it.ty(), &TEXTIOWRAPPER_TYPE) {
        new_str(t.readline(it, None)?)
    } else {
        let l = call_method(it, "readline", &[])?;
        if as_str(&l).is_none() {
            return Err(crate::error::os_error(format!("readline() should have returned a str object, not '{}'", l.ty().name())));
        }
        l
    };
    if as_str(&line).is_some_and(str::is_empty) {
        let st = t.st();
        st.snapshot = None;
        st.telling = st.seekable;
        return Ok(None);
    }
    Ok(Some(line))
}

fn flush(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "flush")?;
    let t = this(&args[0])?;
    let buffer = t.attached()?;
    t.check_closed(&args[0])?;
    let st = t.st();
    st.telling = st.seekable;
    t.writeflush()?;
    match super::buffered::native(&buffer) {
        Some(b) if b.st().writable => {
            super::buffered::flush_native(b)?;
            Ok(none())
        }
        _ => call_method(&buffer, "flush", &[]),
    }
}

/// `close()`: flush (through the method), then close the buffer.
fn close_impl(this_v: &Value) -> PyResult<Value> {
    let t = this(this_v)?;
    let buffer = t.attached()?;
    if t.is_closed()? {
        return Ok(none());
    }
    if t.st().finalizing {
        if let Ok(Some(f)) = crate::ops::getattr_opt(&buffer, &intern_static("_dealloc_warn")) {
            let _ = crate::call::call(&f, &[this_v.clone()], None);
        }
    }
    let flushed = call_method(this_v, "flush", &[]);
    let closed = call_method(&buffer, "close", &[]);
    match (flushed, closed) {
        (Ok(_), r) => r,
        (Err(fe), Ok(_)) => Err(fe),
        (Err(fe), Err(ce)) => {
            if let Some(e) = crate::objects::exception::as_exc(&ce.exc) {
                if e.context().is_none() {
                    e.set_context(Some(fe.exc.clone()));
                }
            }
            Err(ce)
        }
    }
}

fn close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "close")?;
    close_impl(&args[0])
}

fn detach(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "detach")?;
    let t = this(&args[0])?;
    t.attached()?;
    call_method(&args[0], "flush", &[])?;
    let st = t.st();
    let b = st.buffer.take().unwrap_or_else(none);
    st.detached = true;
    Ok(b)
}

macro_rules! delegate {
    ($fname:ident, $meth:literal) => {
        fn $fname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
            crate::objects::clinic::noargs(&args[1..], kw, $meth)?;
            let buffer = this(&args[0])?.attached()?;
            call_method(&buffer, $meth, &[])
        }
    };
}

delegate!(fileno, "fileno");
delegate!(isatty, "isatty");
delegate!(readable, "readable");
delegate!(writable, "writable");

fn seekable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "seekable")?;
    let t = this(&args[0])?;
    let buffer = t.attached()?;
    call_method(&buffer, "seekable", &[])
}

fn truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "truncate", "truncate", 0, 1)?;
    let t = this(&args[0])?;
    let buffer = t.attached()?;
    call_method(&args[0], "flush", &[])?;
    let pos = args.get(1).cloned().unwrap_or_else(none);
    call_method(&buffer, "truncate", &[pos])
}

// ----- tell() and seek() ---------------------------------------------------------------------------------

#[derive(Default, Clone, Copy)]
struct Cookie {
    start_pos: i64,
    dec_flags: i32,
    bytes_to_feed: i32,
    chars_to_skip: i32,
    need_eof: bool,
}

/// Packs a cookie as CPython does (21 little-endian bytes as an unsigned int).
fn build_cookie(c: &Cookie) -> Value {
    let limbs = [
        c.start_pos as u64,
        (c.dec_flags as u32 as u64) | ((c.bytes_to_feed as u32 as u64) << 32),
        (c.chars_to_skip as u32 as u64) | ((c.need_eof as u64) << 32),
    ];
    crate::objects::int::new_bigint(malachite::Integer::from(malachite::Natural::from_limbs_asc(&limbs)))
}

fn parse_cookie(v: &Value) -> PyResult<Cookie> {
    let i = crate::objects::int::to_bigint(&crate::ops::index(v)?).unwrap_or_default();
    let n = malachite::Natural::try_from(i).map_err(|_| crate::error::overflow_error("can't convert negative int to unsigned"))?;
    let limbs = n.to_limbs_asc();
    if limbs.len() > 3 || limbs.get(2).is_some_and(|l| *l >> 40 != 0) {
        return Err(crate::error::overflow_error("int too big to convert"));
    }
    let l = |k: usize| limbs.get(k).copied().unwrap_or(0);
    Ok(Cookie {
        start_pos: l(0) as i64,
        dec_flags: l(1) as u32 as i32,
        bytes_to_feed: (l(1) >> 32) as u32 as i32,
        chars_to_skip: l(2) as u32 as i32,
        need_eof: (l(2) >> 32) & 0xff != 0,
    })
}

/// Sets the decoder to a cookie's state (`_textiowrapper_decoder_setstate`).
fn decoder_setstate(st: &mut TextState, c: &Cookie) -> PyResult<()> {
    let Some(d) = &mut st.decoder else { return Ok(()) };
    if c.start_pos == 0 && c.dec_flags == 0 {
        d.reset()
    } else {
        d.setstate(Vec::new(), c.dec_flags as u32 as u64)
    }
}

/// Resets the encoder for a new position (BOM handling of Python encoders).
fn encoder_setstate(st: &mut TextState, start_of_stream: bool) -> PyResult<()> {
    if let Some(Encoder::Py(e)) = &st.encoder {
        let e = e.clone();
        if start_of_stream {
            call_method(&e, "reset", &[])?;
            st.encoding_start_of_stream = true;
        } else {
            call_method(&e, "setstate", &[new_int(0)])?;
            st.encoding_start_of_stream = false;
        }
    }
    Ok(())
}

/// The decoder went away while tell() ran Python code (a reconfigure from a codec, say).
fn lost_decoder() -> crate::error::PyErr {
    crate::error::runtime_error("TextIOWrapper decoder changed during tell()")
}

fn tell(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "tell")?;
    let t = this(&args[0])?;
    let buffer = t.attached()?;
    t.check_closed(&args[0])?;
    if !t.st().seekable {
        return Err(unsupported("underlying stream is not seekable"));
    }
    if !t.st().telling {
        return Err(crate::error::os_error("telling position disabled by next() call"));
    }
    t.writeflush()?;
    call_method(&args[0], "flush", &[])?;
    let posobj = call_method(&buffer, "tell", &[])?;
    let st = t.st();
    if st.decoder.is_none() || st.snapshot.is_none() {
        return Ok(posobj);
    }
    let pos = crate::objects::int::as_i64(&crate::ops::index(&posobj)?).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?;
    let (flags, next_input) = st.snapshot.clone().expect("a snapshot");
    let mut cookie = Cookie { start_pos: pos - next_input.len() as i64, dec_flags: flags as u32 as i32, ..Default::default() };
    if st.decoded_used == 0 {
        return Ok(build_cookie(&cookie));
    }
    let mut chars_to_skip = st.decoded[..st.decoded_used].chars().count() as i64;
    let b2cratio = st.b2cratio;
    let saved = st.decoder.as_ref().ok_or_else(lost_decoder)?.getstate()?;
    let result = (|| -> PyResult<Cookie> {
        let dec = |st: &mut TextState, input: &[u8]| -> PyResult<i64> {
            Ok(st.decoder.as_mut().ok_or_else(lost_decoder)?.decode(input, false)?.chars().count() as i64)
        };
        let getstate = |st: &mut TextState| st.decoder.as_ref().ok_or_else(lost_decoder)?.getstate();
        let mut skip_bytes = (b2cratio * chars_to_skip as f64) as i64;
        let mut skip_back = 1i64;
        while skip_bytes > 0 {
            decoder_setstate(t.st(), &cookie)?;
            let n = skip_bytes.min(next_input.len() as i64) as usize;
            let chars_decoded = dec(t.st(), &next_input[..n])?;
            if chars_decoded <= chars_to_skip {
                let (buf, fl) = getstate(t.st())?;
                if buf.is_empty() {
                    cookie.dec_flags = fl as u32 as i32;
                    chars_to_skip -= chars_decoded;
                    break;
                }
                skip_bytes -= buf.len() as i64;
                skip_back = 1;
            } else {
                skip_bytes -= skip_back;
                skip_back *= 2;
            }
        }
        if skip_bytes <= 0 {
            skip_bytes = 0;
            decoder_setstate(t.st(), &cookie)?;
        }
        cookie.start_pos += skip_bytes;
        cookie.chars_to_skip = chars_to_skip as i32;
        if chars_to_skip == 0 {
            return Ok(cookie);
        }
        let mut chars_decoded = 0i64;
        let mut i = skip_bytes as usize;
        let end = next_input.len();
        while i < end {
            let n = dec(t.st(), &next_input[i..i + 1])?;
            chars_decoded += n;
            cookie.bytes_to_feed += 1;
            let (buf, fl) = getstate(t.st())?;
            if buf.is_empty() && chars_decoded <= chars_to_skip {
                cookie.start_pos += cookie.bytes_to_feed as i64;
                chars_to_skip -= chars_decoded;
                cookie.dec_flags = fl as u32 as i32;
                cookie.bytes_to_feed = 0;
                chars_decoded = 0;
            }
            if chars_decoded >= chars_to_skip {
                break;
            }
            i += 1;
        }
        if i == end {
            let tail = t.st().decoder.as_mut().ok_or_else(lost_decoder)?.decode(&[], true)?;
            chars_decoded += tail.chars().count() as i64;
            cookie.need_eof = true;
            if chars_decoded < chars_to_skip {
                return Err(crate::error::os_error("can't reconstruct logical file position"));
            }
        }
        cookie.chars_to_skip = chars_to_skip as i32;
        Ok(cookie)
    })();
    if let Some(d) = &mut t.st().decoder {
        d.setstate(saved.0, saved.1)?;
    }
    Ok(build_cookie(&result?))
}

fn seek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "seek", "seek", 1, 2)?;
    let t = this(&args[0])?;
    let mut cookie_obj = args[1].clone();
    let whence = match args.get(2) {
        Some(w) => crate::objects::clinic::int_arg(w)?,
        None => 0,
    };
    let buffer = t.attached()?;
    t.check_closed(&args[0])?;
    if !t.st().seekable {
        return Err(unsupported("underlying stream is not seekable"));
    }
    let zero = new_int(0);
    match whence {
        1 => {
            if !crate::ops::eq(&cookie_obj, &zero)? {
                return Err(unsupported("can't do nonzero cur-relative seeks"));
            }
            cookie_obj = call_method(&args[0], "tell", &[])?;
        }
        2 => {
            if !crate::ops::eq(&cookie_obj, &zero)? {
                return Err(unsupported("can't do nonzero end-relative seeks"));
            }
            call_method(&args[0], "flush", &[])?;
            let st = t.st();
            st.decoded.clear();
            st.decoded_used = 0;
            st.snapshot = None;
            if let Some(d) = &mut st.decoder {
                d.reset()?;
            }
            let res = call_method(&buffer, "seek", &[new_int(0), new_int(2)])?;
            let at_start = crate::ops::eq(&res, &zero)?;
            encoder_setstate(t.st(), at_start)?;
            return Ok(res);
        }
        0 => {}
        w => return Err(value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    }
    if crate::ops::compare(&cookie_obj, &zero, tern_frontend::bytecode::CmpOp::Lt)? {
        return Err(value_error(format!("negative seek position {}", crate::ops::repr_string(&cookie_obj)?)));
    }
    call_method(&args[0], "flush", &[])?;
    let cookie = parse_cookie(&cookie_obj)?;
    call_method(&buffer, "seek", &[new_int(cookie.start_pos)])?;
    let st = t.st();
    st.decoded.clear();
    st.decoded_used = 0;
    st.snapshot = None;
    decoder_setstate(st, &cookie)?;
    if cookie.chars_to_skip != 0 {
        let chunk = call_method(&buffer, "read", &[new_int(cookie.bytes_to_feed as i64)])?;
        let Some(input) = chunk.downcast::<crate::objects::bytes::BytesObject>().map(|_| as_bytes(&chunk).unwrap_or(&[]).to_vec()) else {
            return Err(type_error(format!("underlying read() should have returned a bytes object, not '{}'", chunk.ty().name())));
        };
        let st = t.st();
        st.snapshot = Some((cookie.dec_flags as u32 as u64, input.clone()));
        let decoded = match &mut st.decoder {
            Some(d) => d.decode(&input, cookie.need_eof)?,
            None => String::new(),
        };
        t.set_decoded(decoded);
        let st = t.st();
        if (st.decoded.chars().count() as i64) < cookie.chars_to_skip as i64 {
            return Err(crate::error::os_error("can't restore logical file position"));
        }
        st.decoded_used = char_offset(&st.decoded, cookie.chars_to_skip as usize);
    } else {
        t.st().snapshot = Some((cookie.dec_flags as u32 as u64, Vec::new()));
    }
    encoder_setstate(t.st(), cookie.start_pos == 0 && cookie.dec_flags == 0)?;
    Ok(cookie_obj)
}

// ----- reconfigure and the attributes ----------------------------------------------------------------------

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)`.
fn reconfigure(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords_kwonly(
        &args[1..],
        kw,
        "reconfigure",
        &["encoding", "errors", "newline", "line_buffering", "write_through"],
        0,
        0,
        0,
    )?;
    let t = this(&args[0])?;
    let encoding = a[0].clone().filter(|v| !is_none(v));
    let errors = a[1].clone().filter(|v| !is_none(v));
    for (v, what) in [(&encoding, "encoding"), (&errors, "errors")] {
        if let Some(x) = v {
            if as_str(x).is_none() {
                return Err(type_error(format!("reconfigure() argument '{what}' must be str or None, not {}", x.ty().name())));
            }
        }
    }
    let newline_given = a[2].is_some();
    let st = t.st();
    if !st.decoded.is_empty() && (encoding.is_some() || errors.is_some() || newline_given) {
        return Err(unsupported("It is not possible to set the encoding or newline of stream after the first read"));
    }
    let newline: Option<String> = match &a[2] {
        Some(v) if !is_none(v) => {
            let s = as_str(v).ok_or_else(|| type_error(format!("reconfigure() argument 'newline' must be str or None, not {}", v.ty().name())))?;
            validate_newline(s)?;
            Some(s.to_owned())
        }
        _ => None,
    };
    let line_buffering = match a[3].as_ref().filter(|v| !is_none(v)) {
        None => st.line_buffering,
        Some(v) => crate::ops::truthy(v)?,
    };
    let write_through = match a[4].as_ref().filter(|v| !is_none(v)) {
        None => st.write_through,
        Some(v) => crate::ops::truthy(v)?,
    };
    call_method(&args[0], "flush", &[])?;
    let buffer = t.attached()?;
    let st = t.st();
    st.b2cratio = 0.0;
    if newline_given {
        set_newline(st, newline.as_deref());
    }
    if encoding.is_some() || errors.is_some() || newline_given {
        let (enc, err) = match encoding {
            None => (st.encoding.clone(), errors.unwrap_or_else(|| st.errors.clone())),
            Some(e) => {
                let e = if as_str(&e) == Some("locale") { new_str(locale_encoding()) } else { e };
                (e, errors.unwrap_or_else(|| new_str("strict")))
            }
        };
        let enc_s = as_str(&enc).unwrap_or("").to_owned();
        let err_s = as_str(&err).unwrap_or("strict").to_owned();
        set_coders(st, &buffer, &enc_s, &err_s)?;
        let st = t.st();
        st.encoding = enc;
        st.errors = err;
        st.errors_s = err_s;
        fix_encoder_state(st, &buffer)?;
    }
    let st = t.st();
    st.line_buffering = line_buffering;
    st.write_through = write_through;
    Ok(none())
}

/// `repr()`: `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`.
fn repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this_v = &args[0];
    let t = this(this_v)?;
    if !t.st().ok {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    if !crate::ops::repr_enter(this_v) {
        return Err(crate::error::runtime_error(format!("reentrant call inside {}.__repr__", tp_name(this_v))));
    }
    let r = (|| -> PyResult<String> {
        let mut s = String::from("<_io.TextIOWrapper");
        match crate::ops::getattr_opt(this_v, &intern_static("name")) {
            Ok(Some(n)) => s.push_str(&format!(" name={}", crate::ops::repr_string(&n)?)),
            Ok(None) => {}
            Err(e) if e.matches(&crate::objects::exception::VALUE_ERROR) || e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => {}
            Err(e) => return Err(e),
        }
        let mode = match crate::ops::getattr_opt(this_v, &intern_static("mode")) {
            Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => None,
            other => other?,
        };
        if let Some(m) = mode {
            s.push_str(&format!(" mode={}", crate::ops::repr_string(&m)?));
        }
        s.push_str(&format!(" encoding={}>", crate::ops::repr_string(&t.st().encoding)?));
        Ok(s)
    })();
    crate::ops::repr_leave(this_v);
    Ok(new_str(r?))
}

fn get_name(v: &Value) -> PyResult<Value> {
    let buffer = this(v)?.attached()?;
    crate::ops::getattr(&buffer, &intern_static("name"))
}

fn get_closed(v: &Value) -> PyResult<Value> {
    let buffer = this(v)?.attached()?;
    crate::ops::getattr(&buffer, &intern_static("closed"))
}

fn get_newlines(v: &Value) -> PyResult<Value> {
    let t = this(v)?;
    t.attached()?;
    Ok(match &t.st().decoder {
        Some(TextDecoder { nl: Some(nl), .. }) => nl.newlines(),
        Some(TextDecoder { inner: InnerDec::Py(d), nl: None }) => crate::ops::getattr_opt(d, &intern_static("newlines"))?.unwrap_or_else(none),
        _ => none(),
    })
}

fn get_errors(v: &Value) -> PyResult<Value> {
    let t = this(v)?;
    if !t.st().ok {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(t.st().errors.clone())
}

fn get_encoding(v: &Value) -> PyResult<Value> {
    Ok(this(v)?.st().encoding.clone())
}

fn get_buffer(v: &Value) -> PyResult<Value> {
    Ok(this(v)?.st().buffer.clone().unwrap_or_else(none))
}

fn get_line_buffering(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this(v)?.st().line_buffering))
}

fn get_write_through(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this(v)?.st().write_through))
}

fn get_finalizing(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this(v)?.st().finalizing))
}

fn get_chunk_size(v: &Value) -> PyResult<Value> {
    let t = this(v)?;
    t.attached()?;
    Ok(new_int(t.st().chunk_size as i64))
}

fn set_chunk_size(v: &Value, arg: Option<&Value>) -> PyResult<()> {
    let t = this(v)?;
    t.attached()?;
    let Some(arg) = arg else {
        return Err(crate::error::attribute_error("cannot delete attribute"));
    };
    let i = crate::ops::index(arg)?;
    let n = crate::objects::int::as_i64(&i).ok_or_else(|| value_error("cannot fit 'int' into an index-sized integer"))?;
    if n <= 0 {
        return Err(value_error("a strictly positive integer is required"));
    }
    t.st().chunk_size = n as usize;
    Ok(())
}

// ----- IncrementalNewlineDecoder ---------------------------------------------------------------------------

struct NlDecState {
    ok: bool,
    decoder: Value,
    nl: NlState,
}

#[repr(C)]
pub struct NewlineDecoderObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    state: UnsafeCell<NlDecState>,
}

unsafe impl PyObj for NewlineDecoderObject {
    fn class() -> &'static TypeObject {
        &NEWLINE_DECODER_TYPE
    }
}

pub static NEWLINE_DECODER_TYPE: TypeObject =
    TypeObject::builtin::<NewlineDecoderObject>("_io.IncrementalNewlineDecoder", Some(&crate::types::OBJECT_TYPE), BASETYPE)
        .in_module("_io")
        .with_qualname("IncrementalNewlineDecoder")
        .with_dict_at(std::mem::offset_of!(NewlineDecoderObject, dict));

fn nld(v: &Value) -> PyResult<&mut NlDecState> {
    let d = v.downcast::<NewlineDecoderObject>().ok_or_else(|| {
        type_error(format!("descriptor requires a '_io.IncrementalNewlineDecoder' object but received a '{}'", v.ty().name()))
    })?;
    let st = unsafe { &mut *d.state.get() };
    if !st.ok {
        return Err(value_error("IncrementalNewlineDecoder.__init__() not called"));
    }
    Ok(st)
}

fn nld_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = super::super::support::cls_arg(args)?;
    Ok(crate::types::alloc_object(
        cls,
        NewlineDecoderObject {
            header: ObjHeader::new(std::ptr::null()),
            dict: None,
            state: UnsafeCell::new(NlDecState { ok: false, decoder: none(), nl: NlState::new(false) }),
        },
    ))
}

/// `__init__(decoder, translate, errors='strict')`.
fn nld_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(&args[1..], kw, "IncrementalNewlineDecoder", &["decoder", "translate", "errors"], 0, 2)?;
    let d = args[0].downcast::<NewlineDecoderObject>().ok_or_else(|| type_error("expected an IncrementalNewlineDecoder"))?;
    let translate = crate::ops::truthy(a[1].as_ref().expect("required"))?;
    let st = unsafe { &mut *d.state.get() };
    st.decoder = a[0].clone().expect("required");
    st.nl = NlState::new(translate);
    st.ok = true;
    Ok(none())
}

/// `decode(input, final=False)`.
fn nld_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(&args[1..], kw, "decode", &["input", "final"], 0, 1)?;
    let input = a[0].clone().expect("required");
    let final_ = match &a[1] {
        None => false,
        Some(f) => crate::builtins::args::as_c_int(f)? != 0,
    };
    let dec = nld(&args[0])?.decoder.clone();
    let output = if is_none(&dec) { input } else { call_method(&dec, "decode", &[input, new_bool(final_)])? };
    let s = check_decoded(&output)?;
    let st = nld(&args[0])?;
    Ok(new_str(st.nl.process(s, final_)))
}

fn nld_getstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "getstate")?;
    let dec = nld(&args[0])?.decoder.clone();
    let (buf, flag) = if is_none(&dec) {
        (new_bytes(Vec::new()), 0u64)
    } else {
        let state = call_method(&dec, "getstate", &[])?;
        let Some(items) = tuple_items(&state).filter(|t| t.len() == 2) else {
            return Err(type_error("illegal decoder state"));
        };
        let f = crate::objects::int::to_bigint(&crate::ops::index(&items[1])?).and_then(|i| u64::try_from(&i).ok()).unwrap_or(0);
        (items[0].clone(), f)
    };
    let st = nld(&args[0])?;
    let flag = (flag << 1) | st.nl.pendingcr as u64;
    Ok(new_tuple(vec![buf, crate::objects::int::new_int_u64(flag)]))
}

fn nld_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let state = crate::objects::clinic::one_arg(&args[1..], kw, "setstate")?;
    let Some(items) = tuple_items(state) else {
        return Err(type_error("state argument must be a tuple"));
    };
    if items.len() != 2 {
        return Err(type_error("setstate(): illegal state argument"));
    }
    let flag = crate::objects::int::to_bigint(&crate::ops::index(&items[1])?).and_then(|i| u64::try_from(&i).ok()).unwrap_or(0);
    let st = nld(&args[0])?;
    st.nl.pendingcr = flag & 1 != 0;
    let dec = st.decoder.clone();
    if is_none(&dec) {
        return Ok(none());
    }
    call_method(&dec, "setstate", &[new_tuple(vec![items[0].clone(), crate::objects::int::new_int_u64(flag >> 1)])])
}

fn nld_reset(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "reset")?;
    let st = nld(&args[0])?;
    st.nl.seennl = 0;
    st.nl.pendingcr = false;
    let dec = st.decoder.clone();
    if is_none(&dec) {
        return Ok(none());
    }
    call_method(&dec, "reset", &[])
}

fn nld_newlines(v: &Value) -> PyResult<Value> {
    Ok(nld(v)?.nl.newlines())
}

pub fn init() {
    let t = &TEXTIOWRAPPER_TYPE;
    crate::types::init_builtin_type(t);
    t.iternext.set(Some(iternext));
    build::new(t, textio_new);
    build::method(t, "__init__", textio_init);
    build::method(t, "write", write);
    build::method(t, "read", read);
    build::method(t, "readline", readline);
    build::method(t, "flush", flush);
    build::method(t, "close", close);
    build::method(t, "detach", detach);
    build::method(t, "fileno", fileno);
    build::method(t, "isatty", isatty);
    build::method(t, "readable", readable);
    build::method(t, "writable", writable);
    build::method(t, "seekable", seekable);
    build::method(t, "truncate", truncate);
    build::method(t, "tell", tell);
    build::method(t, "seek", seek);
    build::method(t, "reconfigure", reconfigure);
    build::method(t, "__repr__", repr);
    build::method(t, "__next__", crate::objects::iter::iter_next_method);
    build::getset(t, "name", get_name, None);
    build::getset(t, "closed", get_closed, None);
    build::getset(t, "newlines", get_newlines, None);
    build::getset(t, "errors", get_errors, None);
    build::getset(t, "encoding", get_encoding, None);
    build::getset(t, "buffer", get_buffer, None);
    build::getset(t, "line_buffering", get_line_buffering, None);
    build::getset(t, "write_through", get_write_through, None);
    build::getset(t, "_finalizing", get_finalizing, None);
    build::getset(t, "_CHUNK_SIZE", get_chunk_size, Some(set_chunk_size));

    let n = &NEWLINE_DECODER_TYPE;
    crate::types::init_builtin_type(n);
    build::new(n, nld_new);
    build::method(n, "__init__", nld_init);
    build::method(n, "decode", nld_decode);
    build::method(n, "getstate", nld_getstate);
    build::method(n, "setstate", nld_setstate);
    build::method(n, "reset", nld_reset);
    build::getset(n, "newlines", nld_newlines, None);
}
