//! The `select` module of CPython 3.11 (Modules/selectmodule.c) for Linux:
//! `select()`, `poll` objects and `epoll` objects over the C library, with
//! CPython's argument checks and messages. `Lib/selectors.py` (and so
//! asyncio's event loop) builds on it.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::modules::posix::{as_file_descriptor, errno, os_error};
use crate::modules::support::{cls_arg, native_type, this};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::float::float_val;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{alloc_object, build, new_object, BASETYPE};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, RefCell};

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

fn last_error() -> PyErr {
    os_error(errno(), None, None)
}

/// A timeout in seconds as a number (int or float), or TypeError `msg`.
fn seconds(v: &Value, msg: &str) -> PyResult<f64> {
    if let Some(i) = int_val(v) {
        return crate::objects::int::to_f64(i);
    }
    match float_val(v) {
        Some(f) if f.is_nan() => Err(value_error("Invalid value NaN (not a number)")),
        Some(f) => Ok(f),
        None => Err(type_error(msg.to_owned())),
    }
}

/// Milliseconds left until `deadline` (rounded up), for poll-like calls.
fn ms_left(deadline: Option<std::time::Instant>) -> i32 {
    match deadline {
        None => -1,
        Some(d) => {
            let now = std::time::Instant::now();
            if d <= now {
                0
            } else {
                ((d - now).as_secs_f64() * 1000.0).ceil().min(i32::MAX as f64) as i32
            }
        }
    }
}

fn deadline_after(secs: f64) -> Option<std::time::Instant> {
    Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.clamp(0.0, 1e9)))
}

// ----- select() ----------------------------------------------------------------------------

fn fd_list(v: &Value) -> PyResult<Vec<(Value, i32)>> {
    // PySequence_Fast: any iterable, with this message when it is not one.
    let items = match ops::collect(v) {
        Ok(items) => items,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) && !ops::is_iterable(v) => {
            return Err(type_error("arguments 1-3 must be sequences"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let fd = as_file_descriptor(&it)?;
        if fd >= libc::FD_SETSIZE as i32 {
            return Err(value_error("filedescriptor out of range in select()"));
        }
        out.push((it, fd));
    }
    Ok(out)
}

/// `select(rlist, wlist, xlist[, timeout])`.
fn m_select(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "select", "select", 3, 4)?;
    let deadline = match args.get(3).filter(|v| !is_none(v)) {
        None => None,
        Some(v) => {
            let s = seconds(v, "timeout must be a float or None")?;
            if s < 0.0 {
                return Err(value_error("timeout must be non-negative"));
            }
            deadline_after(s)
        }
    };
    let lists = [fd_list(&args[0])?, fd_list(&args[1])?, fd_list(&args[2])?];
    loop {
        let mut sets: [libc::fd_set; 3] = unsafe { std::mem::zeroed() };
        let mut maxfd = -1;
        for (set, l) in sets.iter_mut().zip(&lists) {
            unsafe { libc::FD_ZERO(set) };
            for (_, fd) in l {
                unsafe { libc::FD_SET(*fd, set) };
                maxfd = maxfd.max(*fd);
            }
        }
        let mut tv = deadline.map(|d| {
            let left = d.saturating_duration_since(std::time::Instant::now());
            libc::timeval { tv_sec: left.as_secs() as libc::time_t, tv_usec: left.subsec_micros() as libc::suseconds_t }
        });
        let tvp = tv.as_mut().map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
        let [r, w, x] = &mut sets;
        let n = unsafe { libc::select(maxfd + 1, r, w, x, tvp) };
        if n < 0 {
            let e = errno();
            if e == libc::EINTR {
                crate::modules::signal::check_signals()?;
                continue;
            }
            return Err(os_error(e, None, None));
        }
        let mut out = Vec::with_capacity(3);
        for (set, l) in sets.iter().zip(&lists) {
            let ready: Vec<Value> = l.iter().filter(|(_, fd)| unsafe { libc::FD_ISSET(*fd, set) }).map(|(v, _)| v.clone()).collect();
            out.push(new_list(ready));
        }
        return Ok(new_tuple(out));
    }
}

// ----- poll ----------------------------------------------------------------------------------

#[repr(C)]
pub struct PollObject {
    header: ObjHeader,
    fds: RefCell<Vec<(i32, i16)>>,
    polling: Cell<bool>,
}
native_type!(POLL_TYPE, "select", "poll", PollObject, 0);

fn event_mask(v: &Value) -> PyResult<i16> {
    let i = ops::index(v)?;
    match int_val(&i).and_then(|x| x.as_i64()) {
        Some(n) if n < 0 => Err(value_error("value must be positive")),
        Some(n) if n <= 0xffff => Ok(n as u16 as i16),
        _ => Err(crate::error::overflow_error("Python int too large for C unsigned short")),
    }
}

fn poll_register(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PollObject>(args)?;
    crate::objects::clinic::positional(&args[1..], kw, "register", "register", 1, 2)?;
    let fd = as_file_descriptor(&args[1])?;
    let mask = match args.get(2) {
        Some(v) => event_mask(v)?,
        None => libc::POLLIN | libc::POLLPRI | libc::POLLOUT,
    };
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(none())
}

fn poll_modify(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PollObject>(args)?;
    crate::objects::clinic::positional(&args[1..], kw, "modify", "modify", 2, 2)?;
    let fd = as_file_descriptor(&args[1])?;
    let mask = event_mask(&args[2])?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => return Err(os_error(libc::ENOENT, None, None)),
    }
    Ok(none())
}

