//! The `posix` module: the operating-system interface that CPython's `os`
//! and `posixpath` build on (CPython's Modules/posixmodule.c, Linux only).
//!
//! Paths are `str`, `bytes` or `os.PathLike` (and an open file descriptor
//! where CPython allows one); results come back as `bytes` when the path was
//! given as bytes. Failures raise the OSError subclass for the errno with
//! CPython's message and filenames. Functions taking `dir_fd` use the `*at`
//! system calls, so `os.supports_dir_fd` is what CPython has on Linux.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::float::{float_val, new_float};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{as_i64, new_int, new_int_i128};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell};
use std::ffi::{CStr, CString};

// ----- errors -----------------------------------------------------------------------

/// The C library's message for an errno (`os.strerror`), as CPython shows it.
pub fn strerror(errno: i32) -> String {
    let mut buf = [0 as libc::c_char; 256];
    unsafe { libc::strerror_r(errno, buf.as_mut_ptr(), buf.len()) };
    let s = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned();
    if s.is_empty() {
        format!("Unknown error {errno}")
    } else {
        s
    }
}

/// The errno of the last failed system call.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `OSError(errno, strerror[, filename[, None, filename2]])`, of the subclass
/// CPython picks for the errno (FileNotFoundError, PermissionError, ...).
pub fn os_error(errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    use crate::objects::exception::{os_error_subclass, OS_ERROR};
    let cls: &TypeObject = os_error_subclass(errno as i64).unwrap_or(&OS_ERROR);
    let mut args = vec![new_int(errno as i64), new_str(strerror(errno))];
    match (filename, filename2) {
        (Some(f), Some(f2)) => args.extend([f, none(), f2]),
        (Some(f), None) => args.push(f),
        (None, Some(f2)) => args.extend([none(), none(), f2]),
        (None, None) => {}
    }
    PyErr::with_args(cls, args)
}

/// The OSError for the last failed system call.
pub fn last_error(filename: Option<&Value>) -> PyErr {
    os_error(errno(), filename.cloned(), None)
}

// ----- path arguments -----------------------------------------------------------------

/// `os.fspath()`'s protocol: str and bytes as they are, else `__fspath__()`
/// (which must return one of them); `Ok(None)` when `v` is not path-like.
pub fn fspath_opt(v: &Value) -> PyResult<Option<Value>> {
    if as_str(v).is_some() || v.downcast::<crate::objects::bytes::BytesObject>().is_some() {
        return Ok(Some(v.clone()));
    }
    let Some(f) = v.ty().lookup_str("__fspath__") else { return Ok(None) };
    if is_none(&f) {
        return Ok(None);
    }
    let r = crate::call::call_with_self(&f, &[v.clone()], None)?;
    if as_str(&r).is_some() || r.downcast::<crate::objects::bytes::BytesObject>().is_some() {
        return Ok(Some(r));
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        v.ty().name(),
        r.ty().name()
    )))
}

/// What a path parameter accepts besides str, bytes and os.PathLike.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accept {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// A converted path argument (CPython's `path_t`).
pub struct PathArg {
    /// The path as str or bytes (after `__fspath__`), for error messages;
    /// None when the argument was a file descriptor.
    pub obj: Value,
    pub c: CString,
    /// The file descriptor given instead of a path (-1: none).
    pub fd: i32,
    /// Results are bytes (the path was bytes).
    pub bytes: bool,
}

impl PathArg {
    /// The filename an OSError reports.
    fn err(&self, errno: i32) -> PyErr {
        if self.fd >= 0 {
            os_error(errno, None, None)
        } else {
            os_error(errno, Some(self.obj.clone()), None)
        }
    }

    fn last_err(&self) -> PyErr {
        self.err(errno())
    }

    fn ptr(&self) -> *const libc::c_char {
        self.c.as_ptr()
    }
}

/// Converts a path parameter of `func` (CPython's `path_converter`).
fn path_conv(func: &str, arg: &str, v: &Value, accept: Accept) -> PyResult<PathArg> {
    if accept != Accept::Path && crate::objects::int::is_int(v) {
        let fd = crate::builtins::args::as_c_int(v)? as i32;
        return Ok(PathArg { obj: none(), c: CString::default(), fd, bytes: false });
    }
    if accept == Accept::PathFdOrNone && is_none(v) {
        return Ok(PathArg { obj: new_str("."), c: CString::new(".").expect("no nul"), fd: -1, bytes: false });
    }
    let p = match fspath_opt(v) {
        Ok(Some(p)) => p,
        Ok(None) => {
            let what = match accept {
                Accept::Path => "string, bytes or os.PathLike",
                Accept::PathOrFd => "string, bytes, os.PathLike or integer",
                Accept::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
            };
            return Err(type_error(format!("{func}: {arg} should be {what}, not {}", v.ty().name())));
        }
        Err(e) => return Err(e),
    };
    if let Some(s) = as_str(&p) {
        let c = CString::new(s.as_bytes()).map_err(|_| value_error("embedded null byte"))?;
        return Ok(PathArg { obj: p.clone(), c, fd: -1, bytes: false });
    }
    let b = as_bytes(&p).unwrap_or(&[]).to_vec();
    let c = CString::new(b).map_err(|_| value_error(format!("{func}: embedded null character in {arg}")))?;
    Ok(PathArg { obj: p, c, fd: -1, bytes: true })
}

fn path(func: &str, v: &Value) -> PyResult<PathArg> {
    path_conv(func, "path", v, Accept::Path)
}

fn path_or_fd(func: &str, v: &Value) -> PyResult<PathArg> {
    path_conv(func, "path", v, Accept::PathOrFd)
}

/// A file name (bytes from the OS) as the caller's kind of path.
fn name_value(raw: &[u8], bytes: bool) -> Value {
    if bytes {
        new_bytes(raw.to_vec())
    } else {
        new_str(String::from_utf8_lossy(raw).into_owned())
    }
}

/// A `dir_fd` keyword: None means the current directory.
fn dir_fd(v: &Option<Value>) -> PyResult<i32> {
    match v {
        None => Ok(libc::AT_FDCWD),
        Some(x) if is_none(x) => Ok(libc::AT_FDCWD),
        Some(x) => fd_arg(x),
    }
}

/// A C int file descriptor argument.
fn fd_arg(v: &Value) -> PyResult<i32> {
    Ok(crate::builtins::args::as_c_int(v)? as i32)
}

/// An object's file descriptor: an int, or what its `fileno()` returns
/// (CPython's `PyObject_AsFileDescriptor`).
pub fn as_file_descriptor(v: &Value) -> PyResult<i32> {
    let fd = if crate::objects::int::is_int(v) {
        crate::builtins::args::as_c_int(v)?
    } else if let Some(f) = crate::ops::getattr_opt(v, &intern_static("fileno"))? {
        let r = crate::call::call(&f, &[], None)?;
        if !crate::objects::int::is_int(&r) {
            return Err(type_error("fileno() returned a non-integer"));
        }
        crate::builtins::args::as_c_int(&r)?
    } else {
        return Err(type_error("argument must be an int, or have a fileno() method."));
    };
    if fd < 0 {
        return Err(value_error(format!("file descriptor cannot be a negative integer ({fd})")));
    }
    Ok(fd as i32)
}

/// A boolean flag argument (absent: `default`).
fn flag(v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(x) => crate::ops::truthy(x),
    }
}

fn bind(f: &str, args: &[Value], kw: Option<&Kw>, names: &[&str], nreq: usize, npos: usize) -> PyResult<Vec<Option<Value>>> {
    crate::builtins::args::parse_args(f, args, kw, names, 0, nreq, npos)
}

fn req(v: &Option<Value>) -> Value {
    v.clone().unwrap_or_else(none)
}

fn int_or_err(v: &Value) -> PyResult<i64> {
    let i = crate::ops::index(v)?;
    as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))
}

/// Retries a system call interrupted by a signal (running Python signal
/// handlers in between, as CPython does for EINTR).
fn retry<T: PartialEq + Copy>(fail: T, mut f: impl FnMut() -> T) -> PyResult<Result<T, i32>> {
    loop {
        let r = f();
        if r != fail {
            return Ok(Ok(r));
        }
        let e = errno();
        if e != libc::EINTR {
            return Ok(Err(e));
        }
        crate::modules::signal::check_signals()?;
    }
}

// ----- struct sequences ---------------------------------------------------------------

/// Python source of posix's struct sequences (built on `_structseq`).
const STRUCTS: &str = r#"
from _structseq import structseq as _structseq
stat_result = _structseq('os.stat_result', ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
    None, None, None, 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
    'st_blksize', 'st_blocks', 'st_rdev'), 10)
