//! `_io.StringIO`: an in-memory text stream (CPython's Modules/_io/stringio.c).
//!
//! The text is kept as code points, so positions are character indexes as
//! in CPython. `newline` works as CPython's: None translates `\r` and `\r\n`
//! to `\n` when writing, `''` records the newlines seen without translating,
//! `'\r'` and `'\r\n'` translate `\n` to themselves on write, and `readline`
//! splits on the corresponding terminators.

use super::call_method;
use super::textio::{find_line_ending, NlState};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str};
use crate::types::{build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

pub struct StringIOState {
    buf: Vec<char>,
    pos: usize,
    ok: bool,
    closed: bool,
    readnl: Option<String>,
    readuniversal: bool,
    readtranslate: bool,
    writenl: Option<String>,
    /// The newline decoder of universal mode (records the newlines seen).
    decoder: Option<NlState>,
}

#[repr(C)]
pub struct StringIOObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    state: UnsafeCell<StringIOState>,
}

unsafe impl PyObj for StringIOObject {
    fn class() -> &'static TypeObject {
        &STRINGIO_TYPE
    }
}

pub static STRINGIO_TYPE: TypeObject =
    TypeObject::builtin::<StringIOObject>("_io.StringIO", Some(&super::iobase::TEXT_IOBASE_TYPE), BASETYPE)
        .in_module("_io")
        .with_qualname("StringIO")
        .with_dict_at(std::mem::offset_of!(StringIOObject, dict));

fn closed_error() -> PyErr {
    value_error("I/O operation on closed file")
}

impl StringIOObject {
    #[allow(clippy::mut_from_ref)]
    fn st(&self) -> &mut StringIOState {
        unsafe { &mut *self.state.get() }
    }

    /// CHECK_INITIALIZED.
    fn check_init(&self) -> PyResult<&mut StringIOState> {
        let st = self.st();
        if !st.ok {
            return Err(value_error("I/O operation on uninitialized object"));
        }
        Ok(st)
    }

    /// CHECK_INITIALIZED and CHECK_CLOSED.
    fn check_open(&self) -> PyResult<&mut StringIOState> {
        let st = self.check_init()?;
        if st.closed {
            return Err(closed_error());
        }
        Ok(st)
    }

    /// CPython's `write_str`: newline decoding/translation, then an
    /// overwrite at the position (padding an over-seek with NULs).
    fn write_str(&self, s: &str) -> PyResult<()> {
        let st = self.st();
        let mut text = match &mut st.decoder {
            Some(d) => d.process(s.to_owned(), true),
            None => s.to_owned(),
        };
        if let Some(nl) = &st.writenl {
            text = text.replace('\n', nl);
        }
        let chars: Vec<char> = text.chars().collect();
        let len = chars.len();
        if len == 0 {
            return Ok(());
        }
        let pos = st.pos;
        if pos == st.buf.len() {
            st.buf.extend_from_slice(&chars);
        } else {
            if pos > st.buf.len() {
                st.buf.resize(pos, '\0');
            }
            let end = pos + len;
            if end > st.buf.len() {
                st.buf.resize(end, '\0');
            }
            st.buf[pos..end].copy_from_slice(&chars);
        }
        st.pos = pos + len;
        Ok(())
    }

    /// The next line (at most `limit` characters), advancing the position.
    fn readline(&self, limit: Option<usize>) -> String {
        let st = self.st();
        if st.pos >= st.buf.len() {
            return String::new();
        }
        let avail = st.buf.len() - st.pos;
        let limit = limit.map_or(avail, |l| l.min(avail));
        let part = &st.buf[st.pos..st.pos + limit];
        let n = find_line_ending(st.readtranslate, st.readuniversal, st.readnl.as_deref().unwrap_or("\n"), part).0.unwrap_or(limit);
        let out: String = part[..n].iter().collect();
        st.pos += n;
        out
    }
}

fn this(v: &Value) -> PyResult<&StringIOObject> {
    v.downcast::<StringIOObject>()
        .ok_or_else(|| type_error(format!("descriptor requires a '_io.StringIO' object but received a '{}'", v.ty().name())))
}

fn fresh() -> StringIOObject {
    StringIOObject {
        header: ObjHeader::new(std::ptr::null()),
        dict: None,
        state: UnsafeCell::new(StringIOState {
            buf: Vec::new(),
            pos: 0,
            ok: false,
            closed: false,
            readnl: None,
            readuniversal: false,
            readtranslate: false,
            writenl: None,
            decoder: None,
        }),
    }
}

fn stringio_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = super::super::support::cls_arg(args)?;
    if !cls.is_subtype(&STRINGIO_TYPE) {
        return Err(type_error(format!("StringIO.__new__({}): {} is not a subtype of StringIO", cls.name(), cls.name())));
    }
    Ok(crate::types::alloc_object(cls, fresh()))
}

