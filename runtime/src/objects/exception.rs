//! Exceptions: `BaseException` and the 3.11 hierarchy, and traceback objects.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::function::Kw;
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{build, TypeObject, BASETYPE, EXC_BASE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct BaseExceptionObject {
    pub header: ObjHeader,
    pub args: UnsafeCell<Value>,
    pub traceback: UnsafeCell<Option<Value>>,
    pub context: UnsafeCell<Option<Value>>,
    pub cause: UnsafeCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    pub dict: Option<Value>,
    /// For exception groups: `(message, exceptions tuple)`.
    pub group: UnsafeCell<Option<Value>>,
}

unsafe impl PyObj for BaseExceptionObject {
    fn class() -> &'static TypeObject {
        &BASE_EXCEPTION
    }
}

impl BaseExceptionObject {
    pub fn args(&self) -> &Value {
        unsafe { &*self.args.get() }
    }
    pub fn set_args(&self, v: Value) {
        unsafe { *self.args.get() = v };
    }
    pub fn traceback(&self) -> Option<Value> {
        unsafe { (*self.traceback.get()).clone() }
    }
    pub fn set_traceback(&self, tb: Option<Value>) {
        let old = unsafe { std::mem::replace(&mut *self.traceback.get(), tb) };
        drop(old);
    }
    pub fn context(&self) -> Option<Value> {
        unsafe { (*self.context.get()).clone() }
    }
    pub fn set_context(&self, c: Option<Value>) {
        let old = unsafe { std::mem::replace(&mut *self.context.get(), c) };
        drop(old);
    }
    pub fn cause(&self) -> Option<Value> {
        unsafe { (*self.cause.get()).clone() }
    }
    pub fn set_cause(&self, c: Option<Value>) {
        let old = unsafe { std::mem::replace(&mut *self.cause.get(), c) };
        drop(old);
    }
}

const EXC_DICT: usize = std::mem::offset_of!(BaseExceptionObject, dict);

macro_rules! exceptions {
    ( $( $id:ident : $name:literal < $base:ident ; )* ) => {
        $(
            pub static $id: TypeObject =
                TypeObject::builtin::<BaseExceptionObject>($name, Some(&$base), BASETYPE | EXC_BASE)
                    .with_dict_at(EXC_DICT);
        )*
        /// Every built-in exception class, bases before subclasses.
        pub static ALL: &[&TypeObject] = &[ $( &$id, )* ];
    };
}

use crate::types::OBJECT_TYPE;