def _make_stat_new(base_new):
    def __new__(cls, sequence, dict=None):
        self = base_new(cls, sequence, dict)
        # Made from a 10-tuple: the float times are the integer ones.
        for i, f in ((7, 'st_atime'), (8, 'st_mtime'), (9, 'st_ctime')):
            if getattr(self, f) is None:
                object.__setattr__(self, f, self[i])
        return self
    return staticmethod(__new__)
stat_result.__new__ = _make_stat_new(stat_result.__new__)
del _make_stat_new
statvfs_result = _structseq('os.statvfs_result', ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files',
    'f_ffree', 'f_favail', 'f_flag', 'f_namemax', 'f_fsid'), 10)
uname_result = _structseq('posix.uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'))
times_result = _structseq('posix.times_result', ('user', 'system', 'children_user', 'children_system', 'elapsed'))
terminal_size = _structseq('os.terminal_size', ('columns', 'lines'))
del _structseq
"#;

thread_local! {
    static STRUCT_CLASSES: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// One of the struct sequence classes defined by `STRUCTS`.
fn struct_class(name: &str) -> PyResult<Value> {
    if let Some(c) = STRUCT_CLASSES.with(|s| s.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())) {
        return Ok(c);
    }
    let m = crate::import::import_module("posix")?;
    crate::ops::getattr_str(&m, name)
}

/// An instance of struct sequence `name` from its fields.
fn make_struct(name: &str, items: Vec<Value>) -> PyResult<Value> {
    let cls = struct_class(name)?;
    crate::call::call(&cls, &[new_tuple(items)], None)
}

/// `os.stat_result` of a C `struct stat`.
pub fn stat_value(st: &libc::stat) -> PyResult<Value> {
    let ns = |s: i64, n: i64| new_int_i128(s as i128 * 1_000_000_000 + n as i128);
    let fl = |s: i64, n: i64| new_float(s as f64 + n as f64 * 1e-9);
    let (a, an) = (st.st_atime, st.st_atime_nsec);
    let (m, mn) = (st.st_mtime, st.st_mtime_nsec);
    let (c, cn) = (st.st_ctime, st.st_ctime_nsec);
    make_struct(
        "stat_result",
        vec![
            new_int(st.st_mode as i64),
            new_int_i128(st.st_ino as i128),
            new_int_i128(st.st_dev as i128),
            new_int(st.st_nlink as i64),
            new_int(st.st_uid as i64),
            new_int(st.st_gid as i64),
            new_int(st.st_size),
            new_int(a),
            new_int(m),
            new_int(c),
            fl(a, an),
            fl(m, mn),
            fl(c, cn),
            ns(a, an),
            ns(m, mn),
            ns(c, cn),
            new_int(st.st_blksize),
            new_int(st.st_blocks),
            new_int_i128(st.st_rdev as i128),
        ],
    )
}

fn zeroed_stat() -> libc::stat {
    unsafe { std::mem::zeroed() }
}

/// `fstatat`/`fstat` of a path argument.
fn do_stat(p: &PathArg, dfd: i32, follow: bool) -> PyResult<libc::stat> {
    let mut st = zeroed_stat();
    let r = if p.fd >= 0 {
        retry(-1, || unsafe { libc::fstat(p.fd, &mut st) })?
    } else {
        let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        retry(-1, || unsafe { libc::fstatat(dfd, p.ptr(), &mut st, flags) })?
    };
    r.map_err(|e| p.err(e))?;
    Ok(st)
}

