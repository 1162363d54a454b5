//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` and `BufferedRWPair`
//! (CPython's Modules/_io/bufferedio.c): buffering over any raw stream.
//!
//! The state keeps a read-ahead buffer and a write buffer, never both
//! non-empty: writing after reading first moves the raw stream back to the
//! logical position, reading after writing first flushes. A native FileIO
//! underneath is driven directly; any other raw object through its
//! `readinto`/`write`/`seek`/`tell` methods.

use super::{call_method, tp_name, unsupported};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{as_bytes, new_bytearray, new_bytes, BytesObject};
use crate::objects::function::Kw;
use crate::objects::int::{as_i64, new_int};
use crate::objects::str::{intern_static, new_str};
use crate::types::{build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

pub struct BufState {
    raw: Option<Value>,
    ok: bool,
    detached: bool,
    pub readable: bool,
    pub writable: bool,
    buffer_size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    pub wbuf: Vec<u8>,
    /// The raw stream's position when known (-1: ask it).
    abs_pos: i64,
    finalizing: bool,
}

#[repr(C)]
pub struct BufferedObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    state: UnsafeCell<BufState>,
}

unsafe impl PyObj for BufferedObject {
    fn class() -> &'static TypeObject {
        &BUFFERED_READER_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(&BUFFERED_READER_TYPE) || t.is_subtype(&BUFFERED_WRITER_TYPE) || t.is_subtype(&BUFFERED_RANDOM_TYPE)
    }
}

macro_rules! buffered_type {
    ($name:ident, $s:literal) => {
        pub static $name: TypeObject = {
            let mut t = TypeObject::builtin::<BufferedObject>(concat!("_io.", $s), Some(&super::iobase::BUFFERED_IOBASE_TYPE), BASETYPE)
                .in_module("_io")
                .with_qualname($s)
                .with_dict_at(std::mem::offset_of!(BufferedObject, dict));
            t.dealloc = buffered_dealloc;
            t
        };
    };
}

buffered_type!(BUFFERED_READER_TYPE, "BufferedReader");
buffered_type!(BUFFERED_WRITER_TYPE, "BufferedWriter");
buffered_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom");

unsafe fn buffered_dealloc(h: *mut ObjHeader) {
    super::finalize_and_free(
        h,
        |obj| {
            if let Some(b) = obj.downcast::<BufferedObject>() {
                if b.st().ok && !b.is_closed().unwrap_or(true) {
                    b.st().finalizing = true;
                    let _ = close_impl(obj);
                }
            }
        },
        crate::types::dealloc_native::<BufferedObject>,
    );
}

fn fresh(kind: Kind) -> BufferedObject {
    BufferedObject {
        header: ObjHeader::new(std::ptr::null()),
        dict: None,
        state: UnsafeCell::new(BufState {
            raw: None,
            ok: false,
            detached: false,
            readable: kind != Kind::Writer,
            writable: kind != Kind::Reader,
            buffer_size: super::DEFAULT_BUFFER_SIZE,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            abs_pos: -1,
            finalizing: false,
        }),
    }
}

/// A new buffered object of the given kind over `raw` (what open() makes).
pub fn new_buffered(kind: Kind, raw: Value, buffer_size: usize) -> Value {
    let ty: &TypeObject = match kind {
        Kind::Reader => &BUFFERED_READER_TYPE,
        Kind::Writer => &BUFFERED_WRITER_TYPE,
        Kind::Random => &BUFFERED_RANDOM_TYPE,
    };
    let v = crate::types::alloc_object(ty, fresh(kind));
    let b = v.downcast::<BufferedObject>().expect("a buffered object");
    let st = b.st();
    st.raw = Some(raw);
    st.buffer_size = buffer_size.max(1);
    st.ok = true;
    st.abs_pos = b.raw_tell_uncached().unwrap_or(-1);
    v
}

impl BufferedObject {
    #[allow(clippy::mut_from_ref)]
    pub fn st(&self) -> &mut BufState {
        unsafe { &mut *self.state.get() }
    }

    /// Is this an initialised writer over an open native FileIO (print()'s fast path)?
    #[inline]
    pub fn writes_to_open_fileio(&self) -> bool {
        let st = self.st();
        st.ok && st.writable && st.raw.as_ref().and_then(super::fileio::native).is_some_and(|f| !f.closed())
    }

    /// CPython's CHECK_INITIALIZED: the raw stream, or why there is none.
    pub fn raw(&self) -> PyResult<Value> {
        let st = self.st();
        match &st.raw {
            Some(r) if st.ok => Ok(r.clone()),
            _ if st.detached => Err(value_error("raw stream has been detached")),
            _ => Err(value_error("I/O operation on uninitialized object")),
        }
    }

