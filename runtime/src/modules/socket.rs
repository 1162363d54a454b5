//! The `_socket` module of CPython 3.11 (Modules/socketmodule.c) for Unix:
//! the `socket` type over real file descriptors (blocking, non-blocking and
//! timeout modes as CPython's `sock_call`), AF_INET/AF_INET6/AF_UNIX
//! addresses, name resolution through the C library, the address
//! conversions and the platform's constants. `Lib/socket.py` builds on it.

use crate::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::modules::posix::{errno, os_error};
use crate::modules::support::{cls_arg, native_type, this};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::bytes::{new_bytes, ByteArrayObject};
use crate::objects::float::{float_val, new_float};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{alloc_object, build, new_object, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, RefCell};
use std::ffi::{CStr, CString};

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

thread_local! {
    static HERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static GAIERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The default timeout of new sockets in seconds (negative: None).
    static DEFAULT_TIMEOUT: Cell<f64> = const { Cell::new(-1.0) };
}

fn exc_class(cell: &'static std::thread::LocalKey<RefCell<Option<Value>>>, name: &str) -> Value {
    cell.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                crate::modules::support::new_exception_class("socket", name, &crate::objects::exception::OS_ERROR)
            })
            .clone()
    })
}

fn herror_class() -> Value {
    exc_class(&HERROR, "herror")
}

fn gaierror_class() -> Value {
    exc_class(&GAIERROR, "gaierror")
}

/// `socket.gaierror(code, gai_strerror(code))`.
fn gai_error(code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return os_error(errno(), None, None);
    }
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    let cls = gaierror_class();
    PyErr::with_args(cls.downcast::<TypeObject>().expect("a class"), vec![new_int(code as i64), new_str(msg)])
}

fn plain_os_error(msg: &str) -> PyErr {
    PyErr::new(&crate::objects::exception::OS_ERROR, msg)
}

fn timeout_error() -> PyErr {
    PyErr::new(&crate::objects::exception::TIMEOUT_ERROR, "timed out")
}

fn last_error() -> PyErr {
    os_error(errno(), None, None)
}

/// A C `int` argument (`i` format).
fn int_arg(v: &Value) -> PyResult<i32> {
    crate::objects::clinic::int_arg(v)
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::modules::posix::bytes_like(v)
}

// ----- addresses --------------------------------------------------------------------

/// A socket address in C form.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn new() -> SockAddr {
        SockAddr { storage: unsafe { std::mem::zeroed() }, len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }
    fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const libc::sockaddr_storage as *const libc::sockaddr
    }
    fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut libc::sockaddr_storage as *mut libc::sockaddr
    }
}

/// The host part of an address: str (ASCII/IDNA), bytes or bytearray.
fn host_arg(v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            let enc = crate::ops::call_method(v, "encode", &[new_str("idna")])?;
            let b = crate::objects::bytes::as_bytes(&enc).unwrap_or(&[]).to_vec();
            return Ok(String::from_utf8_lossy(&b).into_owned());
        }
        return Ok(s.to_owned());
    }
    if let Some(b) = crate::objects::bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        return Ok(String::from_utf8_lossy(b.vec()).into_owned());
    }
    Err(type_error(format!("str, bytes or bytearray expected, not {}", v.ty().name())))
}

/// CPython's `setipaddr`: a host name or numeric address into `out` for `family`.
fn set_ip_addr(name: &str, family: i32, out: &mut SockAddr) -> PyResult<()> {
    unsafe {
        if name.is_empty() || name == "<broadcast>" {
            if name.is_empty() && family == libc::AF_INET6 {
                let sin6 = out.mut_ptr() as *mut libc::sockaddr_in6;
                (*sin6).sin6_family = libc::AF_INET6 as libc::sa_family_t;
                out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
                return Ok(());
            }
            if family != libc::AF_INET && family != libc::AF_UNSPEC {
                return Err(plain_os_error("address family mismatched"));
            }
            let sin = out.mut_ptr() as *mut libc::sockaddr_in;
            (*sin).sin_family = libc::AF_INET as libc::sa_family_t;
            (*sin).sin_addr.s_addr = if name.is_empty() { libc::INADDR_ANY.to_be() } else { libc::INADDR_BROADCAST.to_be() };
            out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            return Ok(());
        }
        if family == libc::AF_INET || family == libc::AF_UNSPEC {
            if let Ok(a) = name.parse::<std::net::Ipv4Addr>() {
                let sin = out.mut_ptr() as *mut libc::sockaddr_in;
                (*sin).sin_family = libc::AF_INET as libc::sa_family_t;
                (*sin).sin_addr.s_addr = u32::from(a).to_be();
                out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
                return Ok(());
            }
        }
        let cname = CString::new(name).map_err(|_| value_error("embedded null character"))?;
        let mut hints: libc::addrinfo = std::mem::zeroed();
        hints.ai_family = family;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let r = libc::getaddrinfo(cname.as_ptr(), std::ptr::null(), &hints, &mut res);
        if r != 0 {
            return Err(gai_error(r));
        }
        let ai = &*res;
        let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, out.mut_ptr() as *mut u8, n);
        out.len = n as libc::socklen_t;
        libc::freeaddrinfo(res);
        Ok(())
    }
}

fn port_arg(caller: &str, v: &Value) -> PyResult<u16> {
    let p = int_arg(v)?;
    if !(0..=0xffff).contains(&p) {
        return Err(overflow_error(format!("{caller}(): port must be 0-65535.")));
    }
    Ok(p as u16)
}

/// CPython's `getsockaddrarg`: a Python address for a socket of `family`.
fn sockaddr_arg(family: i32, addr: &Value, caller: &str) -> PyResult<SockAddr> {
    let mut out = SockAddr::new();
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = if let Some(s) = as_str(addr) {
                s.as_bytes().to_vec()
            } else {
                bytes_arg(addr)?
            };
            let sun = out.mut_ptr() as *mut libc::sockaddr_un;
            let cap = unsafe { (*sun).sun_path.len() };
            if path.len() > cap {
                return Err(plain_os_error("AF_UNIX path too long"));
            }
            unsafe {
                (*sun).sun_family = libc::AF_UNIX as libc::sa_family_t;
                for (i, b) in path.iter().enumerate() {
                    (*sun).sun_path[i] = *b as libc::c_char;
                }
            }
            let base = std::mem::size_of::<libc::sa_family_t>();
            out.len = (base + path.len()) as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET => {
            let Some(items) = tuple_items(addr) else {
                return Err(type_error(format!("{caller}(): AF_INET address must be tuple, not {}", addr.ty().name())));
            };
            if items.len() != 2 {
                return Err(type_error("AF_INET address must be a pair (host, port)"));
            }
            let host = host_arg(&items[0])?;
            let port = port_arg(caller, &items[1])?;
            set_ip_addr(&host, libc::AF_INET, &mut out)?;
            let sin = out.mut_ptr() as *mut libc::sockaddr_in;
            unsafe {
                (*sin).sin_family = libc::AF_INET as libc::sa_family_t;
                (*sin).sin_port = port.to_be();
            }
            out.len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
            Ok(out)
        }
        libc::AF_INET6 => {
            let Some(items) = tuple_items(addr) else {
                return Err(type_error(format!("{caller}(): AF_INET6 address must be tuple, not {}", addr.ty().name())));
            };
            if !(2..=4).contains(&items.len()) {
                return Err(type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
            }
            let host = host_arg(&items[0])?;
            let port = port_arg(caller, &items[1])?;
            let flowinfo = match items.get(2) {
                Some(v) => crate::objects::clinic::int_arg(v).map(|x| x as i64)?,
                None => 0,
            };
            let scope_id = match items.get(3) {
                Some(v) => crate::objects::clinic::int_arg(v).map(|x| x as u32)?,
                None => 0,
            };
            if !(0..=0xfffff).contains(&flowinfo) {
                return Err(overflow_error(format!("{caller}(): flowinfo must be 0-1048575.")));
            }
            set_ip_addr(&host, libc::AF_INET6, &mut out)?;
            let sin6 = out.mut_ptr() as *mut libc::sockaddr_in6;
            unsafe {
                (*sin6).sin6_family = libc::AF_INET6 as libc::sa_family_t;
                (*sin6).sin6_port = port.to_be();
                (*sin6).sin6_flowinfo = (flowinfo as u32).to_be();
                (*sin6).sin6_scope_id = scope_id;
            }
            out.len = std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t;
            Ok(out)
        }
        _ => Err(plain_os_error(&format!("{caller}(): bad family"))),
    }
}