// ----- file and directory functions -----------------------------------------------------

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`.
fn stat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("stat", args, kw, &["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let p = path_or_fd("stat", &req(&a[0]))?;
    let st = do_stat(&p, dir_fd(&a[1])?, flag(&a[2], true)?)?;
    stat_value(&st)
}

/// `lstat(path, *, dir_fd=None)`.
fn lstat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("lstat", args, kw, &["path", "dir_fd"], 1, 1)?;
    let p = path("lstat", &req(&a[0]))?;
    let st = do_stat(&p, dir_fd(&a[1])?, false)?;
    stat_value(&st)
}

/// `fstat(fd)`.
fn fstat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fstat", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    let mut st = zeroed_stat();
    retry(-1, || unsafe { libc::fstat(fd, &mut st) })?.map_err(|e| os_error(e, None, None))?;
    stat_value(&st)
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
fn access(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("access", args, kw, &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 2)?;
    let p = path("access", &req(&a[0]))?;
    let mode = crate::builtins::args::as_c_int(&req(&a[1]))? as i32;
    let mut flags = 0;
    if flag(&a[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !flag(&a[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    let r = unsafe { libc::faccessat(dir_fd(&a[2])?, p.ptr(), mode, flags) };
    Ok(new_bool(r == 0))
}

/// `chdir(path)` (a directory file descriptor also works).
fn chdir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("chdir", args, kw, &["path"], 1, 1)?;
    let p = path_or_fd("chdir", &req(&a[0]))?;
    let r = if p.fd >= 0 { unsafe { libc::fchdir(p.fd) } } else { unsafe { libc::chdir(p.ptr()) } };
    if r != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `fchdir(fd)`.
fn fchdir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fchdir", args, kw, &["fd"], 1, 1)?;
    let fd = as_file_descriptor(&req(&a[0]))?;
    if unsafe { libc::fchdir(fd) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn chmod(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("chmod", args, kw, &["path", "mode", "dir_fd", "follow_symlinks"], 2, 2)?;
    let p = path_or_fd("chmod", &req(&a[0]))?;
    let mode = crate::builtins::args::as_c_int(&req(&a[1]))? as libc::mode_t;
    let follow = flag(&a[3], true)?;
    let r = if p.fd >= 0 {
        unsafe { libc::fchmod(p.fd, mode) }
    } else {
        let r = unsafe { libc::fchmodat(dir_fd(&a[2])?, p.ptr(), mode, if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW }) };
        if r != 0 && !follow && errno() == libc::ENOTSUP {
            return Err(crate::error::not_implemented_error("chmod: follow_symlinks unavailable on this platform"));
        }
        r
    };
    if r != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `fchmod(fd, mode)`.
fn fchmod(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fchmod", args, kw, &["fd", "mode"], 2, 2)?;
    let fd = fd_arg(&req(&a[0]))?;
    let mode = crate::builtins::args::as_c_int(&req(&a[1]))? as libc::mode_t;
    if unsafe { libc::fchmod(fd, mode) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// A uid or gid argument (-1: leave unchanged).
fn id_arg(v: &Value) -> PyResult<u32> {
    let n = int_or_err(v)?;
    if n == -1 {
        return Ok(u32::MAX);
    }
    u32::try_from(n).map_err(|_| crate::error::overflow_error(if n < 0 { "uid is less than minimum" } else { "uid is greater than maximum" }))
}

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`.
fn chown(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("chown", args, kw, &["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3, 3)?;
    let p = path_or_fd("chown", &req(&a[0]))?;
    let (uid, gid) = (id_arg(&req(&a[1]))?, id_arg(&req(&a[2]))?);
    let r = if p.fd >= 0 {
        unsafe { libc::fchown(p.fd, uid, gid) }
    } else {
        let fl = if flag(&a[4], true)? { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        unsafe { libc::fchownat(dir_fd(&a[3])?, p.ptr(), uid, gid, fl) }
    };
    if r != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `lchown(path, uid, gid)`.
fn lchown(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("lchown", args, kw, &["path", "uid", "gid"], 3, 3)?;
    let p = path("lchown", &req(&a[0]))?;
    if unsafe { libc::lchown(p.ptr(), id_arg(&req(&a[1]))?, id_arg(&req(&a[2]))?) } != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `fchown(fd, uid, gid)`.
fn fchown(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fchown", args, kw, &["fd", "uid", "gid"], 3, 3)?;
    let fd = fd_arg(&req(&a[0]))?;
    if unsafe { libc::fchown(fd, id_arg(&req(&a[1]))?, id_arg(&req(&a[2]))?) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// The current directory's bytes.
fn cwd_bytes() -> PyResult<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(p) => Ok(p.as_os_str().as_bytes().to_vec()),
        Err(e) => Err(os_error(e.raw_os_error().unwrap_or(libc::ENOENT), None, None)),
    }
}

/// `getcwd()`.
fn getcwd(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getcwd")?;
    Ok(name_value(&cwd_bytes()?, false))
}

/// `getcwdb()`.
fn getcwdb(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getcwdb")?;
    Ok(new_bytes(cwd_bytes()?))
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn link(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("link", args, kw, &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 2)?;
    let s = path_conv("link", "src", &req(&a[0]), Accept::Path)?;
    let d = path_conv("link", "dst", &req(&a[1]), Accept::Path)?;
    if s.bytes != d.bytes {
        return Err(type_error("link: src and dst must be the same type"));
    }
    let fl = if flag(&a[4], true)? { libc::AT_SYMLINK_FOLLOW } else { 0 };
    if unsafe { libc::linkat(dir_fd(&a[2])?, s.ptr(), dir_fd(&a[3])?, d.ptr(), fl) } != 0 {
        return Err(os_error(errno(), Some(s.obj), Some(d.obj)));
    }
    Ok(none())
}

/// Reads the names in an open directory stream (then closes it), skipping `.` and `..`.
fn read_dir_names(dir: *mut libc::DIR) -> PyResult<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    loop {
        unsafe { *libc::__errno_location() = 0 };
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            let e = errno();
            unsafe { libc::closedir(dir) };
            if e != 0 {
                return Err(os_error(e, None, None));
            }
            return Ok(out);
        }
        let name = unsafe { CStr::from_ptr((*ent).d_name.as_ptr()) }.to_bytes();
        if name != b"." && name != b".." {
            out.push(name.to_vec());
        }
    }
}

/// `listdir(path=None)`: the names in a directory, in the order the OS gives them.
/// Opens the directory `listdir` and `scandir` read: by path, or a duplicate
/// of a descriptor (close-on-exec, rewound, so the caller's stays untouched).
fn open_dir(p: &PathArg) -> PyResult<*mut libc::DIR> {
    if p.fd >= 0 {
        let fd = unsafe { libc::fcntl(p.fd, libc::F_DUPFD_CLOEXEC, 0) };
        if fd < 0 {
            return Err(last_error(None));
        }
        let d = unsafe { libc::fdopendir(fd) };
        if d.is_null() {
            let e = errno();
            unsafe { libc::close(fd) };
            return Err(os_error(e, None, None));
        }
        unsafe { libc::rewinddir(d) };
        Ok(d)
    } else {
        let d = unsafe { libc::opendir(p.ptr()) };
        if d.is_null() {
            return Err(p.last_err());
        }
        Ok(d)
    }
}

fn listdir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("listdir", args, kw, &["path"], 0, 1)?;
    let p = path_conv("listdir", "path", &a[0].clone().unwrap_or_else(none), Accept::PathFdOrNone)?;
    let dir = open_dir(&p)?;
    let names = read_dir_names(dir)?;
    Ok(crate::objects::list::new_list(names.iter().map(|n| name_value(n, p.bytes)).collect()))
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn mkdir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("mkdir", args, kw, &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path("mkdir", &req(&a[0]))?;
    let mode = match &a[1] {
        Some(m) => crate::builtins::args::as_c_int(m)? as libc::mode_t,
        None => 0o777,
    };
    if unsafe { libc::mkdirat(dir_fd(&a[2])?, p.ptr(), mode) } != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `mkfifo(path, mode=0o666, *, dir_fd=None)`.
fn mkfifo(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("mkfifo", args, kw, &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path("mkfifo", &req(&a[0]))?;
    let mode = match &a[1] {
        Some(m) => crate::builtins::args::as_c_int(m)? as libc::mode_t,
        None => 0o666,
    };
    if unsafe { libc::mkfifoat(dir_fd(&a[2])?, p.ptr(), mode) } != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `readlink(path, *, dir_fd=None)`.
fn readlink(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("readlink", args, kw, &["path", "dir_fd"], 1, 1)?;
    let p = path("readlink", &req(&a[0]))?;
    let dfd = dir_fd(&a[1])?;
    let mut buf = vec![0u8; 4096];
    loop {
        let n = unsafe { libc::readlinkat(dfd, p.ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
        if n < 0 {
            return Err(p.last_err());
        }
        if (n as usize) < buf.len() {
            buf.truncate(n as usize);
            return Ok(name_value(&buf, p.bytes));
        }
        buf.resize(buf.len() * 2, 0);
    }
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
fn rename_impl(fname: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind(fname, args, kw, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2)?;
    let s = path_conv(fname, "src", &req(&a[0]), Accept::Path)?;
    let d = path_conv(fname, "dst", &req(&a[1]), Accept::Path)?;
    if s.bytes != d.bytes {
        return Err(type_error(format!("{fname}: src and dst must be the same type")));
    }
    if unsafe { libc::renameat(dir_fd(&a[2])?, s.ptr(), dir_fd(&a[3])?, d.ptr()) } != 0 {
        return Err(os_error(errno(), Some(s.obj), Some(d.obj)));
    }
    Ok(none())
}

fn rename(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    rename_impl("rename", args, kw)
}

fn replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    rename_impl("replace", args, kw)
}

/// `rmdir(path, *, dir_fd=None)`.
fn rmdir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("rmdir", args, kw, &["path", "dir_fd"], 1, 1)?;
    let p = path("rmdir", &req(&a[0]))?;
    if unsafe { libc::unlinkat(dir_fd(&a[1])?, p.ptr(), libc::AT_REMOVEDIR) } != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn symlink(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("symlink", args, kw, &["src", "dst", "target_is_directory", "dir_fd"], 2, 3)?;
    let s = path_conv("symlink", "src", &req(&a[0]), Accept::Path)?;
    let d = path_conv("symlink", "dst", &req(&a[1]), Accept::Path)?;
    if s.bytes != d.bytes {
        return Err(type_error("symlink: src and dst must be the same type"));
    }
    if unsafe { libc::symlinkat(s.ptr(), dir_fd(&a[3])?, d.ptr()) } != 0 {
        return Err(os_error(errno(), Some(s.obj), Some(d.obj)));
    }
    Ok(none())
}

/// `unlink`/`remove(path, *, dir_fd=None)`.
fn unlink_impl(fname: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind(fname, args, kw, &["path", "dir_fd"], 1, 1)?;
    let p = path(fname, &req(&a[0]))?;
    if unsafe { libc::unlinkat(dir_fd(&a[1])?, p.ptr(), 0) } != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

fn unlink(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    unlink_impl("unlink", args, kw)
}

fn remove(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    unlink_impl("remove", args, kw)
}

/// A (seconds, nanoseconds) timespec from an int or float time.
fn timespec_of(v: &Value) -> PyResult<libc::timespec> {
    if let Some(f) = float_val(v) {
        if !f.is_finite() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let s = f.floor();
        let mut ns = ((f - s) * 1e9).round() as i64;
        let mut s = s as i64;
        if ns >= 1_000_000_000 {
            s += 1;
            ns -= 1_000_000_000;
        }
        return Ok(libc::timespec { tv_sec: s, tv_nsec: ns });
    }
    if crate::objects::int::is_int(v) {
        return Ok(libc::timespec { tv_sec: int_or_err(v)?, tv_nsec: 0 });
    }
    Err(type_error(format!("unsupported type for timestamp: '{}'", v.ty().name())))
}

/// A timespec from integer nanoseconds.
fn timespec_ns(v: &Value) -> PyResult<libc::timespec> {
    let i = crate::ops::index(v)?;
    let n = crate::objects::int::int_val(&i).and_then(|x| x.as_i64()).ok_or_else(|| crate::error::overflow_error("timestamp too large"))?;
    Ok(libc::timespec { tv_sec: n.div_euclid(1_000_000_000), tv_nsec: n.rem_euclid(1_000_000_000) })
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn utime(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("utime", args, kw, &["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 2)?;
    let p = path_or_fd("utime", &req(&a[0]))?;
    let times = a[1].clone().filter(|t| !is_none(t));
    let ns = a[2].clone();
    if times.is_some() && ns.is_some() {
        return Err(value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let pair = |v: &Value, msg: &str| -> PyResult<(Value, Value)> {
        match tuple_items(v) {
            Some(t) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
            _ => Err(type_error(msg.to_owned())),
        }
    };
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let (x, y) = pair(&t, "utime: 'times' must be either a tuple of two ints or None")?;
        Some([timespec_of(&x)?, timespec_of(&y)?])
    } else if let Some(n) = ns {
        let (x, y) = pair(&n, "utime: 'ns' must be a tuple of two ints")?;
        Some([timespec_ns(&x)?, timespec_ns(&y)?])
    } else {
        None
    };
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    let r = if p.fd >= 0 {
        unsafe { libc::futimens(p.fd, ptr) }
    } else {
        let fl = if flag(&a[4], true)? { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        unsafe { libc::utimensat(dir_fd(&a[3])?, p.ptr(), ptr, fl) }
    };
    if r != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `truncate(path, length)` (a file descriptor also works).
fn truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("truncate", args, kw, &["path", "length"], 2, 2)?;
    let p = path_or_fd("truncate", &req(&a[0]))?;
    let len = int_or_err(&req(&a[1]))?;
    let r = if p.fd >= 0 { unsafe { libc::ftruncate(p.fd, len) } } else { unsafe { libc::truncate(p.ptr(), len) } };
    if r != 0 {
        return Err(p.last_err());
    }
    Ok(none())
}

/// `ftruncate(fd, length)`.
fn ftruncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("ftruncate", args, kw, &["fd", "length"], 2, 2)?;
    let fd = fd_arg(&req(&a[0]))?;
    let len = int_or_err(&req(&a[1]))?;
    retry(-1, || unsafe { libc::ftruncate(fd, len) })?.map_err(|e| os_error(e, None, None))?;
    Ok(none())
}

/// `umask(mask)`: sets the mask, returning the previous one.
fn umask(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("umask", args, kw, &["mask"], 1, 1)?;
    let m = crate::builtins::args::as_c_int(&req(&a[0]))? as libc::mode_t;
    Ok(new_int(unsafe { libc::umask(m) } as i64))
}

/// `statvfs(path)` / `fstatvfs(fd)`.
fn statvfs_value(st: &libc::statvfs) -> PyResult<Value> {
    make_struct(
        "statvfs_result",
        vec![
            new_int(st.f_bsize as i64),
            new_int(st.f_frsize as i64),
            new_int_i128(st.f_blocks as i128),
            new_int_i128(st.f_bfree as i128),
            new_int_i128(st.f_bavail as i128),
            new_int_i128(st.f_files as i128),
            new_int_i128(st.f_ffree as i128),
            new_int_i128(st.f_favail as i128),
            new_int(st.f_flag as i64),
            new_int(st.f_namemax as i64),
            new_int_i128(st.f_fsid as i128),
        ],
    )
}

fn statvfs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("statvfs", args, kw, &["path"], 1, 1)?;
    let p = path_or_fd("statvfs", &req(&a[0]))?;
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let r = if p.fd >= 0 { unsafe { libc::fstatvfs(p.fd, &mut st) } } else { unsafe { libc::statvfs(p.ptr(), &mut st) } };
    if r != 0 {
        return Err(p.last_err());
    }
    statvfs_value(&st)
}

fn fstatvfs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fstatvfs", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstatvfs(fd, &mut st) } != 0 {
        return Err(last_error(None));
    }
    statvfs_value(&st)
}

/// `sync()`.
fn sync(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    unsafe { libc::sync() };
    Ok(none())
}

// ----- file descriptors ----------------------------------------------------------------

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new (non-inheritable) descriptor.
fn open(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("open", args, kw, &["path", "flags", "mode", "dir_fd"], 2, 3)?;
    let p = path("open", &req(&a[0]))?;
    let flags = crate::builtins::args::as_c_int(&req(&a[1]))? as i32 | libc::O_CLOEXEC;
    let mode = match &a[2] {
        Some(m) => crate::builtins::args::as_c_int(m)? as libc::c_uint,
        None => 0o777,
    };
    let dfd = dir_fd(&a[3])?;
    let fd = retry(-1, || unsafe { libc::openat(dfd, p.ptr(), flags, mode) })?.map_err(|e| p.err(e))?;
    Ok(new_int(fd as i64))
}

/// `close(fd)`.
fn close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("close", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `closerange(fd_low, fd_high)`: closes every descriptor in the range, ignoring errors.
fn closerange(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("closerange", kw)?;
    crate::objects::clinic::positional(args, kw, "closerange", "closerange", 2, 2)?;
    let lo = fd_arg(&args[0])?.max(0);
    let hi = fd_arg(&args[1])?;
    for fd in lo..hi {
        unsafe { libc::close(fd) };
    }
    Ok(none())
}

/// `dup(fd)`: a non-inheritable duplicate.
fn dup(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("dup", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(new_int(r as i64))
}

/// `dup2(fd, fd2, inheritable=True)`.
fn dup2(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("dup2", args, kw, &["fd", "fd2", "inheritable"], 2, 3)?;
    let fd = fd_arg(&req(&a[0]))?;
    let fd2 = fd_arg(&req(&a[1]))?;
    let inheritable = flag(&a[2], true)?;
    let r = if inheritable || fd == fd2 {
        unsafe { libc::dup2(fd, fd2) }
    } else {
        unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) }
    };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(new_int(r as i64))
}

/// `lseek(fd, position, whence)`: the new position.
fn lseek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("lseek", args, kw, &["fd", "position", "whence"], 3, 3)?;
    let fd = fd_arg(&req(&a[0]))?;
    let pos = int_or_err(&req(&a[1]))?;
    let how = crate::builtins::args::as_c_int(&req(&a[2]))? as i32;
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(new_int(r))
}

/// `read(fd, length)`: at most `length` bytes.
fn read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("read", args, kw, &["fd", "length"], 2, 2)?;
    let fd = fd_arg(&req(&a[0]))?;
    let n = crate::builtins::args::as_ssize(&req(&a[1]))?;
    if n < 0 {
        return Err(os_error(libc::EINVAL, None, None));
    }
    let mut buf = vec![0u8; n as usize];
    let got = fd_read(fd, &mut buf)?.map_err(|e| os_error(e, None, None))?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

/// `read(2)` retried on EINTR; Err(errno) on failure.
pub fn fd_read(fd: i32, buf: &mut [u8]) -> PyResult<Result<usize, i32>> {
    if fd == 0 {
        crate::objects::file::flush_stdout();
    }
    let len = buf.len().min(isize::MAX as usize);
    Ok(retry(-1, || unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, len) })?.map(|n| n as usize))
}

/// `write(2)` retried on EINTR; Err(errno) on failure.
pub fn fd_write(fd: i32, data: &[u8]) -> PyResult<Result<usize, i32>> {
    if fd == 2 {
        crate::objects::file::flush_stdout();
    }
    Ok(retry(-1, || unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) })?.map(|n| n as usize))
}

/// The bytes of a bytes-like object, or CPython's TypeError.
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::memoryview::view_bytes(v)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

/// `write(fd, data)`: the number of bytes written.
fn write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("write", args, kw, &["fd", "data"], 2, 2)?;
    let fd = fd_arg(&req(&a[0]))?;
    let data = bytes_like(&req(&a[1]))?;
    let n = fd_write(fd, &data)?.map_err(|e| os_error(e, None, None))?;
    Ok(new_int(n as i64))
}

/// `pread(fd, length, offset)`.
fn pread(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("pread", args, kw, &["fd", "length", "offset"], 3, 3)?;
    let fd = fd_arg(&req(&a[0]))?;
    let n = crate::builtins::args::as_ssize(&req(&a[1]))?;
    if n < 0 {
        return Err(os_error(libc::EINVAL, None, None));
    }
    let off = int_or_err(&req(&a[2]))?;
    let mut buf = vec![0u8; n as usize];
    let got = retry(-1, || unsafe { libc::pread(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), off) })?
        .map_err(|e| os_error(e, None, None))?;
    buf.truncate(got as usize);
    Ok(new_bytes(buf))
}

/// `pwrite(fd, data, offset)`.
fn pwrite(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("pwrite", args, kw, &["fd", "data", "offset"], 3, 3)?;
    let fd = fd_arg(&req(&a[0]))?;
    let data = bytes_like(&req(&a[1]))?;
    let off = int_or_err(&req(&a[2]))?;
    let n = retry(-1, || unsafe { libc::pwrite(fd, data.as_ptr() as *const libc::c_void, data.len(), off) })?
        .map_err(|e| os_error(e, None, None))?;
    Ok(new_int(n as i64))
}

/// `fsync(fd)` (an object with `fileno()` also works).
fn fsync(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fsync", args, kw, &["fd"], 1, 1)?;
    let fd = as_file_descriptor(&req(&a[0]))?;
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `fdatasync(fd)`.
fn fdatasync(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fdatasync", args, kw, &["fd"], 1, 1)?;
    let fd = as_file_descriptor(&req(&a[0]))?;
    if unsafe { libc::fdatasync(fd) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `isatty(fd)`.
fn isatty(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("isatty", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    Ok(new_bool(unsafe { libc::isatty(fd) } == 1))
}

/// `ttyname(fd)`.
fn ttyname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("ttyname", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    let mut buf = [0 as libc::c_char; 1024];
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return Err(os_error(r, None, None));
    }
    Ok(new_str(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()))
}

/// `pipe()`: (read end, write end), both non-inheritable.
fn pipe(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "pipe")?;
    let mut fds = [0i32; 2];
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error(None));
    }
    Ok(new_tuple(vec![new_int(fds[0] as i64), new_int(fds[1] as i64)]))
}

/// `pipe2(flags)`.
fn pipe2(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("pipe2", args, kw, &["flags"], 1, 1)?;
    let fl = crate::builtins::args::as_c_int(&req(&a[0]))? as i32;
    let mut fds = [0i32; 2];
    if unsafe { libc::pipe2(fds.as_mut_ptr(), fl) } != 0 {
        return Err(last_error(None));
    }
    Ok(new_tuple(vec![new_int(fds[0] as i64), new_int(fds[1] as i64)]))
}

/// `get_inheritable(fd)`.
fn get_inheritable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("get_inheritable", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    let r = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(new_bool(r & libc::FD_CLOEXEC == 0))
}

/// `set_inheritable(fd, inheritable)`.
fn set_inheritable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("set_inheritable", args, kw, &["fd", "inheritable"], 2, 2)?;
    let fd = fd_arg(&req(&a[0]))?;
    let inh = crate::ops::truthy(&req(&a[1]))?;
    let r = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if r < 0 {
        return Err(last_error(None));
    }
    let nf = if inh { r & !libc::FD_CLOEXEC } else { r | libc::FD_CLOEXEC };
    if unsafe { libc::fcntl(fd, libc::F_SETFD, nf) } < 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// Is the descriptor in blocking mode? (Err: errno.)
pub fn fd_blocking(fd: i32) -> Result<bool, i32> {
    let r = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if r < 0 {
        return Err(errno());
    }
    Ok(r & libc::O_NONBLOCK == 0)
}

/// `get_blocking(fd)`.
fn get_blocking(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("get_blocking", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    Ok(new_bool(fd_blocking(fd).map_err(|e| os_error(e, None, None))?))
}

/// `set_blocking(fd, blocking)`.
fn set_blocking(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("set_blocking", args, kw, &["fd", "blocking"], 2, 2)?;
    let fd = fd_arg(&req(&a[0]))?;
    let b = crate::ops::truthy(&req(&a[1]))?;
    let r = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if r < 0 {
        return Err(last_error(None));
    }
    let nf = if b { r & !libc::O_NONBLOCK } else { r | libc::O_NONBLOCK };
    if unsafe { libc::fcntl(fd, libc::F_SETFL, nf) } < 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `device_encoding(fd)`: the terminal's encoding, or None when not a terminal.
fn device_encoding(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("device_encoding", args, kw, &["fd"], 1, 1)?;
    let fd = fd_arg(&req(&a[0]))?;
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(new_str("UTF-8"));
    }
    Ok(none())
}

// ----- processes and the environment -------------------------------------------------------

/// The process environment as posix has it: a dict of bytes to bytes.
fn environ_dict() -> Value {
    use std::os::unix::ffi::OsStrExt;
    let d = new_dict();
    let dd = as_dict(&d).expect("a dict");
    for (k, v) in std::env::vars_os() {
        let _ = dd.set(new_bytes(k.as_bytes().to_vec()), new_bytes(v.as_bytes().to_vec()));
    }
    d
}

/// An environment variable name or value (str or bytes) as C text.
fn env_text(func: &str, v: &Value, what: &str) -> PyResult<CString> {
    let b: Vec<u8> = if let Some(s) = as_str(v) {
        s.as_bytes().to_vec()
    } else if let Some(b) = as_bytes(v) {
        b.to_vec()
    } else {
        return Err(type_error(format!("{func}() argument {what} must be str or bytes, not {}", v.ty().name())));
    };
    CString::new(b).map_err(|_| value_error("embedded null byte"))
}

/// `putenv(name, value)`.
fn putenv(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "putenv", "putenv", 2, 2)?;
    let name = env_text("putenv", &args[0], "1")?;
    let value = env_text("putenv", &args[1], "2")?;
    if name.as_bytes().is_empty() || name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `unsetenv(name)`.
fn unsetenv(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "unsetenv", "unsetenv", 1, 1)?;
    let name = env_text("unsetenv", &args[0], "")?;
    if name.as_bytes().is_empty() || name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `strerror(code)`.
fn strerror_fn(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("strerror", args, kw, &["code"], 1, 1)?;
    let code = crate::builtins::args::as_c_int(&req(&a[0]))? as i32;
    Ok(new_str(strerror(code)))
}

macro_rules! id_fn {
    ($name:ident, $call:expr) => {
        fn $name(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
            crate::objects::clinic::noargs(args, kw, stringify!($name))?;
            Ok(new_int(unsafe { $call } as i64))
        }
    };
}

id_fn!(getpid, libc::getpid());
id_fn!(getppid, libc::getppid());
id_fn!(getuid, libc::getuid());
id_fn!(geteuid, libc::geteuid());
id_fn!(getgid, libc::getgid());
id_fn!(getegid, libc::getegid());
id_fn!(getpgrp, libc::getpgrp());

/// `getgroups()`.
fn getgroups(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getgroups")?;
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(last_error(None));
    }
    let mut g = vec![0 as libc::gid_t; n as usize];
    let n = unsafe { libc::getgroups(n, g.as_mut_ptr()) };
    if n < 0 {
        return Err(last_error(None));
    }
    Ok(crate::objects::list::new_list(g[..n as usize].iter().map(|&x| new_int(x as i64)).collect()))
}

/// `getpgid(pid)`.
fn getpgid(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("getpgid", args, kw, &["pid"], 1, 1)?;
    let r = unsafe { libc::getpgid(int_or_err(&req(&a[0]))? as libc::pid_t) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(new_int(r as i64))
}

/// `getsid(pid)`.
fn getsid(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("getsid", args, kw, &["pid"], 1, 1)?;
    let r = unsafe { libc::getsid(int_or_err(&req(&a[0]))? as libc::pid_t) };
    if r < 0 {
        return Err(last_error(None));
    }
    Ok(new_int(r as i64))
}

/// `getlogin()`: the user logged in on the controlling terminal.
fn getlogin(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getlogin")?;
    unsafe { *libc::__errno_location() = 0 };
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        let e = errno();
        if e == 0 {
            return Err(PyErr::new(&crate::objects::exception::OS_ERROR, "unable to determine login name"));
        }
        return Err(os_error(e, None, None));
    }
    Ok(new_str(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()))
}

/// `kill(pid, signal)`.
fn kill(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("kill", args, kw, &["pid", "signal"], 2, 2)?;
    let pid = int_or_err(&req(&a[0]))? as libc::pid_t;
    let sig = crate::builtins::args::as_c_int(&req(&a[1]))? as i32;
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(last_error(None));
    }
    crate::modules::signal::check_signals()?;
    Ok(none())
}

/// `killpg(pgid, signal)`.
fn killpg(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("killpg", args, kw, &["pgid", "signal"], 2, 2)?;
    let pid = int_or_err(&req(&a[0]))? as libc::pid_t;
    let sig = crate::builtins::args::as_c_int(&req(&a[1]))? as i32;
    if unsafe { libc::killpg(pid, sig) } != 0 {
        return Err(last_error(None));
    }
    Ok(none())
}

/// `uname()`.
fn uname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "uname")?;
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_error(None));
    }
    let f = |b: &[libc::c_char]| new_str(unsafe { CStr::from_ptr(b.as_ptr()) }.to_string_lossy().into_owned());
    make_struct("uname_result", vec![f(&u.sysname), f(&u.nodename), f(&u.release), f(&u.version), f(&u.machine)])
}