/// `__init__(initial_value='', newline='\n')`.
fn stringio_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(&args[1..], kw, "StringIO", &["initial_value", "newline"], 0, 0)?;
    let s = this(&args[0])?;
    let newline: Option<String> = match &a[1] {
        None => Some("\n".to_owned()),
        Some(v) if is_none(v) => None,
        Some(v) => match as_str(v) {
            Some(t) => Some(t.to_owned()),
            None => return Err(type_error(format!("newline must be str or None, not {}", v.ty().name()))),
        },
    };
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {}", crate::objects::str::repr_str(nl))));
        }
    }
    let value = match &a[0] {
        Some(v) if !is_none(v) => match as_str(v) {
            Some(t) => Some(t.to_owned()),
            None => return Err(type_error(format!("initial_value must be str or None, not {}", v.ty().name()))),
        },
        _ => None,
    };
    let st = s.st();
    st.ok = false;
    st.buf.clear();
    st.readuniversal = newline.as_deref().map_or(true, str::is_empty);
    st.readtranslate = newline.is_none();
    st.writenl = match newline.as_deref() {
        Some(nl) if nl.starts_with('\r') => Some(nl.to_owned()),
        _ => None,
    };
    st.readnl = newline;
    st.decoder = if st.readuniversal { Some(NlState::new(st.readtranslate)) } else { None };
    st.pos = 0;
    if let Some(v) = value {
        s.write_str(&v)?;
    }
    let st = s.st();
    st.pos = 0;
    st.closed = false;
    st.ok = true;
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
    let s = this(&args[0])?;
    s.check_open()?;
    let n = size_opt(args.get(1))?;
    let st = s.check_open()?;
    let avail = st.buf.len().saturating_sub(st.pos);
    let n = n.map_or(avail, |n| n.min(avail));
    if n == 0 {
        return Ok(new_str(""));
    }
    let out: String = st.buf[st.pos..st.pos + n].iter().collect();
    st.pos += n;
    Ok(new_str(out))
}

fn readline(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "readline", "readline", 0, 1)?;
    let s = this(&args[0])?;
    s.check_open()?;
    let n = size_opt(args.get(1))?;
    s.check_open()?;
    Ok(new_str(s.readline(n)))
}

fn write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let obj = crate::objects::clinic::one_arg(&args[1..], kw, "write")?;
    let s = this(&args[0])?;
    s.check_init()?;
    let Some(text) = obj.downcast::<crate::objects::str::StrObject>() else {
        return Err(type_error(format!("string argument expected, got '{}'", obj.ty().name())));
    };
    s.check_open()?;
    let n = text.char_len();
    if n > 0 {
        s.write_str(text.as_str())?;
    }
    Ok(new_int(n as i64))
}

/// `seek(pos, whence=0)`: only absolute positions, or 0 from the current position or the end.
fn seek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "seek", "seek", 1, 2)?;
    let s = this(&args[0])?;
    let pos = crate::objects::clinic::ssize_arg(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => crate::objects::clinic::int_arg(w)?,
        None => 0,
    };
    let st = s.check_open()?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(crate::error::os_error("Can't do nonzero cur-relative seeks"));
    }
    st.pos = match whence {
        1 => st.pos,
        2 => st.buf.len(),
        _ => pos as usize,
    };
    Ok(new_int(st.pos as i64))
}

fn tell(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "tell")?;
    Ok(new_int(this(&args[0])?.check_open()?.pos as i64))
}

/// `truncate(pos=None)`.
fn truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "truncate", "truncate", 0, 1)?;
    let s = this(&args[0])?;
    s.check_open()?;
    let size = match args.get(1).filter(|v| !is_none(v)) {
        None => s.st().pos as i64,
        Some(v) => {
            size_opt(Some(v))?;
            crate::objects::clinic::ssize_arg(v)?
        }
    };
    let st = s.check_open()?;
    if size < 0 {
        return Err(value_error(format!("Negative size value {size}")));
    }
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(new_int(size))
}

fn getvalue(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "getvalue")?;
    let st = this(&args[0])?.check_open()?;
    Ok(new_str(st.buf.iter().collect::<String>()))
}

fn close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "close")?;
    let st = this(&args[0])?.st();
    st.closed = true;
    st.buf = Vec::new();
    Ok(none())
}

fn true_if_open(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this(&args[0])?.check_open()?;
    Ok(new_bool(true))
}

fn iternext(it: &Value) -> PyResult<Option<Value>> {
    let s = this(it)?;
    s.check_open()?;
    let line = if std::ptr::eq(it.ty(), &STRINGIO_TYPE) {
        new_str(s.readline(None))
    } else {
        let l = call_method(it, "readline", &[])?;
        if as_str(&l).is_none() {
            return Err(crate::error::os_error(format!("readline() should have returned a str object, not '{}'", l.ty().name())));
        }
        l
    };
    if as_str(&line).is_some_and(str::is_empty) {
        return Ok(None);
    }
    Ok(Some(line))
}

fn get_closed(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this(v)?.check_init()?.closed))
}

fn get_line_buffering(v: &Value) -> PyResult<Value> {
    this(v)?.check_open()?;
    Ok(new_bool(false))
}

fn get_newlines(v: &Value) -> PyResult<Value> {
    let st = this(v)?.check_open()?;
    Ok(match &st.decoder {
        Some(d) => d.newlines(),
        None => none(),
    })
}

pub fn init() {
    let t = &STRINGIO_TYPE;
    crate::types::init_builtin_type(t);
    t.iternext.set(Some(iternext));
    build::new(t, stringio_new);
    build::method(t, "__init__", stringio_init);
    build::method(t, "read", read);
    build::method(t, "readline", readline);
    build::method(t, "write", write);
    build::method(t, "seek", seek);
    build::method(t, "tell", tell);
    build::method(t, "truncate", truncate);
    build::method(t, "getvalue", getvalue);
    build::method(t, "close", close);
    build::method(t, "readable", true_if_open);
    build::method(t, "writable", true_if_open);
    build::method(t, "seekable", true_if_open);
    build::method(t, "__next__", crate::objects::iter::iter_next_method);
    build::getset(t, "closed", get_closed, None);
    build::getset(t, "line_buffering", get_line_buffering, None);
    build::getset(t, "newlines", get_newlines, None);
}