fn poll_unregister(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PollObject>(args)?;
    let v = crate::objects::clinic::one_arg(&args[1..], kw, "unregister")?;
    let fd = as_file_descriptor(v)?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(none())
        }
        None => Err(crate::error::key_error(new_int(fd as i64))),
    }
}

fn poll_poll(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PollObject>(args)?;
    crate::objects::clinic::positional(&args[1..], kw, "poll", "poll", 0, 1)?;
    let deadline = match args.get(1).filter(|v| !is_none(v)) {
        None => None,
        Some(v) => {
            let ms = seconds(v, "timeout must be an integer or None")?;
            if ms < 0.0 {
                None
            } else {
                deadline_after(ms / 1000.0)
            }
        }
    };
    if p.polling.get() {
        return Err(crate::error::runtime_error("concurrent poll() invocation"));
    }
    let mut ufds: Vec<libc::pollfd> = p.fds.borrow().iter().map(|&(fd, ev)| libc::pollfd { fd, events: ev, revents: 0 }).collect();
    p.polling.set(true);
    let r = loop {
        let n = unsafe { libc::poll(ufds.as_mut_ptr(), ufds.len() as libc::nfds_t, ms_left(deadline)) };
        if n >= 0 {
            break Ok(());
        }
        let e = errno();
        if e != libc::EINTR {
            break Err(os_error(e, None, None));
        }
        if let Err(e) = crate::modules::signal::check_signals() {
            break Err(e);
        }
    };
    p.polling.set(false);
    r?;
    let out: Vec<Value> = ufds
        .iter()
        .filter(|u| u.revents != 0)
        .map(|u| new_tuple(vec![new_int(u.fd as i64), new_int(u.revents as u16 as i64)]))
        .collect();
    Ok(new_list(out))
}

fn m_poll(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "poll")?;
    Ok(new_object(PollObject { header: hdr(), fds: RefCell::new(Vec::new()), polling: Cell::new(false) }))
}

// ----- epoll ----------------------------------------------------------------------------------

#[repr(C)]
pub struct EpollObject {
    header: ObjHeader,
    epfd: Cell<i32>,
}
native_type!(EPOLL_TYPE, "select", "epoll", EpollObject, BASETYPE);

