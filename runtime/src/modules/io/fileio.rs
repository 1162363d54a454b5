//! `_io.FileIO`: unbuffered binary I/O on an OS file descriptor (CPython's
//! Modules/_io/fileio.c).

use super::{call_method, tp_name, unsupported};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::modules::posix::{errno, fd_read, fd_write, os_error};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::new_bytes;
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, intern_static, new_str};
use crate::types::{build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

pub struct FileIOState {
    pub fd: i32,
    created: bool,
    readable: bool,
    writable: bool,
    appending: bool,
    /// -1: not known yet.
    seekable: i8,
    closefd: bool,
    blksize: i64,
    finalizing: bool,
}

#[repr(C)]
pub struct FileIOObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
    state: UnsafeCell<FileIOState>,
}

unsafe impl PyObj for FileIOObject {
    fn class() -> &'static TypeObject {
        &FILEIO_TYPE
    }
}

pub static FILEIO_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<FileIOObject>("_io.FileIO", Some(&super::iobase::RAW_IOBASE_TYPE), BASETYPE)
        .in_module("_io")
        .with_qualname("FileIO")
        .with_dict_at(std::mem::offset_of!(FileIOObject, dict));
    t.dealloc = fileio_dealloc;
    t
};

unsafe fn fileio_dealloc(h: *mut ObjHeader) {
    super::finalize_and_free(
        h,
        |obj| {
            if let Some(f) = obj.downcast::<FileIOObject>() {
                if f.st().fd >= 0 {
                    f.st().finalizing = true;
                    let _ = close_impl(obj);
                }
            }
        },
        crate::types::dealloc_native::<FileIOObject>,
    );
}

fn fresh() -> FileIOObject {
    FileIOObject {
        header: ObjHeader::new(std::ptr::null()),
        dict: None,
        state: UnsafeCell::new(FileIOState {
            fd: -1,
            created: false,
            readable: false,
            writable: false,
            appending: false,
            seekable: -1,
            closefd: true,
            blksize: 0,
            finalizing: false,
        }),
    }
}

impl FileIOObject {
    #[allow(clippy::mut_from_ref)]
    pub fn st(&self) -> &mut FileIOState {
        unsafe { &mut *self.state.get() }
    }

    pub fn closefd(&self) -> bool {
        self.st().closefd
    }

    pub fn closed(&self) -> bool {
        self.st().fd < 0
    }

    fn check_open(&self) -> PyResult<i32> {
        let fd = self.st().fd;
        if fd < 0 {
            return Err(closed_err());
        }
        Ok(fd)
    }

    /// One `read(2)` into `buf`: Ok(None) when it would block.
    pub fn read_into(&self, buf: &mut [u8]) -> PyResult<Option<usize>> {
        let fd = self.check_open()?;
        if !self.st().readable {
            return Err(err_mode("reading"));
        }
        match fd_read(fd, buf)? {
            Ok(n) => Ok(Some(n)),
            Err(e) if e == libc::EAGAIN => Ok(None),
            Err(e) => Err(os_error(e, None, None)),
        }
    }

    /// One `write(2)`: Ok(None) when it would block.
    pub fn write_bytes(&self, data: &[u8]) -> PyResult<Option<usize>> {
        let fd = self.check_open()?;
        if !self.st().writable {
            return Err(err_mode("writing"));
        }
        match fd_write(fd, data)? {
            Ok(n) => Ok(Some(n)),
            Err(e) if e == libc::EAGAIN => Ok(None),
            Err(e) => Err(os_error(e, None, None)),
        }
    }

    /// `lseek(2)`: the new position.
    pub fn seek(&self, pos: i64, whence: i32) -> PyResult<i64> {
        let fd = self.check_open()?;
        let r = unsafe { libc::lseek(fd, pos, whence) };
        if self.st().seekable < 0 {
            self.st().seekable = (r >= 0) as i8;
        }
        if r < 0 {
            return Err(os_error(errno(), None, None));
        }
        Ok(r)
    }