    fn readahead(&self) -> usize {
        let st = self.st();
        st.rbuf.len() - st.rpos
    }

    /// Is the raw stream closed?
    pub fn is_closed(&self) -> PyResult<bool> {
        let raw = self.raw()?;
        if let Some(f) = super::fileio::native(&raw) {
            return Ok(f.closed());
        }
        super::is_closed(&raw)
    }

    /// CPython's CHECK_CLOSED: closed and nothing left in the read-ahead.
    pub fn check_closed(&self, msg: &str) -> PyResult<()> {
        if self.is_closed()? && self.readahead() == 0 {
            return Err(value_error(msg.to_owned()));
        }
        Ok(())
    }

    /// One raw read of up to `n` bytes: Ok(None) when it would block.
    fn raw_read(&self, n: usize) -> PyResult<Option<Vec<u8>>> {
        let raw = self.raw()?;
        let data = if let Some(f) = super::fileio::native(&raw) {
            let mut buf = vec![0u8; n];
            match f.read_into(&mut buf)? {
                None => return Ok(None),
                Some(k) => {
                    buf.truncate(k);
                    buf
                }
            }
        } else {
            let ba = new_bytearray(vec![0u8; n]);
            let r = loop {
                match call_method(&raw, "readinto", &[ba.clone()]) {
                    Err(e) if e.matches(&crate::objects::exception::INTERRUPTED_ERROR) => crate::modules::signal::check_signals()?,
                    other => break other?,
                }
            };
            if is_none(&r) {
                return Ok(None);
            }
            let k = crate::builtins::args::as_ssize(&r)?;
            if k < 0 || k as usize > n {
                return Err(crate::error::os_error(format!(
                    "raw readinto() returned invalid length {k} (should have been between 0 and {n})"
                )));
            }
            as_bytes(&ba).unwrap_or(&[])[..k as usize].to_vec()
        };
        let st = self.st();
        if st.abs_pos >= 0 && !data.is_empty() {
            st.abs_pos += data.len() as i64;
        }
        Ok(Some(data))
    }

    /// One raw write: the bytes written, Ok(None) when it would block.
    fn raw_write(&self, data: &[u8]) -> PyResult<Option<usize>> {
        let raw = self.raw()?;
        let n = if let Some(f) = super::fileio::native(&raw) {
            match f.write_bytes(data)? {
                None => return Ok(None),
                Some(n) => n,
            }
        } else {
            let r = loop {
                match call_method(&raw, "write", &[new_bytes(data.to_vec())]) {
                    Err(e) if e.matches(&crate::objects::exception::INTERRUPTED_ERROR) => crate::modules::signal::check_signals()?,
                    other => break other?,
                }
            };
            if is_none(&r) {
                return Ok(None);
            }
            let n = crate::builtins::args::as_ssize(&r)?;
            if n < 0 || n as usize > data.len() {
                return Err(crate::error::os_error(format!(
                    "raw write() returned invalid length {n} (should have been between 0 and {})",
                    data.len()
                )));
            }
            n as usize
        };
        let st = self.st();
        if st.abs_pos >= 0 {
            st.abs_pos += n as i64;
        }
        Ok(Some(n))
    }

    /// `raw.seek(pos, whence)`, remembering the result.
    fn raw_seek(&self, pos: i64, whence: i32) -> PyResult<i64> {
        let raw = self.raw()?;
        let n = if let Some(f) = super::fileio::native(&raw) {
            f.seek(pos, whence)?
        } else {
            let r = call_method(&raw, "seek", &[new_int(pos), new_int(whence as i64)])?;
            let n = as_i64(&crate::ops::index(&r)?).unwrap_or(-1);
            if n < 0 {
                return Err(crate::error::os_error(format!("Raw stream returned invalid position {n}")));
            }
            n
        };
        self.st().abs_pos = n;
        Ok(n)
    }

    /// `raw.tell()` (always asked, remembered).
    fn raw_tell_uncached(&self) -> PyResult<i64> {
        let raw = self.raw()?;
        let n = if let Some(f) = super::fileio::native(&raw) {
            f.seek(0, libc::SEEK_CUR)?
        } else {
            let r = call_method(&raw, "tell", &[])?;
            let n = as_i64(&crate::ops::index(&r)?).unwrap_or(-1);
            if n < 0 {
                return Err(crate::error::os_error(format!("Raw stream returned invalid position {n}")));
            }
            n
        };
        self.st().abs_pos = n;
        Ok(n)
    }

    fn raw_tell(&self) -> PyResult<i64> {
        let p = self.st().abs_pos;
        if p >= 0 {
            return Ok(p);
        }
        self.raw_tell_uncached()
    }

