//! `_io.BytesIO`: an in-memory binary stream (CPython's Modules/_io/bytesio.c).
//!
//! The bytes live in a bytearray, so `getbuffer()` can hand out a writable
//! memoryview sharing them; while such a view is alive (referenced from
//! outside and not released) the stream refuses to change size, as CPython's
//! export count makes it.

use super::call_method;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayObject};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::types::{build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

pub struct BytesIOState {
    /// The bytes (a bytearray); None once closed.
    buf: Option<Value>,
    pos: usize,
    /// Memoryviews handed out by getbuffer().
    views: Vec<Value>,
}

#[repr(C)]
pub struct BytesIOObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    state: UnsafeCell<BytesIOState>,
}

unsafe impl PyObj for BytesIOObject {
    fn class() -> &'static TypeObject {
        &BYTESIO_TYPE
    }
}

pub static BYTESIO_TYPE: TypeObject =
    TypeObject::builtin::<BytesIOObject>("_io.BytesIO", Some(&super::iobase::BUFFERED_IOBASE_TYPE), BASETYPE)
        .in_module("_io")
        .with_qualname("BytesIO")
        .with_dict_at(std::mem::offset_of!(BytesIOObject, dict));

impl BytesIOObject {
    #[allow(clippy::mut_from_ref)]
    fn st(&self) -> &mut BytesIOState {
        unsafe { &mut *self.state.get() }
    }

    /// The byte vector (CHECK_CLOSED). Not to be held across Python code.
    #[allow(clippy::mut_from_ref)]
    fn data(&self) -> PyResult<&mut Vec<u8>> {
        match &self.st().buf {
            Some(b) => Ok(b.downcast::<ByteArrayObject>().expect("a bytearray").vec()),
            None => Err(value_error("I/O operation on closed file.")),
        }
    }