impl Drop for EpollObject {
    fn drop(&mut self) {
        let fd = self.epfd.get();
        if fd >= 0 {
            unsafe { libc::close(fd) };
        }
    }
}

fn ep(args: &[Value]) -> PyResult<(&EpollObject, i32)> {
    let e = this::<EpollObject>(args)?;
    let fd = e.epfd.get();
    if fd < 0 {
        return Err(value_error("I/O operation on closed epoll object"));
    }
    Ok((e, fd))
}

fn epoll_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("epoll", &args[1..], kw, &["sizehint", "flags"], 0, 0, 2)?;
    let sizehint = a[0].as_ref().map(crate::objects::clinic::int_arg).transpose()?.unwrap_or(-1);
    if sizehint == 0 || sizehint < -1 {
        return Err(value_error("negative sizehint"));
    }
    if let Some(f) = &a[1] {
        crate::objects::clinic::int_arg(f)?;
    }
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(last_error());
    }
    Ok(alloc_object(cls, EpollObject { header: hdr(), epfd: Cell::new(fd) }))
}

fn epoll_fromfd(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let fd = crate::objects::clinic::int_arg(crate::objects::clinic::one_arg(&args[1..], kw, "fromfd")?)?;
    Ok(alloc_object(cls, EpollObject { header: hdr(), epfd: Cell::new(fd) }))
}

fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> PyResult<Value> {
    let mut ev = libc::epoll_event { events, u64: fd as u32 as u64 };
    if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn epoll_mask(v: &Value) -> PyResult<u32> {
    let i = ops::index(v)?;
    match int_val(&i).and_then(|x| x.as_i64()) {
        Some(n) if (i32::MIN as i64..=u32::MAX as i64).contains(&n) => Ok(n as u32),
        _ => Err(crate::error::overflow_error("Python int too large to convert to C unsigned long")),
    }
}

fn epoll_register(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (_, epfd) = ep(args)?;
    let a = crate::builtins::args::parse_args("register", &args[1..], kw, &["fd", "eventmask"], 0, 1, 2)?;
    let fd = as_file_descriptor(a[0].as_ref().expect("required"))?;
    let mask = match &a[1] {
        Some(v) => epoll_mask(v)?,
        None => (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as u32,
    };
    epoll_ctl(epfd, libc::EPOLL_CTL_ADD, fd, mask)
}

fn epoll_modify(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (_, epfd) = ep(args)?;
    let a = crate::builtins::args::parse_args("modify", &args[1..], kw, &["fd", "eventmask"], 0, 2, 2)?;
    let fd = as_file_descriptor(a[0].as_ref().expect("required"))?;
    let mask = epoll_mask(a[1].as_ref().expect("required"))?;
    epoll_ctl(epfd, libc::EPOLL_CTL_MOD, fd, mask)
}

fn epoll_unregister(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (_, epfd) = ep(args)?;
    let a = crate::builtins::args::parse_args("unregister", &args[1..], kw, &["fd"], 0, 1, 1)?;
    let fd = as_file_descriptor(a[0].as_ref().expect("required"))?;
    epoll_ctl(epfd, libc::EPOLL_CTL_DEL, fd, 0)
}

fn epoll_poll(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (_, epfd) = ep(args)?;
    let a = crate::builtins::args::parse_args("poll", &args[1..], kw, &["timeout", "maxevents"], 0, 0, 2)?;
    let deadline = match a[0].as_ref().filter(|v| !is_none(v)) {
        None => None,
        Some(v) => {
            let s = seconds(v, "timeout must be an integer or None")?;
            if s < 0.0 {
                None
            } else {
                deadline_after(s)
            }
        }
    };
    let mut maxevents = a[1].as_ref().map(crate::objects::clinic::int_arg).transpose()?.unwrap_or(-1);
    if maxevents == -1 {
        maxevents = libc::FD_SETSIZE as i32 - 1;
    } else if maxevents < 1 {
        return Err(value_error(format!("maxevents must be greater than 0, got {maxevents}")));
    }
    crate::objects::clinic::check_alloc(maxevents as usize * std::mem::size_of::<libc::epoll_event>())?;
    // Only the events the kernel reports are ever written (and read).
    let mut evs: Vec<libc::epoll_event> = Vec::with_capacity(maxevents as usize);
    let n = loop {
        let n = unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), maxevents, ms_left(deadline)) };
        if n >= 0 {
            break n as usize;
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(os_error(e, None, None));
        }
        crate::modules::signal::check_signals()?;
    };
    // SAFETY: epoll_wait initialised the first n events.
    unsafe { evs.set_len(n) };
    let out: Vec<Value> = evs
        .iter()
        .map(|e| {
            let (data, events) = (e.u64, e.events);
            new_tuple(vec![new_int(data as u32 as i32 as i64), new_int(events as i64)])
        })
        .collect();
    Ok(new_list(out))
}