    /// Writes out the whole write buffer (CPython's `_bufferedwriter_flush_unlocked`).
    fn flush_writes(&self) -> PyResult<()> {
        let mut written = 0;
        while written < self.st().wbuf.len() {
            let chunk = self.st().wbuf[written..].to_vec();
            match self.raw_write(&chunk)? {
                Some(n) => written += n,
                None => {
                    self.st().wbuf.drain(..written);
                    return Err(super::blocking_error("write could not complete without blocking", 0));
                }
            }
        }
        self.st().wbuf.clear();
        Ok(())
    }

    /// Moves the raw stream back over unread read-ahead, forgetting it.
    fn drop_readahead(&self) -> PyResult<()> {
        let ahead = self.readahead();
        let st = self.st();
        st.rbuf.clear();
        st.rpos = 0;
        if ahead > 0 {
            self.raw_seek(-(ahead as i64), libc::SEEK_CUR)?;
        }
        Ok(())
    }

    /// CPython's `buffered_flush_and_rewind_unlocked`.
    fn flush_and_rewind(&self) -> PyResult<()> {
        if self.st().writable {
            self.flush_writes()?;
        }
        if self.st().readable && self.st().writable {
            let ahead = self.readahead();
            let st = self.st();
            st.rbuf.clear();
            st.rpos = 0;
            self.raw_seek(-(ahead as i64), libc::SEEK_CUR)?;
        }
        Ok(())
    }

    /// Refills the (empty) read buffer with one raw read: bytes read (0 at EOF), None if it would block.
    fn fill(&self) -> PyResult<Option<usize>> {
        let size = self.st().buffer_size;
        let st = self.st();
        st.rbuf.clear();
        st.rpos = 0;
        match self.raw_read(size)? {
            None => Ok(None),
            Some(d) => {
                let n = d.len();
                self.st().rbuf = d;
                Ok(Some(n))
            }
        }
    }

    /// Takes `n` bytes of read-ahead.
    fn take(&self, n: usize) -> Vec<u8> {
        let st = self.st();
        let out = st.rbuf[st.rpos..st.rpos + n].to_vec();
        st.rpos += n;
        out
    }

    /// `read(n)`: up to n bytes, fewer only at the end of the stream (None if nothing and it would block).
    pub fn read_n(&self, n: usize) -> PyResult<Option<Vec<u8>>> {
        let avail = self.readahead();
        if n <= avail {
            return Ok(Some(self.take(n)));
        }
        let mut out = self.take(avail);
        if self.st().writable {
            self.flush_writes()?;
        }
        self.st().rbuf.clear();
        self.st().rpos = 0;
        let size = self.st().buffer_size;
        while out.len() < n {
            let remaining = n - out.len();
            if remaining > size {
                // Large reads go straight to the caller, in whole buffers.
                let want = remaining - remaining % size;
                match self.raw_read(want)? {
                    None => {
                        return Ok(if out.is_empty() { None } else { Some(out) });
                    }
                    Some(d) if d.is_empty() => break,
                    Some(d) => out.extend_from_slice(&d),
                }
            } else {
                match self.fill()? {
                    None => {
                        return Ok(if out.is_empty() { None } else { Some(out) });
                    }
                    Some(0) => break,
                    Some(k) => {
                        let t = k.min(remaining);
                        out.extend(self.take(t));
                    }
                }
            }
        }
        Ok(Some(out))
    }

    /// `read()` of everything left.
    fn read_all(&self) -> PyResult<Value> {
        let avail = self.readahead();
        let data = self.take(avail);
        self.st().rbuf.clear();
        self.st().rpos = 0;
        if self.st().writable {
            self.flush_writes()?;
        }
        let raw = self.raw()?;
        if let Some(f) = super::fileio::native(&raw) {
            let rest = f.readall()?;
            if let Some(r) = &rest {
                let st = self.st();
                if st.abs_pos >= 0 {
                    st.abs_pos += r.len() as i64;
                }
            }
            return Ok(match rest {
                None if data.is_empty() => none(),
                None => new_bytes(data),
                Some(mut r) => {
                    if data.is_empty() {
                        new_bytes(r)
                    } else {
                        let mut d = data;
                        d.append(&mut r);
                        new_bytes(d)
                    }
                }
            });
        }
        self.st().abs_pos = -1;
        if let Some(readall) = crate::ops::getattr_opt(&raw, &intern_static("readall"))? {
            let tmp = crate::call::call(&readall, &[], None)?;
            if !is_none(&tmp) && tmp.downcast::<BytesObject>().is_none() {
                return Err(type_error("readall() should return bytes"));
            }
            if data.is_empty() {
                return Ok(tmp);
            }
            if is_none(&tmp) {
                return Ok(new_bytes(data));
            }
            let mut d = data;
            d.extend_from_slice(as_bytes(&tmp).unwrap_or(&[]));
            return Ok(new_bytes(d));
        }
        let mut out = data;
        loop {
            let r = call_method(&raw, "read", &[])?;
            if !is_none(&r) && r.downcast::<BytesObject>().is_none() {
                return Err(type_error("read() should return bytes"));
            }
            let chunk = as_bytes(&r).unwrap_or(&[]);
            if chunk.is_empty() {
                if out.is_empty() {
                    return Ok(r);
                }
                return Ok(new_bytes(out));
            }
            out.extend_from_slice(chunk);
        }
    }