    /// Everything up to the end of the file: Ok(None) when the first read would block.
    pub fn readall(&self) -> PyResult<Option<Vec<u8>>> {
        let fd = self.check_open()?;
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        let pos = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
        let mut bufsize = 8192usize;
        if pos >= 0 && unsafe { libc::fstat(fd, &mut st) } == 0 && st.st_size >= pos {
            bufsize = (st.st_size - pos) as usize + 1;
        }
        let mut out: Vec<u8> = Vec::with_capacity(bufsize.min(1 << 26));
        loop {
            if out.len() == out.capacity() {
                out.reserve(out.len().max(8192));
            }
            let len = out.len();
            let cap = out.capacity();
            out.resize(cap, 0);
            match fd_read(fd, &mut out[len..])? {
                Ok(0) => {
                    out.truncate(len);
                    return Ok(Some(out));
                }
                Ok(n) => out.truncate(len + n),
                Err(e) if e == libc::EAGAIN => {
                    out.truncate(len);
                    if len > 0 {
                        return Ok(Some(out));
                    }
                    return Ok(None);
                }
                Err(e) => return Err(os_error(e, None, None)),
            }
        }
    }
}

fn closed_err() -> PyErr {
    value_error("I/O operation on closed file")
}

fn err_mode(action: &str) -> PyErr {
    unsupported(&format!("File not open for {action}"))
}

fn fio(v: &Value) -> PyResult<&FileIOObject> {
    v.downcast::<FileIOObject>().ok_or_else(|| type_error(format!("descriptor requires a '_io.FileIO' object but received a '{}'", v.ty().name())))
}

/// The exact native FileIO behind a value (for the buffered layer's fast paths).
pub fn native(v: &Value) -> Option<&FileIOObject> {
    v.downcast_exact::<FileIOObject>()
}

/// `FileIO.__new__`: an unopened FileIO.
fn fileio_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.downcast::<TypeObject>()).ok_or_else(|| type_error("FileIO.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&FILEIO_TYPE) {
        return Err(type_error(format!("FileIO.__new__({}): {} is not a subtype of FileIO", cls.name(), cls.name())));
    }
    Ok(crate::types::alloc_object(cls, fresh()))
}

/// `FileIO.__init__(file, mode='r', closefd=True, opener=None)`.
fn fileio_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("FileIO", &args[1..], kw, &["file", "mode", "closefd", "opener"], 1)?;
    let mode = match &a[1] {
        None => "r".to_owned(),
        Some(m) => as_str(m).ok_or_else(|| type_error(format!("FileIO() argument 'mode' must be str, not {}", m.ty().name())))?.to_owned(),
    };
    let closefd = match &a[2] {
        None => true,
        Some(c) => crate::ops::truthy(c)?,
    };
    init_impl(&args[0], a[0].as_ref().expect("required"), &mode, closefd, a[3].as_ref().unwrap_or(&none()))?;
    Ok(none())
}