fn ipv4_string(a: &libc::in_addr) -> String {
    std::net::Ipv4Addr::from(u32::from_be(a.s_addr)).to_string()
}

fn ipv6_string(a: &libc::in6_addr) -> String {
    std::net::Ipv6Addr::from(a.s6_addr).to_string()
}

/// CPython's `makesockaddr`: a C address as a Python value.
fn make_sockaddr(addr: &SockAddr) -> PyResult<Value> {
    if addr.len == 0 {
        return Ok(none());
    }
    let family = addr.storage.ss_family as i32;
    unsafe {
        match family {
            libc::AF_INET => {
                let sin = &*(addr.ptr() as *const libc::sockaddr_in);
                Ok(new_tuple(vec![new_str(ipv4_string(&sin.sin_addr)), new_int(u16::from_be(sin.sin_port) as i64)]))
            }
            libc::AF_INET6 => {
                let sin6 = &*(addr.ptr() as *const libc::sockaddr_in6);
                Ok(new_tuple(vec![
                    new_str(ipv6_string(&sin6.sin6_addr)),
                    new_int(u16::from_be(sin6.sin6_port) as i64),
                    new_int(u32::from_be(sin6.sin6_flowinfo) as i64),
                    new_int(sin6.sin6_scope_id as i64),
                ]))
            }
            libc::AF_UNIX => {
                let sun = &*(addr.ptr() as *const libc::sockaddr_un);
                let base = std::mem::size_of::<libc::sa_family_t>();
                let n = (addr.len as usize).saturating_sub(base).min(sun.sun_path.len());
                let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
                if raw.first() == Some(&0) {
                    return Ok(new_bytes(raw));
                }
                let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
                crate::ops::call_method(&new_bytes(raw[..end].to_vec()), "decode", &[new_str("utf-8"), new_str("surrogateescape")])
            }
            _ => {
                let sa = &*(addr.ptr());
                let data: Vec<u8> = sa.sa_data.iter().map(|c| *c as u8).collect();
                Ok(new_tuple(vec![new_int(family as i64), new_bytes(data)]))
            }
        }
    }
}

// ----- the socket type -----------------------------------------------------------------

#[repr(C)]
pub struct SocketObject {
    header: ObjHeader,
    fd: Cell<i32>,
    family: Cell<i32>,
    type_: Cell<i32>,
    proto: Cell<i32>,
    /// Seconds; negative: blocking without a timeout (None).
    timeout: Cell<f64>,
}
native_type!(SOCKET_TYPE, "_socket", "socket", SocketObject, BASETYPE);

impl Drop for SocketObject {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            unsafe { libc::close(fd) };
        }
    }
}

fn sock(args: &[Value]) -> PyResult<&SocketObject> {
    this::<SocketObject>(args)
}

fn set_blocking_fd(fd: i32, blocking: bool) -> PyResult<()> {
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(last_error());
    }
    let nf = if blocking { flags & !libc::O_NONBLOCK } else { flags | libc::O_NONBLOCK };
    if nf != flags && unsafe { libc::fcntl(fd, libc::F_SETFL, nf) } < 0 {
        return Err(last_error());
    }
    Ok(())
}

impl SocketObject {
    fn init(&self, fd: i32, family: i32, ty: i32, proto: i32) -> PyResult<()> {
        self.fd.set(fd);
        self.family.set(family);
        self.type_.set(ty & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
        self.proto.set(proto);
        if ty & libc::SOCK_NONBLOCK != 0 {
            self.timeout.set(0.0);
        } else {
            let d = DEFAULT_TIMEOUT.with(|t| t.get());
            self.timeout.set(d);
            if d >= 0.0 {
                set_blocking_fd(fd, false)?;
            }
        }
        Ok(())
    }

    /// Waits until the descriptor is ready (timeout mode only); Ok(false) on timeout.
    fn wait(&self, writing: bool, deadline: Option<std::time::Instant>) -> PyResult<bool> {
        let Some(deadline) = deadline else { return Ok(true) };
        loop {
            let now = std::time::Instant::now();
            let ms = if deadline > now { (deadline - now).as_secs_f64() * 1000.0 } else { 0.0 };
            let mut pfd = libc::pollfd { fd: self.fd.get(), events: if writing { libc::POLLOUT } else { libc::POLLIN }, revents: 0 };
            let n = unsafe { libc::poll(&mut pfd, 1, ms.ceil().min(i32::MAX as f64) as i32) };
            if n < 0 {
                let e = errno();
                if e == libc::EINTR {
                    crate::modules::signal::check_signals()?;
                    continue;
                }
                return Err(os_error(e, None, None));
            }
            return Ok(n > 0);
        }
    }

    fn deadline(&self) -> Option<std::time::Instant> {
        let t = self.timeout.get();
        (t > 0.0).then(|| std::time::Instant::now() + std::time::Duration::from_secs_f64(t.min(1e9)))
    }

    /// CPython's `sock_call`: runs `f` until it succeeds, honouring the timeout
    /// and retrying after signals.
    fn call(&self, writing: bool, mut f: impl FnMut(i32) -> isize) -> PyResult<isize> {
        let deadline = self.deadline();
        loop {
            if !self.wait(writing, deadline)? {
                return Err(timeout_error());
            }
            let r = f(self.fd.get());
            if r >= 0 {
                return Ok(r);
            }
            let e = errno();
            if e == libc::EINTR {
                crate::modules::signal::check_signals()?;
                continue;
            }
            if deadline.is_some() && (e == libc::EWOULDBLOCK || e == libc::EAGAIN) {
                continue;
            }
            return Err(os_error(e, None, None));
        }
    }

    /// `connect()`: Ok(0) or the errno (for `connect_ex`), raising for errors
    /// that are not the connection's own.
    fn connect(&self, addr: &SockAddr, raise: bool) -> PyResult<i32> {
        let fd = self.fd.get();
        let r = unsafe { libc::connect(fd, addr.ptr(), addr.len) };
        let mut e = if r == 0 { 0 } else { errno() };
        if e == libc::EINTR {
            crate::modules::signal::check_signals()?;
            e = if self.timeout.get() == 0.0 { libc::EINPROGRESS } else { self.finish_connect(None)? };
        } else if e == libc::EINPROGRESS && self.timeout.get() > 0.0 {
            e = self.finish_connect(self.deadline())?;
        }
        if e != 0 && raise {
            return Err(os_error(e, None, None));
        }
        Ok(e)
    }

    fn finish_connect(&self, deadline: Option<std::time::Instant>) -> PyResult<i32> {
        let ready = match deadline {
            Some(_) => self.wait(true, deadline)?,
            None => {
                let mut pfd = libc::pollfd { fd: self.fd.get(), events: libc::POLLOUT, revents: 0 };
                loop {
                    let n = unsafe { libc::poll(&mut pfd, 1, -1) };
                    if n >= 0 {
                        break true;
                    }
                    if errno() != libc::EINTR {
                        return Err(last_error());
                    }
                    crate::modules::signal::check_signals()?;
                }
            }
        };
        if !ready {
            return Err(timeout_error());
        }
        let mut err: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        if unsafe { libc::getsockopt(self.fd.get(), libc::SOL_SOCKET, libc::SO_ERROR, &mut err as *mut _ as *mut libc::c_void, &mut len) } < 0 {
            return Err(last_error());
        }
        Ok(err)
    }
}

fn socket_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    Ok(alloc_object(
        cls,
        SocketObject { header: hdr(), fd: Cell::new(-1), family: Cell::new(libc::AF_INET), type_: Cell::new(libc::SOCK_STREAM), proto: Cell::new(0), timeout: Cell::new(-1.0) },
    ))
}

fn getsockopt_int(fd: i32, opt: i32) -> Option<i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    let r = unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) };
    (r == 0).then_some(v)
}

