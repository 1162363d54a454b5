//! What remains of the first file objects: the entry points the rest of the
//! runtime calls (`open`, the standard streams, flushing stdout, writing
//! text), now served by the native `_io` module (runtime/src/modules/io/),
//! and the errno helpers.

use crate::error::{PyErr, PyResult};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::types::TypeObject;
use crate::value::Value;

/// The three standard streams (TextIOWrappers over descriptors 0, 1, 2).
pub fn std_streams() -> (Value, Value, Value) {
    crate::modules::io::std_streams()
}

/// Flushes the original stdout (before stderr output, reading stdin, and at exit).
pub fn flush_stdout() {
    crate::modules::io::flush_stdout();
}

/// Writes text to a file object (natively for TextIOWrappers, else `write()`).
pub fn write_text(file: &Value, s: &str) -> PyResult<()> {
    crate::modules::io::write_text(file, s)
}

/// `file.flush()` (natively for TextIOWrappers), unless the file is closed
/// (as CPython flushes the standard streams at exit).
pub fn flush_file(file: &Value) -> PyResult<()> {
    if crate::modules::io::is_closed(file).unwrap_or(false) {
        return Ok(());
    }
    crate::modules::io::textio::flush_native(file)
}

/// Is `file` a native TextIOWrapper (print() writes to it without method calls)?
pub fn is_native_text(file: &Value) -> bool {
    file.downcast_exact::<crate::modules::io::textio::TextIOObject>().is_some()
}

/// The builtin `open` (`_io.open`).
pub fn open(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::modules::io::open(args, kw)
}

/// Registers the io types.
pub fn init() {
    crate::modules::io::init_types();
}

/// Creates `io.UnsupportedOperation` (needs the interpreter able to make classes).
pub fn init_late() -> PyResult<()> {
    crate::modules::io::init_late()
}

/// An OSError subclass chosen by errno, as CPython's OSError constructor does.
pub fn os_error_from(e: std::io::Error, filename: Option<&str>) -> PyErr {
    use crate::objects::exception::*;
    let errno = e.raw_os_error().unwrap_or(0);
    let cls: &TypeObject = match errno {
        2 => &FILE_NOT_FOUND_ERROR,
        13 | 1 => &PERMISSION_ERROR,
        17 => &FILE_EXISTS_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        32 => &BROKEN_PIPE_ERROR,
        4 => &INTERRUPTED_ERROR,
        _ => &OS_ERROR,
    };
    let msg = strerror(errno).unwrap_or_else(|| e.to_string());
    let mut args = vec![new_int(errno as i64), new_str(msg)];
    if let Some(f) = filename {
        args.push(new_str(f));
    }
    PyErr::with_args(cls, args)
}

/// The C library's message for an errno (as CPython shows it).
pub fn strerror(errno: i32) -> Option<String> {
    Some(
        match errno {
            1 => "Operation not permitted",
            2 => "No such file or directory",
            4 => "Interrupted system call",
            5 => "Input/output error",
            9 => "Bad file descriptor",
            13 => "Permission denied",
            17 => "File exists",
            20 => "Not a directory",
            21 => "Is a directory",
            22 => "Invalid argument",
            28 => "No space left on device",
            29 => "Illegal seek",
            32 => "Broken pipe",
            36 => "File name too long",
            39 => "Directory not empty",
            _ => return None,
        }
        .to_string(),
    )
}

