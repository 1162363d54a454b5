//! The `_io` module: CPython's io stack (Modules/_io/), which Lib's `io.py`
//! re-exports and `open()` builds.
//!
//! - `iobase`: `_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`, the
//!   generic methods Python subclasses inherit (they call the subclass's
//!   `read`/`readinto`/`write`, as CPython's do);
//! - `fileio`: `FileIO`, unbuffered binary I/O on a file descriptor;
//! - `buffered`: `BufferedReader`/`Writer`/`Random`/`RWPair` over any raw stream;
//! - `bytesio`, `stringio`: in-memory streams;
//! - `textio`: `TextIOWrapper` (decoding, newline translation, tell/seek
//!   cookies) and `IncrementalNewlineDecoder`.
//!
//! Every layer talks to the next through its Python methods, except when the
//! next layer is exactly the native type: then the Rust code is called
//! directly (how `print()` to a terminal or a pipe stays fast: text is
//! encoded into the TextIOWrapper's pending bytes, which go to the
//! BufferedWriter's buffer, which goes to `write(2)`).
//!
//! `sys.stdin`/`stdout`/`stderr` are TextIOWrappers over buffered FileIOs on
//! descriptors 0, 1 and 2; stdout is line buffered on a terminal and block
//! buffered otherwise, and is flushed before anything goes to descriptor 2 and
//! before reading descriptor 0.

pub mod buffered;
pub mod bytesio;
pub mod fileio;
pub mod iobase;
pub mod stringio;
pub mod textio;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern_static, new_str};
use crate::types::TypeObject;
use crate::value::{ObjHeader, Value};
use std::cell::RefCell;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