/// `socket(family=-1, type=-1, proto=-1, fileno=None)`.
fn socket_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let a = crate::builtins::args::parse_args("socket", &args[1..], kw, &["family", "type", "proto", "fileno"], 0, 0, 4)?;
    let mut family = a[0].as_ref().map(int_arg).transpose()?.unwrap_or(-1);
    let mut ty = a[1].as_ref().map(int_arg).transpose()?.unwrap_or(-1);
    let mut proto = a[2].as_ref().map(int_arg).transpose()?.unwrap_or(-1);
    let fd = match a[3].as_ref().filter(|v| !is_none(v)) {
        Some(v) => {
            if float_val(v).is_some() && int_val(v).is_none() {
                return Err(type_error("'float' object cannot be interpreted as an integer"));
            }
            let i = crate::ops::index(v)?;
            let fd = int_val(&i).and_then(|x| x.as_i64()).ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            let fd = i32::try_from(fd).map_err(|_| overflow_error("Python int too large to convert to C int"))?;
            let mut addr = SockAddr::new();
            if unsafe { libc::getsockname(fd, addr.mut_ptr(), &mut addr.len) } == 0 {
                if family == -1 {
                    family = addr.storage.ss_family as i32;
                }
            } else {
                let e = errno();
                if e == libc::EBADF || e == libc::ENOTSOCK {
                    return Err(os_error(e, None, None));
                }
            }
            if ty == -1 {
                ty = getsockopt_int(fd, libc::SO_TYPE).ok_or_else(last_error)?;
            }
            if proto == -1 {
                proto = getsockopt_int(fd, libc::SO_PROTOCOL).ok_or_else(last_error)?;
            }
            fd
        }
        None => {
            if family == -1 {
                family = libc::AF_INET;
            }
            if ty == -1 {
                ty = libc::SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            let fd = unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) };
            if fd < 0 {
                return Err(last_error());
            }
            fd
        }
    };
    let old = s.fd.replace(-1);
    if old >= 0 {
        unsafe { libc::close(old) };
    }
    s.init(fd, family, ty, proto)?;
    Ok(none())
}

/// A new `_socket.socket` around `fd`.
fn new_socket(fd: i32, family: i32, ty: i32, proto: i32) -> PyResult<Value> {
    let v = new_object(SocketObject { header: hdr(), fd: Cell::new(-1), family: Cell::new(family), type_: Cell::new(ty), proto: Cell::new(proto), timeout: Cell::new(-1.0) });
    let s = v.downcast::<SocketObject>().expect("a socket");
    s.fd.set(fd);
    s.init(fd, family, ty, proto)?;
    Ok(v)
}

fn noargs(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<()> {
    crate::objects::clinic::noargs(&args[1..], kw, name)
}

fn sock_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    Ok(new_str(format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd.get(),
        s.family.get(),
        s.type_.get(),
        s.proto.get()
    )))
}

fn sock_fileno(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "fileno")?;
    Ok(new_int(sock(args)?.fd.get() as i64))
}

fn sock_close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "close")?;
    let s = sock(args)?;
    let fd = s.fd.replace(-1);
    if fd >= 0 && unsafe { libc::close(fd) } < 0 {
        let e = errno();
        if e != libc::ECONNRESET {
            return Err(os_error(e, None, None));
        }
    }
    Ok(none())
}

fn sock_detach(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "detach")?;
    Ok(new_int(sock(args)?.fd.replace(-1) as i64))
}

fn sock_dup(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "dup")?;
    let s = sock(args)?;
    let fd = unsafe { libc::fcntl(s.fd.get(), libc::F_DUPFD_CLOEXEC, 0) };
    if fd < 0 {
        return Err(last_error());
    }
    new_socket(fd, s.family.get(), s.type_.get(), s.proto.get())
}

fn sock_accept(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "_accept")?;
    let s = sock(args)?;
    let mut addr = SockAddr::new();
    let fd = s.call(false, |fd| {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        unsafe { libc::accept4(fd, addr.mut_ptr(), &mut addr.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    let a = match make_sockaddr(&addr) {
        Ok(a) => a,
        Err(e) => {
            unsafe { libc::close(fd as i32) };
            return Err(e);
        }
    };
    Ok(new_tuple(vec![new_int(fd as i64), a]))
}

fn sock_bind(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let a = crate::objects::clinic::one_arg(&args[1..], kw, "bind")?;
    let addr = sockaddr_arg(s.family.get(), a, "bind")?;
    if unsafe { libc::bind(s.fd.get(), addr.ptr(), addr.len) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn sock_connect(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let a = crate::objects::clinic::one_arg(&args[1..], kw, "connect")?;
    let addr = sockaddr_arg(s.family.get(), a, "connect")?;
    s.connect(&addr, true)?;
    Ok(none())
}

fn sock_connect_ex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let a = crate::objects::clinic::one_arg(&args[1..], kw, "connect_ex")?;
    let addr = sockaddr_arg(s.family.get(), a, "connect_ex")?;
    Ok(new_int(s.connect(&addr, false)? as i64))
}

fn sock_listen(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "listen", "listen", 0, 1)?;
    let backlog = match args.get(1) {
        Some(v) => int_arg(v)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    if unsafe { libc::listen(s.fd.get(), backlog) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn name_of(args: &[Value], kw: Option<&Kw>, name: &str, peer: bool) -> PyResult<Value> {
    noargs(args, kw, name)?;
    let s = sock(args)?;
    let mut addr = SockAddr::new();
    let r = unsafe {
        if peer {
            libc::getpeername(s.fd.get(), addr.mut_ptr(), &mut addr.len)
        } else {
            libc::getsockname(s.fd.get(), addr.mut_ptr(), &mut addr.len)
        }
    };
    if r < 0 {
        return Err(last_error());
    }
    make_sockaddr(&addr)
}

fn sock_getsockname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    name_of(args, kw, "getsockname", false)
}

fn sock_getpeername(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    name_of(args, kw, "getpeername", true)
}

fn flags_arg(v: Option<&Value>) -> PyResult<i32> {
    v.map(int_arg).transpose().map(|f| f.unwrap_or(0))
}

fn sock_recv(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "recv", "recv", 1, 2)?;
    let n = crate::objects::clinic::ssize_arg(&args[1])?;
    let flags = flags_arg(args.get(2))?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv"));
    }
    crate::objects::clinic::check_alloc(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let got = s.call(false, |fd| unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags) })?;
    buf.truncate(got as usize);
    Ok(new_bytes(buf))
}

/// The length of a writable buffer argument (`w*`).
fn writable_len(fname: &str, v: &Value) -> PyResult<usize> {
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        return Ok(b.vec().len());
    }
    if let Some(n) = crate::builtins::memoryview::writable_view_len(v) {
        return Ok(n);
    }
    Err(type_error(format!("{fname}() argument 1 must be read-write bytes-like object, not {}", v.ty().name())))
}

fn recv_into_impl(args: &[Value], kw: Option<&Kw>, name: &str, from: bool) -> PyResult<Value> {
    let s = sock(args)?;
    let a = crate::builtins::args::parse_args(name, &args[1..], kw, &["buffer", "nbytes", "flags"], 0, 1, 3)?;
    let target = a[0].clone().unwrap_or_else(none);
    let buflen = writable_len(name, &target)?;
    let nbytes = a[1].as_ref().map(crate::objects::clinic::ssize_arg).transpose()?.unwrap_or(0);
    let flags = flags_arg(a[2].as_ref())?;
    if nbytes < 0 {
        return Err(value_error(format!("negative buffersize in {name}")));
    }
    let n = if nbytes == 0 { buflen } else { nbytes as usize };
    if n > buflen {
        return Err(value_error(if from { "nbytes is greater than the length of the buffer" } else { "buffer too small for requested bytes" }));
    }
    let mut buf = vec![0u8; n];
    let mut addr = SockAddr::new();
    let got = s.call(false, |fd| unsafe {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        if from {
            libc::recvfrom(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags, addr.mut_ptr(), &mut addr.len)
        } else {
            libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, n, flags)
        }
    })? as usize;
    if let Some(b) = target.downcast::<ByteArrayObject>() {
        let v = b.vec();
        let k = got.min(v.len());
        v[..k].copy_from_slice(&buf[..k]);
    } else {
        crate::builtins::memoryview::write_view(&target, 0, &buf[..got]);
    }
    if from {
        return Ok(new_tuple(vec![new_int(got as i64), make_sockaddr(&addr)?]));
    }
    Ok(new_int(got as i64))
}

