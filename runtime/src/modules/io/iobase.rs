//! `_io._IOBase` and its abstract subclasses `_RawIOBase`,
//! `_BufferedIOBase` and `_TextIOBase` (CPython's iobase.c, bufferedio.c's
//! base and textio.c's base): the generic methods Python subclasses inherit,
//! written in terms of the subclass's own methods, as in CPython.

use crate::objects::str::intern_static;
use super::{call_method, unsupported, DEFAULT_BUFFER_SIZE};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{as_bytes, new_bytearray, new_bytes, BytesObject};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

/// The layout of the abstract io classes: just the instance dict.
#[repr(C)]
pub struct IOBaseObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
}

unsafe impl PyObj for IOBaseObject {
    fn class() -> &'static TypeObject {
        &IOBASE_TYPE
    }
}

macro_rules! base_type {
    ($name:ident, $s:literal, $base:expr) => {
        pub static $name: TypeObject = {
            let mut t = TypeObject::builtin::<IOBaseObject>(concat!("_io.", $s), Some($base), BASETYPE)
                .in_module("_io")
                .with_qualname($s)
                .with_dict_at(std::mem::offset_of!(IOBaseObject, dict));
            t.dealloc = iobase_dealloc;
            t
        };
    };
}

base_type!(IOBASE_TYPE, "_IOBase", &OBJECT_TYPE);
base_type!(RAW_IOBASE_TYPE, "_RawIOBase", &IOBASE_TYPE);
base_type!(BUFFERED_IOBASE_TYPE, "_BufferedIOBase", &IOBASE_TYPE);
base_type!(TEXT_IOBASE_TYPE, "_TextIOBase", &IOBASE_TYPE);

/// Frees an instance of one of the abstract classes, closing it first.
unsafe fn iobase_dealloc(h: *mut ObjHeader) {
    super::finalize_and_free(h, finalize, crate::types::dealloc_native::<IOBaseObject>);
}

/// CPython's `iobase_finalize`: closes an object about to be freed
/// (errors are silenced, as in CPython outside development mode).
pub fn finalize(obj: &Value) {
    match crate::ops::getattr(obj, &intern_static("closed")).and_then(|c| crate::ops::truthy(&c)) {
        Ok(false) => {
            let _ = crate::ops::setattr(obj, &intern_static("_finalizing"), Some(new_bool(true)));
            let _ = call_method(obj, "close", &[]);
        }
        _ => {}
    }
}

/// `__new__` of the abstract classes: an empty instance of `cls`.
fn iobase_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.downcast::<TypeObject>()).ok_or_else(|| type_error("_IOBase.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&IOBASE_TYPE) {
        return Err(type_error(format!("_IOBase.__new__({}): {} is not a subtype of _IOBase", cls.name(), cls.name())));
    }
    Ok(crate::types::alloc_object(cls, IOBaseObject { header: ObjHeader::new(std::ptr::null()), dict: None }))
}

/// Is the object closed by `_IOBase`'s own record (`__IOBase_closed`)?
pub fn base_closed(obj: &Value) -> bool {
    crate::objects::instance::dict_get(obj, &intern_static("__IOBase_closed")).is_some_and(|v| crate::ops::truthy(&v).unwrap_or(false))
}

/// Marks the object closed in `_IOBase`'s record.
pub fn set_base_closed(obj: &Value) {
    crate::objects::instance::dict_set(obj, &intern_static("__IOBase_closed"), new_bool(true));
}

/// ValueError("I/O operation on closed file.").
pub fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// `_checkClosed()` through the `closed` attribute.
pub fn check_closed(obj: &Value) -> PyResult<()> {
    if super::is_closed(obj)? {
        return Err(closed_error());
    }
    Ok(())
}

fn seek(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("seek"))
}

/// `tell()`: `self.seek(0, 1)`.
fn tell(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    call_method(&args[0], "seek", &[new_int(0), new_int(1)])
}

fn truncate(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("truncate"))
}

fn fileno(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

/// `flush()`: only checks that the object is open.
fn flush(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if base_closed(&args[0]) {
        return Err(closed_error());
    }
    Ok(none())
}

/// `close()`: flushes, then records the object as closed (even if flush failed).
fn close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    if base_closed(this) {
        return Ok(none());
    }
    let r = call_method(this, "flush", &[]);
    set_base_closed(this);
    r.map(|_| none())
}

fn false_(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(false))
}

/// `_checkClosed()`.
fn check_closed_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_closed(&args[0])?;
    Ok(none())
}

/// Calls `self.<query>()`, raising UnsupportedOperation unless it returns True.
fn check_query(obj: &Value, query: &str, msg: &str) -> PyResult<Value> {
    let r = call_method(obj, query, &[])?;
    if !r.is(&new_bool(true)) {
        return Err(unsupported(msg));
    }
    Ok(r)
}

