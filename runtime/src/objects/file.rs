//! File objects: what `open()` returns and what `sys.stdin`, `sys.stdout`
//! and `sys.stderr` are, modelled on CPython's io stack: `TextIOWrapper`
//! (decoding, newline translation), `BufferedReader`/`BufferedWriter`/
//! `BufferedRandom` (binary, buffered) and `FileIO` (binary, unbuffered).
//! stdout is block-buffered unless it is a terminal, and is flushed before
//! anything is written to stderr and at exit.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str};
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{RefCell, UnsafeCell};
use std::io::{Read, Seek, SeekFrom, Write};

pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
    Closed,
}

/// Which layer of CPython's io stack the object plays.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Buffered,
    Raw,
}

pub struct FileState {
    stream: Stream,
    pub kind: Kind,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    appending: bool,
    created: bool,
    pub closed: bool,
    closefd: bool,
    /// Flush after every newline (a terminal), or only when the buffer fills.
    line_buffered: bool,
    wbuf: Vec<u8>,
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    /// Text: None = universal newlines (translated); Some("") = universal,
    /// untranslated; Some("\n" | "\r" | "\r\n") = that terminator only.
    newline: Option<String>,
    pub encoding: String,
    pub errors: String,
    /// Text: false while iterating with next() (tell() is then refused).
    telling: bool,
    /// Kinds of newline seen by universal-newline reading (1: \r, 2: \n, 4: \r\n).
    seen: u8,
}

#[repr(C)]
pub struct FileObject {
    pub header: ObjHeader,
    pub state: UnsafeCell<FileState>,
    pub name: Value,
    pub mode: Value,
    /// The instance `__dict__` (file objects take attributes, as in CPython).
    pub dict: Option<Value>,
}

unsafe impl PyObj for FileObject {
    fn class() -> &'static TypeObject {
        &TEXT_FILE_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        [&TEXT_FILE_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE, &FILEIO_TYPE]
            .iter()
            .any(|x| t.is_subtype(x))
    }
}

macro_rules! io_type {
    ($name:ident, $s:literal) => {
        pub static $name: TypeObject = {
            let mut t = TypeObject::builtin::<FileObject>($s, Some(&OBJECT_TYPE), 0)
                .in_module("_io")
                .with_dict_at(std::mem::offset_of!(FileObject, dict));
            t.dealloc = file_dealloc;
            t
        };
    };
}

io_type!(TEXT_FILE_TYPE, "TextIOWrapper");
io_type!(BUFFERED_READER_TYPE, "BufferedReader");
io_type!(BUFFERED_WRITER_TYPE, "BufferedWriter");
io_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom");
io_type!(FILEIO_TYPE, "FileIO");

/// Kept for callers that name the binary type.
pub use BUFFERED_READER_TYPE as BINARY_FILE_TYPE;

const BUF_LIMIT: usize = 8192;

impl FileObject {
    #[allow(clippy::mut_from_ref)]
    pub fn st(&self) -> &mut FileState {
        unsafe { &mut *self.state.get() }
    }
}

thread_local! {
    static UNSUPPORTED: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `io.UnsupportedOperation`: a subclass of OSError and ValueError.
pub fn unsupported_operation_class() -> Value {
    UNSUPPORTED.with(|u| u.borrow().clone()).unwrap_or_else(|| crate::objects::exception::OS_ERROR.as_value())
}

/// Raises io.UnsupportedOperation(msg).
fn unsupported(msg: &str) -> PyErr {
    let cls = unsupported_operation_class();
    match crate::call::call(&cls, &[new_str(msg)], None) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
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
        Stream::Stdin | Stream::Closed => Err(std::io::Error::from_raw_os_error(9)),
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
            29 => "Illegal seek",
            32 => "Broken pipe",
            36 => "File name too long",
            39 => "Directory not empty",
            _ => return None,
        }
        .to_string(),
    )
}

/// Does the codec keep ASCII bytes as themselves (so lines can be found in bytes)?
fn ascii_compatible(encoding: &str) -> bool {
    use crate::objects::codecs::{lookup, Codec};
    matches!(lookup(encoding), Ok(Codec::Utf8 | Codec::Utf8Sig | Codec::Ascii | Codec::Latin1 | Codec::Cp1252))
}

impl FileState {
    fn check_open(&self) -> PyResult<()> {
        if self.closed {
            return Err(value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported(if self.kind == Kind::Text { "not readable" } else { "read" }));
        }
        Ok(())
    }