fn sock_recv_into(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    recv_into_impl(args, kw, "recv_into", false)
}

fn sock_recvfrom_into(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    recv_into_impl(args, kw, "recvfrom_into", true)
}

fn sock_recvfrom(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "recvfrom", "recvfrom", 1, 2)?;
    let n = crate::objects::clinic::ssize_arg(&args[1])?;
    let flags = flags_arg(args.get(2))?;
    if n < 0 {
        return Err(value_error("negative buffersize in recvfrom"));
    }
    crate::objects::clinic::check_alloc(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let mut addr = SockAddr::new();
    let got = s.call(false, |fd| unsafe {
        addr.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        libc::recvfrom(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags, addr.mut_ptr(), &mut addr.len)
    })?;
    buf.truncate(got as usize);
    Ok(new_tuple(vec![new_bytes(buf), make_sockaddr(&addr)?]))
}

fn sock_send(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "send", "send", 1, 2)?;
    let data = bytes_arg(&args[1])?;
    let flags = flags_arg(args.get(2))?;
    let n = s.call(true, |fd| unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL) })?;
    Ok(new_int(n as i64))
}

fn sock_sendall(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "sendall", "sendall", 1, 2)?;
    let data = bytes_arg(&args[1])?;
    let flags = flags_arg(args.get(2))?;
    let mut off = 0usize;
    while off < data.len() {
        let rest = &data[off..];
        let n = s.call(true, |fd| unsafe { libc::send(fd, rest.as_ptr() as *const libc::c_void, rest.len(), flags | libc::MSG_NOSIGNAL) })?;
        off += n as usize;
        crate::modules::signal::check_signals()?;
    }
    Ok(none())
}

fn sock_sendto(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let rest = &args[1..];
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("sendto() takes no keyword arguments"));
    }
    let (data, flags, addr) = match rest.len() {
        2 => (&rest[0], 0, &rest[1]),
        3 => (&rest[0], int_arg(&rest[1])?, &rest[2]),
        n => return Err(type_error(format!("sendto() takes 2 or 3 arguments ({n} given)"))),
    };
    let data = bytes_arg(data)?;
    let addr = sockaddr_arg(s.family.get(), addr, "sendto")?;
    let n = s.call(true, |fd| unsafe {
        libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), flags | libc::MSG_NOSIGNAL, addr.ptr(), addr.len)
    })?;
    Ok(new_int(n as i64))
}

/// `sendmsg(buffers[, ancdata[, flags[, address]]])`.
fn sock_sendmsg(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "sendmsg", "sendmsg", 1, 4)?;
    let bufs = crate::ops::iter(&args[1])
        .and_then(|it| {
            let mut v = Vec::new();
            while let Some(x) = crate::ops::next(&it)? {
                v.push(x);
            }
            Ok(v)
        })
        .map_err(|e| if e.matches(&crate::objects::exception::TYPE_ERROR) { type_error("sendmsg() argument 1 must be an iterable") } else { e })?;
    let data: Vec<Vec<u8>> = bufs.iter().map(bytes_arg).collect::<PyResult<_>>()?;
    let mut anc: Vec<(i32, i32, Vec<u8>)> = Vec::new();
    if let Some(a) = args.get(2).filter(|v| !is_none(v)) {
        for item in crate::ops::collect(a)? {
            let Some(t) = tuple_items(&item).map(|t| t.to_vec()).or_else(|| crate::objects::list::as_list(&item).map(|l| l.snapshot())) else {
                return Err(type_error(format!(
                    "[sendmsg() ancillary data items]() argument must be 3-item sequence, not {}",
                    item.ty().name()
                )));
            };
            if t.len() != 3 {
                return Err(type_error(format!(
                    "[sendmsg() ancillary data items]() argument must be sequence of length 3, not {}",
                    t.len()
                )));
            }
            anc.push((int_arg(&t[0])?, int_arg(&t[1])?, bytes_arg(&t[2])?));
        }
    }
    let flags = flags_arg(args.get(3))?;
    let addr = match args.get(4).filter(|v| !is_none(v)) {
        Some(a) => Some(sockaddr_arg(s.family.get(), a, "sendmsg")?),
        None => None,
    };
    let iov: Vec<libc::iovec> = data.iter().map(|d| libc::iovec { iov_base: d.as_ptr() as *mut libc::c_void, iov_len: d.len() }).collect();
    let space: usize = anc.iter().map(|(_, _, d)| unsafe { libc::CMSG_SPACE(d.len() as u32) } as usize).sum();
    let mut control = vec![0u64; space.div_ceil(8)];
    let n = s.call(true, |fd| unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = iov.as_ptr() as *mut libc::iovec;
        msg.msg_iovlen = iov.len();
        if let Some(a) = &addr {
            msg.msg_name = a.ptr() as *mut libc::c_void;
            msg.msg_namelen = a.len;
        }
        if space > 0 {
            msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
            msg.msg_controllen = space;
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            for (level, ty, d) in &anc {
                if c.is_null() {
                    break;
                }
                (*c).cmsg_level = *level;
                (*c).cmsg_type = *ty;
                (*c).cmsg_len = libc::CMSG_LEN(d.len() as u32) as usize;
                std::ptr::copy_nonoverlapping(d.as_ptr(), libc::CMSG_DATA(c), d.len());
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
        libc::sendmsg(fd, &msg, flags | libc::MSG_NOSIGNAL)
    })?;
    Ok(new_int(n as i64))
}

/// `recvmsg(bufsize[, ancbufsize[, flags]])` -> (data, ancdata, msg_flags, address).
fn sock_recvmsg(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "recvmsg", "recvmsg", 1, 3)?;
    let n = crate::objects::clinic::ssize_arg(&args[1])?;
    if n < 0 {
        return Err(value_error("negative buffer size in recvmsg()"));
    }
    let anc = match args.get(2) {
        Some(v) => crate::objects::clinic::ssize_arg(v)?,
        None => 0,
    };
    if !(0..=i32::MAX as i64).contains(&anc) {
        return Err(value_error("invalid ancillary data buffer length"));
    }
    crate::objects::clinic::check_alloc(n as usize)?;
    crate::objects::clinic::check_alloc(anc as usize)?;
    let flags = flags_arg(args.get(3))?;
    let mut buf = vec![0u8; n as usize];
    let mut control = vec![0u64; (anc as usize).div_ceil(8)];
    let mut addr = SockAddr::new();
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    let got = s.call(false, |fd| unsafe {
        let mut iov = libc::iovec { iov_base: buf.as_mut_ptr() as *mut libc::c_void, iov_len: buf.len() };
        msg = std::mem::zeroed();
        msg.msg_name = addr.mut_ptr() as *mut libc::c_void;
        msg.msg_namelen = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        if anc > 0 {
            msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
            msg.msg_controllen = anc as usize;
        }
        let r = libc::recvmsg(fd, &mut msg, flags);
        msg.msg_iov = std::ptr::null_mut();
        r
    })?;
    buf.truncate(got as usize);
    let mut items = Vec::new();
    if anc > 0 {
        msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            while !c.is_null() {
                let hdr = libc::CMSG_LEN(0) as usize;
                let len = ((*c).cmsg_len as usize).saturating_sub(hdr);
                let data = std::slice::from_raw_parts(libc::CMSG_DATA(c), len).to_vec();
                items.push(new_tuple(vec![new_int((*c).cmsg_level as i64), new_int((*c).cmsg_type as i64), new_bytes(data)]));
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
    }
    addr.len = msg.msg_namelen;
    Ok(new_tuple(vec![new_bytes(buf), new_list(items), new_int(msg.msg_flags as i64), make_sockaddr(&addr)?]))
}

