//! File objects: what `open()` returns and what `sys.stdin`, `sys.stdout`
//! and `sys.stderr` are. Text files translate newlines and encode UTF-8;
//! stdout is block-buffered unless it is a terminal, and is flushed before
//! anything is written to stderr and at exit.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str};
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;
use std::io::{Read, Seek, SeekFrom, Write};

pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
}

pub struct FileState {
    stream: Stream,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    /// Flush after every newline (a terminal), or only when the buffer fills.
    line_buffered: bool,
    wbuf: Vec<u8>,
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
}

#[repr(C)]
pub struct FileObject {
    pub header: ObjHeader,
    pub state: UnsafeCell<FileState>,
    pub name: Value,
    pub mode: Value,
}

unsafe impl PyObj for FileObject {
    fn class() -> &'static TypeObject {
        &TEXT_FILE_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(&TEXT_FILE_TYPE) || t.is_subtype(&BINARY_FILE_TYPE)
    }
}

pub static TEXT_FILE_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<FileObject>("TextIOWrapper", Some(&OBJECT_TYPE), 0).in_module("_io");
    t.dealloc = file_dealloc;
    t
};
pub static BINARY_FILE_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<FileObject>("BufferedReader", Some(&OBJECT_TYPE), 0).in_module("_io");
    t.dealloc = file_dealloc;
    t
};

const BUF_LIMIT: usize = 8192;

impl FileObject {
    #[allow(clippy::mut_from_ref)]
    pub fn st(&self) -> &mut FileState {
        unsafe { &mut *self.state.get() }
    }
}

fn raw_write(stream: &mut Stream, data: &[u8]) -> std::io::Result<()> {
    match stream {
        Stream::Stdout => {
            let mut o = std::io::stdout().lock();
            o.write_all(data)?;
            o.flush()
        }
        Stream::Stderr => std::io::stderr().write_all(data),
        Stream::File(f) => f.write_all(data),
        Stream::Stdin => Err(std::io::Error::other("not writable")),
    }
}

fn io_error(e: std::io::Error) -> PyErr {
    os_error_from(e, None)
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
            32 => "Broken pipe",
            36 => "File name too long",
            39 => "Directory not empty",
            _ => return None,
        }
        .to_string(),
    )
}

impl FileState {
    fn check_open(&self) -> PyResult<()> {
        if self.closed {
            return Err(value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    pub fn write_bytes(&mut self, data: &[u8]) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(PyErr::new(&crate::objects::exception::OS_ERROR, "not writable"));
        }
        if matches!(self.stream, Stream::Stderr) {
            flush_stdout();
            return raw_write(&mut self.stream, data).map_err(io_error);
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= BUF_LIMIT || (self.line_buffered && data.contains(&b'\n')) {
            self.flush()?;
        }
        Ok(())
    }

    pub fn flush(&mut self) -> PyResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        match raw_write(&mut self.stream, &data) {
            Ok(()) => Ok(()),
            // A closed pipe downstream is not worth a traceback at exit.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(io_error(e)),
        }
    }

    fn fill(&mut self) -> PyResult<bool> {
        if self.eof {
            return Ok(false);
        }
        let mut chunk = vec![0u8; 65536];
        let n = match &mut self.stream {
            Stream::Stdin => {
                flush_stdout();
                std::io::stdin().lock().read(&mut chunk).map_err(io_error)?
            }
            Stream::File(f) => f.read(&mut chunk).map_err(io_error)?,
            _ => return Err(PyErr::new(&crate::objects::exception::OS_ERROR, "not readable")),
        };
        if n == 0 {
            self.eof = true;
            return Ok(false);
        }
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(true)
    }

    /// Reads up to and including the next newline (or to EOF).
    pub fn read_line_bytes(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.check_open()?;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let nl = avail.iter().position(|&b| b == b'\n' || (!self.binary && b == b'\r'));
            if let Some(p) = nl {
                let mut end = p + 1;
                // A lone \r at the end of the buffer may be half of \r\n.
                if avail[p] == b'\r' && p + 1 == avail.len() && !self.eof && self.fill()? {
                    continue;
                }
                let avail = &self.rbuf[self.rpos..];
                let mut line = avail[..end.min(avail.len())].to_vec();
                if !self.binary && avail[p] == b'\r' {
                    line.pop();
                    line.push(b'\n');
                    if avail.get(p + 1) == Some(&b'\n') {
                        end += 1;
                    }
                }
                if let Some(l) = limit {
                    if line.len() > l {
                        let take = l;
                        let out = avail[..take].to_vec();
                        self.rpos += take;
                        return Ok(out);
                    }
                }
                self.rpos += end;
                return Ok(line);
            }
            if let Some(l) = limit {
                if avail.len() >= l {
                    let out = avail[..l].to_vec();
                    self.rpos += l;
                    return Ok(out);
                }
            }
            if !self.fill()? {
                let out = self.rbuf[self.rpos..].to_vec();
                self.rpos = self.rbuf.len();
                return Ok(out);
            }
        }
    }