exceptions! {
    BASE_EXCEPTION: "BaseException" < OBJECT_TYPE;
    SYSTEM_EXIT: "SystemExit" < BASE_EXCEPTION;
    KEYBOARD_INTERRUPT: "KeyboardInterrupt" < BASE_EXCEPTION;
    GENERATOR_EXIT: "GeneratorExit" < BASE_EXCEPTION;
    BASE_EXCEPTION_GROUP: "BaseExceptionGroup" < BASE_EXCEPTION;
    EXCEPTION: "Exception" < BASE_EXCEPTION;
    STOP_ITERATION: "StopIteration" < EXCEPTION;
    STOP_ASYNC_ITERATION: "StopAsyncIteration" < EXCEPTION;
    ARITHMETIC_ERROR: "ArithmeticError" < EXCEPTION;
    FLOATING_POINT_ERROR: "FloatingPointError" < ARITHMETIC_ERROR;
    OVERFLOW_ERROR: "OverflowError" < ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR: "ZeroDivisionError" < ARITHMETIC_ERROR;
    ASSERTION_ERROR: "AssertionError" < EXCEPTION;
    ATTRIBUTE_ERROR: "AttributeError" < EXCEPTION;
    BUFFER_ERROR: "BufferError" < EXCEPTION;
    EOF_ERROR: "EOFError" < EXCEPTION;
    EXCEPTION_GROUP: "ExceptionGroup" < BASE_EXCEPTION_GROUP;
    IMPORT_ERROR: "ImportError" < EXCEPTION;
    MODULE_NOT_FOUND_ERROR: "ModuleNotFoundError" < IMPORT_ERROR;
    LOOKUP_ERROR: "LookupError" < EXCEPTION;
    INDEX_ERROR: "IndexError" < LOOKUP_ERROR;
    KEY_ERROR: "KeyError" < LOOKUP_ERROR;
    MEMORY_ERROR: "MemoryError" < EXCEPTION;
    NAME_ERROR: "NameError" < EXCEPTION;
    UNBOUND_LOCAL_ERROR: "UnboundLocalError" < NAME_ERROR;
    OS_ERROR: "OSError" < EXCEPTION;
    BLOCKING_IO_ERROR: "BlockingIOError" < OS_ERROR;
    CHILD_PROCESS_ERROR: "ChildProcessError" < OS_ERROR;
    CONNECTION_ERROR: "ConnectionError" < OS_ERROR;
    BROKEN_PIPE_ERROR: "BrokenPipeError" < CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR: "ConnectionAbortedError" < CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR: "ConnectionRefusedError" < CONNECTION_ERROR;
    CONNECTION_RESET_ERROR: "ConnectionResetError" < CONNECTION_ERROR;
    FILE_EXISTS_ERROR: "FileExistsError" < OS_ERROR;
    FILE_NOT_FOUND_ERROR: "FileNotFoundError" < OS_ERROR;
    INTERRUPTED_ERROR: "InterruptedError" < OS_ERROR;
    IS_A_DIRECTORY_ERROR: "IsADirectoryError" < OS_ERROR;
    NOT_A_DIRECTORY_ERROR: "NotADirectoryError" < OS_ERROR;
    PERMISSION_ERROR: "PermissionError" < OS_ERROR;
    PROCESS_LOOKUP_ERROR: "ProcessLookupError" < OS_ERROR;
    TIMEOUT_ERROR: "TimeoutError" < OS_ERROR;
    REFERENCE_ERROR: "ReferenceError" < EXCEPTION;
    RUNTIME_ERROR: "RuntimeError" < EXCEPTION;
    NOT_IMPLEMENTED_ERROR: "NotImplementedError" < RUNTIME_ERROR;
    RECURSION_ERROR: "RecursionError" < RUNTIME_ERROR;
    SYNTAX_ERROR: "SyntaxError" < EXCEPTION;
    INDENTATION_ERROR: "IndentationError" < SYNTAX_ERROR;
    TAB_ERROR: "TabError" < INDENTATION_ERROR;
    SYSTEM_ERROR: "SystemError" < EXCEPTION;
    TYPE_ERROR: "TypeError" < EXCEPTION;
    VALUE_ERROR: "ValueError" < EXCEPTION;
    UNICODE_ERROR: "UnicodeError" < VALUE_ERROR;
    UNICODE_DECODE_ERROR: "UnicodeDecodeError" < UNICODE_ERROR;
    UNICODE_ENCODE_ERROR: "UnicodeEncodeError" < UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR: "UnicodeTranslateError" < UNICODE_ERROR;
    WARNING: "Warning" < EXCEPTION;
    BYTES_WARNING: "BytesWarning" < WARNING;
    DEPRECATION_WARNING: "DeprecationWarning" < WARNING;
    ENCODING_WARNING: "EncodingWarning" < WARNING;
    FUTURE_WARNING: "FutureWarning" < WARNING;
    IMPORT_WARNING: "ImportWarning" < WARNING;
    PENDING_DEPRECATION_WARNING: "PendingDeprecationWarning" < WARNING;
    RESOURCE_WARNING: "ResourceWarning" < WARNING;
    RUNTIME_WARNING: "RuntimeWarning" < WARNING;
    SYNTAX_WARNING: "SyntaxWarning" < WARNING;
    UNICODE_WARNING: "UnicodeWarning" < WARNING;
    USER_WARNING: "UserWarning" < WARNING;
}

/// A new exception instance of class `ty` with `args` (no `__init__` run;
/// the attributes that constructors set are filled in directly).
pub fn new_exception(ty: &TypeObject, args: Vec<Value>) -> Value {
    let args_t = new_tuple(args);
    let v = crate::types::alloc_object(
        ty,
        BaseExceptionObject {
            header: ObjHeader::new(std::ptr::null()),
            args: UnsafeCell::new(args_t),
            traceback: UnsafeCell::new(None),
            context: UnsafeCell::new(None),
            cause: UnsafeCell::new(None),
            suppress_context: Cell::new(false),
            dict: None,
            group: UnsafeCell::new(None),
        },
    );
    init_special_attrs(&v);
    v
}

/// The exception payload of a value.
#[inline]
pub fn as_exc(v: &Value) -> Option<&BaseExceptionObject> {
    v.downcast::<BaseExceptionObject>()
}