fn cmsg_arg(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<u32> {
    let v = crate::objects::clinic::one_arg(args, kw, name)?;
    let n = crate::objects::clinic::ssize_arg(v)?;
    if !(0..=(i32::MAX as i64 - 64)).contains(&n) {
        return Err(overflow_error(format!("{name}() argument out of range")));
    }
    Ok(n as u32)
}

fn m_cmsg_len(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let n = cmsg_arg(args, kw, "CMSG_LEN")?;
    Ok(new_int(unsafe { libc::CMSG_LEN(n) } as i64))
}

fn m_cmsg_space(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let n = cmsg_arg(args, kw, "CMSG_SPACE")?;
    Ok(new_int(unsafe { libc::CMSG_SPACE(n) } as i64))
}

fn sock_shutdown(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let how = int_arg(crate::objects::clinic::one_arg(&args[1..], kw, "shutdown")?)?;
    if unsafe { libc::shutdown(s.fd.get(), how) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

/// CPython's `socket_parse_timeout`: None, or non-negative seconds.
fn parse_timeout(v: &Value) -> PyResult<f64> {
    if is_none(v) {
        return Ok(-1.0);
    }
    let secs = match float_val(v) {
        Some(f) if int_val(v).is_none() => {
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            f
        }
        _ => {
            let i = crate::ops::index(v)?;
            match int_val(&i) {
                Some(x) => crate::objects::int::to_f64(x)?,
                None => 0.0,
            }
        }
    };
    if secs < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(secs)
}

fn timeout_value(t: f64) -> Value {
    if t < 0.0 {
        none()
    } else {
        new_float(t)
    }
}

fn sock_settimeout(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let t = parse_timeout(crate::objects::clinic::one_arg(&args[1..], kw, "settimeout")?)?;
    s.timeout.set(t);
    if s.fd.get() >= 0 {
        set_blocking_fd(s.fd.get(), t < 0.0)?;
    }
    Ok(none())
}

fn sock_gettimeout(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "gettimeout")?;
    Ok(timeout_value(sock(args)?.timeout.get()))
}

fn sock_setblocking(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let flag = crate::ops::truthy(crate::objects::clinic::one_arg(&args[1..], kw, "setblocking")?)?;
    s.timeout.set(if flag { -1.0 } else { 0.0 });
    if s.fd.get() >= 0 {
        set_blocking_fd(s.fd.get(), flag)?;
    }
    Ok(none())
}

fn sock_getblocking(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs(args, kw, "getblocking")?;
    Ok(new_bool(sock(args)?.timeout.get() != 0.0))
}

fn sock_setsockopt(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    let rest = &args[1..];
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("setsockopt() takes no keyword arguments"));
    }
    if rest.len() != 3 && rest.len() != 4 {
        return Err(type_error(format!("setsockopt() takes at least 3 arguments ({} given)", rest.len())));
    }
    let level = int_arg(&rest[0])?;
    let opt = int_arg(&rest[1])?;
    let r = if rest.len() == 4 {
        if !is_none(&rest[2]) {
            return Err(type_error(format!("setsockopt() argument 3 must be NoneType, not {}", rest[2].ty().name())));
        }
        let optlen = int_arg(&rest[3])? as libc::socklen_t;
        unsafe { libc::setsockopt(s.fd.get(), level, opt, std::ptr::null(), optlen) }
    } else if int_val(&rest[2]).is_some() {
        let v: libc::c_int = int_arg(&rest[2])?;
        unsafe { libc::setsockopt(s.fd.get(), level, opt, &v as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as libc::socklen_t) }
    } else {
        let data = bytes_arg(&rest[2])?;
        unsafe { libc::setsockopt(s.fd.get(), level, opt, data.as_ptr() as *const libc::c_void, data.len() as libc::socklen_t) }
    };
    if r < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn sock_getsockopt(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = sock(args)?;
    crate::objects::clinic::parse_tuple(&args[1..], kw, "getsockopt", "getsockopt", 2, 3)?;
    let level = int_arg(&args[1])?;
    let opt = int_arg(&args[2])?;
    match args.get(3) {
        None => {
            let mut v: libc::c_int = 0;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            if unsafe { libc::getsockopt(s.fd.get(), level, opt, &mut v as *mut _ as *mut libc::c_void, &mut len) } < 0 {
                return Err(last_error());
            }
            Ok(new_int(v as i64))
        }
        Some(b) => {
            let buflen = int_arg(b)?;
            if buflen <= 0 || buflen > 1024 {
                return Err(plain_os_error("getsockopt buflen out of range"));
            }
            let mut buf = vec![0u8; buflen as usize];
            let mut len = buflen as libc::socklen_t;
            if unsafe { libc::getsockopt(s.fd.get(), level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) } < 0 {
                return Err(last_error());
            }
            buf.truncate(len as usize);
            Ok(new_bytes(buf))
        }
    }
}

fn g_family(v: &Value) -> PyResult<Value> {
    Ok(new_int(sock(std::slice::from_ref(v))?.family.get() as i64))
}
fn g_type(v: &Value) -> PyResult<Value> {
    Ok(new_int(sock(std::slice::from_ref(v))?.type_.get() as i64))
}
fn g_proto(v: &Value) -> PyResult<Value> {
    Ok(new_int(sock(std::slice::from_ref(v))?.proto.get() as i64))
}
fn g_timeout(v: &Value) -> PyResult<Value> {
    Ok(timeout_value(sock(std::slice::from_ref(v))?.timeout.get()))
}
fn readonly(_v: &Value, _new: Option<&Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

// ----- module functions ----------------------------------------------------------------

fn m_socketpair(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "socketpair", "socketpair", 0, 3)?;
    let family = args.first().map(int_arg).transpose()?.unwrap_or(libc::AF_UNIX);
    let ty = args.get(1).map(int_arg).transpose()?.unwrap_or(libc::SOCK_STREAM);
    let proto = args.get(2).map(int_arg).transpose()?.unwrap_or(0);
    let mut fds = [0 as libc::c_int; 2];
    if unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(last_error());
    }
    let a = new_socket(fds[0], family, ty, proto);
    let b = new_socket(fds[1], family, ty, proto);
    Ok(new_tuple(vec![a?, b?]))
}

fn m_getaddrinfo(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::parse_args("getaddrinfo", args, kw, &["host", "port", "family", "type", "proto", "flags"], 0, 2, 6)?;
    let host = a[0].clone().unwrap_or_else(none);
    let port = a[1].clone().unwrap_or_else(none);
    let chost = if is_none(&host) {
        None
    } else if as_str(&host).is_some() || crate::objects::bytes::as_bytes(&host).is_some() {
        Some(CString::new(host_arg(&host)?).map_err(|_| value_error("embedded null character"))?)
    } else {
        return Err(type_error("getaddrinfo() argument 1 must be string or None"));
    };
    let cport = if is_none(&port) {
        None
    } else if int_val(&port).is_some() {
        Some(CString::new(crate::ops::str_of(&port)?).unwrap_or_default())
    } else if let Some(s) = as_str(&port) {
        Some(CString::new(s).map_err(|_| value_error("embedded null character"))?)
    } else if let Some(b) = crate::objects::bytes::as_bytes(&port) {
        Some(CString::new(b.to_vec()).map_err(|_| value_error("embedded null character"))?)
    } else {
        return Err(plain_os_error("Int or String expected"));
    };
    let get = |i: usize| a[i].as_ref().map(int_arg).transpose().map(|x| x.unwrap_or(0));
    let (family, socktype, proto, flags) = (get(2)?, get(3)?, get(4)?, get(5)?);
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let r = unsafe {
        libc::getaddrinfo(
            chost.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            cport.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if r != 0 {
        return Err(gai_error(r));
    }
    let mut out = Vec::new();
    let mut p = res;
    let mut result = Ok(());
    while !p.is_null() {
        let ai = unsafe { &*p };
        let mut sa = SockAddr::new();
        let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.mut_ptr() as *mut u8, n) };
        sa.len = n as libc::socklen_t;
        let canon = if ai.ai_canonname.is_null() { String::new() } else { unsafe { CStr::from_ptr(ai.ai_canonname) }.to_string_lossy().into_owned() };
        match make_sockaddr(&sa) {
            Ok(addr) => out.push(new_tuple(vec![
                new_int(ai.ai_family as i64),
                new_int(ai.ai_socktype as i64),
                new_int(ai.ai_protocol as i64),
                new_str(canon),
                addr,
            ])),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        p = ai.ai_next;
    }
    unsafe { libc::freeaddrinfo(res) };
    result?;
    Ok(new_list(out))
}

fn m_getnameinfo(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "getnameinfo", "getnameinfo", 2, 2)?;
    let Some(items) = tuple_items(&args[0]) else {
        return Err(type_error("getnameinfo() argument 1 must be a tuple"));
    };
    let flags = int_arg(&args[1])?;
    if !(2..=4).contains(&items.len()) {
        return Err(type_error("getnameinfo(): illegal sockaddr argument"));
    }
    let host = host_arg(&items[0])?;
    let port = int_arg(&items[1])?;
    let chost = CString::new(host).map_err(|_| value_error("embedded null character"))?;
    let cport = CString::new(port.to_string()).unwrap_or_default();
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_socktype = libc::SOCK_DGRAM;
    hints.ai_flags = libc::AI_NUMERICHOST;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let r = unsafe { libc::getaddrinfo(chost.as_ptr(), cport.as_ptr(), &hints, &mut res) };
    if r != 0 {
        return Err(gai_error(r));
    }
    let mut hbuf = [0 as libc::c_char; 1025];
    let mut sbuf = [0 as libc::c_char; 32];
    let r = unsafe {
        let ai = &*res;
        if ai.ai_family == libc::AF_INET6 {
            let sin6 = ai.ai_addr as *mut libc::sockaddr_in6;
            if let Some(v) = items.get(2) {
                (*sin6).sin6_flowinfo = (int_arg(v).unwrap_or(0) as u32).to_be();
            }
            if let Some(v) = items.get(3) {
                (*sin6).sin6_scope_id = int_arg(v).unwrap_or(0) as u32;
            }
        }
        let r = libc::getnameinfo(ai.ai_addr, ai.ai_addrlen, hbuf.as_mut_ptr(), hbuf.len() as u32, sbuf.as_mut_ptr(), sbuf.len() as u32, flags);
        libc::freeaddrinfo(res);
        r
    };
    if r != 0 {
        return Err(gai_error(r));
    }
    let h = unsafe { CStr::from_ptr(hbuf.as_ptr()) }.to_string_lossy().into_owned();
    let s = unsafe { CStr::from_ptr(sbuf.as_ptr()) }.to_string_lossy().into_owned();
    Ok(new_tuple(vec![new_str(h), new_str(s)]))
}