    /// `read1(n)`: buffered bytes, or at most one raw read.
    pub fn read1(&self, n: usize) -> PyResult<Vec<u8>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        let have = self.readahead();
        if have > 0 {
            return Ok(self.take(have.min(n)));
        }
        if self.st().writable {
            self.flush_writes()?;
        }
        self.st().rbuf.clear();
        self.st().rpos = 0;
        if n > self.st().buffer_size {
            return Ok(self.raw_read(n)?.unwrap_or_default());
        }
        let k = self.fill()?.unwrap_or(0);
        Ok(self.take(k.min(n)))
    }

    /// `peek()`: the read-ahead, after one raw read if there was none.
    fn peek(&self) -> PyResult<Vec<u8>> {
        if self.st().writable {
            self.flush_writes()?;
        }
        let have = self.readahead();
        if have > 0 {
            let st = self.st();
            return Ok(st.rbuf[st.rpos..].to_vec());
        }
        let k = self.fill()?.unwrap_or(0);
        Ok(self.st().rbuf[..k].to_vec())
    }

    /// `readline(limit)`.
    pub fn readline(&self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut limit = limit;
        let n = self.readahead();
        let n = limit.map_or(n, |l| n.min(l));
        let st = self.st();
        let start = st.rpos;
        if let Some(p) = memchr(b'\n', &st.rbuf[start..start + n]) {
            return Ok(self.take(p + 1));
        }
        if Some(n) == limit {
            return Ok(self.take(n));
        }
        let mut out = self.take(n);
        if let Some(l) = limit.as_mut() {
            *l -= n;
        }
        if self.st().writable {
            self.flush_and_rewind()?;
        }
        loop {
            let k = match self.fill()? {
                None | Some(0) => break,
                Some(k) => k,
            };
            let k = limit.map_or(k, |l| k.min(l));
            if let Some(p) = memchr(b'\n', &self.st().rbuf[..k]) {
                out.extend(self.take(p + 1));
                break;
            }
            out.extend(self.take(k));
            if Some(k) == limit {
                break;
            }
            if let Some(l) = limit.as_mut() {
                *l -= k;
            }
        }
        Ok(out)
    }

    /// `write(data)`: buffers, writing to the raw stream when the buffer would overflow.
    pub fn write_data(&self, data: &[u8]) -> PyResult<usize> {
        if self.readahead() > 0 || !self.st().rbuf.is_empty() {
            self.drop_readahead()?;
        }
        let size = self.st().buffer_size;
        if self.st().wbuf.len() + data.len() <= size {
            self.st().wbuf.extend_from_slice(data);
            return Ok(data.len());
        }
        self.flush_writes()?;
        let mut written = 0;
        while data.len() - written > size {
            match self.raw_write(&data[written..])? {
                Some(n) => written += n,
                None => {
                    // Keep what fits, report what could not be written.
                    let keep = (data.len() - written).min(size);
                    self.st().wbuf.extend_from_slice(&data[written..written + keep]);
                    return Err(super::blocking_error("write could not complete without blocking", written + keep));
                }
            }
        }
        self.st().wbuf.extend_from_slice(&data[written..]);
        Ok(data.len())
    }

    /// The logical position.
    fn tell(&self) -> PyResult<i64> {
        let pos = self.raw_tell_uncached()?;
        let p = pos - self.readahead() as i64 + self.st().wbuf.len() as i64;
        Ok(p.max(0))
    }
}

/// The first `b` in `data`.
pub fn memchr(b: u8, data: &[u8]) -> Option<usize> {
    data.iter().position(|&x| x == b)
}

fn buf(v: &Value) -> PyResult<&BufferedObject> {
    v.downcast::<BufferedObject>().ok_or_else(|| type_error(format!("descriptor requires a buffered object but received a '{}'", v.ty().name())))
}

/// The exact native BufferedWriter/Random behind a value (for TextIOWrapper's fast path).
#[inline]
pub fn native(v: &Value) -> Option<&BufferedObject> {
    if v.is_small_int() {
        return None;
    }
    let t = v.ty();
    if std::ptr::eq(t, &BUFFERED_WRITER_TYPE) || std::ptr::eq(t, &BUFFERED_RANDOM_TYPE) || std::ptr::eq(t, &BUFFERED_READER_TYPE) {
        // SAFETY: the three exact types have this layout.
        Some(unsafe { &*(v.as_ptr() as *const BufferedObject) })
    } else {
        None
    }
}