    /// Are views from getbuffer() still in use? (CHECK_EXPORTS)
    fn check_exports(&self) -> PyResult<()> {
        let st = self.st();
        st.views.retain(|v| v.refcnt() > 1 && !released(v));
        if !st.views.is_empty() {
            return Err(PyErr::new(&crate::objects::exception::BUFFER_ERROR, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }

    /// Writes at the position (zero-filling a gap after an over-seek).
    fn write_bytes(&self, bytes: &[u8]) -> PyResult<usize> {
        self.data()?;
        self.check_exports()?;
        let data = self.data()?;
        let n = bytes.len();
        if n == 0 {
            return Ok(0);
        }
        let pos = self.st().pos;
        let end = pos + n;
        if end > data.len() {
            data.resize(end, 0);
        }
        data[pos..end].copy_from_slice(bytes);
        self.st().pos = end;
        Ok(n)
    }

    /// The next line (up to `limit` bytes), advancing the position.
    fn readline(&self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let data = self.data()?;
        let pos = self.st().pos;
        if pos >= data.len() {
            return Ok(Vec::new());
        }
        let rest = &data[pos..];
        let mut n = match super::buffered::memchr(b'\n', rest) {
            Some(i) => i + 1,
            None => rest.len(),
        };
        if let Some(l) = limit {
            n = n.min(l);
        }
        let out = rest[..n].to_vec();
        self.st().pos += n;
        Ok(out)
    }

    /// Up to `size` bytes from the position (all of them for None).
    fn read(&self, size: Option<usize>) -> PyResult<Vec<u8>> {
        let data = self.data()?;
        let pos = self.st().pos;
        let avail = data.len().saturating_sub(pos);
        let n = size.map_or(avail, |s| s.min(avail));
        if n == 0 {
            return Ok(Vec::new());
        }
        let out = data[pos..pos + n].to_vec();
        self.st().pos += n;
        Ok(out)
    }
}

/// Has a memoryview been released? (Its length is then refused.)
fn released(v: &Value) -> bool {
    crate::ops::len(v).is_err()
}

fn this(v: &Value) -> PyResult<&BytesIOObject> {
    v.downcast::<BytesIOObject>()
        .ok_or_else(|| type_error(format!("descriptor requires a '_io.BytesIO' object but received a '{}'", v.ty().name())))
}

fn fresh() -> BytesIOObject {
    BytesIOObject {
        header: ObjHeader::new(std::ptr::null()),
        dict: None,
        state: UnsafeCell::new(BytesIOState { buf: Some(new_bytearray(Vec::new())), pos: 0, views: Vec::new() }),
    }
}

/// A new, empty BytesIO.
pub fn new_bytesio() -> Value {
    crate::types::new_object(fresh())
}

fn bytesio_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = super::super::support::cls_arg(args)?;
    if !cls.is_subtype(&BYTESIO_TYPE) {
        return Err(type_error(format!("BytesIO.__new__({}): {} is not a subtype of BytesIO", cls.name(), cls.name())));
    }
    Ok(crate::types::alloc_object(cls, fresh()))
}

/// `__init__(initial_bytes=b'')`.
fn bytesio_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(&args[1..], kw, "BytesIO", &["initial_bytes"], 0, 0)?;
    let b = this(&args[0])?;
    b.check_exports()?;
    let st = b.st();
    st.buf = Some(new_bytearray(Vec::new()));
    st.pos = 0;
    if let Some(init) = a[0].as_ref().filter(|v| !is_none(v)) {
        let bytes = super::bytes_arg(init)?;
        b.write_bytes(&bytes)?;
        b.st().pos = 0;
    }
    Ok(none())
}

/// A `Py_ssize_t(accept={int, NoneType})` size: None for "all".
fn size_opt(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => {
            if !crate::objects::int::is_int(x) && crate::ops::index_opt(x)?.is_none() {
                return Err(type_error(format!("argument should be integer or None, not '{}'", x.ty().name())));
            }
            let n = crate::objects::clinic::ssize_arg(x)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read", "read", 0, 1)?;
    let b = this(&args[0])?;
    let n = size_opt(args.get(1))?;
    Ok(new_bytes(b.read(n)?))
}

fn read1(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read1", "read1", 0, 1)?;
    let b = this(&args[0])?;
    let n = size_opt(args.get(1))?;
    Ok(new_bytes(b.read(n)?))
}

fn readline(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readline", "readline", 0, 1)?;
    let b = this(&args[0])?;
    let n = size_opt(args.get(1))?;
    Ok(new_bytes(b.readline(n)?))
}

/// `readlines(size=None)`: lines until their total length reaches `size`.
fn readlines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readlines", "readlines", 0, 1)?;
    let b = this(&args[0])?;
    let maxsize = match args.get(1) {
        None => 0,
        Some(x) if is_none(x) => 0,
        Some(x) if crate::objects::int::is_int(x) => crate::objects::clinic::ssize_arg(x)?.max(0) as usize,
        Some(x) => return Err(type_error(format!("integer argument expected, got '{}'", x.ty().name()))),
    };
    b.data()?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = b.readline(None)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(new_bytes(line));
        if maxsize > 0 && total >= maxsize {
            break;
        }
    }
    Ok(crate::objects::list::new_list(lines))
}

/// `readinto(buffer)`: the number of bytes copied.
fn readinto(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let target = crate::objects::clinic::one_arg(&args[1..], kw, "readinto")?;
    let n = super::writable_len("readinto", target)?;
    let b = this(&args[0])?;
    let data = b.read(Some(n))?;
    super::fill_buffer(target, &data)?;
    Ok(new_int(data.len() as i64))
}

fn write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let data = crate::objects::clinic::one_arg(&args[1..], kw, "write")?;
    let b = this(&args[0])?;
    b.data()?;
    b.check_exports()?;
    let bytes = super::bytes_arg(data)?;
    Ok(new_int(b.write_bytes(&bytes)? as i64))
}

fn writelines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let lines = crate::objects::clinic::one_arg(&args[1..], kw, "writelines")?.clone();
    let obj = args[0].clone();
    this(&obj)?.data()?;
    crate::ops::for_each(&lines, |line| {
        let b = this(&obj)?;
        let bytes = super::bytes_arg(&line)?;
        b.write_bytes(&bytes)?;
        Ok(true)
    })?;
    Ok(none())
}

/// `seek(pos, whence=0)`.
fn seek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "seek", "seek", 1, 2)?;
    let b = this(&args[0])?;
    let pos = crate::objects::clinic::ssize_arg(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => crate::objects::clinic::int_arg(w)?,
        None => 0,
    };
    let data = b.data()?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(value_error(format!("negative seek value {pos}")));
    }
    let base = match whence {
        1 => b.st().pos as i64,
        2 => data.len() as i64,
        _ => 0,
    };
    let new = base.checked_add(pos).ok_or_else(|| crate::error::overflow_error("new position too large"))?.max(0);
    b.st().pos = new as usize;
    Ok(new_int(new))
}