    pub fn read_all_bytes(&mut self) -> PyResult<Vec<u8>> {
        self.check_open()?;
        while self.fill()? {}
        let mut out = self.rbuf[self.rpos..].to_vec();
        self.rpos = self.rbuf.len();
        if !self.binary && out.contains(&b'\r') {
            out = translate_newlines(&out);
        }
        Ok(out)
    }

    fn read_n_bytes(&mut self, n: usize) -> PyResult<Vec<u8>> {
        self.check_open()?;
        while self.rbuf.len() - self.rpos < n && self.fill()? {}
        let take = n.min(self.rbuf.len() - self.rpos);
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    pub fn close(&mut self) -> PyResult<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush();
        self.closed = true;
        if let Stream::File(_) = self.stream {
            self.stream = Stream::Stdin; // drops (closes) the file
            self.readable = false;
            self.writable = false;
        }
        r
    }
}

fn translate_newlines(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            if data.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(data[i]);
        }
        i += 1;
    }
    out
}

fn new_file(stream: Stream, name: Value, mode: &str, binary: bool, readable: bool, writable: bool, line_buffered: bool) -> Value {
    let ty: &TypeObject = if binary { &BINARY_FILE_TYPE } else { &TEXT_FILE_TYPE };
    crate::types::alloc_object(
        ty,
        FileObject {
            header: ObjHeader::new(std::ptr::null()),
            state: UnsafeCell::new(FileState {
                stream,
                binary,
                readable,
                writable,
                closed: false,
                line_buffered,
                wbuf: Vec::new(),
                rbuf: Vec::new(),
                rpos: 0,
                eof: false,
            }),
            name,
            mode: new_str(mode),
        },
    )
}

thread_local! {
    static STDOUT: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// The three standard streams, created once.
pub fn std_streams() -> (Value, Value, Value) {
    use std::io::IsTerminal;
    let stdin = new_file(Stream::Stdin, new_str("<stdin>"), "r", false, true, false, false);
    let tty = std::io::stdout().is_terminal();
    let stdout = new_file(Stream::Stdout, new_str("<stdout>"), "w", false, false, true, tty);
    let stderr = new_file(Stream::Stderr, new_str("<stderr>"), "w", false, false, true, true);
    STDOUT.with(|s| *s.borrow_mut() = Some(stdout.clone()));
    (stdin, stdout, stderr)
}

/// Flushes the original stdout's buffer (before stderr output, and at exit).
pub fn flush_stdout() {
    STDOUT.with(|s| {
        if let Ok(b) = s.try_borrow() {
            if let Some(v) = b.as_ref() {
                if let Some(f) = v.downcast::<FileObject>() {
                    let _ = f.st().flush();
                }
            }
        }
    });
}

/// Writes text to a file object (fast for our files, `write()` for others).
pub fn write_text(file: &Value, s: &str) -> PyResult<()> {
    if let Some(f) = file.downcast::<FileObject>() {
        if !f.st().binary {
            return f.st().write_bytes(s.as_bytes());
        }
    }
    crate::ops::call_method(file, "write", &[new_str(s)]).map(|_| ())
}

pub fn flush_file(file: &Value) -> PyResult<()> {
    if let Some(f) = file.downcast::<FileObject>() {
        return f.st().flush();
    }
    crate::ops::call_method(file, "flush", &[]).map(|_| ())
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn open(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind(
        "open",
        args,
        kw,
        &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        1,
    )?;
    let file = a[0].as_ref().unwrap();
    let path = as_str(file)
        .map(str::to_owned)
        .or_else(|| as_bytes(file).map(|b| String::from_utf8_lossy(b).into_owned()))
        .ok_or_else(|| type_error(format!("expected str, bytes or os.PathLike object, not {}", file.ty().name())))?;
    let mode = a[1].as_ref().and_then(as_str).unwrap_or("r").to_owned();
    if let Some(enc) = a[3].as_ref().and_then(as_str) {
        let e = enc.to_ascii_lowercase().replace('_', "-");
        if !matches!(e.as_str(), "utf-8" | "utf8" | "ascii" | "latin-1" | "latin1" | "iso-8859-1") {
            return Err(PyErr::new(&crate::objects::exception::LOOKUP_ERROR, format!("unknown encoding: {enc}")));
        }
    }
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable);
    if mode.contains('r') {
        opts.read(true);
        if plus {
            opts.write(true);
        }
        readable = true;
        writable = plus;
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true);
        if plus {
            opts.read(true);
        }
        readable = plus;
        writable = true;
    } else if mode.contains('a') {
        opts.append(true).create(true);
        if plus {
            opts.read(true);
        }
        readable = plus;
        writable = true;
    } else if mode.contains('x') {
        opts.write(true).create_new(true);
        readable = plus;
        writable = true;
    } else {
        return Err(value_error(format!("invalid mode: '{mode}'")));
    }
    let f = opts.open(&path).map_err(|e| os_error_from(e, Some(&path)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error_from(std::io::Error::from_raw_os_error(21), Some(&path)));
    }
    Ok(new_file(Stream::File(f), file.clone(), &mode, binary, readable, writable, false))
}