/// `__new__`: an uninitialised buffered object of `cls`.
fn buffered_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.downcast::<TypeObject>()).ok_or_else(|| type_error("__new__(X): X is not a type object"))?;
    let kind = if cls.is_subtype(&BUFFERED_RANDOM_TYPE) {
        Kind::Random
    } else if cls.is_subtype(&BUFFERED_WRITER_TYPE) {
        Kind::Writer
    } else if cls.is_subtype(&BUFFERED_READER_TYPE) {
        Kind::Reader
    } else {
        return Err(type_error(format!("{}.__new__: not a buffered type", cls.name())));
    };
    Ok(crate::types::alloc_object(cls, fresh(kind)))
}

/// `__init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)`.
fn buffered_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let b = buf(this)?;
    let kind = if this.ty().is_subtype(&BUFFERED_RANDOM_TYPE) {
        Kind::Random
    } else if this.ty().is_subtype(&BUFFERED_WRITER_TYPE) {
        Kind::Writer
    } else {
        Kind::Reader
    };
    let name = match kind {
        Kind::Reader => "BufferedReader",
        Kind::Writer => "BufferedWriter",
        Kind::Random => "BufferedRandom",
    };
    let a = crate::builtins::args::bind(name, &args[1..], kw, &["raw", "buffer_size"], 1)?;
    let raw = a[0].clone().expect("required");
    let size = match &a[1] {
        Some(s) => crate::builtins::args::as_ssize(s)?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    b.st().ok = false;
    b.st().detached = false;
    if kind == Kind::Random {
        call_method(&raw, "_checkSeekable", &[])?;
    }
    if kind != Kind::Writer {
        call_method(&raw, "_checkReadable", &[])?;
    }
    if kind != Kind::Reader {
        call_method(&raw, "_checkWritable", &[])?;
    }
    if size <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    let st = b.st();
    st.raw = Some(raw);
    st.buffer_size = size as usize;
    st.readable = kind != Kind::Writer;
    st.writable = kind != Kind::Reader;
    st.rbuf.clear();
    st.rpos = 0;
    st.wbuf.clear();
    st.ok = true;
    st.abs_pos = b.raw_tell_uncached().unwrap_or(-1);
    Ok(none())
}

fn read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read", "read", 0, 1)?;
    let b = buf(&args[0])?;
    b.raw()?;
    let n = super::read_size_arg(args.get(1))?;
    b.check_closed("read of closed file")?;
    match n {
        None => b.read_all(),
        Some(n) => Ok(match b.read_n(n)? {
            Some(d) => new_bytes(d),
            None => none(),
        }),
    }
}

fn read1(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read1", "read1", 0, 1)?;
    let b = buf(&args[0])?;
    b.raw()?;
    let n = super::size_arg(args.get(1))?.unwrap_or(b.st().buffer_size);
    b.check_closed("read of closed file")?;
    Ok(new_bytes(b.read1(n)?))
}

fn peek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "peek", "peek", 0, 1)?;
    let b = buf(&args[0])?;
    b.raw()?;
    b.check_closed("peek of closed file")?;
    Ok(new_bytes(b.peek()?))
}

fn readinto_impl(args: &[Value], kw: Option<&Kw>, one: bool) -> PyResult<Value> {
    let name = if one { "readinto1" } else { "readinto" };
    let target = crate::objects::clinic::one_arg(&args[1..], kw, name)?;
    let n = super::writable_len(name, target)?;
    let b = buf(&args[0])?;
    b.raw()?;
    b.check_closed("readinto of closed file")?;
    let data = if one { Some(b.read1(n)?) } else { b.read_n(n)? };
    match data {
        None => Ok(none()),
        Some(d) => {
            super::fill_buffer(target, &d)?;
            Ok(new_int(d.len() as i64))
        }
    }
}

fn readinto(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    readinto_impl(args, kw, false)
}

fn readinto1(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    readinto_impl(args, kw, true)
}

fn readline(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readline", "readline", 0, 1)?;
    let b = buf(&args[0])?;
    b.raw()?;
    let limit = super::size_arg(args.get(1))?;
    b.check_closed("readline of closed file")?;
    Ok(new_bytes(b.readline(limit)?))
}