/// `times()`: user, system and children's times, and elapsed real time, in seconds.
fn times(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "times")?;
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    if c == (-1i64) as libc::clock_t {
        return Err(last_error(None));
    }
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let f = |x: libc::clock_t| new_float(x as f64 / hz);
    make_struct("times_result", vec![f(t.tms_utime), f(t.tms_stime), f(t.tms_cutime), f(t.tms_cstime), f(c)])
}

/// `urandom(size)`: random bytes from the OS.
fn urandom(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("urandom", args, kw, &["size"], 1, 1)?;
    let n = crate::builtins::args::as_ssize(&req(&a[0]))?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut got = 0;
    while got < buf.len() {
        let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr() as *mut libc::c_void, buf.len() - got, 0) };
        if r < 0 {
            if errno() == libc::EINTR {
                crate::modules::signal::check_signals()?;
                continue;
            }
            return Err(last_error(None));
        }
        got += r as usize;
    }
    Ok(new_bytes(buf))
}

/// `getrandom(size, flags=0)`.
fn getrandom(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("getrandom", args, kw, &["size", "flags"], 1, 2)?;
    let n = crate::builtins::args::as_ssize(&req(&a[0]))?;
    if n < 0 {
        return Err(os_error(libc::EINVAL, None, None));
    }
    let fl = match &a[1] {
        Some(f) => crate::builtins::args::as_c_int(f)? as u32,
        None => 0,
    };
    let mut buf = vec![0u8; n as usize];
    let r = retry(-1, || unsafe { libc::getrandom(buf.as_mut_ptr() as *mut libc::c_void, buf.len(), fl) })?
        .map_err(|e| os_error(e, None, None))?;
    buf.truncate(r as usize);
    Ok(new_bytes(buf))
}