fn set_attr(v: &Value, name: &str, val: Value) {
    let _ = crate::objects::instance::dict_set(v, &intern(name), val);
}

fn get_attr(v: &Value, name: &str) -> Option<Value> {
    crate::objects::instance::dict_get(v, &intern(name))
}

/// Sets the attributes that some exception classes derive from their args.
fn init_special_attrs(v: &Value) {
    // Most exceptions (KeyError, ValueError, user classes...) have none: one
    // walk of the MRO per class (kept in its flags), no copy of the args.
    let special: [&TypeObject; 9] =
        [&STOP_ITERATION, &SYSTEM_EXIT, &IMPORT_ERROR, &NAME_ERROR, &ATTRIBUTE_ERROR, &OS_ERROR, &SYNTAX_ERROR, &UNICODE_DECODE_ERROR, &UNICODE_ENCODE_ERROR];
    let ty = v.ty();
    let flags = ty.flags.get();
    let is_special = if flags & crate::types::SPECIAL_EXC_KNOWN != 0 {
        flags & crate::types::SPECIAL_EXC != 0
    } else {
        let s = ty.mro().iter().any(|&t| special.iter().any(|&s| std::ptr::eq(t, s)));
        ty.flags.set(flags | crate::types::SPECIAL_EXC_KNOWN | if s { crate::types::SPECIAL_EXC } else { 0 });
        s
    };
    if !is_special {
        return;
    }
    let e = as_exc(v).unwrap();
    let args = tuple_items(e.args()).unwrap_or(&[]).to_vec();
    if ty.is_subtype(&STOP_ITERATION) {
        set_attr(v, "value", args.first().cloned().unwrap_or_else(none));
    } else if ty.is_subtype(&SYSTEM_EXIT) {
        let code = match args.len() {
            0 => none(),
            1 => args[0].clone(),
            _ => e.args().clone(),
        };
        set_attr(v, "code", code);
    } else if ty.is_subtype(&IMPORT_ERROR) {
        set_attr(v, "msg", args.first().cloned().unwrap_or_else(none));
        if get_attr(v, "name").is_none() {
            set_attr(v, "name", none());
        }
        if get_attr(v, "path").is_none() {
            set_attr(v, "path", none());
        }
    } else if ty.is_subtype(&NAME_ERROR) || ty.is_subtype(&ATTRIBUTE_ERROR) {
        if get_attr(v, "name").is_none() {
            set_attr(v, "name", none());
        }
        if ty.is_subtype(&ATTRIBUTE_ERROR) && get_attr(v, "obj").is_none() {
            set_attr(v, "obj", none());
        }
    } else if ty.is_subtype(&OS_ERROR) {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
            (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or_else(none),
                args.get(4).cloned().unwrap_or_else(none),
            )
        } else {
            (none(), none(), none(), none())
        };
        set_attr(v, "errno", errno);
        set_attr(v, "strerror", strerror);
        // BlockingIOError(errno, strerror, characters_written)
        let written = args.get(2).filter(|_| args.len() == 3 && ty.is_subtype(&BLOCKING_IO_ERROR) && crate::objects::int::is_int(&args[2]));
        if let Some(n) = written {
            set_attr(v, "characters_written", n.clone());
            set_attr(v, "filename", none());
        } else {
            set_attr(v, "filename", filename.clone());
        }
        set_attr(v, "filename2", filename2);
        if (3..=5).contains(&args.len()) {
            // args keeps only (errno, strerror) once a filename is given.
            e.set_args(new_tuple(args[..2].to_vec()));
        }
    } else if ty.is_subtype(&SYNTAX_ERROR) {
        set_attr(v, "msg", args.first().cloned().unwrap_or_else(none));
        let details = args.get(1).and_then(|d| tuple_items(d).map(|t| t.to_vec()));
        let fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (i, f) in fields.iter().enumerate() {
            let val = details.as_ref().and_then(|d| d.get(i).cloned()).unwrap_or_else(none);
            set_attr(v, f, val);
        }
        set_attr(v, "print_file_and_line", none());
    } else if ty.is_subtype(&UNICODE_DECODE_ERROR) || ty.is_subtype(&UNICODE_ENCODE_ERROR) {
        let fields = ["encoding", "object", "start", "end", "reason"];
        for (i, f) in fields.iter().enumerate() {
            set_attr(v, f, args.get(i).cloned().unwrap_or_else(none));
        }
    }
}