fn check_seekable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_query(&args[0], "seekable", "File or stream is not seekable.")
}

fn check_readable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_query(&args[0], "readable", "File or stream is not readable.")
}

fn check_writable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_query(&args[0], "writable", "File or stream is not writable.")
}

fn enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_closed(&args[0])?;
    Ok(args[0].clone())
}

fn exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    call_method(&args[0], "close", &[])
}

fn isatty(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_closed(&args[0])?;
    Ok(new_bool(false))
}

/// `readline(size=-1)`: byte by byte through `read()` (or up to a newline `peek()` shows).
fn readline(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readline", "readline", 0, 1)?;
    let this = &args[0];
    let limit = super::size_arg(args.get(1))?;
    let peek = crate::ops::getattr_opt(this, &intern_static("peek"))?;
    let mut res: Vec<u8> = Vec::new();
    while limit.map_or(true, |l| res.len() < l) {
        let mut nreadahead = 1;
        if let Some(p) = &peek {
            let ahead = crate::call::call(p, &[new_int(1)], None)?;
            let Some(buf) = ahead.downcast::<BytesObject>() else {
                return Err(crate::error::os_error(format!("peek() should have returned a bytes object, not '{}'", ahead.ty().name())));
            };
            if !buf.data.is_empty() {
                let mut n = 0;
                while n < buf.data.len() && limit.map_or(true, |l| n < l) {
                    n += 1;
                    if buf.data[n - 1] == b'\n' {
                        break;
                    }
                }
                nreadahead = n;
            }
        }
        let b = call_method(this, "read", &[new_int(nreadahead as i64)])?;
        let Some(data) = b.downcast::<BytesObject>() else {
            if is_none(&b) {
                break;
            }
            return Err(crate::error::os_error(format!("read() should have returned a bytes object, not '{}'", b.ty().name())));
        };
        if data.data.is_empty() {
            break;
        }
        res.extend_from_slice(&data.data);
        if res.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(new_bytes(res))
}

/// `readlines(hint=-1)`: lines until their total size passes `hint`.
fn readlines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readlines", "readlines", 0, 1)?;
    let hint = match args.get(1) {
        Some(h) if !is_none(h) => crate::builtins::args::as_ssize(h)?,
        _ => -1,
    };
    readlines_of(&args[0], hint)
}

/// The lines of an iterable file object, stopping once `hint` (> 0) is passed.
pub fn readlines_of(obj: &Value, hint: i64) -> PyResult<Value> {
    let it = crate::ops::iter(obj)?;
    let mut lines = Vec::new();
    let mut total = 0i64;
    while let Some(line) = crate::ops::next(&it)? {
        if hint > 0 {
            total += crate::ops::len(&line)? as i64;
        }
        lines.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(crate::objects::list::new_list(lines))
}

/// `writelines(lines)`: `self.write(line)` for each.
fn writelines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let lines = crate::objects::clinic::one_arg(&args[1..], kw, "writelines")?;
    let this = args[0].clone();
    check_closed(&this)?;
    crate::ops::for_each(lines, |line| {
        call_method(&this, "write", &[line])?;
        Ok(true)
    })?;
    Ok(none())
}

fn iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    check_closed(&args[0])?;
    Ok(args[0].clone())
}

/// `__next__`: the next line, StopIteration at the end.
pub fn iternext(it: &Value) -> PyResult<Option<Value>> {
    let line = call_method(it, "readline", &[])?;
    if crate::ops::len(&line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line))
}

fn get_closed(v: &Value) -> PyResult<Value> {
    Ok(new_bool(base_closed(v)))
}

/// `__del__`: closes the object if it is still open.
fn del(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    finalize(&args[0]);
    Ok(none())
}

// ----- _RawIOBase -----------------------------------------------------------------------------------

/// `_RawIOBase.read(size=-1)`: `readinto()` into a fresh buffer, or `readall()`.
fn raw_read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read", "read", 0, 1)?;
    let this = &args[0];
    let Some(n) = super::size_arg(args.get(1))? else {
        return call_method(this, "readall", &[]);
    };
    let b = new_bytearray(vec![0; n]);
    let r = call_method(this, "readinto", &[b.clone()])?;
    if is_none(&r) {
        return Ok(none());
    }
    let got = crate::builtins::args::as_ssize(&r)?;
    if got < 0 || got as usize > n {
        return Err(value_error(format!("readinto returned {got} outside buffer size {n}")));
    }
    let data = as_bytes(&b).unwrap_or(&[])[..got as usize].to_vec();
    Ok(new_bytes(data))
}