/// Opens (or adopts) the descriptor of a FileIO (CPython's `_io_FileIO___init___impl`).
fn init_impl(this: &Value, nameobj: &Value, mode: &str, closefd: bool, opener: &Value) -> PyResult<()> {
    let f = fio(this)?;
    if f.st().fd >= 0 {
        if f.st().closefd {
            close_impl(this)?;
        } else {
            f.st().fd = -1;
        }
    }
    let mut fd = -1;
    if crate::objects::int::is_int(nameobj) {
        fd = crate::builtins::args::as_c_int(nameobj)? as i32;
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
    }
    let path = if fd < 0 {
        match crate::modules::posix::fspath_opt(nameobj)? {
            Some(p) => {
                let bytes = match as_str(&p) {
                    Some(s) => s.as_bytes().to_vec(),
                    None => crate::objects::bytes::as_bytes(&p).unwrap_or(&[]).to_vec(),
                };
                Some(std::ffi::CString::new(bytes).map_err(|_| value_error("embedded null byte"))?)
            }
            None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", nameobj.ty().name()))),
        }
    } else {
        None
    };
    let st = f.st();
    st.created = false;
    st.readable = false;
    st.writable = false;
    st.appending = false;
    st.seekable = -1;
    let (mut rwa, mut plus) = (false, false);
    let mut flags = 0;
    let bad_mode = || value_error("Must have exactly one of create/read/write/append mode and at most one plus");
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad_mode());
                }
                rwa = true;
                match c {
                    'x' => {
                        st.created = true;
                        st.writable = true;
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => st.readable = true,
                    'w' => {
                        st.writable = true;
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        st.writable = true;
                        st.appending = true;
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(bad_mode());
                }
                st.readable = true;
                st.writable = true;
                plus = true;
            }
            _ => return Err(value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad_mode());
    }
    flags |= if st.readable && st.writable {
        libc::O_RDWR
    } else if st.readable {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    flags |= libc::O_CLOEXEC;
    let mut own = false;
    if fd >= 0 {
        st.fd = fd;
        st.closefd = closefd;
    } else {
        st.closefd = true;
        if !closefd {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
        let c = path.expect("a path");
        if is_none(opener) {
            loop {
                let r = unsafe { libc::open(c.as_ptr(), flags, 0o666) };
                if r >= 0 {
                    fd = r;
                    break;
                }
                let e = errno();
                if e != libc::EINTR {
                    return Err(os_error(e, Some(nameobj.clone()), None));
                }
                crate::modules::signal::check_signals()?;
            }
        } else {
            let r = crate::call::call(opener, &[nameobj.clone(), new_int(flags as i64)], None)?;
            if !crate::objects::int::is_int(&r) {
                return Err(type_error("expected integer from opener"));
            }
            fd = crate::builtins::args::as_c_int(&r)? as i32;
            if fd < 0 {
                return Err(value_error(format!("opener returned {fd}")));
            }
            unsafe {
                let fl = libc::fcntl(fd, libc::F_GETFD);
                if fl >= 0 {
                    libc::fcntl(fd, libc::F_SETFD, fl | libc::FD_CLOEXEC);
                }
            }
        }
        own = true;
        st.fd = fd;
    }
    let fail = |st: &mut FileIOState, e: PyErr| -> PyResult<()> {
        if own {
            unsafe { libc::close(st.fd) };
        }
        st.fd = -1;
        Err(e)
    };
    st.blksize = super::DEFAULT_BUFFER_SIZE as i64;
    let mut sb: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(st.fd, &mut sb) } < 0 {
        let e = errno();
        if e == libc::EBADF {
            return fail(st, os_error(e, None, None));
        }
    } else {
        if sb.st_mode & libc::S_IFMT == libc::S_IFDIR {
            return fail(st, os_error(libc::EISDIR, Some(nameobj.clone()), None));
        }
        if sb.st_blksize > 1 {
            st.blksize = sb.st_blksize;
        }
    }
    crate::objects::instance::dict_set(this, &intern_static("name"), nameobj.clone());
    if st.appending {
        // Start at the end (as the first write would).
        unsafe { libc::lseek(st.fd, 0, libc::SEEK_END) };
    }
    Ok(())
}

/// A new FileIO (what open() uses).
pub fn new_fileio(file: &Value, mode: &str, closefd: bool, opener: &Value) -> PyResult<Value> {
    let v = crate::types::new_object(fresh());
    init_impl(&v, file, mode, closefd, opener)?;
    Ok(v)
}

/// The FileIO of a standard stream (not closing the descriptor), named like `<stdout>`.
pub fn new_std_fileio(fd: i32, write: bool, name: &str) -> Value {
    let v = crate::types::new_object(fresh());
    let f = fio(&v).expect("a FileIO");
    let st = f.st();
    st.fd = fd;
    st.closefd = false;
    st.readable = !write;
    st.writable = write;
    st.blksize = super::DEFAULT_BUFFER_SIZE as i64;
    let mut sb: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut sb) } == 0 && sb.st_blksize > 1 {
        st.blksize = sb.st_blksize;
    }
    crate::objects::instance::dict_set(&v, &intern_static("name"), new_str(name));
    v
}

/// `raw.isatty()` (natively for FileIO).
pub fn raw_isatty(raw: &Value) -> PyResult<bool> {
    if let Some(f) = native(raw) {
        let fd = f.check_open()?;
        return Ok(unsafe { libc::isatty(fd) } == 1);
    }
    crate::ops::truthy(&call_method(raw, "isatty", &[])?)
}