/// `str()` of an exception, by CPython's per-class rules.
pub fn exc_str(v: &Value) -> PyResult<String> {
    let e = as_exc(v).unwrap();
    let args = tuple_items(e.args()).unwrap_or(&[]).to_vec();
    let ty = v.ty();
    if let Some((msg, excs)) = group_parts(v) {
        let n = tuple_items(&excs).map_or(0, |t| t.len());
        return Ok(format!("{} ({} sub-exception{})", crate::ops::str_of(&msg)?, n, if n == 1 { "" } else { "s" }));
    }
    if ty.is_subtype(&KEY_ERROR) && args.len() == 1 {
        return crate::ops::repr_string(&args[0]);
    }
    if ty.is_subtype(&OS_ERROR) {
        let errno = get_attr(v, "errno").unwrap_or_else(none);
        let strerror = get_attr(v, "strerror").unwrap_or_else(none);
        let filename = get_attr(v, "filename").unwrap_or_else(none);
        if !is_none(&errno) || !is_none(&strerror) {
            let en = crate::ops::str_of(&errno)?;
            let se = crate::ops::str_of(&strerror)?;
            if !is_none(&filename) {
                let filename2 = get_attr(v, "filename2").unwrap_or_else(none);
                if !is_none(&filename2) {
                    let (f1, f2) = (crate::ops::repr_string(&filename)?, crate::ops::repr_string(&filename2)?);
                    return Ok(format!("[Errno {en}] {se}: {f1} -> {f2}"));
                }
                return Ok(format!("[Errno {en}] {se}: {}", crate::ops::repr_string(&filename)?));
            }
            return Ok(format!("[Errno {en}] {se}"));
        }
    }
    if ty.is_subtype(&SYNTAX_ERROR) {
        let msg = get_attr(v, "msg").unwrap_or_else(none);
        let msg_s = if is_none(&msg) { String::new() } else { crate::ops::str_of(&msg)? };
        let filename = get_attr(v, "filename").unwrap_or_else(none);
        let lineno = get_attr(v, "lineno").unwrap_or_else(none);
        let fname = as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_owned());
        let line = crate::objects::int::as_i64(&lineno);
        return Ok(match (fname, line) {
            (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
            (Some(f), None) => format!("{msg_s} ({f})"),
            (None, Some(l)) => format!("{msg_s} (line {l})"),
            (None, None) => msg_s,
        });
    }
    if ty.is_subtype(&UNICODE_DECODE_ERROR) && args.len() == 5 {
        let enc = crate::ops::str_of(&args[0])?;
        let start = crate::objects::int::as_i64(&args[2]).unwrap_or(0);
        let end = crate::objects::int::as_i64(&args[3]).unwrap_or(0);
        let reason = crate::ops::str_of(&args[4])?;
        let byte = crate::objects::bytes::as_bytes(&args[1]).and_then(|b| b.get(start as usize).copied()).unwrap_or(0);
        if end == start + 1 {
            return Ok(format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"));
        }
        return Ok(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1));
    }
    if ty.is_subtype(&UNICODE_ENCODE_ERROR) && args.len() == 5 {
        let enc = crate::ops::str_of(&args[0])?;
        let start = crate::objects::int::as_i64(&args[2]).unwrap_or(0);
        let end = crate::objects::int::as_i64(&args[3]).unwrap_or(0);
        let reason = crate::ops::str_of(&args[4])?;
        let bad = as_str(&args[1]).and_then(|s| s.chars().nth(start.max(0) as usize));
        if let (Some(c), true) = (bad, end == start + 1) {
            let n = c as u32;
            let esc = if n <= 0xff {
                format!("\\x{n:02x}")
            } else if n <= 0xffff {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            return Ok(format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"));
        }
        return Ok(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1));
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => crate::ops::str_of(&args[0]),
        _ => crate::ops::repr_string(e.args()),
    }
}

// ----- methods ---------------------------------------------------------------

fn exc_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args.first().ok_or_else(|| type_error("BaseException.__new__(): not enough arguments"))?;
    let ty = cls
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("BaseException.__new__(X): X is not a type object"))?;
    if !ty.is_subtype(&BASE_EXCEPTION) {
        return Err(type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            ty.name(),
            ty.name()
        )));
    }
    // OSError(errno, strerror, ...) picks the subclass for the errno.
    let ty = if std::ptr::eq(ty, &OS_ERROR) && args.len() >= 3 {
        match args.get(1).and_then(crate::objects::int::as_i64).and_then(os_error_subclass) {
            Some(t) => t,
            None => ty,
        }
    } else {
        ty
    };
    Ok(new_exception(ty, args[1..].to_vec()))
}