/// `__next__` of BufferedReader/Random.
fn iternext(it: &Value) -> PyResult<Option<Value>> {
    let t = it.ty();
    let line = if std::ptr::eq(t, &BUFFERED_READER_TYPE) || std::ptr::eq(t, &BUFFERED_RANDOM_TYPE) {
        let b = buf(it)?;
        b.raw()?;
        b.check_closed("readline of closed file")?;
        new_bytes(b.readline(None)?)
    } else {
        let l = call_method(it, "readline", &[])?;
        if l.downcast::<BytesObject>().is_none() {
            return Err(crate::error::os_error(format!("readline() should have returned a bytes object, not '{}'", l.ty().name())));
        }
        l
    };
    if as_bytes(&line).is_some_and(|d| d.is_empty()) {
        return Ok(None);
    }
    Ok(Some(line))
}

fn write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let data = crate::objects::clinic::one_arg(&args[1..], kw, "write")?;
    let b = buf(&args[0])?;
    b.raw()?;
    let bytes = super::bytes_arg(data)?;
    if b.is_closed()? {
        return Err(value_error("write to closed file"));
    }
    Ok(new_int(b.write_data(&bytes)? as i64))
}

/// Native `flush()` of a buffered writer.
pub fn flush_native(b: &BufferedObject) -> PyResult<()> {
    b.raw()?;
    b.check_closed("flush of closed file")?;
    b.flush_and_rewind()
}

fn flush(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "flush")?;
    flush_native(buf(&args[0])?)?;
    Ok(none())
}

/// BufferedReader's `flush()`: the raw stream's.
fn simple_flush(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let raw = buf(&args[0])?.raw()?;
    call_method(&raw, "flush", &[])
}

fn seek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "seek", "seek", 1, 2)?;
    let b = buf(&args[0])?;
    b.raw()?;
    let whence = match args.get(2) {
        Some(w) => crate::builtins::args::as_c_int(w)? as i32,
        None => 0,
    };
    if !(0..=4).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    b.check_closed("seek of closed file")?;
    let raw = b.raw()?;
    let seekable = match super::fileio::native(&raw) {
        Some(f) => {
            let fd = f.st().fd;
            unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) >= 0 }
        }
        None => call_method(&raw, "seekable", &[])?.is(&new_bool(true)),
    };
    if !seekable {
        return Err(unsupported("File or stream is not seekable."));
    }
    let target = {
        let i = crate::ops::index(&args[1])?;
        as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?
    };
    if (whence == 0 || whence == 1) && b.st().readable {
        let avail = b.readahead() as i64;
        if avail > 0 {
            let current = b.raw_tell()?;
            let offset = if whence == 0 { target - (current - avail) } else { target };
            if offset >= -(b.st().rpos as i64) && offset <= avail {
                let st = b.st();
                st.rpos = (st.rpos as i64 + offset) as usize;
                return Ok(new_int(current - avail + offset));
            }
        }
    }
    if b.st().writable {
        b.flush_writes()?;
    }
    let target = if whence == 1 { target - b.readahead() as i64 } else { target };
    let n = b.raw_seek(target, whence)?;
    let st = b.st();
    st.rbuf.clear();
    st.rpos = 0;
    Ok(new_int(n))
}

fn tell(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "tell")?;
    let b = buf(&args[0])?;
    b.raw()?;
    Ok(new_int(b.tell()?))
}

fn truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "truncate", "truncate", 0, 1)?;
    let b = buf(&args[0])?;
    let raw = b.raw()?;
    b.check_closed("truncate of closed file")?;
    if !b.st().writable {
        return Err(unsupported("truncate"));
    }
    b.flush_and_rewind()?;
    let pos = args.get(1).cloned().unwrap_or_else(none);
    let r = call_method(&raw, "truncate", &[pos])?;
    let _ = b.raw_tell_uncached();
    Ok(r)
}