/// `cpu_count()`: the number of CPUs in the system, or None.
fn cpu_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "cpu_count")?;
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { none() } else { new_int(n as i64) })
}

/// `sched_getaffinity(pid)`: the set of CPUs the process may run on.
fn sched_getaffinity(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("sched_getaffinity", args, kw, &["pid"], 1, 1)?;
    let pid = int_or_err(&req(&a[0]))? as libc::pid_t;
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } != 0 {
        return Err(last_error(None));
    }
    let s = crate::objects::set::new_set_from(
        (0..libc::CPU_SETSIZE as usize).filter(|&i| unsafe { libc::CPU_ISSET(i, &set) }).map(|i| new_int(i as i64)).collect(),
    )?;
    Ok(s)
}

/// `get_terminal_size(fd=1)`.
fn get_terminal_size(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "get_terminal_size", "get_terminal_size", 0, 1)?;
    let fd = match args.first() {
        Some(v) => fd_arg(v)?,
        None => 1,
    };
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_error(None));
    }
    make_struct("terminal_size", vec![new_int(ws.ws_col as i64), new_int(ws.ws_row as i64)])
}

/// `fspath(path)`.
fn fspath(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("fspath", args, kw, &["path"], 1, 1)?;
    let v = req(&a[0]);
    match fspath_opt(&v)? {
        Some(p) => Ok(p),
        None => Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", v.ty().name()))),
    }
}