/// The OSError subclass CPython raises for an errno (Linux values).
pub fn os_error_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        4 => &INTERRUPTED_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

/// Does this built-in exception class have its own instance layout in
/// CPython (extra C fields), so that it conflicts with other such classes
/// in multiple inheritance?
pub fn has_own_layout(t: &TypeObject) -> bool {
    [
        &BASE_EXCEPTION,
        &SYSTEM_EXIT,
        &BASE_EXCEPTION_GROUP,
        &STOP_ITERATION,
        &IMPORT_ERROR,
        &NAME_ERROR,
        &ATTRIBUTE_ERROR,
        &OS_ERROR,
        &SYNTAX_ERROR,
        &UNICODE_ERROR,
    ]
    .iter()
    .any(|&o| std::ptr::eq(o, t))
}

fn exc_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let e = as_exc(this).ok_or_else(|| type_error("descriptor '__init__' requires a 'BaseException' object"))?;
    if let Some(kw) = kw.filter(|k| !k.is_empty()) {
        // ImportError accepts name= and path=, NameError name=, AttributeError
        // name= and obj=; other exceptions take no keywords.
        let t = this.ty();
        let (allowed, what): (&[&str], &str) = if t.is_subtype(&IMPORT_ERROR) {
            (&["name", "path"], "ImportError")
        } else if t.is_subtype(&NAME_ERROR) {
            (&["name"], "NameError")
        } else if t.is_subtype(&ATTRIBUTE_ERROR) {
            (&["name", "obj"], "AttributeError")
        } else {
            return Err(type_error(format!("{}() takes no keyword arguments", t.name())));
        };
        for (k, v) in kw.iter() {
            if !allowed.contains(&k) {
                return Err(type_error(format!("'{k}' is an invalid keyword argument for {what}()")));
            }
            set_attr(this, k, v.clone());
        }
    }
    e.set_args(new_tuple(args[1..].to_vec()));
    init_special_attrs(this);
    Ok(none())
}

fn exc_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let e = as_exc(this).unwrap();
    let name = this.ty().name().to_owned();
    let items = tuple_items(e.args()).unwrap_or(&[]);
    let s = if items.len() == 1 {
        format!("{name}({})", crate::ops::repr_string(&items[0])?)
    } else {
        format!("{name}{}", crate::ops::repr_string(e.args())?)
    };
    Ok(new_str(s))
}

fn exc_str_method(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(exc_str(&args[0])?))
}

fn get_args(v: &Value) -> PyResult<Value> {
    Ok(as_exc(v).unwrap().args().clone())
}

fn set_args(v: &Value, a: Option<&Value>) -> PyResult<()> {
    let a = a.ok_or_else(|| type_error("args may not be deleted"))?;
    let items = crate::ops::collect(a)?;
    as_exc(v).unwrap().set_args(new_tuple(items));
    Ok(())
}

fn get_tb(v: &Value) -> PyResult<Value> {
    Ok(as_exc(v).unwrap().traceback().unwrap_or_else(none))
}

fn set_tb(v: &Value, tb: Option<&Value>) -> PyResult<()> {
    match tb {
        Some(t) if is_none(t) => as_exc(v).unwrap().set_traceback(None),
        Some(t) if t.downcast::<TracebackObject>().is_some() => as_exc(v).unwrap().set_traceback(Some(t.clone())),
        _ => return Err(type_error("__traceback__ must be a traceback or None")),
    }
    Ok(())
}

fn get_context(v: &Value) -> PyResult<Value> {
    Ok(as_exc(v).unwrap().context().unwrap_or_else(none))
}

fn set_context(v: &Value, c: Option<&Value>) -> PyResult<()> {
    let c = c.ok_or_else(|| type_error("__context__ may not be deleted"))?;
    if is_none(c) {
        as_exc(v).unwrap().set_context(None);
    } else if as_exc(c).is_some() {
        as_exc(v).unwrap().set_context(Some(c.clone()));
    } else {
        return Err(type_error("exception context must be None or derive from BaseException"));
    }
    Ok(())
}

fn get_cause(v: &Value) -> PyResult<Value> {
    Ok(as_exc(v).unwrap().cause().unwrap_or_else(none))
}