fn m_gethostname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "gethostname")?;
    let mut buf = [0 as libc::c_char; 1024];
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } < 0 {
        return Err(last_error());
    }
    Ok(new_str(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned()))
}

fn m_gethostbyname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "gethostbyname")?;
    let name = match host_arg(v) {
        Ok(n) => n,
        Err(_) => {
            return Err(type_error(format!(
                "gethostbyname() argument 1 must be str, bytes or bytearray, not {}",
                v.ty().name()
            )))
        }
    };
    let mut sa = SockAddr::new();
    set_ip_addr(&name, libc::AF_INET, &mut sa)?;
    let sin = unsafe { &*(sa.ptr() as *const libc::sockaddr_in) };
    Ok(new_str(ipv4_string(&sin.sin_addr)))
}

/// `socket.herror(h_errno, hstrerror(h_errno))`.
fn h_error(code: i32) -> PyErr {
    let msg = unsafe { CStr::from_ptr(hstrerror(code)) }.to_string_lossy().into_owned();
    let cls = herror_class();
    PyErr::with_args(cls.downcast::<TypeObject>().expect("a class"), vec![new_int(code as i64), new_str(msg)])
}

/// Runs a `gethostby*_r` call with a growing buffer; the (name, aliases, addresses) triple.
fn host_lookup(f: impl Fn(*mut libc::hostent, *mut libc::c_char, usize, *mut *mut libc::hostent, *mut libc::c_int) -> libc::c_int) -> PyResult<Value> {
    let mut buf = vec![0 as libc::c_char; 16384];
    loop {
        let mut he: libc::hostent = unsafe { std::mem::zeroed() };
        let mut res: *mut libc::hostent = std::ptr::null_mut();
        let mut herr: libc::c_int = 0;
        let r = f(&mut he, buf.as_mut_ptr(), buf.len(), &mut res, &mut herr);
        if r == libc::ERANGE && buf.len() < (1 << 24) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if res.is_null() {
            return Err(h_error(if herr != 0 { herr } else { 1 }));
        }
        let he = unsafe { &*res };
        let name = unsafe { CStr::from_ptr(he.h_name) }.to_string_lossy().into_owned();
        let mut aliases = Vec::new();
        let mut addrs = Vec::new();
        unsafe {
            let mut p = he.h_aliases;
            while !p.is_null() && !(*p).is_null() {
                aliases.push(new_str(CStr::from_ptr(*p).to_string_lossy().into_owned()));
                p = p.add(1);
            }
            let mut p = he.h_addr_list;
            while !p.is_null() && !(*p).is_null() {
                let a = *p as *const u8;
                let s = if he.h_addrtype == libc::AF_INET6 {
                    let mut b = [0u8; 16];
                    std::ptr::copy_nonoverlapping(a, b.as_mut_ptr(), 16);
                    std::net::Ipv6Addr::from(b).to_string()
                } else {
                    let mut b = [0u8; 4];
                    std::ptr::copy_nonoverlapping(a, b.as_mut_ptr(), 4);
                    std::net::Ipv4Addr::from(b).to_string()
                };
                addrs.push(new_str(s));
                p = p.add(1);
            }
        }
        return Ok(new_tuple(vec![new_str(name), new_list(aliases), new_list(addrs)]));
    }
}

fn m_gethostbyname_ex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "gethostbyname_ex")?;
    let name = host_arg(v).map_err(|_| {
        type_error(format!("gethostbyname_ex() argument 1 must be str, bytes or bytearray, not {}", v.ty().name()))
    })?;
    let mut sa = SockAddr::new();
    set_ip_addr(&name, libc::AF_INET, &mut sa)?;
    let cname = CString::new(name).map_err(|_| value_error("embedded null character"))?;
    host_lookup(|he, buf, n, res, herr| unsafe { gethostbyname2_r(cname.as_ptr(), libc::AF_INET, he, buf, n, res, herr) })
}

fn m_gethostbyaddr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "gethostbyaddr")?;
    let name = host_arg(v).map_err(|_| {
        type_error(format!("gethostbyaddr() argument 1 must be str, bytes or bytearray, not {}", v.ty().name()))
    })?;
    let mut sa = SockAddr::new();
    set_ip_addr(&name, libc::AF_UNSPEC, &mut sa)?;
    let family = sa.storage.ss_family as i32;
    let (ptr, len): (*const libc::c_void, u32) = unsafe {
        if family == libc::AF_INET6 {
            let sin6 = &*(sa.ptr() as *const libc::sockaddr_in6);
            (&sin6.sin6_addr as *const libc::in6_addr as *const libc::c_void, 16)
        } else {
            let sin = &*(sa.ptr() as *const libc::sockaddr_in);
            (&sin.sin_addr as *const libc::in_addr as *const libc::c_void, 4)
        }
    };
    host_lookup(|he, buf, n, res, herr| unsafe { gethostbyaddr_r(ptr, len, family, he, buf, n, res, herr) })
}

fn proto_cstring(v: Option<&Value>, fname: &str) -> PyResult<Option<CString>> {
    match v {
        None => Ok(None),
        Some(p) => {
            let s = as_str(p).ok_or_else(|| type_error(format!("{fname}() argument 2 must be str, not {}", p.ty().name())))?;
            Ok(Some(CString::new(s).map_err(|_| value_error("embedded null character"))?))
        }
    }
}

fn m_getservbyname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "getservbyname", "getservbyname", 1, 2)?;
    let name = as_str(&args[0])
        .ok_or_else(|| type_error(format!("getservbyname() argument 1 must be str, not {}", args[0].ty().name())))?;
    let cname = CString::new(name).map_err(|_| value_error("embedded null character"))?;
    let proto = proto_cstring(args.get(1), "getservbyname")?;
    let sp = unsafe { libc::getservbyname(cname.as_ptr(), proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr())) };
    if sp.is_null() {
        return Err(plain_os_error("service/proto not found"));
    }
    Ok(new_int(u16::from_be(unsafe { (*sp).s_port } as u16) as i64))
}

fn m_getservbyport(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "getservbyport", "getservbyport", 1, 2)?;
    let port = int_arg(&args[0])?;
    if !(0..=0xffff).contains(&port) {
        return Err(overflow_error("getservbyport: port must be 0-65535."));
    }
    let proto = proto_cstring(args.get(1), "getservbyport")?;
    let sp = unsafe {
        libc::getservbyport((port as u16).to_be() as libc::c_int, proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()))
    };
    if sp.is_null() {
        return Err(plain_os_error("port/proto not found"));
    }
    Ok(new_str(unsafe { CStr::from_ptr((*sp).s_name) }.to_string_lossy().into_owned()))
}