/// `_exit(status)`: ends the process at once (no cleanup, no flushing).
fn exit_now(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("_exit", args, kw, &["status"], 1, 1)?;
    let code = crate::builtins::args::as_c_int(&req(&a[0]))? as i32;
    unsafe { libc::_exit(code) }
}

/// `abort()`.
fn abort(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::file::flush_stdout();
    std::process::abort()
}

/// `system(command)`: runs a shell command, returning its wait status.
fn system(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("system", args, kw, &["command"], 1, 1)?;
    let c = path_conv("system", "command", &req(&a[0]), Accept::Path)?;
    crate::objects::file::flush_stdout();
    let r = unsafe { libc::system(c.ptr()) };
    Ok(new_int(r as i64))
}

/// `waitpid(pid, options)`: (pid, status).
fn waitpid(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("waitpid", args, kw, &["pid", "options"], 2, 2)?;
    let pid = int_or_err(&req(&a[0]))? as libc::pid_t;
    let opts = crate::builtins::args::as_c_int(&req(&a[1]))? as i32;
    let mut status = 0;
    let r = retry(-1, || unsafe { libc::waitpid(pid, &mut status, opts) })?.map_err(|e| os_error(e, None, None))?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(status as i64)]))
}

/// `wait()`: (pid, status) of a finished child.
fn wait(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "wait")?;
    let mut status = 0;
    let r = retry(-1, || unsafe { libc::wait(&mut status) })?.map_err(|e| os_error(e, None, None))?;
    Ok(new_tuple(vec![new_int(r as i64), new_int(status as i64)]))
}

/// `waitstatus_to_exitcode(status)`.
fn waitstatus_to_exitcode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("waitstatus_to_exitcode", args, kw, &["status"], 1, 1)?;
    let st = crate::builtins::args::as_c_int(&req(&a[0]))? as i32;
    if libc::WIFEXITED(st) {
        return Ok(new_int(libc::WEXITSTATUS(st) as i64));
    }
    if libc::WIFSIGNALED(st) {
        return Ok(new_int(-(libc::WTERMSIG(st) as i64)));
    }
    Err(value_error(format!("invalid wait status: {st}")))
}

macro_rules! wait_macro {
    ($name:ident, $f:path, $conv:expr) => {
        #[allow(non_snake_case)]
        fn $name(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
            let a = bind(stringify!($name), args, kw, &["status"], 1, 1)?;
            let st = crate::builtins::args::as_c_int(&req(&a[0]))? as i32;
            Ok($conv($f(st)))
        }
    };
}

wait_macro!(WIFEXITED, libc::WIFEXITED, new_bool);
wait_macro!(WIFSIGNALED, libc::WIFSIGNALED, new_bool);
wait_macro!(WIFSTOPPED, libc::WIFSTOPPED, new_bool);
wait_macro!(WIFCONTINUED, libc::WIFCONTINUED, new_bool);
wait_macro!(WCOREDUMP, libc::WCOREDUMP, new_bool);
wait_macro!(WEXITSTATUS, libc::WEXITSTATUS, |x: i32| new_int(x as i64));
wait_macro!(WTERMSIG, libc::WTERMSIG, |x: i32| new_int(x as i64));
wait_macro!(WSTOPSIG, libc::WSTOPSIG, |x: i32| new_int(x as i64));

/// `major(device)`, `minor(device)`, `makedev(major, minor)`.
fn major(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("major", args, kw, &["device"], 1, 1)?;
    Ok(new_int(libc::major(int_or_err(&req(&a[0]))? as libc::dev_t) as i64))
}

fn minor(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("minor", args, kw, &["device"], 1, 1)?;
    Ok(new_int(libc::minor(int_or_err(&req(&a[0]))? as libc::dev_t) as i64))
}

fn makedev(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("makedev", args, kw, &["major", "minor"], 2, 2)?;
    let (ma, mi) = (int_or_err(&req(&a[0]))? as u32, int_or_err(&req(&a[1]))? as u32);
    Ok(new_int_i128(libc::makedev(ma, mi) as i128))
}

/// `sysconf(name)` for the common names (as an int or a name in `sysconf_names`).
fn sysconf(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("sysconf", args, kw, &["name"], 1, 1)?;
    let v = req(&a[0]);
    let id = if let Some(s) = as_str(&v) {
        SYSCONF_NAMES.iter().find(|(n, _)| *n == s).map(|(_, i)| *i).ok_or_else(|| value_error("unrecognized configuration name"))?
    } else {
        crate::builtins::args::as_c_int(&v)? as i32
    };
    unsafe { *libc::__errno_location() = 0 };
    let r = unsafe { libc::sysconf(id) };
    if r == -1 && errno() != 0 {
        return Err(last_error(None));
    }
    Ok(new_int(r as i64))
}

const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX),
    ("SC_CHILD_MAX", libc::_SC_CHILD_MAX),
    ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NGROUPS_MAX", libc::_SC_NGROUPS_MAX),
    ("SC_OPEN_MAX", libc::_SC_OPEN_MAX),
    ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE),
    ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN),
    ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
    ("SC_IOV_MAX", libc::_SC_IOV_MAX),
    ("SC_LINE_MAX", libc::_SC_LINE_MAX),
    ("SC_HOST_NAME_MAX", libc::_SC_HOST_NAME_MAX),
    ("SC_LOGIN_NAME_MAX", libc::_SC_LOGIN_NAME_MAX),
];

// ----- scandir -----------------------------------------------------------------------------

/// `os.DirEntry`: one entry of `scandir()`, caching what it learnt.
#[repr(C)]
pub struct DirEntryObject {
    pub header: ObjHeader,
    name: Value,
    path: Value,
    /// The directory's descriptor when scandir was given one (-1: none).
    dir_fd: i32,
    d_type: u8,
    ino: u64,
    stat: RefCell<Option<Value>>,
    lstat: RefCell<Option<Value>>,
}

unsafe impl PyObj for DirEntryObject {
    fn class() -> &'static TypeObject {
        &DIR_ENTRY_TYPE
    }
}

pub static DIR_ENTRY_TYPE: TypeObject = TypeObject::builtin::<DirEntryObject>("DirEntry", Some(&OBJECT_TYPE), 0).in_module("posix");

/// The iterator `scandir()` returns (a context manager closing the directory).
#[repr(C)]
pub struct ScandirIterObject {
    pub header: ObjHeader,
    dir: Cell<*mut libc::DIR>,
    /// The path given to scandir (str or bytes), or None for a descriptor.
    path: Value,
    bytes: bool,
    fd: i32,
}

unsafe impl PyObj for ScandirIterObject {
    fn class() -> &'static TypeObject {
        &SCANDIR_ITER_TYPE
    }
}