/// `close()`: flush (through the method), then close the raw stream.
fn close_impl(this: &Value) -> PyResult<Value> {
    let b = buf(this)?;
    let raw = b.raw()?;
    if b.is_closed()? {
        return Ok(none());
    }
    if b.st().finalizing {
        let _ = crate::ops::getattr_opt(&raw, &intern_static("_dealloc_warn")).map(|f| f.map(|f| crate::call::call(&f, &[this.clone()], None)));
    }
    let flushed = if std::ptr::eq(this.ty(), &BUFFERED_READER_TYPE) {
        Ok(())
    } else if native(this).is_some() {
        flush_native(b)
    } else {
        call_method(this, "flush", &[]).map(|_| ())
    };
    let closed = call_method(&raw, "close", &[]);
    let st = b.st();
    st.rbuf.clear();
    st.rpos = 0;
    match (flushed, closed) {
        (Ok(()), r) => r,
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
    let b = buf(&args[0])?;
    b.raw()?;
    call_method(&args[0], "flush", &[])?;
    let st = b.st();
    let raw = st.raw.take().unwrap_or_else(none);
    st.detached = true;
    st.ok = false;
    Ok(raw)
}

macro_rules! delegate {
    ($fname:ident, $meth:literal) => {
        fn $fname(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
            let raw = buf(&args[0])?.raw()?;
            call_method(&raw, $meth, &[])
        }
    };
}

delegate!(fileno, "fileno");
delegate!(isatty, "isatty");
delegate!(seekable, "seekable");
delegate!(readable, "readable");
delegate!(writable, "writable");

fn get_closed(v: &Value) -> PyResult<Value> {
    let raw = buf(v)?.raw()?;
    crate::ops::getattr(&raw, &intern_static("closed"))
}

fn get_name(v: &Value) -> PyResult<Value> {
    let raw = buf(v)?.raw()?;
    crate::ops::getattr(&raw, &intern_static("name"))
}

fn get_mode(v: &Value) -> PyResult<Value> {
    let raw = buf(v)?.raw()?;
    crate::ops::getattr(&raw, &intern_static("mode"))
}

fn get_raw(v: &Value) -> PyResult<Value> {
    Ok(buf(v)?.st().raw.clone().unwrap_or_else(none))
}

fn get_finalizing(v: &Value) -> PyResult<Value> {
    Ok(new_bool(buf(v)?.st().finalizing))
}

fn dealloc_warn(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if let Some(raw) = buf(&args[0])?.st().raw.clone() {
        if let Some(f) = crate::ops::getattr_opt(&raw, &intern_static("_dealloc_warn"))? {
            let _ = crate::call::call(&f, &args[1..], None);
        }
    }
    Ok(none())
}

fn sizeof(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let b = buf(&args[0])?;
    Ok(new_int((std::mem::size_of::<BufferedObject>() + b.st().buffer_size) as i64))
}

/// `repr()`: `<_io.BufferedReader name='x'>`.
fn repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let tname = tp_name(this);
    let name = match crate::ops::getattr_opt(this, &intern_static("name")) {
        Ok(n) => n,
        Err(e) if e.matches(&crate::objects::exception::VALUE_ERROR) => None,
        Err(e) => return Err(e),
    };
    match name {
        None => Ok(new_str(format!("<{tname}>"))),
        Some(n) => {
            if !crate::ops::repr_enter(this) {
                return Err(crate::error::runtime_error(format!("reentrant call inside {tname}.__repr__")));
            }
            let r = crate::ops::repr_string(&n);
            crate::ops::repr_leave(this);
            Ok(new_str(format!("<{tname} name={}>", r?)))
        }
    }
}

// ----- BufferedRWPair ----------------------------------------------------------------------------

#[repr(C)]
pub struct RWPairObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    reader: UnsafeCell<Option<Value>>,
    writer: UnsafeCell<Option<Value>>,
}

unsafe impl PyObj for RWPairObject {
    fn class() -> &'static TypeObject {
        &BUFFERED_RWPAIR_TYPE
    }
}

pub static BUFFERED_RWPAIR_TYPE: TypeObject =
    TypeObject::builtin::<RWPairObject>("_io.BufferedRWPair", Some(&super::iobase::BUFFERED_IOBASE_TYPE), BASETYPE)
        .in_module("_io")
        .with_qualname("BufferedRWPair")
        .with_dict_at(std::mem::offset_of!(RWPairObject, dict));

fn pair(v: &Value) -> PyResult<(Value, Value)> {
    let p = v.downcast::<RWPairObject>().ok_or_else(|| type_error("descriptor requires a '_io.BufferedRWPair' object"))?;
    match unsafe { (&*p.reader.get(), &*p.writer.get()) } {
        (Some(r), Some(w)) => Ok((r.clone(), w.clone())),
        _ => Err(value_error("I/O operation on uninitialized object")),
    }
}

fn rwpair_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.downcast::<TypeObject>()).ok_or_else(|| type_error("__new__(X): X is not a type object"))?;
    Ok(crate::types::alloc_object(
        cls,
        RWPairObject { header: ObjHeader::new(std::ptr::null()), dict: None, reader: UnsafeCell::new(None), writer: UnsafeCell::new(None) },
    ))
}

/// `BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)`.
fn rwpair_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("BufferedRWPair", kw)?;
    crate::objects::clinic::positional(&args[1..], None, "BufferedRWPair", "BufferedRWPair", 2, 3)?;
    let p = args[0].downcast::<RWPairObject>().ok_or_else(|| type_error("expected a BufferedRWPair"))?;
    let size = match args.get(3) {
        Some(s) => crate::builtins::args::as_ssize(s)?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    call_method(&args[1], "_checkReadable", &[])?;
    call_method(&args[2], "_checkWritable", &[])?;
    let r = crate::call::call(&BUFFERED_READER_TYPE.as_value(), &[args[1].clone(), new_int(size)], None)?;
    let w = crate::call::call(&BUFFERED_WRITER_TYPE.as_value(), &[args[2].clone(), new_int(size)], None)?;
    unsafe {
        *p.reader.get() = Some(r);
        *p.writer.get() = Some(w);
    }
    Ok(none())
}