fn m_getprotobyname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "getprotobyname", "getprotobyname", 1, 1)?;
    let name = as_str(&args[0])
        .ok_or_else(|| type_error(format!("getprotobyname() argument 1 must be str, not {}", args[0].ty().name())))?;
    let cname = CString::new(name).map_err(|_| value_error("embedded null character"))?;
    let sp = unsafe { libc::getprotobyname(cname.as_ptr()) };
    if sp.is_null() {
        return Err(plain_os_error("protocol not found"));
    }
    Ok(new_int(unsafe { (*sp).p_proto } as i64))
}

fn m_inet_aton(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "inet_aton", "inet_aton", 1, 1)?;
    let Some(s) = as_str(&args[0]) else {
        return Err(type_error(format!("inet_aton() argument 1 must be str, not {}", args[0].ty().name())));
    };
    let c = CString::new(s).map_err(|_| value_error("embedded null character"))?;
    let mut a = libc::in_addr { s_addr: 0 };
    if unsafe { inet_aton(c.as_ptr(), &mut a) } == 0 {
        return Err(plain_os_error("illegal IP address string passed to inet_aton"));
    }
    Ok(new_bytes(a.s_addr.to_ne_bytes().to_vec()))
}

extern "C" {
    fn gethostbyname2_r(
        name: *const libc::c_char,
        af: libc::c_int,
        ret: *mut libc::hostent,
        buf: *mut libc::c_char,
        buflen: libc::size_t,
        result: *mut *mut libc::hostent,
        h_errnop: *mut libc::c_int,
    ) -> libc::c_int;
    fn gethostbyaddr_r(
        addr: *const libc::c_void,
        len: libc::socklen_t,
        af: libc::c_int,
        ret: *mut libc::hostent,
        buf: *mut libc::c_char,
        buflen: libc::size_t,
        result: *mut *mut libc::hostent,
        h_errnop: *mut libc::c_int,
    ) -> libc::c_int;
    fn hstrerror(err: libc::c_int) -> *const libc::c_char;
    fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
    fn inet_pton(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;
}

fn m_inet_ntoa(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "inet_ntoa", "inet_ntoa", 1, 1)?;
    let b = bytes_arg(&args[0])?;
    if b.len() != 4 {
        return Err(plain_os_error("packed IP wrong length for inet_ntoa"));
    }
    Ok(new_str(format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])))
}

fn m_inet_pton(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "inet_pton", "inet_pton", 2, 2)?;
    let af = int_arg(&args[0])?;
    let Some(s) = as_str(&args[1]) else {
        return Err(type_error(format!("inet_pton() argument 2 must be str, not {}", args[1].ty().name())));
    };
    let c = CString::new(s).map_err(|_| value_error("embedded null character"))?;
    let mut buf = [0u8; 16];
    let r = unsafe { inet_pton(af, c.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void) };
    if r < 0 {
        return Err(last_error());
    }
    if r == 0 {
        return Err(plain_os_error("illegal IP address string passed to inet_pton"));
    }
    let n = if af == libc::AF_INET { 4 } else { 16 };
    Ok(new_bytes(buf[..n].to_vec()))
}

fn m_inet_ntop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "inet_ntop", "inet_ntop", 2, 2)?;
    let af = int_arg(&args[0])?;
    let b = bytes_arg(&args[1])?;
    match af {
        libc::AF_INET => {
            if b.len() != 4 {
                return Err(value_error("invalid length of packed IP address string"));
            }
            Ok(new_str(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()))
        }
        libc::AF_INET6 => {
            let arr: [u8; 16] = b.as_slice().try_into().map_err(|_| value_error("invalid length of packed IP address string"))?;
            Ok(new_str(std::net::Ipv6Addr::from(arr).to_string()))
        }
        _ => Err(value_error(format!("unknown address family {af}"))),
    }
}

fn uint_arg(fname: &str, v: &Value, bits: u32) -> PyResult<u64> {
    let i = crate::ops::index(v)?;
    let x = int_val(&i).ok_or_else(|| type_error("an integer is required"))?;
    if x.is_negative() {
        return Err(overflow_error(if bits == 16 {
            format!("{fname}: can't convert negative Python int to C 16-bit unsigned integer")
        } else {
            "can't convert negative value to unsigned int".to_owned()
        }));
    }
    match x.as_i64() {
        Some(n) if (n as u64) >> bits == 0 => Ok(n as u64),
        _ => Err(overflow_error(if bits == 16 {
            format!("{fname}: Python int too large to convert to C 16-bit unsigned integer")
        } else {
            "int larger than 32 bits".to_owned()
        })),
    }
}

fn m_htons(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "htons")?;
    Ok(new_int((uint_arg("htons", v, 16)? as u16).to_be() as i64))
}
fn m_ntohs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "ntohs")?;
    Ok(new_int(u16::from_be(uint_arg("ntohs", v, 16)? as u16) as i64))
}
fn m_htonl(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "htonl")?;
    Ok(new_int((uint_arg("htonl", v, 32)? as u32).to_be() as i64))
}
fn m_ntohl(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = crate::objects::clinic::one_arg(args, kw, "ntohl")?;
    Ok(new_int(u32::from_be(uint_arg("ntohl", v, 32)? as u32) as i64))
}

fn m_getdefaulttimeout(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getdefaulttimeout")?;
    Ok(timeout_value(DEFAULT_TIMEOUT.with(|t| t.get())))
}

fn m_setdefaulttimeout(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = parse_timeout(crate::objects::clinic::one_arg(args, kw, "setdefaulttimeout")?)?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(none())
}

fn m_dup(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let fd = int_arg(crate::objects::clinic::one_arg(args, kw, "dup")?)?;
    let n = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if n < 0 {
        return Err(last_error());
    }
    Ok(new_int(n as i64))
}

fn m_close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let fd = int_arg(crate::objects::clinic::one_arg(args, kw, "close")?)?;
    if unsafe { libc::close(fd) } < 0 {
        let e = errno();
        if e != libc::ECONNRESET {
            return Err(os_error(e, None, None));
        }
    }
    Ok(none())
}

// ----- constants ------------------------------------------------------------------------

macro_rules! consts {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name as i64)),*]
    };
}