fn tell(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "tell")?;
    let b = this(&args[0])?;
    b.data()?;
    Ok(new_int(b.st().pos as i64))
}

/// `truncate(size=None)`: shortens the stream (the position stays).
fn truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "truncate", "truncate", 0, 1)?;
    let b = this(&args[0])?;
    b.data()?;
    b.check_exports()?;
    let size = match args.get(1).filter(|v| !is_none(v)) {
        None => b.st().pos as i64,
        Some(v) => {
            size_opt(Some(v))?;
            crate::objects::clinic::ssize_arg(v)?
        }
    };
    if size < 0 {
        return Err(value_error(format!("negative size value {size}")));
    }
    let data = b.data()?;
    if (size as usize) < data.len() {
        data.truncate(size as usize);
    }
    Ok(new_int(size))
}

fn getvalue(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "getvalue")?;
    Ok(new_bytes(this(&args[0])?.data()?.clone()))
}

/// `getbuffer()`: a writable memoryview of the contents.
fn getbuffer(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "getbuffer")?;
    let b = this(&args[0])?;
    b.data()?;
    let buf = b.st().buf.clone().expect("open");
    let view = crate::call::call(&crate::builtins::memoryview::MEMORYVIEW_TYPE.as_value(), &[buf], None)?;
    b.st().views.push(view.clone());
    Ok(view)
}

fn close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "close")?;
    let b = this(&args[0])?;
    b.check_exports()?;
    b.st().buf = None;
    Ok(none())
}

/// `readable()`, `writable()`, `seekable()`: True while open.
fn true_if_open(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this(&args[0])?.data()?;
    Ok(new_bool(true))
}

fn flush(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "flush")?;
    this(&args[0])?.data()?;
    Ok(none())
}

fn isatty(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "isatty")?;
    this(&args[0])?.data()?;
    Ok(new_bool(false))
}

/// `__iter__`: self, open or not (CPython's PyObject_SelfIter).
fn iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iternext(it: &Value) -> PyResult<Option<Value>> {
    let b = this(it)?;
    b.data()?;
    let line = if std::ptr::eq(it.ty(), &BYTESIO_TYPE) {
        new_bytes(b.readline(None)?)
    } else {
        let l = call_method(it, "readline", &[])?;
        if l.downcast::<crate::objects::bytes::BytesObject>().is_none() {
            return Err(crate::error::os_error(format!("readline() should have returned a bytes object, not '{}'", l.ty().name())));
        }
        l
    };
    if crate::ops::len(&line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line))
}

fn get_closed(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this(v)?.st().buf.is_none()))
}

fn sizeof(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let b = this(&args[0])?;
    let n = b.st().buf.as_ref().and_then(|v| v.downcast::<ByteArrayObject>().map(|x| x.vec().capacity())).unwrap_or(0);
    Ok(new_int((std::mem::size_of::<BytesIOObject>() + n) as i64))
}

pub fn init() {
    let t = &BYTESIO_TYPE;
    crate::types::init_builtin_type(t);
    t.iternext.set(Some(iternext));
    build::new(t, bytesio_new);
    build::method(t, "__init__", bytesio_init);
    build::method(t, "read", read);
    build::method(t, "read1", read1);
    build::method(t, "readline", readline);
    build::method(t, "readlines", readlines);
    build::method(t, "readinto", readinto);
    build::method(t, "write", write);
    build::method(t, "writelines", writelines);
    build::method(t, "seek", seek);
    build::method(t, "tell", tell);
    build::method(t, "truncate", truncate);
    build::method(t, "getvalue", getvalue);
    build::method(t, "getbuffer", getbuffer);
    build::method(t, "close", close);
    build::method(t, "readable", true_if_open);
    build::method(t, "writable", true_if_open);
    build::method(t, "seekable", true_if_open);
    build::method(t, "flush", flush);
    build::method(t, "isatty", isatty);
    build::method(t, "__iter__", iter);
    build::method(t, "__next__", crate::objects::iter::iter_next_method);
    build::method(t, "__sizeof__", sizeof);
    build::getset(t, "closed", get_closed, None);
}