/// The raw file's preferred buffer size.
pub fn blksize(raw: &Value) -> usize {
    match raw.downcast::<FileIOObject>() {
        Some(f) if f.st().blksize > 1 => f.st().blksize as usize,
        _ => super::DEFAULT_BUFFER_SIZE,
    }
}

/// Closes a raw file after a failed open(), ignoring errors.
pub fn close_quietly(raw: &Value) -> PyResult<()> {
    call_method(raw, "close", &[]).map(|_| ())
}

fn closed_check(args: &[Value]) -> PyResult<(&FileIOObject, i32)> {
    let f = fio(&args[0])?;
    let fd = f.check_open()?;
    Ok((f, fd))
}

/// `read(size=-1)`.
fn read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "read", "read", 0, 1)?;
    let (f, _) = closed_check(args)?;
    if !f.st().readable {
        return Err(err_mode("reading"));
    }
    match super::size_arg(args.get(1))? {
        None => readall_value(f),
        Some(n) => {
            let mut buf = vec![0u8; n.min(isize::MAX as usize)];
            match f.read_into(&mut buf)? {
                None => Ok(none()),
                Some(k) => {
                    buf.truncate(k);
                    Ok(new_bytes(buf))
                }
            }
        }
    }
}

fn readall_value(f: &FileIOObject) -> PyResult<Value> {
    Ok(match f.readall()? {
        Some(d) => new_bytes(d),
        None => none(),
    })
}

/// `readall()`.
fn readall(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "readall")?;
    readall_value(fio(&args[0])?)
}

/// `readinto(buffer)`.
fn readinto(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let buf = crate::objects::clinic::one_arg(&args[1..], kw, "readinto")?;
    let n = super::writable_len("readinto", buf)?;
    let (f, _) = closed_check(args)?;
    if !f.st().readable {
        return Err(err_mode("reading"));
    }
    let mut tmp = vec![0u8; n];
    match f.read_into(&mut tmp)? {
        None => Ok(none()),
        Some(k) => {
            super::fill_buffer(buf, &tmp[..k])?;
            Ok(new_int(k as i64))
        }
    }
}

/// `write(b)`: the number of bytes written (None if it would block).
fn write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let b = crate::objects::clinic::one_arg(&args[1..], kw, "write")?;
    let data = super::bytes_arg(b)?;
    let f = fio(&args[0])?;
    Ok(match f.write_bytes(&data)? {
        Some(n) => new_int(n as i64),
        None => none(),
    })
}

/// A seek position argument (ints only, as `portable_lseek` takes them).
fn pos_arg(v: &Value) -> PyResult<i64> {
    if crate::objects::float::float_val(v).is_some() {
        return Err(type_error("an integer is required"));
    }
    let i = crate::ops::index(v)?;
    crate::objects::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))
}

/// `seek(pos, whence=0)`.
fn seek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "seek", "seek", 1, 2)?;
    let f = fio(&args[0])?;
    f.check_open()?;
    let pos = pos_arg(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => crate::builtins::args::as_c_int(w)? as i32,
        None => 0,
    };
    Ok(new_int(f.seek(pos, whence)?))
}

/// `tell()`.
fn tell(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "tell")?;
    Ok(new_int(fio(&args[0])?.seek(0, libc::SEEK_CUR)?))
}

/// `truncate(size=None)`: the new size.
fn truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "truncate", "truncate", 0, 1)?;
    let (f, fd) = closed_check(args)?;
    if !f.st().writable {
        return Err(err_mode("writing"));
    }
    let size = match args.get(1).filter(|v| !is_none(v)) {
        Some(v) => pos_arg(v)?,
        None => f.seek(0, libc::SEEK_CUR)?,
    };
    if unsafe { libc::ftruncate(fd, size) } != 0 {
        return Err(os_error(errno(), None, None));
    }
    Ok(new_int(size))
}

/// Closes a FileIO: `_RawIOBase.close` (flush, closed flag), then the descriptor.
fn close_impl(this: &Value) -> PyResult<Value> {
    let f = fio(this)?;
    let flushed = if f.st().fd < 0 || super::iobase::base_closed(this) {
        Ok(none())
    } else if std::ptr::eq(this.ty(), &FILEIO_TYPE) {
        Ok(none())
    } else {
        call_method(this, "flush", &[])
    };
    super::iobase::set_base_closed(this);
    let st = f.st();
    if st.fd >= 0 {
        let fd = std::mem::replace(&mut st.fd, -1);
        if st.closefd && unsafe { libc::close(fd) } < 0 {
            let e = os_error(errno(), None, None);
            return match flushed {
                Err(fe) => Err(fe),
                Ok(_) => Err(e),
            };
        }
    }
    flushed
}