    fn check_writable(&self) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported(if self.kind == Kind::Text { "not writable" } else { "write" }));
        }
        Ok(())
    }

    /// Buffers (or writes, for raw and stderr) encoded bytes.
    pub fn write_bytes(&mut self, data: &[u8]) -> PyResult<()> {
        self.check_writable()?;
        if matches!(self.stream, Stream::Stderr) {
            flush_stdout();
            return raw_write(&mut self.stream, data).map_err(io_error);
        }
        if self.rpos < self.rbuf.len() {
            // Writing after reading: go back to the logical position first.
            self.drop_readahead()?;
        }
        self.wbuf.extend_from_slice(data);
        if self.kind == Kind::Raw
            || self.wbuf.len() >= BUF_LIMIT
            || (self.line_buffered && data.iter().any(|&b| b == b'\n' || b == b'\r'))
        {
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

    /// Forgets read-ahead, moving the OS position back to the logical one.
    fn drop_readahead(&mut self) -> PyResult<()> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        if ahead > 0 {
            if let Stream::File(f) = &mut self.stream {
                f.seek(SeekFrom::Current(-ahead)).map_err(io_error)?;
            }
        }
        Ok(())
    }

    /// Reads one more chunk into the read buffer; false at end of file.
    fn fill(&mut self) -> PyResult<bool> {
        if self.eof {
            return Ok(false);
        }
        self.flush()?;
        let mut chunk = vec![0u8; 65536];
        let n = match &mut self.stream {
            Stream::Stdin => {
                flush_stdout();
                std::io::stdin().lock().read(&mut chunk).map_err(io_error)?
            }
            Stream::File(f) => f.read(&mut chunk).map_err(io_error)?,
            _ => return Err(unsupported("not readable")),
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

    fn avail(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// The length of the next line in the buffered bytes, including its
    /// terminator, if a whole line is there (`at_eof`: the rest counts).
    fn line_end(&self, at_eof: bool) -> Option<usize> {
        let avail = self.avail();
        if self.kind != Kind::Text {
            return avail.iter().position(|&b| b == b'\n').map(|p| p + 1);
        }
        match self.newline.as_deref() {
            None | Some("") => {
                for (i, &b) in avail.iter().enumerate() {
                    if b == b'\n' {
                        return Some(i + 1);
                    }
                    if b == b'\r' {
                        return match avail.get(i + 1) {
                            Some(b'\n') => Some(i + 2),
                            Some(_) => Some(i + 1),
                            // A \r at the end may be half of \r\n.
                            None if at_eof => Some(i + 1),
                            None => None,
                        };
                    }
                }
                None
            }
            Some(term) => {
                let t = term.as_bytes();
                avail.windows(t.len()).position(|w| w == t).map(|p| p + t.len())
            }
        }
    }

    /// Takes `n` buffered bytes.
    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }

    /// The raw bytes of the next line (`limit`: at most that many bytes, or
    /// characters for text, which the caller re-checks after decoding).
    fn read_line_raw(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        loop {
            let at_eof = self.eof;
            if let Some(n) = self.line_end(at_eof) {
                let n = match limit {
                    Some(l) if l < n => l,
                    _ => n,
                };
                return Ok(self.take(n));
            }
            if let Some(l) = limit {
                if self.kind != Kind::Text && self.avail().len() >= l {
                    return Ok(self.take(l));
                }
            }
            if !self.fill()? {
                let n = self.avail().len();
                let n = match limit {
                    Some(l) if l < n && self.kind != Kind::Text => l,
                    _ => n,
                };
                return Ok(self.take(n));
            }
        }
    }

    /// Universal-newline translation of decoded text (and noting what was seen).
    fn translate(&mut self, text: String) -> String {
        if self.newline.is_some() || !text.contains('\r') {
            if self.newline.is_none() && text.contains('\n') {
                self.seen |= 2;
            }
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut it = text.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                    self.seen |= 4;
                } else {
                    self.seen |= 1;
                }
                out.push('\n');
            } else {
                if c == '\n' {
                    self.seen |= 2;
                }
                out.push(c);
            }
        }
        out
    }

    /// Decodes bytes of this text file (errors as CPython's decoder reports them).
    fn decode(&self, data: &[u8]) -> PyResult<String> {
        if self.encoding.eq_ignore_ascii_case("utf-8") && self.errors == "strict" {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(s.to_owned());
            }
        }
        let obj = new_bytes(data.to_vec());
        crate::objects::codecs::decode(&obj, data, &self.encoding, &self.errors)
    }

    /// Encodes text for this file, translating "\n" to the newline setting.
    fn encode(&self, text: &str) -> PyResult<Vec<u8>> {
        let translated;
        let text = match self.newline.as_deref() {
            Some(nl) if nl == "\r" || nl == "\r\n" => {
                translated = text.replace('\n', nl);
                &translated
            }
            _ => text,
        };
        if self.encoding.eq_ignore_ascii_case("utf-8") && self.errors == "strict" {
            return Ok(text.as_bytes().to_vec());
        }
        let obj = new_str(text);
        crate::objects::codecs::encode(&obj, text, &self.encoding, &self.errors)
    }

    /// Everything left, undecoded.
    fn read_all_raw(&mut self) -> PyResult<Vec<u8>> {
        while self.fill()? {}
        let n = self.avail().len();
        Ok(self.take(n))
    }

    /// Up to `n` bytes (fewer only at end of file).
    fn read_n_raw(&mut self, n: usize) -> PyResult<Vec<u8>> {
        while self.avail().len() < n && self.fill()? {}
        let take = n.min(self.avail().len());
        Ok(self.take(take))
    }

    /// Text: `n` characters after newline translation.
    fn read_chars(&mut self, n: usize) -> PyResult<String> {
        if !ascii_compatible(&self.encoding) {
            let all = self.read_all_raw()?;
            let text = self.decode(&all)?;
            let text = self.translate(text);
            let cut = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
            let (head, rest) = text.split_at(cut);
            let rest_bytes = self.encode(rest)?;
            let mut rb = rest_bytes;
            rb.extend_from_slice(&self.rbuf[self.rpos..]);
            self.rbuf = rb;
            self.rpos = 0;
            return Ok(head.to_owned());
        }
        let mut out = String::new();
        let mut count = 0;
        while count < n {
            if self.avail().is_empty() && !self.fill()? {
                break;
            }
            // Bytes for up to the characters still wanted, ending on a whole
            // character (and not on a \r that may start \r\n).
            let avail = self.avail();
            let utf8 = self.encoding.to_ascii_lowercase().replace('_', "-").starts_with("utf");
            let mut i = 0;
            let mut chars = 0;
            let mut incomplete = false;
            while i < avail.len() && count + chars < n {
                let b = avail[i];
                let len = if !utf8 || b < 0x80 {
                    1
                } else if b >= 0xf0 {
                    4
                } else if b >= 0xe0 {
                    3
                } else if b >= 0xc0 {
                    2
                } else {
                    1
                };
                if i + len > avail.len() && !self.eof {
                    incomplete = true;
                    break;
                }
                if b == b'\r' && self.newline.is_none() {
                    match avail.get(i + 1) {
                        Some(b'\n') => {
                            i += 2;
                            chars += 1;
                            continue;
                        }
                        None if !self.eof => {
                            incomplete = true;
                            break;
                        }
                        _ => {}
                    }
                }
                i += len.min(avail.len() - i);
                chars += 1;
            }
            if i == 0 && incomplete {
                if !self.fill()? {
                    // A truncated sequence at the end: let the decoder judge it.
                    let rest = self.avail().len();
                    let bytes = self.take(rest);
                    let text = self.decode(&bytes)?;
                    out.push_str(&self.translate(text));
                    break;
                }
                continue;
            }
            let bytes = self.take(i);
            let text = self.decode(&bytes)?;
            let text = self.translate(text);
            count += text.chars().count();
            out.push_str(&text);
        }
        Ok(out)
    }

    /// The logical position (OS position less read-ahead, plus pending writes).
    fn position(&mut self) -> PyResult<u64> {
        let ahead = (self.rbuf.len() - self.rpos) as u64;
        let pending = self.wbuf.len() as u64;
        match &mut self.stream {
            Stream::File(f) => {
                let p = f.stream_position().map_err(io_error)?;
                Ok(p + pending - ahead)
            }
            _ => Err(os_error_from(std::io::Error::from_raw_os_error(29), None)),
        }
    }

    pub fn close(&mut self) -> PyResult<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush();
        self.closed = true;
        if let Stream::File(_) = self.stream {
            let old = std::mem::replace(&mut self.stream, Stream::Closed);
            if self.closefd {
                drop(old);
            } else if let Stream::File(f) = old {
                // Not ours to close.
                std::mem::forget(f);
            }
        }
        r
    }
}