fn fo(v: &Value) -> &FileObject {
    v.downcast::<FileObject>().unwrap()
}

fn decode(st: &FileState, data: Vec<u8>) -> PyResult<Value> {
    if st.binary {
        return Ok(new_bytes(data));
    }
    match String::from_utf8(data) {
        Ok(s) => Ok(new_str(s)),
        Err(e) => {
            let bytes = e.into_bytes();
            let err = std::str::from_utf8(&bytes).unwrap_err();
            let start = err.valid_up_to();
            Err(PyErr::with_args(
                &crate::objects::exception::UNICODE_DECODE_ERROR,
                vec![
                    new_str("utf-8"),
                    new_bytes(bytes.clone()),
                    new_int(start as i64),
                    new_int(start as i64 + 1),
                    new_str("invalid start byte"),
                ],
            ))
        }
    }
}

fn f_write(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    let data = args.get(1).ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    if st.binary {
        let b = as_bytes(data)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", data.ty().name())))?;
        st.write_bytes(b)?;
        return Ok(new_int(b.len() as i64));
    }
    let s = as_str(data).ok_or_else(|| type_error(format!("write() argument must be str, not {}", data.ty().name())))?;
    st.write_bytes(s.as_bytes())?;
    Ok(new_int(s.chars().count() as i64))
}

fn f_writelines(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = args[0].clone();
    crate::ops::for_each(&args[1], |line| {
        f_write(&[f.clone(), line], None)?;
        Ok(true)
    })?;
    Ok(none())
}

fn f_read(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    st.check_open()?;
    if !st.readable {
        return Err(PyErr::new(&crate::objects::exception::OS_ERROR, "not readable"));
    }
    let n = args.get(1).filter(|v| !crate::objects::bool_none::is_none(v)).and_then(crate::objects::int::as_i64);
    match n {
        Some(n) if n >= 0 => {
            if st.binary {
                let d = st.read_n_bytes(n as usize)?;
                return decode(st, d);
            }
            // Text: n characters.
            let mut out = String::new();
            while out.chars().count() < n as usize {
                let need = n as usize - out.chars().count();
                let d = st.read_n_bytes(need)?;
                if d.is_empty() {
                    break;
                }
                out.push_str(&String::from_utf8_lossy(&d));
            }
            Ok(new_str(out))
        }
        _ => {
            let d = st.read_all_bytes()?;
            decode(st, d)
        }
    }
}

fn f_readline(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    let limit = args.get(1).and_then(crate::objects::int::as_i64).filter(|&n| n >= 0).map(|n| n as usize);
    let d = st.read_line_bytes(limit)?;
    decode(st, d)
}

fn f_readlines(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    let mut lines = Vec::new();
    loop {
        let d = st.read_line_bytes(None)?;
        if d.is_empty() {
            break;
        }
        lines.push(decode(st, d)?);
    }
    Ok(crate::objects::list::new_list(lines))
}

fn f_iternext(it: &Value) -> PyResult<Option<Value>> {
    let st = fo(it).st();
    let d = st.read_line_bytes(None)?;
    if d.is_empty() {
        return Ok(None);
    }
    decode(st, d).map(Some)
}