fn set_cause(v: &Value, c: Option<&Value>) -> PyResult<()> {
    let c = c.ok_or_else(|| type_error("__cause__ may not be deleted"))?;
    let e = as_exc(v).unwrap();
    if is_none(c) {
        e.set_cause(None);
    } else if as_exc(c).is_some() {
        e.set_cause(Some(c.clone()));
    } else {
        return Err(type_error("exception cause must be None or derive from BaseException"));
    }
    e.suppress_context.set(true);
    Ok(())
}

fn get_suppress(v: &Value) -> PyResult<Value> {
    Ok(new_bool(as_exc(v).unwrap().suppress_context.get()))
}

fn set_suppress(v: &Value, c: Option<&Value>) -> PyResult<()> {
    let c = c.ok_or_else(|| type_error("__suppress_context__ may not be deleted"))?;
    as_exc(v).unwrap().suppress_context.set(crate::ops::truthy(c)?);
    Ok(())
}

/// `BaseException.add_note(note)`: appends to `__notes__`.
fn add_note(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let note = &args[1];
    if as_str(note).is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", note.ty().name())));
    }
    let key = intern_static("__notes__");
    let notes = match crate::ops::getattr_opt(&args[0], &key) {
        Ok(Some(n)) => n,
        Ok(None) => {
            let l = crate::objects::list::new_list(Vec::new());
            crate::ops::setattr(&args[0], &key, Some(l.clone()))?;
            l
        }
        Err(e) => return Err(e),
    };
    match notes.downcast::<crate::objects::list::ListObject>() {
        Some(l) => l.vec().push(note.clone()),
        None => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(none())
}

fn with_traceback(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("BaseException.with_traceback() takes exactly one argument"));
    }
    set_tb(&args[0], Some(&args[1]))?;
    Ok(args[0].clone())
}

// ----- tracebacks ------------------------------------------------------------

/// Traceback objects live with frame objects.
pub use crate::objects::frameobj::{add_traceback, TracebackObject, TRACEBACK_TYPE};

// ----- exception groups ----------------------------------------------------------

/// `(message, exceptions)` of an exception group.
pub fn group_parts(v: &Value) -> Option<(Value, Value)> {
    let e = as_exc(v)?;
    let g = unsafe { (*e.group.get()).clone() }?;
    let t = tuple_items(&g)?;
    Some((t[0].clone(), t[1].clone()))
}