fn close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "close")?;
    close_impl(&args[0])
}

fn seekable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (f, fd) = closed_check(args)?;
    if f.st().seekable < 0 {
        f.st().seekable = (unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } >= 0) as i8;
    }
    Ok(new_bool(f.st().seekable == 1))
}

fn readable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (f, _) = closed_check(args)?;
    Ok(new_bool(f.st().readable))
}

fn writable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (f, _) = closed_check(args)?;
    Ok(new_bool(f.st().writable))
}

fn fileno(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (_, fd) = closed_check(args)?;
    Ok(new_int(fd as i64))
}

fn isatty(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (_, fd) = closed_check(args)?;
    Ok(new_bool(unsafe { libc::isatty(fd) } == 1))
}

fn dealloc_warn(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(none())
}

/// `repr()`: `<_io.FileIO name='x' mode='rb' closefd=True>`.
fn repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let f = fio(this)?;
    let tname = tp_name(this);
    if f.closed() {
        return Ok(new_str(format!("<{tname} [closed]>")));
    }
    let st = f.st();
    let cfd = if st.closefd { "True" } else { "False" };
    let mode = mode_string(st);
    match crate::ops::getattr_opt(this, &intern_static("name"))? {
        None => Ok(new_str(format!("<{tname} fd={} mode='{mode}' closefd={cfd}>", st.fd))),
        Some(n) => {
            if !crate::ops::repr_enter(this) {
                return Err(crate::error::runtime_error(format!("reentrant call inside {tname}.__repr__")));
            }
            let r = crate::ops::repr_string(&n);
            crate::ops::repr_leave(this);
            Ok(new_str(format!("<{tname} name={} mode='{mode}' closefd={cfd}>", r?)))
        }
    }
}

fn mode_string(st: &FileIOState) -> &'static str {
    if st.created {
        return if st.readable { "xb+" } else { "xb" };
    }
    if st.appending {
        return if st.readable { "ab+" } else { "ab" };
    }
    if st.readable {
        return if st.writable { "rb+" } else { "rb" };
    }
    "wb"
}

fn get_closed(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fio(v)?.closed()))
}

fn get_closefd(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fio(v)?.st().closefd))
}

fn get_mode(v: &Value) -> PyResult<Value> {
    Ok(new_str(mode_string(fio(v)?.st())))
}

fn get_blksize(v: &Value) -> PyResult<Value> {
    Ok(new_int(fio(v)?.st().blksize))
}

fn get_finalizing(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fio(v)?.st().finalizing))
}

fn getstate(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(type_error(format!("cannot pickle '{}' object", tp_name(&args[0]))))
}

pub fn init() {
    let t = &FILEIO_TYPE;
    crate::types::init_builtin_type(t);
    t.iternext.set(Some(super::iobase::iternext));
    build::new(t, fileio_new);
    build::method(t, "__init__", fileio_init);
    build::method(t, "read", read);
    build::method(t, "readall", readall);
    build::method(t, "readinto", readinto);
    build::method(t, "write", write);
    build::method(t, "seek", seek);
    build::method(t, "tell", tell);
    build::method(t, "truncate", truncate);
    build::method(t, "close", close);
    build::method(t, "seekable", seekable);
    build::method(t, "readable", readable);
    build::method(t, "writable", writable);
    build::method(t, "fileno", fileno);
    build::method(t, "isatty", isatty);
    build::method(t, "_dealloc_warn", dealloc_warn);
    build::method(t, "__getstate__", getstate);
    build::method(t, "__repr__", repr);
    build::getset(t, "closed", get_closed, None);
    build::getset(t, "closefd", get_closefd, None);
    build::getset(t, "mode", get_mode, None);
    build::getset(t, "_blksize", get_blksize, None);
    build::getset(t, "_finalizing", get_finalizing, None);
}