fn f_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    fo(&args[0]).st().check_open()?;
    Ok(args[0].clone())
}

fn f_close(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    fo(&args[0]).st().close()?;
    Ok(none())
}

fn f_flush(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    st.check_open()?;
    st.flush()?;
    Ok(none())
}

fn f_enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    fo(&args[0]).st().check_open()?;
    Ok(args[0].clone())
}

fn f_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    fo(&args[0]).st().close()?;
    Ok(none())
}

fn f_seek(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    st.check_open()?;
    st.flush()?;
    let off = args.get(1).and_then(crate::objects::int::as_i64).unwrap_or(0);
    let whence = args.get(2).and_then(crate::objects::int::as_i64).unwrap_or(0);
    let pos = match whence {
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        _ => SeekFrom::End(off),
    };
    // Account for read-ahead before seeking relative to the current position.
    let ahead = (st.rbuf.len() - st.rpos) as i64;
    st.rbuf.clear();
    st.rpos = 0;
    st.eof = false;
    match &mut st.stream {
        Stream::File(f) => {
            let pos = match pos {
                SeekFrom::Current(o) => SeekFrom::Current(o - ahead),
                p => p,
            };
            let n = f.seek(pos).map_err(io_error)?;
            Ok(new_int(n as i64))
        }
        _ => Err(PyErr::new(&crate::objects::exception::OS_ERROR, "underlying stream is not seekable")),
    }
}

fn f_tell(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = fo(&args[0]).st();
    st.check_open()?;
    st.flush()?;
    let ahead = (st.rbuf.len() - st.rpos) as u64;
    match &mut st.stream {
        Stream::File(f) => Ok(new_int((f.stream_position().map_err(io_error)? - ahead) as i64)),
        _ => Err(PyErr::new(&crate::objects::exception::OS_ERROR, "underlying stream is not seekable")),
    }
}

fn f_fileno(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let st = fo(&args[0]).st();
    st.check_open()?;
    Ok(new_int(match &st.stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::File(f) => f.as_raw_fd() as i64,
    }))
}

fn f_isatty(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let st = fo(&args[0]).st();
    Ok(new_bool(match &st.stream {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
        Stream::File(_) => false,
    }))
}

fn f_readable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(fo(&args[0]).st().readable))
}

fn f_writable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(fo(&args[0]).st().writable))
}

fn f_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = fo(&args[0]);
    let name = crate::ops::repr_string(&f.name)?;
    if f.st().binary {
        return Ok(new_str(format!("<_io.BufferedReader name={name}>")));
    }
    Ok(new_str(format!(
        "<_io.TextIOWrapper name={} mode={} encoding='utf-8'>",
        name,
        crate::ops::repr_string(&f.mode)?
    )))
}

fn get_closed(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fo(v).st().closed))
}
fn get_name(v: &Value) -> PyResult<Value> {
    Ok(fo(v).name.clone())
}
fn get_mode(v: &Value) -> PyResult<Value> {
    Ok(fo(v).mode.clone())
}
fn get_encoding(_v: &Value) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

/// Frees a file object, flushing and closing it first.
unsafe fn file_dealloc(h: *mut ObjHeader) {
    let f = &*(h as *const FileObject);
    let _ = f.st().flush();
    crate::types::dealloc_native::<FileObject>(h);
}

pub fn init() {
    for t in [&TEXT_FILE_TYPE, &BINARY_FILE_TYPE] {
        crate::objects::iter::register_iterator(t, f_iternext);
        build::method(t, "write", f_write);
        build::method(t, "writelines", f_writelines);
        build::method(t, "read", f_read);
        build::method(t, "readline", f_readline);
        build::method(t, "readlines", f_readlines);
        build::method(t, "__iter__", f_iter);
        build::method(t, "close", f_close);
        build::method(t, "flush", f_flush);
        build::method(t, "__enter__", f_enter);
        build::method(t, "__exit__", f_exit);
        build::method(t, "seek", f_seek);
        build::method(t, "tell", f_tell);
        build::method(t, "fileno", f_fileno);
        build::method(t, "isatty", f_isatty);
        build::method(t, "readable", f_readable);
        build::method(t, "writable", f_writable);
        build::method(t, "__repr__", f_repr);
        build::getset(t, "closed", get_closed, None);
        build::getset(t, "name", get_name, None);
        build::getset(t, "mode", get_mode, None);
        build::getset(t, "encoding", get_encoding, None);
    }
}