/// Is `v` a `BaseExceptionGroup`?
pub fn is_group(v: &Value) -> bool {
    v.ty().is_subtype(&BASE_EXCEPTION_GROUP) && group_parts(v).is_some()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`, with CPython's
/// checks; `BaseExceptionGroup` of plain Exceptions becomes an `ExceptionGroup`.
fn group_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().ok_or_else(|| type_error("BaseExceptionGroup.__new__(X): X is not a type object"))?;
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("{}() takes no keyword arguments", cls.name())));
    }
    let rest = &args[1..];
    if rest.len() != 2 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", rest.len())));
    }
    let (msg, seq) = (&rest[0], &rest[1]);
    if as_str(msg).is_none() {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", msg.ty().name())));
    }
    let is_seq = tuple_items(seq).is_some()
        || crate::objects::list::as_list(seq).is_some()
        || (seq.ty().has_slot(crate::types::Slot::GetItem) && crate::objects::dict::as_dict(seq).is_none());
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = crate::ops::collect(seq)?;
    if excs.is_empty() {
        return Err(crate::error::value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if as_exc(e).is_none() {
            return Err(crate::error::value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !e.isinstance(&EXCEPTION) {
            nested_base = true;
        }
    }
    let mut ty: &TypeObject = cls;
    if std::ptr::eq(cls, &BASE_EXCEPTION_GROUP) {
        if !nested_base {
            ty = &EXCEPTION_GROUP;
        }
    } else if std::ptr::eq(cls, &EXCEPTION_GROUP) {
        if nested_base {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && cls.is_subtype(&EXCEPTION) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let v = new_exception(ty, vec![msg.clone(), seq.clone()]);
    let e = as_exc(&v).unwrap();
    unsafe { *e.group.get() = Some(new_tuple(vec![msg.clone(), new_tuple(excs)])) };
    Ok(v)
}

/// A new group as `BaseExceptionGroup(message, excs)` would make it, `excs`
/// being a list or tuple.
pub fn new_group(message: &str, excs: Value) -> PyResult<Value> {
    group_new(&[BASE_EXCEPTION_GROUP.as_value(), new_str(message), excs], None)
}

fn group_of(v: &Value) -> PyResult<(Value, Value)> {
    group_parts(v).ok_or_else(|| type_error("descriptor requires a 'BaseExceptionGroup' object"))
}

fn group_message(v: &Value) -> PyResult<Value> {
    Ok(group_of(v)?.0)
}

fn group_exceptions(v: &Value) -> PyResult<Value> {
    Ok(group_of(v)?.1)
}

fn group_readonly(_v: &Value, _n: Option<&Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

/// `eg.derive(excs)`: a group with the same message.
fn group_derive(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (msg, _) = group_of(&args[0])?;
    let excs = args.get(1).ok_or_else(|| type_error("derive() takes exactly one argument (0 given)"))?;
    crate::call::call(&BASE_EXCEPTION_GROUP.as_value(), &[msg, excs.clone()], None)
}

/// How `split`/`subgroup` decide whether an exception matches.
enum Matcher {
    Types(Value),
    Predicate(Value),
    /// The leaves with these ids (for re-raising from `except*`).
    Ids(Vec<u64>),
}

impl Matcher {
    fn from_condition(cond: &Value) -> PyResult<Matcher> {
        let is_exc_type = |v: &Value| v.downcast::<TypeObject>().is_some_and(|t| t.is_exception());
        if is_exc_type(cond) || tuple_items(cond).is_some_and(|t| t.iter().all(is_exc_type)) {
            return Ok(Matcher::Types(cond.clone()));
        }
        if cond.downcast::<TypeObject>().is_none() && crate::call::callable(cond) {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => crate::ops::isinstance(e, t),
            Matcher::Predicate(f) => crate::ops::truthy(&crate::call::call(f, &[e.clone()], None)?),
            Matcher::Ids(ids) => Ok(ids.contains(&e.id())),
        }
    }
}

/// A group like `orig` holding `excs` (made by its `derive`), carrying over
/// its traceback, cause, context and notes; None for no exceptions.
fn group_subset(orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = crate::ops::call_method(orig, "derive", &[crate::objects::list::new_list(excs)])?;
    if !is_group(&eg) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (o, n) = (as_exc(orig).unwrap(), as_exc(&eg).unwrap());
    n.set_traceback(o.traceback());
    n.set_context(o.context());
    n.set_cause(o.cause());
    let notes_key = intern_static("__notes__");
    if let Some(notes) = crate::ops::getattr_opt(orig, &notes_key)? {
        if let Ok(items) = crate::ops::collect(&notes) {
            crate::ops::setattr(&eg, &notes_key, Some(crate::objects::list::new_list(items)))?;
        }
    }
    Ok(Some(eg))
}

/// CPython's exceptiongroup_split_recursive: (match, rest) of `exc`.
fn split_recursive(exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = group_parts(exc) else {
        return Ok((None, if with_rest { Some(exc.clone()) } else { None }));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in tuple_items(&excs).unwrap_or(&[]) {
        let (a, b) = split_recursive(e, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let a = group_subset(exc, matched)?;
    let b = if with_rest { group_subset(exc, rest)? } else { None };
    Ok((a, b))
}

/// `eg.split(condition)` -> (match, rest).
fn group_split(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    group_of(&args[0])?;
    let cond = args.get(1).ok_or_else(|| type_error("split() takes exactly one argument (0 given)"))?;
    let (a, b) = split_recursive(&args[0], &Matcher::from_condition(cond)?, true)?;
    Ok(new_tuple(vec![a.unwrap_or_else(none), b.unwrap_or_else(none)]))
}

/// `eg.subgroup(condition)`.
fn group_subgroup(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    group_of(&args[0])?;
    let cond = args.get(1).ok_or_else(|| type_error("subgroup() takes exactly one argument (0 given)"))?;
    let (a, _) = split_recursive(&args[0], &Matcher::from_condition(cond)?, false)?;
    Ok(a.unwrap_or_else(none))
}

/// `except* T` against exception `exc`: (rest, match), each possibly None.
/// A plain exception that matches is wrapped in a group.
pub fn except_star_match(exc: &Value, t: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let types: Vec<Value> = match tuple_items(t) {
        Some(items) => items.to_vec(),
        None => vec![t.clone()],
    };
    for it in &types {
        match it.downcast::<TypeObject>() {
            Some(tt) if tt.is_exception() => {
                if tt.is_subtype(&BASE_EXCEPTION_GROUP) {
                    return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
                }
            }
            _ => return Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
    if crate::ops::isinstance(exc, t)? {
        if is_group(exc) {
            return Ok((None, Some(exc.clone())));
        }
        let wrapped = new_group("", new_tuple(vec![exc.clone()]))?;
        if let (Some(w), Some(e)) = (as_exc(&wrapped), as_exc(exc)) {
            w.set_traceback(e.traceback());
        }
        return Ok((None, Some(wrapped)));
    }
    if is_group(exc) {
        let pair = crate::ops::call_method(exc, "split", &[t.clone()])?;
        let p = tuple_items(&pair).unwrap_or(&[]);
        let get = |i: usize| p.get(i).filter(|v| !is_none(v)).cloned();
        return Ok((get(1), get(0)));
    }
    Ok((Some(exc.clone()), None))
}

fn leaf_ids(exc: &Value, out: &mut Vec<u64>) {
    match group_parts(exc) {
        Some((_, excs)) => {
            for e in tuple_items(&excs).unwrap_or(&[]) {
                leaf_ids(e, out);
            }
        }
        None => out.push(exc.id()),
    }
}

/// CPython's `_PyExc_PrepReraiseStar`: what an `except*` statement raises
/// once its handlers ran, from the original exception and the exceptions
/// raised by handlers plus the unhandled rest (None entries skipped).
pub fn prep_reraise_star(orig: &Value, excs: &[Value]) -> PyResult<Option<Value>> {
    let excs: Vec<&Value> = excs.iter().filter(|e| !is_none(e)).collect();
    if excs.is_empty() {
        return Ok(None);
    }
    if !is_group(orig) {
        // A naked exception: only one handler could run.
        return Ok(Some(excs[0].clone()));
    }
    let o = as_exc(orig).unwrap();
    let same_metadata = |e: &Value| {
        let x = as_exc(e).unwrap();
        let same = |a: Option<Value>, b: Option<Value>| match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        };
        let notes = |v: &Value| crate::objects::instance::dict_get(v, &intern_static("__notes__"));
        same(x.traceback(), o.traceback()) && same(x.cause(), o.cause()) && same(x.context(), o.context()) && same(notes(e), notes(orig))
    };
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if same_metadata(e) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    // The re-raised leaves, in the original group's structure.
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(e, &mut ids);
    }
    let reraised_eg = if ids.is_empty() { None } else { split_recursive(orig, &Matcher::Ids(ids), false)?.0 };
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        return Ok(Some(new_group("", crate::objects::list::new_list(raised))?));
    }
    Ok(raised.pop())
}

pub fn init() {
    for t in ALL {
        crate::types::init_builtin_type(t);
    }
    // ExceptionGroup(BaseExceptionGroup, Exception).
    EXCEPTION_GROUP.set_bases(vec![BASE_EXCEPTION_GROUP.as_value(), EXCEPTION.as_value()]);
    EXCEPTION.add_subclass(&EXCEPTION_GROUP as *const TypeObject);
    EXCEPTION_GROUP.set_mro(vec![
        &EXCEPTION_GROUP as *const TypeObject,
        &BASE_EXCEPTION_GROUP,
        &EXCEPTION,
        &BASE_EXCEPTION,
        &crate::types::OBJECT_TYPE,
    ]);
    let g = &BASE_EXCEPTION_GROUP;
    build::new(g, group_new);
    build::getset(g, "message", group_message, Some(group_readonly));
    build::getset(g, "exceptions", group_exceptions, Some(group_readonly));
    build::method(g, "derive", group_derive);
    build::method(g, "split", group_split);
    build::method(g, "subgroup", group_subgroup);
    let b = &BASE_EXCEPTION;
    build::new(b, exc_new);
    build::method(b, "__init__", exc_init);
    build::method(b, "__repr__", exc_repr);
    build::method(b, "__str__", exc_str_method);
    build::method(b, "with_traceback", with_traceback);
    build::method(b, "add_note", add_note);
    crate::objects::instance::add_dict_getset(b);
    build::getset(b, "args", get_args, Some(set_args));
    build::getset(b, "__traceback__", get_tb, Some(set_tb));
    build::getset(b, "__context__", get_context, Some(set_context));
    build::getset(b, "__cause__", get_cause, Some(set_cause));
    build::getset(b, "__suppress_context__", get_suppress, Some(set_suppress));
}