fn epoll_close(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "close")?;
    let e = this::<EpollObject>(args)?;
    let fd = e.epfd.replace(-1);
    if fd >= 0 && unsafe { libc::close(fd) } < 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn epoll_fileno(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "fileno")?;
    Ok(new_int(ep(args)?.1 as i64))
}

fn epoll_closed(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this::<EpollObject>(std::slice::from_ref(v))?.epfd.get() < 0))
}

fn epoll_enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ep(args)?;
    Ok(args[0].clone())
}

fn epoll_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    epoll_close(&args[..1], None)
}

// ----- the module -----------------------------------------------------------------------------

macro_rules! consts {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name as i64)),*]
    };
}

const POLL_CONSTANTS: &[(&str, i64)] = consts![
    POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLRDHUP,
];

const EPOLL_CONSTANTS: &[(&str, i64)] = consts![
    EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLERR, EPOLLHUP, EPOLLET, EPOLLONESHOT, EPOLLEXCLUSIVE, EPOLLRDHUP, EPOLLRDNORM,
    EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLL_CLOEXEC, PIPE_BUF,
];

fn init_types() {
    crate::types::init_builtin_type(&POLL_TYPE);
    for (name, f) in [
        ("register", poll_register as NativeFn),
        ("modify", poll_modify),
        ("unregister", poll_unregister),
        ("poll", poll_poll),
    ] {
        build::method(&POLL_TYPE, name, f);
    }
    build::attr(&POLL_TYPE, "__module__", new_str("select"));

    let t = &EPOLL_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, epoll_new);
    build::classmethod(t, "fromfd", epoll_fromfd);
    for (name, f) in [
        ("register", epoll_register as NativeFn),
        ("modify", epoll_modify),
        ("unregister", epoll_unregister),
        ("poll", epoll_poll),
        ("close", epoll_close),
        ("fileno", epoll_fileno),
        ("__enter__", epoll_enter),
        ("__exit__", epoll_exit),
    ] {
        build::method(t, name, f);
    }
    build::getset(t, "closed", epoll_closed, None);
    build::attr(t, "__module__", new_str("select"));
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("select");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("__doc__", new_str("This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."));
    mo.set("error", crate::objects::exception::OS_ERROR.as_value());
    mo.set("epoll", EPOLL_TYPE.as_value());
    for (name, v) in POLL_CONSTANTS {
        mo.set(name, new_int(*v));
    }
    // The epoll event bits are unsigned (EPOLLET is 1 << 31).
    for (name, v) in EPOLL_CONSTANTS {
        mo.set(name, new_int(*v as u32 as i64));
    }
    mo.set("POLLMSG", new_int(0x400));
    for (name, f) in [("select", m_select as NativeFn), ("poll", m_poll)] {
        mo.set(name, new_builtin(name, f, Some("select")));
    }
    m
}