pub static SCANDIR_ITER_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<ScandirIterObject>("ScandirIterator", Some(&OBJECT_TYPE), 0).in_module("posix");
    t.dealloc = scandir_dealloc;
    t
};

impl ScandirIterObject {
    fn close(&self) {
        let d = self.dir.replace(std::ptr::null_mut());
        if !d.is_null() {
            unsafe { libc::closedir(d) };
        }
    }
}

unsafe fn scandir_dealloc(h: *mut ObjHeader) {
    (*(h as *const ScandirIterObject)).close();
    crate::types::dealloc_native::<ScandirIterObject>(h);
}

/// `scandir(path='.')`: an iterator of DirEntry objects.
fn scandir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("scandir", args, kw, &["path"], 0, 1)?;
    let p = path_conv("scandir", "path", &a[0].clone().unwrap_or_else(none), Accept::PathFdOrNone)?;
    let dir = open_dir(&p)?;
    Ok(crate::types::new_object(ScandirIterObject {
        header: ObjHeader::new(std::ptr::null()),
        dir: Cell::new(dir),
        path: if p.fd >= 0 { none() } else { p.obj.clone() },
        bytes: p.bytes,
        fd: p.fd,
    }))
}

fn scandir_next(it: &Value) -> PyResult<Option<Value>> {
    let s = it.downcast::<ScandirIterObject>().expect("a scandir iterator");
    loop {
        let d = s.dir.get();
        if d.is_null() {
            return Ok(None);
        }
        unsafe { *libc::__errno_location() = 0 };
        let ent = unsafe { libc::readdir(d) };
        if ent.is_null() {
            let e = errno();
            s.close();
            if e != 0 {
                return Err(os_error(e, Some(s.path.clone()).filter(|p| !is_none(p)), None));
            }
            return Ok(None);
        }
        let (raw, d_type, ino) = unsafe { (CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes().to_vec(), (*ent).d_type, (*ent).d_ino) };
        if raw == b"." || raw == b".." {
            continue;
        }
        let name = name_value(&raw, s.bytes);
        let path = if s.fd >= 0 {
            name.clone()
        } else {
            let mut base: Vec<u8> = match as_str(&s.path) {
                Some(p) => p.as_bytes().to_vec(),
                None => as_bytes(&s.path).unwrap_or(&[]).to_vec(),
            };
            if !base.is_empty() && !base.ends_with(b"/") {
                base.push(b'/');
            }
            base.extend_from_slice(&raw);
            name_value(&base, s.bytes)
        };
        return Ok(Some(crate::types::new_object(DirEntryObject {
            header: ObjHeader::new(std::ptr::null()),
            name,
            path,
            dir_fd: s.fd,
            d_type,
            ino,
            stat: RefCell::new(None),
            lstat: RefCell::new(None),
        })));
    }
}

fn scandir_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if let Some(s) = args[0].downcast::<ScandirIterObject>() {
        s.close();
    }
    Ok(none())
}

fn scandir_enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn entry(v: &Value) -> PyResult<&DirEntryObject> {
    v.downcast::<DirEntryObject>().ok_or_else(|| type_error("descriptor requires a 'posix.DirEntry' object"))
}

impl DirEntryObject {
    /// The entry's stat (following symlinks or not), fetched once.
    fn fetch_stat(&self, follow: bool) -> PyResult<Value> {
        let cache = if follow { &self.stat } else { &self.lstat };
        if let Some(v) = cache.borrow().clone() {
            return Ok(v);
        }
        if follow && !self.is_symlink_raw()? {
            // Not a link: the stat is the lstat.
            let v = self.fetch_stat(false)?;
            *self.stat.borrow_mut() = Some(v.clone());
            return Ok(v);
        }
        let p = path_conv("stat", "path", if self.dir_fd >= 0 { &self.name } else { &self.path }, Accept::Path)?;
        let dfd = if self.dir_fd >= 0 { self.dir_fd } else { libc::AT_FDCWD };
        let st = do_stat(&p, dfd, follow)?;
        let v = stat_value(&st)?;
        *cache.borrow_mut() = Some(v.clone());
        Ok(v)
    }

    /// The st_mode, without raising for a vanished entry (CPython's test_mode).
    fn mode(&self, follow: bool) -> PyResult<Option<u32>> {
        match self.fetch_stat(follow) {
            Ok(st) => {
                let m = crate::ops::getattr_str(&st, "st_mode")?;
                Ok(as_i64(&m).map(|m| m as u32))
            }
            Err(e) if e.matches(&crate::objects::exception::FILE_NOT_FOUND_ERROR) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn is_symlink_raw(&self) -> PyResult<bool> {
        if self.d_type != libc::DT_UNKNOWN {
            return Ok(self.d_type == libc::DT_LNK);
        }
        Ok(self.mode(false)?.is_some_and(|m| m & libc::S_IFMT == libc::S_IFLNK))
    }

    /// is_dir / is_file: from d_type when it says, else from the stat.
    fn test(&self, follow: bool, dt: u8, fmt: u32) -> PyResult<bool> {
        if self.d_type != libc::DT_UNKNOWN && !(follow && self.d_type == libc::DT_LNK) {
            return Ok(self.d_type == dt);
        }
        Ok(self.mode(follow)?.is_some_and(|m| m & libc::S_IFMT == fmt))
    }
}

fn follow_kw(fname: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<bool> {
    let a = crate::builtins::args::parse_args(fname, &args[1..], kw, &["follow_symlinks"], 0, 0, 0)?;
    flag(&a[0], true)
}

fn entry_is_dir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = follow_kw("is_dir", args, kw)?;
    Ok(new_bool(entry(&args[0])?.test(f, libc::DT_DIR, libc::S_IFDIR)?))
}

fn entry_is_file(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = follow_kw("is_file", args, kw)?;
    Ok(new_bool(entry(&args[0])?.test(f, libc::DT_REG, libc::S_IFREG)?))
}

fn entry_is_symlink(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("is_symlink", args, kw)?;
    Ok(new_bool(entry(&args[0])?.is_symlink_raw()?))
}

fn entry_stat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = follow_kw("stat", args, kw)?;
    entry(&args[0])?.fetch_stat(f)
}

fn entry_inode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("inode", args, kw)?;
    Ok(new_int_i128(entry(&args[0])?.ino as i128))
}

fn entry_fspath(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(entry(&args[0])?.path.clone())
}

fn entry_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(format!("<DirEntry {}>", crate::ops::repr_string(&entry(&args[0])?.name)?)))
}

fn entry_name(v: &Value) -> PyResult<Value> {
    Ok(entry(v)?.name.clone())
}

fn entry_path(v: &Value) -> PyResult<Value> {
    Ok(entry(v)?.path.clone())
}

fn entry_class_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::builtins::generic_alias::new_generic_alias(args[0].clone(), args.get(1).cloned().unwrap_or_else(none)))
}

// ----- the module -------------------------------------------------------------------------

/// The `HAVE_*` names os.py reads to fill `supports_dir_fd` and friends.
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT",
    "HAVE_FCHDIR",
    "HAVE_FCHMOD",
    "HAVE_FCHMODAT",
    "HAVE_FCHOWN",
    "HAVE_FCHOWNAT",
    "HAVE_FDOPENDIR",
    "HAVE_FSTATAT",
    "HAVE_FSTATVFS",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_LCHOWN",
    "HAVE_LINKAT",
    "HAVE_LSTAT",
    "HAVE_MKDIRAT",
    "HAVE_MKFIFOAT",
    "HAVE_OPENAT",
    "HAVE_READLINKAT",
    "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT",
];