const CONSTANTS: &[(&str, i64)] = consts![
    AF_ALG, AF_APPLETALK, AF_ASH, AF_ATMPVC, AF_ATMSVC, AF_AX25, AF_BRIDGE, AF_CAN, AF_ECONET, AF_INET, AF_INET6,
    AF_IPX, AF_IRDA, AF_KEY, AF_LLC, AF_NETBEUI, AF_NETLINK, AF_NETROM, AF_PACKET, AF_PPPOX, AF_RDS,
    AF_ROSE, AF_ROUTE, AF_SECURITY, AF_SNA, AF_TIPC, AF_UNIX, AF_UNSPEC, AF_VSOCK, AF_WANPIPE, AF_X25,
    AI_ADDRCONFIG, AI_ALL, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, AI_PASSIVE, AI_V4MAPPED,
    EAI_AGAIN, EAI_BADFLAGS, EAI_FAIL, EAI_FAMILY, EAI_MEMORY, EAI_NODATA, EAI_NONAME, EAI_OVERFLOW, EAI_SERVICE,
    EAI_SOCKTYPE, EAI_SYSTEM, INADDR_ANY, INADDR_BROADCAST, INADDR_LOOPBACK, INADDR_NONE,
    IPPROTO_AH, IPPROTO_DSTOPTS, IPPROTO_EGP, IPPROTO_ESP, IPPROTO_FRAGMENT, IPPROTO_GRE, IPPROTO_HOPOPTS,
    IPPROTO_ICMP, IPPROTO_ICMPV6, IPPROTO_IDP, IPPROTO_IGMP, IPPROTO_IP, IPPROTO_IPIP, IPPROTO_IPV6, IPPROTO_MPTCP,
    IPPROTO_NONE, IPPROTO_PIM, IPPROTO_PUP, IPPROTO_RAW, IPPROTO_ROUTING, IPPROTO_RSVP, IPPROTO_SCTP, IPPROTO_TCP,
    IPPROTO_TP, IPPROTO_UDP, IPPROTO_UDPLITE,
    IPV6_CHECKSUM, IPV6_DONTFRAG, IPV6_DSTOPTS, IPV6_HOPLIMIT, IPV6_HOPOPTS,
    IPV6_MULTICAST_HOPS, IPV6_MULTICAST_IF, IPV6_MULTICAST_LOOP, IPV6_NEXTHOP, IPV6_PATHMTU, IPV6_PKTINFO,
    IPV6_RECVDSTOPTS, IPV6_RECVHOPLIMIT, IPV6_RECVHOPOPTS, IPV6_RECVPATHMTU, IPV6_RECVPKTINFO, IPV6_RECVRTHDR,
    IPV6_RECVTCLASS, IPV6_RTHDR, IPV6_RTHDRDSTOPTS, IPV6_TCLASS, IPV6_UNICAST_HOPS, IPV6_V6ONLY,
    IP_ADD_MEMBERSHIP, IP_BIND_ADDRESS_NO_PORT, IP_DEFAULT_MULTICAST_LOOP, IP_DEFAULT_MULTICAST_TTL,
    IP_DROP_MEMBERSHIP, IP_HDRINCL, IP_MULTICAST_IF, IP_MULTICAST_LOOP, IP_MULTICAST_TTL, IP_OPTIONS, IP_RECVOPTS,
    IP_RECVTOS, IP_RETOPTS, IP_TOS, IP_TRANSPARENT, IP_TTL,
    MSG_CMSG_CLOEXEC, MSG_CONFIRM, MSG_CTRUNC, MSG_DONTROUTE, MSG_DONTWAIT, MSG_EOR, MSG_ERRQUEUE, MSG_FASTOPEN,
    MSG_MORE, MSG_NOSIGNAL, MSG_OOB, MSG_PEEK, MSG_TRUNC, MSG_WAITALL,
    NI_DGRAM, NI_MAXHOST, NI_NAMEREQD, NI_NOFQDN, NI_NUMERICHOST, NI_NUMERICSERV,
    PF_CAN, PF_PACKET, PF_RDS, SCM_CREDENTIALS, SCM_RIGHTS, SHUT_RD, SHUT_RDWR, SHUT_WR,
    SOCK_CLOEXEC, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_STREAM,
    SOL_ALG, SOL_IP, SOL_RDS, SOL_SOCKET, SOL_TCP, SOL_TIPC, SOL_UDP, SOMAXCONN,
    SO_ACCEPTCONN, SO_BINDTODEVICE, SO_BROADCAST, SO_DEBUG, SO_DOMAIN, SO_DONTROUTE, SO_ERROR, SO_KEEPALIVE,
    SO_LINGER, SO_MARK, SO_OOBINLINE, SO_PASSCRED, SO_PASSSEC, SO_PEERCRED, SO_PEERSEC, SO_PRIORITY, SO_PROTOCOL,
    SO_RCVBUF, SO_RCVLOWAT, SO_RCVTIMEO, SO_REUSEADDR, SO_REUSEPORT, SO_SNDBUF, SO_SNDLOWAT, SO_SNDTIMEO, SO_TYPE,
    TCP_CONGESTION, TCP_CORK, TCP_DEFER_ACCEPT, TCP_FASTOPEN, TCP_INFO, TCP_KEEPCNT, TCP_KEEPIDLE, TCP_KEEPINTVL,
    TCP_LINGER2, TCP_MAXSEG, TCP_NODELAY, TCP_NOTSENT_LOWAT, TCP_QUICKACK, TCP_SYNCNT, TCP_USER_TIMEOUT,
    TCP_WINDOW_CLAMP,
];

/// Constants of the platform headers the libc crate does not name.
const MORE_CONSTANTS: &[(&str, i64)] = &[
    ("AF_QIPCRTR", 42),
    ("EAI_ADDRFAMILY", -9),
    ("IPV6_JOIN_GROUP", 20),
    ("IPV6_LEAVE_GROUP", 21),
    ("NI_MAXSERV", 32),
    ("INADDR_ALLHOSTS_GROUP", 0xe0000001),
    ("INADDR_MAX_LOCAL_GROUP", 0xe00000ff),
    ("INADDR_UNSPEC_GROUP", 0xe0000000),
    ("IPPORT_RESERVED", 1024),
    ("IPPORT_USERRESERVED", 5000),
    ("IPV6_RTHDR_TYPE_0", 0),
    ("IP_MAX_MEMBERSHIPS", 20),
    ("IP_RECVRETOPTS", 7),
    ("SO_INCOMING_CPU", 49),
    ("UDPLITE_RECV_CSCOV", 11),
    ("UDPLITE_SEND_CSCOV", 10),
];

// ----- the module -------------------------------------------------------------------------

fn init_types() {
    let t = &SOCKET_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, socket_new);
    build::method(t, "__init__", socket_init);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", sock_repr),
        ("_accept", sock_accept),
        ("bind", sock_bind),
        ("close", sock_close),
        ("connect", sock_connect),
        ("connect_ex", sock_connect_ex),
        ("detach", sock_detach),
        ("dup", sock_dup),
        ("fileno", sock_fileno),
        ("getblocking", sock_getblocking),
        ("getpeername", sock_getpeername),
        ("getsockname", sock_getsockname),
        ("getsockopt", sock_getsockopt),
        ("gettimeout", sock_gettimeout),
        ("listen", sock_listen),
        ("recv", sock_recv),
        ("recv_into", sock_recv_into),
        ("recvfrom", sock_recvfrom),
        ("recvfrom_into", sock_recvfrom_into),
        ("send", sock_send),
        ("sendall", sock_sendall),
        ("sendto", sock_sendto),
        ("sendmsg", sock_sendmsg),
        ("recvmsg", sock_recvmsg),
        ("setblocking", sock_setblocking),
        ("setsockopt", sock_setsockopt),
        ("settimeout", sock_settimeout),
        ("shutdown", sock_shutdown),
    ];
    for (name, f) in methods {
        build::method(t, name, *f);
    }
    build::getset(t, "family", g_family, Some(readonly));
    build::getset(t, "type", g_type, Some(readonly));
    build::getset(t, "proto", g_proto, Some(readonly));
    build::getset(t, "timeout", g_timeout, None);
    build::attr(t, "__module__", new_str("_socket"));
    build::doc(t, "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n");
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_socket");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("__doc__", new_str("Implementation module for socket operations.\n\nSee the socket module for documentation."));
    mo.set("socket", SOCKET_TYPE.as_value());
    mo.set("SocketType", SOCKET_TYPE.as_value());
    mo.set("error", crate::objects::exception::OS_ERROR.as_value());
    mo.set("herror", herror_class());
    mo.set("gaierror", gaierror_class());
    mo.set("timeout", crate::objects::exception::TIMEOUT_ERROR.as_value());
    mo.set("has_ipv6", new_bool(true));
    for (name, v) in CONSTANTS.iter().chain(MORE_CONSTANTS) {
        mo.set(name, new_int(*v));
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("socketpair", m_socketpair),
        ("getaddrinfo", m_getaddrinfo),
        ("getnameinfo", m_getnameinfo),
        ("gethostname", m_gethostname),
        ("gethostbyname", m_gethostbyname),
        ("gethostbyname_ex", m_gethostbyname_ex),
        ("gethostbyaddr", m_gethostbyaddr),
        ("getservbyname", m_getservbyname),
        ("getservbyport", m_getservbyport),
        ("getprotobyname", m_getprotobyname),
        ("inet_aton", m_inet_aton),
        ("inet_ntoa", m_inet_ntoa),
        ("inet_pton", m_inet_pton),
        ("inet_ntop", m_inet_ntop),
        ("htons", m_htons),
        ("ntohs", m_ntohs),
        ("htonl", m_htonl),
        ("ntohl", m_ntohl),
        ("getdefaulttimeout", m_getdefaulttimeout),
        ("setdefaulttimeout", m_setdefaulttimeout),
        ("dup", m_dup),
        ("CMSG_LEN", m_cmsg_len),
        ("CMSG_SPACE", m_cmsg_space),
        ("close", m_close),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_socket")));
    }
    m
}