/// `_RawIOBase.readall()`: `read(DEFAULT_BUFFER_SIZE)` until the end.
fn raw_readall(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let mut out: Vec<u8> = Vec::new();
    let mut got_any = false;
    loop {
        let d = call_method(this, "read", &[new_int(DEFAULT_BUFFER_SIZE as i64)])?;
        if is_none(&d) {
            if !got_any {
                return Ok(none());
            }
            break;
        }
        let Some(b) = d.downcast::<BytesObject>() else { return Err(type_error("read() should return bytes")) };
        if b.data.is_empty() {
            break;
        }
        got_any = true;
        out.extend_from_slice(&b.data);
    }
    Ok(new_bytes(out))
}

fn not_implemented(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(PyErr::with_args(&crate::objects::exception::NOT_IMPLEMENTED_ERROR, vec![]))
}

// ----- _BufferedIOBase --------------------------------------------------------------------------------

fn buf_read(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("read"))
}

fn buf_read1(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("read1"))
}

fn buf_write(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("write"))
}

fn detach(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("detach"))
}

/// `readinto(b)` through `read(len(b))` (or `read1`).
fn readinto_generic(args: &[Value], kw: Option<&Kw>, one: bool) -> PyResult<Value> {
    let name = if one { "readinto1" } else { "readinto" };
    let buf = crate::objects::clinic::one_arg(&args[1..], kw, name)?;
    let len = super::writable_len(name, buf)?;
    let d = call_method(&args[0], if one { "read1" } else { "read" }, &[new_int(len as i64)])?;
    let Some(b) = d.downcast::<BytesObject>() else { return Err(type_error("read() should return bytes")) };
    if b.data.len() > len {
        return Err(value_error(format!("read() returned too much data: {len} bytes requested, {} returned", b.data.len())));
    }
    super::fill_buffer(buf, &b.data)?;
    Ok(new_int(b.data.len() as i64))
}

fn buf_readinto(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    readinto_generic(args, kw, false)
}

fn buf_readinto1(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    readinto_generic(args, kw, true)
}

// ----- _TextIOBase ----------------------------------------------------------------------------------

fn text_read(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("read"))
}

fn text_readline(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("readline"))
}

fn text_write(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(unsupported("write"))
}

fn get_none(_v: &Value) -> PyResult<Value> {
    Ok(none())
}

pub fn init() {
    for t in [&IOBASE_TYPE, &RAW_IOBASE_TYPE, &BUFFERED_IOBASE_TYPE, &TEXT_IOBASE_TYPE] {
        crate::types::init_builtin_type(t);
        t.iternext.set(Some(iternext));
    }
    let t = &IOBASE_TYPE;
    crate::objects::instance::add_dict_getset(t);
    build::new(t, iobase_new);
    build::method(t, "seek", seek);
    build::method(t, "tell", tell);
    build::method(t, "truncate", truncate);
    build::method(t, "flush", flush);
    build::method(t, "close", close);
    build::method(t, "seekable", false_);
    build::method(t, "readable", false_);
    build::method(t, "writable", false_);
    build::method(t, "_checkClosed", check_closed_m);
    build::method(t, "_checkSeekable", check_seekable);
    build::method(t, "_checkReadable", check_readable);
    build::method(t, "_checkWritable", check_writable);
    build::method(t, "fileno", fileno);
    build::method(t, "isatty", isatty);
    build::method(t, "__enter__", enter);
    build::method(t, "__exit__", exit);
    build::method(t, "readline", readline);
    build::method(t, "readlines", readlines);
    build::method(t, "writelines", writelines);
    build::method(t, "__iter__", iter);
    build::method(t, "__del__", del);
    build::getset(t, "closed", get_closed, None);
    build::method(t, "__next__", crate::objects::iter::iter_next_method);

    let r = &RAW_IOBASE_TYPE;
    build::method(r, "read", raw_read);
    build::method(r, "readall", raw_readall);
    build::method(r, "readinto", not_implemented);
    build::method(r, "write", not_implemented);

    let b = &BUFFERED_IOBASE_TYPE;
    build::method(b, "read", buf_read);
    build::method(b, "read1", buf_read1);
    build::method(b, "write", buf_write);
    build::method(b, "detach", detach);
    build::method(b, "readinto", buf_readinto);
    build::method(b, "readinto1", buf_readinto1);

    let x = &TEXT_IOBASE_TYPE;
    build::method(x, "detach", detach);
    build::method(x, "read", text_read);
    build::method(x, "readline", text_readline);
    build::method(x, "write", text_write);
    build::getset(x, "encoding", get_none, None);
    build::getset(x, "newlines", get_none, None);
    build::getset(x, "errors", get_none, None);
}