/// posix's integer constants (Linux x86-64 values, as CPython defines them).
const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", 0),
    ("R_OK", 4),
    ("W_OK", 2),
    ("X_OK", 1),
    ("NGROUPS_MAX", 65536),
    ("TMP_MAX", 238328),
    ("WCONTINUED", 8),
    ("WNOHANG", 1),
    ("WUNTRACED", 2),
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_NDELAY", 2048),
    ("O_NONBLOCK", 2048),
    ("O_APPEND", 1024),
    ("O_DSYNC", 4096),
    ("O_RSYNC", 1052672),
    ("O_SYNC", 1052672),
    ("O_NOCTTY", 256),
    ("O_CREAT", 64),
    ("O_EXCL", 128),
    ("O_TRUNC", 512),
    ("O_LARGEFILE", 0),
    ("O_PATH", 2097152),
    ("O_TMPFILE", 4259840),
    ("PRIO_PROCESS", 0),
    ("PRIO_PGRP", 1),
    ("PRIO_USER", 2),
    ("O_CLOEXEC", 524288),
    ("O_ACCMODE", 3),
    ("O_FSYNC", 1052672),
    ("SEEK_HOLE", 4),
    ("SEEK_DATA", 3),
    ("O_ASYNC", 8192),
    ("O_DIRECT", 16384),
    ("O_DIRECTORY", 65536),
    ("O_NOFOLLOW", 131072),
    ("O_NOATIME", 262144),
    ("EX_OK", 0),
    ("EX_USAGE", 64),
    ("EX_DATAERR", 65),
    ("EX_NOINPUT", 66),
    ("EX_NOUSER", 67),
    ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69),
    ("EX_SOFTWARE", 70),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74),
    ("EX_TEMPFAIL", 75),
    ("EX_PROTOCOL", 76),
    ("EX_NOPERM", 77),
    ("EX_CONFIG", 78),
    ("ST_RDONLY", 1),
    ("ST_NOSUID", 2),
    ("ST_NODEV", 4),
    ("ST_NOEXEC", 8),
    ("ST_SYNCHRONOUS", 16),
    ("ST_MANDLOCK", 64),
    ("ST_WRITE", 128),
    ("ST_APPEND", 256),
    ("ST_NOATIME", 1024),
    ("ST_NODIRATIME", 2048),
    ("ST_RELATIME", 4096),
    ("POSIX_FADV_NORMAL", 0),
    ("POSIX_FADV_SEQUENTIAL", 2),
    ("POSIX_FADV_RANDOM", 1),
    ("POSIX_FADV_NOREUSE", 5),
    ("POSIX_FADV_WILLNEED", 3),
    ("POSIX_FADV_DONTNEED", 4),
    ("P_PID", 1),
    ("P_PGID", 2),
    ("P_ALL", 0),
    ("P_PIDFD", 3),
    ("WEXITED", 4),
    ("WNOWAIT", 16777216),
    ("WSTOPPED", 2),
    ("CLD_EXITED", 1),
    ("CLD_KILLED", 2),
    ("CLD_DUMPED", 3),
    ("CLD_TRAPPED", 4),
    ("CLD_STOPPED", 5),
    ("CLD_CONTINUED", 6),
    ("F_LOCK", 1),
    ("F_TLOCK", 2),
    ("F_ULOCK", 0),
    ("F_TEST", 3),
    ("RWF_DSYNC", 2),
    ("RWF_HIPRI", 1),
    ("RWF_SYNC", 4),
    ("RWF_NOWAIT", 8),
    ("RWF_APPEND", 16),
    ("SCHED_OTHER", 0),
    ("SCHED_FIFO", 1),
    ("SCHED_RR", 2),
    ("SCHED_BATCH", 3),
    ("SCHED_IDLE", 5),
    ("SCHED_RESET_ON_FORK", 1073741824),
    ("RTLD_LAZY", 1),
    ("RTLD_NOW", 2),
    ("RTLD_GLOBAL", 256),
    ("RTLD_LOCAL", 0),
    ("RTLD_NODELETE", 4096),
    ("RTLD_NOLOAD", 4),
    ("RTLD_DEEPBIND", 8),
    ("GRND_RANDOM", 2),
    ("GRND_NONBLOCK", 1),
];

/// Creates the `posix` module.
pub fn create() -> Value {
    init_types();
    let m = new_module("posix");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("access", access),
        ("chdir", chdir),
        ("fchdir", fchdir),
        ("chmod", chmod),
        ("fchmod", fchmod),
        ("chown", chown),
        ("fchown", fchown),
        ("lchown", lchown),
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("link", link),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("mkfifo", mkfifo),
        ("readlink", readlink),
        ("rename", rename),
        ("replace", replace),
        ("rmdir", rmdir),
        ("symlink", symlink),
        ("unlink", unlink),
        ("remove", remove),
        ("utime", utime),
        ("truncate", truncate),
        ("ftruncate", ftruncate),
        ("umask", umask),
        ("statvfs", statvfs),
        ("fstatvfs", fstatvfs),
        ("sync", sync),
        ("open", open),
        ("close", close),
        ("closerange", closerange),
        ("dup", dup),
        ("dup2", dup2),
        ("lseek", lseek),
        ("read", read),
        ("write", write),
        ("pread", pread),
        ("pwrite", pwrite),
        ("fsync", fsync),
        ("fdatasync", fdatasync),
        ("isatty", isatty),
        ("ttyname", ttyname),
        ("pipe", pipe),
        ("pipe2", pipe2),
        ("get_inheritable", get_inheritable),
        ("set_inheritable", set_inheritable),
        ("get_blocking", get_blocking),
        ("set_blocking", set_blocking),
        ("device_encoding", device_encoding),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("strerror", strerror_fn),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("getgroups", getgroups),
        ("getpgrp", getpgrp),
        ("getpgid", getpgid),
        ("getsid", getsid),
        ("getlogin", getlogin),
        ("kill", kill),
        ("killpg", killpg),
        ("uname", uname),
        ("times", times),
        ("urandom", urandom),
        ("getrandom", getrandom),
        ("cpu_count", cpu_count),
        ("sched_getaffinity", sched_getaffinity),
        ("get_terminal_size", get_terminal_size),
        ("fspath", fspath),
        ("_exit", exit_now),
        ("abort", abort),
        ("system", system),
        ("waitpid", waitpid),
        ("wait", wait),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("WIFEXITED", WIFEXITED),
        ("WIFSIGNALED", WIFSIGNALED),
        ("WIFSTOPPED", WIFSTOPPED),
        ("WIFCONTINUED", WIFCONTINUED),
        ("WCOREDUMP", WCOREDUMP),
        ("WEXITSTATUS", WEXITSTATUS),
        ("WTERMSIG", WTERMSIG),
        ("WSTOPSIG", WSTOPSIG),
        ("major", major),
        ("minor", minor),
        ("makedev", makedev),
        ("sysconf", sysconf),
        ("scandir", scandir),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("posix")));
    }
    for (name, v) in CONSTANTS {
        mo.set(name, new_int(*v));
    }
    let names = crate::objects::list::new_list(HAVE_FUNCTIONS.iter().map(|s| new_str(*s)).collect());
    mo.set("_have_functions", names);
    let sc = new_dict();
    for (n, v) in SYSCONF_NAMES {
        let _ = as_dict(&sc).expect("a dict").set(new_str(*n), new_int(*v as i64));
    }
    mo.set("sysconf_names", sc);
    mo.set("environ", environ_dict());
    mo.set("error", crate::objects::exception::OS_ERROR.as_value());
    mo.set("DirEntry", DIR_ENTRY_TYPE.as_value());
    // The struct sequences are defined in Python, in the module's namespace.
    match crate::compile_source(STRUCTS, "<posix>", tern_frontend::Mode::Exec) {
        Ok(code) => {
            let d = mo.dict.clone().expect("module dict");
            let dd = as_dict(&d).expect("a dict");
            dd.set_str(intern_static("__builtins__"), crate::builtins::builtins_module());
            if let Err(e) = crate::interp::run_code(&code, &d, None) {
                crate::traceback::print_exception(&e);
            }
            let _ = dd.remove(&intern_static("__builtins__"));
            STRUCT_CLASSES.with(|s| {
                let mut s = s.borrow_mut();
                s.clear();
                for n in ["stat_result", "statvfs_result", "uname_result", "times_result", "terminal_size"] {
                    if let Some(c) = dd.get_str(&intern(n)) {
                        s.push((n, c));
                    }
                }
            });
        }
        Err(e) => crate::traceback::print_exception(&e),
    }
    m
}

/// Registers DirEntry's and ScandirIterator's methods (once).
fn init_types() {
    thread_local! {
        static DONE: Cell<bool> = const { Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let t = &DIR_ENTRY_TYPE;
    crate::types::init_builtin_type(t);
    build::method(t, "is_dir", entry_is_dir);
    build::method(t, "is_file", entry_is_file);
    build::method(t, "is_symlink", entry_is_symlink);
    build::method(t, "stat", entry_stat);
    build::method(t, "inode", entry_inode);
    build::method(t, "__fspath__", entry_fspath);
    build::method(t, "__repr__", entry_repr);
    build::classmethod(t, "__class_getitem__", entry_class_getitem);
    build::getset(t, "name", entry_name, None);
    build::getset(t, "path", entry_path, None);
    let s = &SCANDIR_ITER_TYPE;
    crate::objects::iter::register_iterator(s, scandir_next);
    build::method(s, "close", scandir_close);
    build::method(s, "__enter__", scandir_enter);
    build::method(s, "__exit__", scandir_close);
    build::method(s, "__del__", scandir_close);
}