macro_rules! pair_fwd {
    ($fname:ident, $side:ident, $meth:literal) => {
        fn $fname(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
            let (reader, writer) = pair(&args[0])?;
            let side = if stringify!($side) == "reader" { reader } else { writer };
            call_method(&side, $meth, &args[1..])
        }
    };
}

pair_fwd!(pair_read, reader, "read");
pair_fwd!(pair_peek, reader, "peek");
pair_fwd!(pair_read1, reader, "read1");
pair_fwd!(pair_readinto, reader, "readinto");
pair_fwd!(pair_readinto1, reader, "readinto1");
pair_fwd!(pair_readable, reader, "readable");
pair_fwd!(pair_write, writer, "write");
pair_fwd!(pair_flush, writer, "flush");
pair_fwd!(pair_writable, writer, "writable");

fn pair_isatty(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (reader, writer) = pair(&args[0])?;
    let w = call_method(&writer, "isatty", &[])?;
    if crate::ops::truthy(&w)? {
        return Ok(w);
    }
    call_method(&reader, "isatty", &[])
}

fn pair_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (reader, writer) = pair(&args[0])?;
    let w = call_method(&writer, "close", &[]);
    let r = call_method(&reader, "close", &[]);
    match (w, r) {
        (Ok(_), r) => r,
        (Err(we), Ok(_)) => Err(we),
        (Err(we), Err(re)) => {
            if let Some(e) = crate::objects::exception::as_exc(&re.exc) {
                e.set_context(Some(we.exc.clone()));
            }
            Err(re)
        }
    }
}

fn pair_closed(v: &Value) -> PyResult<Value> {
    let p = v.downcast::<RWPairObject>().ok_or_else(|| type_error("expected a BufferedRWPair"))?;
    match unsafe { &*p.writer.get() } {
        Some(w) => crate::ops::getattr(w, &intern_static("closed")),
        None => Err(crate::error::runtime_error("the BufferedRWPair object is being garbage-collected")),
    }
}

pub fn init() {
    for t in [&BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE] {
        crate::types::init_builtin_type(t);
        build::new(t, buffered_new);
        build::method(t, "__init__", buffered_init);
        build::method(t, "detach", detach);
        build::method(t, "close", close);
        build::method(t, "seek", seek);
        build::method(t, "tell", tell);
        build::method(t, "truncate", truncate);
        build::method(t, "fileno", fileno);
        build::method(t, "isatty", isatty);
        build::method(t, "seekable", seekable);
        build::method(t, "_dealloc_warn", dealloc_warn);
        build::method(t, "__sizeof__", sizeof);
        build::method(t, "__repr__", repr);
        build::getset(t, "closed", get_closed, None);
        build::getset(t, "name", get_name, None);
        build::getset(t, "mode", get_mode, None);
        build::getset(t, "raw", get_raw, None);
        build::getset(t, "_finalizing", get_finalizing, None);
    }
    for t in [&BUFFERED_READER_TYPE, &BUFFERED_RANDOM_TYPE] {
        t.iternext.set(Some(iternext));
        build::method(t, "__next__", crate::objects::iter::iter_next_method);
        build::method(t, "read", read);
        build::method(t, "read1", read1);
        build::method(t, "peek", peek);
        build::method(t, "readinto", readinto);
        build::method(t, "readinto1", readinto1);
        build::method(t, "readline", readline);
        build::method(t, "readable", readable);
    }
    BUFFERED_WRITER_TYPE.iternext.set(Some(super::iobase::iternext));
    build::method(&BUFFERED_READER_TYPE, "flush", simple_flush);
    for t in [&BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE] {
        build::method(t, "write", write);
        build::method(t, "flush", flush);
        build::method(t, "writable", writable);
    }
    let p = &BUFFERED_RWPAIR_TYPE;
    crate::types::init_builtin_type(p);
    p.iternext.set(Some(super::iobase::iternext));
    build::new(p, rwpair_new);
    build::method(p, "__init__", rwpair_init);
    build::method(p, "read", pair_read);
    build::method(p, "peek", pair_peek);
    build::method(p, "read1", pair_read1);
    build::method(p, "readinto", pair_readinto);
    build::method(p, "readinto1", pair_readinto1);
    build::method(p, "readable", pair_readable);
    build::method(p, "write", pair_write);
    build::method(p, "flush", pair_flush);
    build::method(p, "writable", pair_writable);
    build::method(p, "isatty", pair_isatty);
    build::method(p, "close", pair_close);
    build::getset(p, "closed", pair_closed, None);
}

#[allow(dead_code)]
fn _unused(_: PyErr) {}