thread_local! {
    static UNSUPPORTED: RefCell<Option<Value>> = const { RefCell::new(None) };
    static STDOUT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
pub fn unsupported_class() -> Value {
    UNSUPPORTED.with(|u| u.borrow().clone()).unwrap_or_else(|| crate::objects::exception::OS_ERROR.as_value())
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    match crate::call::call(&unsupported_class(), &[new_str(msg)], None) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// `BlockingIOError(EAGAIN, msg, written)`.
pub fn blocking_error(msg: &str, written: usize) -> PyErr {
    PyErr::with_args(
        &crate::objects::exception::BLOCKING_IO_ERROR,
        vec![new_int(libc::EAGAIN as i64), new_str(msg), new_int(written as i64)],
    )
}

/// The type's name as CPython's `tp_name` shows it in reprs: `_io.FileIO`
/// for the built-in classes (their names are dotted), the bare name for subclasses.
pub fn tp_name(v: &Value) -> String {
    let t = v.ty();
    t.name().to_owned()
}

/// A size argument (`size=-1`): None or an index; Ok(None) means "all".
pub fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => {
            let i = crate::ops::index(x)?;
            let n = crate::objects::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// A size argument that must be -1 or more (`read length must be non-negative or -1`).
pub fn read_size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    if let Some(x) = v.filter(|x| !is_none(x)) {
        let i = crate::ops::index(x)?;
        if let Some(n) = crate::objects::int::as_i64(&i) {
            if n < -1 {
                return Err(value_error("read length must be non-negative or -1"));
            }
        }
    }
    size_arg(v)
}

/// Calls a method by name.
pub fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    crate::ops::call_method(obj, name, args)
}

/// `obj.closed`, as a bool.
pub fn is_closed(obj: &Value) -> PyResult<bool> {
    let c = crate::ops::getattr(obj, &intern_static("closed"))?;
    crate::ops::truthy(&c)
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::memoryview::view_bytes(v)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

/// The length of a writable buffer argument (for `readinto`).
pub fn writable_len(fname: &str, v: &Value) -> PyResult<usize> {
    if let Some(b) = v.downcast::<crate::objects::bytes::ByteArrayObject>() {
        return Ok(b.vec().len());
    }
    if v.downcast::<crate::builtins::memoryview::MemoryViewObject>().is_some() {
        return crate::ops::len(v);
    }
    Err(type_error(format!("{fname}() argument must be read-write bytes-like object, not {}", v.ty().name())))
}

/// Copies `data` to the start of a writable buffer (bytearray or memoryview).
pub fn fill_buffer(target: &Value, data: &[u8]) -> PyResult<()> {
    if data.is_empty() {
        return Ok(());
    }
    if let Some(b) = target.downcast::<crate::objects::bytes::ByteArrayObject>() {
        let v = b.vec();
        let n = data.len().min(v.len());
        v[..n].copy_from_slice(&data[..n]);
        return Ok(());
    }
    let sl = crate::objects::slice::new_slice(new_int(0), new_int(data.len() as i64), none());
    crate::ops::set_item(target, &sl, crate::objects::bytes::new_bytes(data.to_vec()))
}

/// Runs a finaliser on an object whose count reached zero, then frees it
/// with `free` (unless the finaliser resurrected it).
///
/// # Safety
/// `h` must be an unreferenced object.
pub unsafe fn finalize_and_free(h: *mut ObjHeader, fin: impl FnOnce(&Value), free: unsafe fn(*mut ObjHeader)) {
    (*h).refcnt.set(1);
    let obj = Value::from_owned_ptr(h);
    fin(&obj);
    if (*h).refcnt.get() == 1 {
        std::mem::forget(obj);
        (*h).refcnt.set(0);
        free(h);
    } else {
        drop(obj);
    }
}

/// Reports an exception raised while finalising `obj` (CPython's unraisable hook).
pub fn unraisable(e: &PyErr, obj: &Value) {
    let f = crate::ops::getattr_opt(obj, &intern_static("close")).ok().flatten().unwrap_or_else(|| obj.clone());
    crate::traceback::write_unraisable(e, "Exception ignored in", &f);
}

// ----- open() ----------------------------------------------------------------------------------------

/// The flags of an open() mode string.
#[derive(Default, Clone, Copy)]
pub struct Mode {
    pub creating: bool,
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub updating: bool,
    pub text: bool,
    pub binary: bool,
}

/// Parses an open() mode string with `_io.open`'s checks.
fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    for (i, c) in mode.chars().enumerate() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        };
        *flag = true;
        if mode.chars().skip(i + 1).any(|d| d == c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
    }
    if m.text && m.binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if m.creating as u8 + m.reading as u8 + m.writing as u8 + m.appending as u8 > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if !(m.creating || m.reading || m.writing || m.appending) {
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    Ok(m)
}

/// An optional str argument of open(): None or a str.
fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<Value>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) if as_str(x).is_some() => Ok(Some(x.clone())),
        Some(x) => Err(type_error(format!("open() argument '{what}' must be str or None, not {}", x.ty().name()))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`: the builtin `open` and `io.open`.
pub fn open(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind(
        "open",
        args,
        kw,
        &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        1,
    )?;
    let file = a[0].clone().expect("required");
    let mode_s = match &a[1] {
        None => "r".to_owned(),
        Some(m) => as_str(m)
            .ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", m.ty().name())))?
            .to_owned(),
    };
    let mut buffering = match &a[2] {
        None => -1,
        Some(b) => crate::builtins::args::as_c_int(b)?,
    };
    let encoding = opt_str(&a[3], "encoding")?;
    let errors = opt_str(&a[4], "errors")?;
    let newline = opt_str(&a[5], "newline")?;
    let closefd = match &a[6] {
        None => true,
        Some(c) => crate::ops::truthy(c)?,
    };
    let opener = a[7].clone().unwrap_or_else(none);

    let file = if crate::objects::int::is_int(&file) {
        file
    } else {
        match crate::modules::posix::fspath_opt(&file)? {
            Some(p) => p,
            None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", file.ty().name()))),
        }
    };
    let m = parse_mode(&mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    let mut rawmode = String::new();
    if m.creating {
        rawmode.push('x');
    }
    if m.reading {
        rawmode.push('r');
    }
    if m.writing {
        rawmode.push('w');
    }
    if m.appending {
        rawmode.push('a');
    }
    if m.updating {
        rawmode.push('+');
    }
    if m.binary && buffering == 1 {
        let w = crate::import::import_module("warnings")?;
        let warn = crate::ops::getattr(&w, &intern_static("warn"))?;
        let msg = "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used";
        crate::call::call(&warn, &[new_str(msg), crate::objects::exception::RUNTIME_WARNING.as_value(), new_int(1)], None)?;
    }
    let raw = fileio::new_fileio(&file, &rawmode, closefd, &opener)?;
    let result = (|| -> PyResult<Value> {
        let mut line_buffering = false;
        if buffering == 1 || (buffering < 0 && fileio::raw_isatty(&raw)?) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            buffering = fileio::blksize(&raw) as i64;
        }
        if buffering == 0 {
            if m.binary {
                return Ok(raw.clone());
            }
            return Err(value_error("can't have unbuffered text I/O"));
        }
        let kind = if m.updating {
            buffered::Kind::Random
        } else if m.creating || m.writing || m.appending {
            buffered::Kind::Writer
        } else {
            buffered::Kind::Reader
        };
        let buffer = buffered::new_buffered(kind, raw.clone(), buffering as usize);
        if m.binary {
            return Ok(buffer);
        }
        let text = textio::new_text_wrapper(buffer.clone(), encoding.clone(), errors.clone(), newline.clone(), line_buffering, false);
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                let _ = call_method(&buffer, "close", &[]);
                return Err(e);
            }
        };
        crate::objects::instance::dict_set(&text, &intern_static("mode"), new_str(mode_s.clone()));
        Ok(text)
    })();
    if result.is_err() {
        let _ = fileio::close_quietly(&raw);
    }
    result
}

/// `open_code(path)`: a file opened for reading binary code.
fn open_code(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("open_code", args, kw, &["path"], 1)?;
    let p = a[0].clone().expect("required");
    if as_str(&p).is_none() {
        return Err(type_error(format!("open_code() argument 'path' must be str, not {}", p.ty().name())));
    }
    open(&[p, new_str("rb")], None)
}

/// `text_encoding(encoding, stacklevel=2)`: the encoding, or "locale" for None.
fn text_encoding(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "text_encoding", "text_encoding", 1, 2)?;
    if is_none(&args[0]) {
        return Ok(new_str("locale"));
    }
    Ok(args[0].clone())
}

// ----- the standard streams -----------------------------------------------------------------------------

/// Creates sys.stdin, sys.stdout and sys.stderr.
pub fn std_streams() -> (Value, Value, Value) {
    init_types();
    let make = |fd: i32, write: bool, name: &str| -> Value {
        // A descriptor that is not open makes the stream None, as in CPython.
        if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
            return none();
        }
        let raw = fileio::new_std_fileio(fd, write, name);
        let tty = unsafe { libc::isatty(fd) } == 1;
        let kind = if write { buffered::Kind::Writer } else { buffered::Kind::Reader };
        let buffer = buffered::new_buffered(kind, raw, DEFAULT_BUFFER_SIZE);
        // Line buffered on a terminal, and stderr always.
        let line_buffering = tty || fd == 2;
        let errors = if fd == 2 { "backslashreplace" } else { stdio_errors() };
        let t = textio::new_text_wrapper(buffer, Some(new_str("utf-8")), Some(new_str(errors)), Some(new_str("\n")), line_buffering, false)
            .expect("the standard streams");
        crate::objects::instance::dict_set(&t, &intern_static("mode"), new_str(if write { "w" } else { "r" }));
        t
    };
    let stdin = make(0, false, "<stdin>");
    let stdout = make(1, true, "<stdout>");
    let stderr = make(2, true, "<stderr>");
    STDOUT.with(|s| *s.borrow_mut() = Some(stdout.clone()).filter(|v| !is_none(v)));
    (stdin, stdout, stderr)
}

/// The error handler of stdin and stdout: surrogateescape in the C and POSIX
/// locales and the UTF-8 locales they are coerced to, else strict (CPython's
/// `config_get_stdio_errors`).
fn stdio_errors() -> &'static str {
    crate::modules::locale::init_ctype();
    let p = unsafe { libc::setlocale(libc::LC_CTYPE, std::ptr::null()) };
    if p.is_null() {
        return "strict";
    }
    let loc = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy();
    if matches!(&*loc, "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8") {
        "surrogateescape"
    } else {
        "strict"
    }
}

thread_local! {
    static FLUSHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Flushes the original stdout's buffers (before stderr output, before
/// reading stdin, and at exit). Errors are ignored here.
pub fn flush_stdout() {
    if FLUSHING.with(|f| f.replace(true)) {
        return;
    }
    let out = STDOUT.with(|s| s.try_borrow().ok().and_then(|b| b.clone()));
    if let Some(v) = out {
        let _ = textio::flush_native(&v);
    }
    FLUSHING.with(|f| f.set(false));
}

/// Should an object found at exit be closed (flushing it), as CPython's
/// shutdown closes the files modules still refer to? Open native FileIOs,
/// buffered objects and TextIOWrappers, except the standard streams.
pub fn needs_close_at_exit(v: &Value) -> bool {
    let t = v.ty();
    let raw = if std::ptr::eq(t, &textio::TEXTIOWRAPPER_TYPE) {
        match textio::buffer_of(v).as_ref().and_then(|b| buffered::native(b).and_then(|b| b.raw().ok())) {
            Some(r) => r,
            None => return false,
        }
    } else if let Some(b) = buffered::native(v) {
        match b.raw() {
            Ok(r) => r,
            Err(_) => return false,
        }
    } else {
        v.clone()
    };
    match fileio::native(&raw) {
        Some(f) => !f.closed() && !(f.st().fd <= 2 && !f.closefd()),
        None => false,
    }
}

/// Writes text to a file object: natively for TextIOWrappers, else `write()`.
pub fn write_text(file: &Value, s: &str) -> PyResult<()> {
    if let Some(r) = textio::write_fast(file, s) {
        return r;
    }
    call_method(file, "write", &[new_str(s)]).map(|_| ())
}

/// `file.flush()`.
pub fn flush_file(file: &Value) -> PyResult<()> {
    call_method(file, "flush", &[]).map(|_| ())
}

// ----- the module ----------------------------------------------------------------------------------

/// Registers the methods of every io type (once).
pub fn init_types() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    iobase::init();
    fileio::init();
    buffered::init();
    bytesio::init();
    stringio::init();
    textio::init();
}

/// Creates `io.UnsupportedOperation` (the interpreter must be able to make classes).
pub fn init_late() -> PyResult<()> {
    use crate::objects::exception::{OS_ERROR, VALUE_ERROR};
    let ns = crate::objects::dict::new_dict();
    let nsd = crate::objects::dict::as_dict(&ns).expect("a dict");
    nsd.set_str(intern_static("__module__"), new_str("io"));
    let bases = crate::objects::tuple::new_tuple(vec![OS_ERROR.as_value(), VALUE_ERROR.as_value()]);
    let cls = crate::call::call(&crate::types::TYPE_TYPE.as_value(), &[new_str("UnsupportedOperation"), bases, ns], None)?;
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(cls));
    // `_io` is loaded at start-up, as in CPython, and the builtin `open` is `_io.open` itself.
    let m = crate::import::import_module("_io")?;
    let open = crate::ops::getattr(&m, &intern_static("open"))?;
    let b = crate::builtins::builtins_dict();
    crate::objects::dict::as_dict(&b).expect("a dict").set_str(intern_static("open"), open);
    Ok(())
}

/// Creates the `_io` module.
pub fn create() -> Value {
    init_types();
    let m = new_module("_io");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[("open", open), ("open_code", open_code), ("text_encoding", text_encoding)];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("io")));
    }
    mo.set("DEFAULT_BUFFER_SIZE", new_int(DEFAULT_BUFFER_SIZE as i64));
    mo.set("UnsupportedOperation", unsupported_class());
    mo.set("BlockingIOError", crate::objects::exception::BLOCKING_IO_ERROR.as_value());
    let types: &[&'static TypeObject] = &[
        &iobase::IOBASE_TYPE,
        &iobase::RAW_IOBASE_TYPE,
        &iobase::BUFFERED_IOBASE_TYPE,
        &iobase::TEXT_IOBASE_TYPE,
        &fileio::FILEIO_TYPE,
        &bytesio::BYTESIO_TYPE,
        &stringio::STRINGIO_TYPE,
        &buffered::BUFFERED_READER_TYPE,
        &buffered::BUFFERED_WRITER_TYPE,
        &buffered::BUFFERED_RANDOM_TYPE,
        &buffered::BUFFERED_RWPAIR_TYPE,
        &textio::TEXTIOWRAPPER_TYPE,
        &textio::NEWLINE_DECODER_TYPE,
    ];
    for t in types {
        mo.set(t.qualname(), t.as_value());
    }
    m
}