#[allow(clippy::too_many_arguments)]
fn new_file(stream: Stream, name: Value, mode: &str, kind: Kind, readable: bool, writable: bool, line_buffered: bool) -> Value {
    let ty: &TypeObject = match kind {
        Kind::Text => &TEXT_FILE_TYPE,
        Kind::Raw => &FILEIO_TYPE,
        Kind::Buffered => match (readable, writable) {
            (true, true) => &BUFFERED_RANDOM_TYPE,
            (false, true) => &BUFFERED_WRITER_TYPE,
            _ => &BUFFERED_READER_TYPE,
        },
    };
    crate::types::alloc_object(
        ty,
        FileObject {
            header: ObjHeader::new(std::ptr::null()),
            state: UnsafeCell::new(FileState {
                stream,
                kind,
                binary: kind != Kind::Text,
                readable,
                writable,
                appending: false,
                created: false,
                closed: false,
                closefd: true,
                line_buffered,
                wbuf: Vec::new(),
                rbuf: Vec::new(),
                rpos: 0,
                eof: false,
                newline: None,
                encoding: "UTF-8".into(),
                errors: "strict".into(),
                telling: true,
                seen: 0,
            }),
            name,
            mode: new_str(mode),
            dict: None,
        },
    )
}

thread_local! {
    static STDOUT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The three standard streams, created once.
pub fn std_streams() -> (Value, Value, Value) {
    use std::io::IsTerminal;
    let stdin = new_file(Stream::Stdin, new_str("<stdin>"), "r", Kind::Text, true, false, false);
    let tty = std::io::stdout().is_terminal();
    let stdout = new_file(Stream::Stdout, new_str("<stdout>"), "w", Kind::Text, false, true, tty);
    let stderr = new_file(Stream::Stderr, new_str("<stderr>"), "w", Kind::Text, false, true, true);
    for f in [&stdin, &stdout, &stderr] {
        let st = fo(f).st();
        st.encoding = "utf-8".into();
    }
    fo(&stderr).st().errors = "backslashreplace".into();
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

/// Writes text to a file object (fast for our text files, `write()` for others).
pub fn write_text(file: &Value, s: &str) -> PyResult<()> {
    if let Some(f) = file.downcast::<FileObject>() {
        let st = f.st();
        if st.kind == Kind::Text {
            st.check_writable()?;
            let data = st.encode(s)?;
            return st.write_bytes(&data);
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

/// An optional str argument of open(): None, or a str.
fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => as_str(x)
            .map(|s| Some(s.to_owned()))
            .ok_or_else(|| type_error(format!("open() argument '{what}' must be str or None, not {}", x.ty().name()))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`, with CPython's mode and argument checks.
pub fn open(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let a = crate::builtins::args::bind(
        "open",
        args,
        kw,
        &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        1,
    )?;
    let file = a[0].clone().expect("required");
    let mode = match &a[1] {
        None => "r".to_owned(),
        Some(m) => as_str(m)
            .ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", m.ty().name())))?
            .to_owned(),
    };
    let buffering = match &a[2] {
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
    let opener = a[7].clone().filter(|o| !is_none(o));

    let fd = if crate::objects::int::is_int(&file) { crate::objects::int::as_i64(&file) } else { None };
    let path = if fd.is_some() {
        String::new()
    } else {
        as_str(&file)
            .map(str::to_owned)
            .or_else(|| as_bytes(&file).map(|b| String::from_utf8_lossy(b).into_owned()))
            .ok_or_else(|| type_error(format!("expected str, bytes or os.PathLike object, not {}", file.ty().name())))?
    };

    // Decode the mode as _io.open does.
    let (mut creating, mut reading, mut writing, mut appending, mut updating, mut text, mut binary) =
        (false, false, false, false, false, false, false);
    for (i, c) in mode.chars().enumerate() {
        let flag = match c {
            'x' => &mut creating,
            'r' => &mut reading,
            'w' => &mut writing,
            'a' => &mut appending,
            '+' => &mut updating,
            't' => &mut text,
            'b' => &mut binary,
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
    }
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if creating as u8 + reading as u8 + writing as u8 + appending as u8 > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if !(creating || reading || writing || appending) {
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if !binary && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let encoding = match encoding {
        Some(e) => {
            crate::objects::codecs::lookup(&e)?;
            e
        }
        None => "UTF-8".to_owned(),
    };
    let errors = errors.unwrap_or_else(|| "strict".to_owned());
    if !binary && fd.is_none() && !closefd {
        return Err(value_error("Cannot use closefd=False with file name"));
    }

    let readable = reading || updating;
    let writable = writing || appending || creating || updating;
    let f = if let Some(fd) = fd {
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        let raw = if closefd {
            fd as i32
        } else {
            // Share the descriptor without owning it.
            let d = unsafe { libc::dup(fd as i32) };
            if d < 0 {
                return Err(io_error(std::io::Error::last_os_error()));
            }
            d
        };
        unsafe { std::fs::File::from_raw_fd(raw) }
    } else if let Some(op) = opener {
        let mut flags = if readable && writable {
            libc::O_RDWR
        } else if writable {
            libc::O_WRONLY
        } else {
            libc::O_RDONLY
        };
        if creating {
            flags |= libc::O_EXCL | libc::O_CREAT;
        }
        if writing {
            flags |= libc::O_CREAT | libc::O_TRUNC;
        }
        if appending {
            flags |= libc::O_APPEND | libc::O_CREAT;
        }
        flags |= libc::O_CLOEXEC;
        let r = crate::call::call(&op, &[file.clone(), new_int(flags as i64)], None)?;
        let d = crate::objects::int::as_i64(&r).ok_or_else(|| type_error("expected integer from opener"))?;
        if d < 0 {
            return Err(value_error(format!("opener returned {d}")));
        }
        unsafe { std::fs::File::from_raw_fd(d as i32) }
    } else {
        let mut opts = std::fs::OpenOptions::new();
        opts.read(readable);
        if writing {
            opts.write(true).create(true).truncate(true);
        } else if appending {
            opts.append(true).create(true);
        } else if creating {
            opts.write(true).create_new(true);
        } else if updating {
            opts.write(true);
        }
        let f = opts.open(&path).map_err(|e| os_error_from(e, Some(&path)))?;
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(os_error_from(std::io::Error::from_raw_os_error(21), Some(&path)));
        }
        f
    };
    let kind = if !binary {
        Kind::Text
    } else if buffering == 0 {
        Kind::Raw
    } else {
        Kind::Buffered
    };
    // Binary objects report the raw file's normalised mode; text ones the mode given.
    let shown_mode = if binary {
        let plus = if updating { "+" } else { "" };
        if creating {
            format!("xb{plus}")
        } else if appending {
            format!("ab{plus}")
        } else if readable && writable {
            "rb+".to_owned()
        } else if readable {
            "rb".to_owned()
        } else {
            "wb".to_owned()
        }
    } else {
        mode.clone()
    };
    let v = new_file(Stream::File(f), file.clone(), &shown_mode, kind, readable, writable, buffering == 1 && !binary);
    let st = fo(&v).st();
    st.appending = appending;
    st.created = creating;
    st.closefd = closefd;
    st.newline = newline;
    st.encoding = encoding;
    st.errors = errors;
    Ok(v)
}

fn fo(v: &Value) -> &FileObject {
    v.downcast::<FileObject>().expect("a file object")
}

fn file_of(v: &Value) -> PyResult<&FileObject> {
    v.downcast::<FileObject>().ok_or_else(|| type_error("expected a file object"))
}

/// A size argument: None or negative for "all", else an int.
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => {
            let n = crate::builtins::args::as_ssize(x)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// Turns bytes read from the file into the object read() returns.
fn result_of(st: &mut FileState, data: Vec<u8>) -> PyResult<Value> {
    if st.binary {
        return Ok(new_bytes(data));
    }
    let text = st.decode(&data)?;
    Ok(new_str(st.translate(text)))
}

fn f_write(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("write", args, kw)?;
    let st = file_of(&args[0])?.st();
    let data = &args[1];
    if st.binary {
        if st.closed {
            return Err(value_error(if st.kind == Kind::Raw {
                "I/O operation on closed file"
            } else {
                "write to closed file"
            }));
        }
        st.check_writable()?;
        let b = as_bytes(data)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", data.ty().name())))?
            .to_vec();
        st.write_bytes(&b)?;
        return Ok(new_int(b.len() as i64));
    }
    let s = as_str(data).ok_or_else(|| type_error(format!("write() argument must be str, not {}", data.ty().name())))?;
    st.check_writable()?;
    let bytes = st.encode(s)?;
    st.write_bytes(&bytes)?;
    Ok(new_int(s.chars().count() as i64))
}

fn f_writelines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("writelines", args, kw)?;
    let f = args[0].clone();
    file_of(&f)?.st().check_open()?;
    crate::ops::for_each(&args[1], |line| {
        f_write(&[f.clone(), line], None)?;
        Ok(true)
    })?;
    Ok(none())
}

fn closed_read_error(st: &FileState) -> PyErr {
    value_error(if st.kind == Kind::Buffered { "read of closed file" } else { "I/O operation on closed file." })
}

fn f_read(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("read", kw)?;
    crate::builtins::args::arity("read", args.len() - 1, 0, 1)?;
    let st = file_of(&args[0])?.st();
    if st.closed {
        return Err(closed_read_error(st));
    }
    st.check_readable()?;
    let n = size_arg(args.get(1))?;
    match n {
        Some(n) if st.binary => {
            let d = if st.kind == Kind::Raw && st.avail().is_empty() {
                st.fill()?;
                let k = n.min(st.avail().len());
                st.take(k)
            } else {
                st.read_n_raw(n)?
            };
            Ok(new_bytes(d))
        }
        Some(n) => Ok(new_str(st.read_chars(n)?)),
        None => {
            let d = st.read_all_raw()?;
            result_of(st, d)
        }
    }
}

/// BufferedReader.read1: at most `n` bytes, with at most one raw read.
fn f_read1(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("read1", kw)?;
    let st = file_of(&args[0])?.st();
    if st.closed {
        return Err(closed_read_error(st));
    }
    st.check_readable()?;
    let n = size_arg(args.get(1))?.unwrap_or(BUF_LIMIT);
    if st.avail().is_empty() {
        st.fill()?;
    }
    let k = n.min(st.avail().len());
    Ok(new_bytes(st.take(k)))
}

/// BufferedReader.peek: buffered bytes, without consuming them.
fn f_peek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("peek", kw)?;
    let st = file_of(&args[0])?.st();
    if st.closed {
        return Err(value_error("peek of closed file"));
    }
    st.check_readable()?;
    if st.avail().is_empty() {
        st.fill()?;
    }
    Ok(new_bytes(st.avail().to_vec()))
}

fn f_readline(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("readline", kw)?;
    crate::builtins::args::arity("readline", args.len() - 1, 0, 1)?;
    let st = file_of(&args[0])?.st();
    if st.closed {
        return Err(closed_read_error(st));
    }
    st.check_readable()?;
    let limit = size_arg(args.get(1))?;
    readline_value(st, limit)
}

/// One line as the object readline() returns (text lines cut to `limit` chars).
fn readline_value(st: &mut FileState, limit: Option<usize>) -> PyResult<Value> {
    if !st.binary && !ascii_compatible(&st.encoding) {
        // Decode everything, then serve lines from the re-encoded rest.
        let all = st.read_all_raw()?;
        let text = st.decode(&all)?;
        let text = st.translate(text);
        let end = text.find('\n').map_or(text.len(), |p| p + 1);
        let end = match limit {
            Some(l) => text.char_indices().nth(l).map_or(end, |(i, _)| i.min(end)),
            None => end,
        };
        let (line, rest) = text.split_at(end);
        let mut rb = st.encode(rest)?;
        rb.extend_from_slice(&st.rbuf[st.rpos..]);
        st.rbuf = rb;
        st.rpos = 0;
        return Ok(new_str(line));
    }
    let d = st.read_line_raw(if st.binary { limit } else { None })?;
    if st.binary {
        return Ok(new_bytes(d));
    }
    let text = st.decode(&d)?;
    let text = st.translate(text);
    if let Some(l) = limit {
        if let Some((cut, _)) = text.char_indices().nth(l) {
            // Too many characters: give back the bytes of the rest.
            let rest = st.encode(&text[cut..])?;
            let mut rb = rest;
            rb.extend_from_slice(&st.rbuf[st.rpos..]);
            st.rbuf = rb;
            st.rpos = 0;
            return Ok(new_str(&text[..cut]));
        }
    }
    Ok(new_str(text))
}

fn f_readlines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("readlines", kw)?;
    let st = file_of(&args[0])?.st();
    if st.closed {
        return Err(closed_read_error(st));
    }
    st.check_readable()?;
    let hint = size_arg(args.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = readline_value(st, None)?;
        let n = crate::ops::len(&line)?;
        if n == 0 {
            break;
        }
        total += n;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(crate::objects::list::new_list(lines))
}

fn f_iternext(it: &Value) -> PyResult<Option<Value>> {
    let st = fo(it).st();
    if st.closed {
        return Err(closed_read_error(st));
    }
    st.check_readable()?;
    st.telling = false;
    let line = readline_value(st, None)?;
    if crate::ops::len(&line)? == 0 {
        st.telling = true;
        return Ok(None);
    }
    Ok(Some(line))
}

fn f_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    file_of(&args[0])?.st().check_open()?;
    Ok(args[0].clone())
}

fn f_close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("close", args, kw)?;
    file_of(&args[0])?.st().close()?;
    Ok(none())
}

fn f_flush(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("flush", args, kw)?;
    let st = file_of(&args[0])?.st();
    if st.closed {
        return Err(value_error(if st.kind == Kind::Buffered { "flush of closed file" } else { "I/O operation on closed file." }));
    }
    st.flush()?;
    Ok(none())
}

fn f_enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    file_of(&args[0])?.st().check_open()?;
    Ok(args[0].clone())
}

fn f_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    file_of(&args[0])?.st().close()?;
    Ok(none())
}

fn f_seek(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("seek", kw)?;
    crate::builtins::args::arity("seek", args.len() - 1, 1, 2)?;
    let st = file_of(&args[0])?.st();
    st.check_open()?;
    let off = crate::builtins::args::as_ssize(&args[1])?;
    let whence = match args.get(2) {
        Some(w) => crate::builtins::args::as_c_int(w)?,
        None => 0,
    };
    if st.kind == Kind::Text {
        match whence {
            0 if off < 0 => return Err(value_error(format!("negative seek position {off}"))),
            0 => {}
            1 if off != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
            2 if off != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
            1 | 2 => {}
            w => return Err(value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
        }
        st.telling = true;
    } else if !(0..=4).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    } else if whence >= 3 {
        // SEEK_DATA / SEEK_HOLE go straight to the OS.
        use std::os::fd::AsRawFd;
        st.flush()?;
        st.drop_readahead()?;
        let Stream::File(f) = &mut st.stream else { return Err(unsupported("underlying stream is not seekable")) };
        let r = unsafe { libc::lseek(f.as_raw_fd(), off as libc::off_t, whence as i32) };
        if r < 0 {
            return Err(io_error(std::io::Error::last_os_error()));
        }
        return Ok(new_int(r as i64));
    }
    st.flush()?;
    let pos = match whence {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Current(off),
        _ => SeekFrom::End(off),
    };
    if whence == 0 && off < 0 {
        return Err(os_error_from(std::io::Error::from_raw_os_error(22), None));
    }
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
        _ => Err(unsupported("underlying stream is not seekable")),
    }
}

fn f_tell(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("tell", args, kw)?;
    let st = file_of(&args[0])?.st();
    st.check_open()?;
    if st.kind == Kind::Text && !st.telling {
        return Err(PyErr::new(&crate::objects::exception::OS_ERROR, "telling position disabled by next() call"));
    }
    if matches!(st.stream, Stream::File(_)) {
        return Ok(new_int(st.position()? as i64));
    }
    Err(unsupported("underlying stream is not seekable"))
}

/// `truncate(size=None)`: cuts (or extends) the file; returns the new size.
fn f_truncate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("truncate", kw)?;
    crate::builtins::args::arity("truncate", args.len() - 1, 0, 1)?;
    let st = file_of(&args[0])?.st();
    st.check_open()?;
    if !st.writable {
        return Err(unsupported(if st.kind == Kind::Text { "truncate" } else { "truncate" }));
    }
    st.flush()?;
    let size = match args.get(1).filter(|v| !is_none(v)) {
        Some(v) => crate::builtins::args::as_ssize(v)? as u64,
        None => st.position()?,
    };
    st.drop_readahead()?;
    match &mut st.stream {
        Stream::File(f) => {
            f.set_len(size).map_err(io_error)?;
            Ok(new_int(size as i64))
        }
        _ => Err(unsupported("truncate")),
    }
}

fn f_fileno(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let st = file_of(&args[0])?.st();
    st.check_open()?;
    Ok(new_int(match &st.stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::File(f) => f.as_raw_fd() as i64,
        Stream::Closed => return Err(value_error("I/O operation on closed file.")),
    }))
}

fn f_isatty(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let st = file_of(&args[0])?.st();
    st.check_open()?;
    Ok(new_bool(match &st.stream {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
        Stream::File(f) => f.is_terminal(),
        Stream::Closed => false,
    }))
}

/// The closed-file error of readable()/writable()/seekable().
fn check_open_query(st: &FileState) -> PyResult<()> {
    if st.closed {
        return Err(value_error(if st.kind == Kind::Text { "I/O operation on closed file." } else { "I/O operation on closed file" }));
    }
    Ok(())
}

fn f_readable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = file_of(&args[0])?.st();
    check_open_query(st)?;
    Ok(new_bool(st.readable))
}

fn f_writable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = file_of(&args[0])?.st();
    check_open_query(st)?;
    Ok(new_bool(st.writable))
}

fn f_seekable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = file_of(&args[0])?.st();
    check_open_query(st)?;
    Ok(new_bool(match &mut st.stream {
        Stream::File(f) => f.stream_position().is_ok(),
        _ => false,
    }))
}

fn f_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = file_of(&args[0])?;
    let st = f.st();
    let tname = args[0].ty().name().to_owned();
    let name = crate::ops::repr_string(&f.name)?;
    Ok(new_str(match st.kind {
        Kind::Text => format!(
            "<_io.{} name={} mode={} encoding='{}'>",
            tname,
            name,
            crate::ops::repr_string(&f.mode)?,
            st.encoding
        ),
        Kind::Buffered => format!("<_io.{tname} name={name}>"),
        Kind::Raw => {
            if st.closed {
                format!("<_io.{tname} [closed]>")
            } else {
                format!(
                    "<_io.{} name={} mode={} closefd={}>",
                    tname,
                    name,
                    crate::ops::repr_string(&f.mode)?,
                    if st.closefd { "True" } else { "False" }
                )
            }
        }
    }))
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
fn get_encoding(v: &Value) -> PyResult<Value> {
    Ok(new_str(fo(v).st().encoding.clone()))
}
fn get_errors(v: &Value) -> PyResult<Value> {
    Ok(new_str(fo(v).st().errors.clone()))
}
fn get_line_buffering(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fo(v).st().line_buffered))
}
fn get_write_through(_v: &Value) -> PyResult<Value> {
    Ok(new_bool(false))
}
fn get_closefd(v: &Value) -> PyResult<Value> {
    Ok(new_bool(fo(v).st().closefd))
}
/// `newlines`: the kinds of line ending seen so far by universal-newline reading.
fn get_newlines(v: &Value) -> PyResult<Value> {
    let st = fo(v).st();
    let mut seen = Vec::new();
    if st.seen & 1 != 0 {
        seen.push(new_str("\r"));
    }
    if st.seen & 2 != 0 {
        seen.push(new_str("\n"));
    }
    if st.seen & 4 != 0 {
        seen.push(new_str("\r\n"));
    }
    Ok(match seen.len() {
        0 => none(),
        1 => seen.pop().expect("one"),
        _ => crate::objects::tuple::new_tuple(seen),
    })
}

/// `_checkClosed()`: ValueError when closed.
fn f_check_closed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    file_of(&args[0])?.st().check_open()?;
    Ok(none())
}

fn f_check_readable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if !file_of(&args[0])?.st().readable {
        return Err(unsupported("File or stream is not readable."));
    }
    Ok(new_bool(true))
}

fn f_check_writable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if !file_of(&args[0])?.st().writable {
        return Err(unsupported("File or stream is not writable."));
    }
    Ok(new_bool(true))
}

fn f_check_seekable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let st = file_of(&args[0])?.st();
    let ok = match &mut st.stream {
        Stream::File(f) => f.stream_position().is_ok(),
        _ => false,
    };
    if !ok {
        return Err(unsupported("File or stream is not seekable."));
    }
    Ok(new_bool(true))
}

/// `__del__`: closes the file.
fn f_del(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    file_of(&args[0])?.st().close()?;
    Ok(none())
}

fn get_chunk_size(_v: &Value) -> PyResult<Value> {
    Ok(new_int(BUF_LIMIT as i64))
}

fn get_finalizing(_v: &Value) -> PyResult<Value> {
    Ok(new_bool(false))
}

/// Frees a file object, flushing and closing it first.
unsafe fn file_dealloc(h: *mut ObjHeader) {
    let f = &*(h as *const FileObject);
    let _ = f.st().close();
    crate::types::dealloc_native::<FileObject>(h);
}

pub fn init() {
    let all = [&TEXT_FILE_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE, &FILEIO_TYPE];
    for t in all {
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
        build::method(t, "truncate", f_truncate);
        build::method(t, "fileno", f_fileno);
        build::method(t, "isatty", f_isatty);
        build::method(t, "readable", f_readable);
        build::method(t, "writable", f_writable);
        build::method(t, "seekable", f_seekable);
        build::method(t, "__repr__", f_repr);
        build::getset(t, "closed", get_closed, None);
        build::getset(t, "name", get_name, None);
        build::getset(t, "mode", get_mode, None);
        build::method(t, "_checkClosed", f_check_closed);
        build::method(t, "_checkReadable", f_check_readable);
        build::method(t, "_checkWritable", f_check_writable);
        build::method(t, "_checkSeekable", f_check_seekable);
        build::method(t, "__del__", f_del);
        build::getset(t, "_finalizing", get_finalizing, None);
    }
    build::getset(&TEXT_FILE_TYPE, "_CHUNK_SIZE", get_chunk_size, None);
    let t = &TEXT_FILE_TYPE;
    build::getset(t, "encoding", get_encoding, None);
    build::getset(t, "errors", get_errors, None);
    build::getset(t, "newlines", get_newlines, None);
    build::getset(t, "line_buffering", get_line_buffering, None);
    build::getset(t, "write_through", get_write_through, None);
    for t in [&BUFFERED_READER_TYPE, &BUFFERED_RANDOM_TYPE] {
        build::method(t, "read1", f_read1);
        build::method(t, "peek", f_peek);
    }
    build::getset(&FILEIO_TYPE, "closefd", get_closefd, None);
}

/// Creates `io.UnsupportedOperation` (needs the interpreter able to make classes).
pub fn init_late() -> PyResult<()> {
    use crate::objects::exception::{OS_ERROR, VALUE_ERROR};
    let ns = crate::objects::dict::new_dict();
    let nsd = crate::objects::dict::as_dict(&ns).expect("a dict");
    nsd.set_str(crate::objects::str::intern("__module__"), new_str("io"));
    let bases = crate::objects::tuple::new_tuple(vec![OS_ERROR.as_value(), VALUE_ERROR.as_value()]);
    let cls = crate::call::call(&crate::types::TYPE_TYPE.as_value(), &[new_str("UnsupportedOperation"), bases, ns], None)?;
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(cls));
    Ok(())
}
