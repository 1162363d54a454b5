//! The `_signal` module (CPython's Modules/signalmodule.c), which Lib's
//! `signal.py` wraps in enums.
//!
//! A Python-level handler is installed as a C handler that only records the
//! signal and sets `thread::INTERRUPTED`; the interpreter polls that flag (at
//! loop back-edges, in `time.sleep`, around interrupted system calls) and then
//! calls `check_signals`, which runs the Python handlers of the recorded
//! signals. SIGINT starts with `default_int_handler`, which raises
//! KeyboardInterrupt (Ctrl-C handling as before).

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::float::{float_val, new_float};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::thread::INTERRUPTED;
use crate::value::Value;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// Signals are numbered 1..NSIG.
pub const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const UNTRIPPED: AtomicBool = AtomicBool::new(false);
/// Signals received and not handled yet.
static TRIPPED: [AtomicBool; NSIG] = [UNTRIPPED; NSIG];
/// `set_wakeup_fd`'s descriptor (-1: none).
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

thread_local! {
    /// The Python-level handler of each signal (None: not yet looked at).
    static HANDLERS: RefCell<Vec<Option<Value>>> = RefCell::new(vec![None; NSIG]);
    static DEFAULT_INT_HANDLER: RefCell<Option<Value>> = const { RefCell::new(None) };
    static ITIMER_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The C handler: records the signal for the interpreter's next check.
pub extern "C" fn trip_signal(sig: libc::c_int) {
    if sig > 0 && (sig as usize) < NSIG {
        TRIPPED[sig as usize].store(true, Ordering::SeqCst);
    }
    INTERRUPTED.store(true, Ordering::SeqCst);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        unsafe { libc::write(fd, &b as *const u8 as *const libc::c_void, 1) };
    }
}

/// `signal.default_int_handler`.
fn default_int_handler_value() -> Value {
    DEFAULT_INT_HANDLER.with(|d| {
        d.borrow_mut().get_or_insert_with(|| new_builtin("default_int_handler", default_int_handler, Some("_signal"))).clone()
    })
}

/// The handler Python sees for a signal: recorded, or the OS disposition.
fn handler_of(sig: usize) -> Value {
    if let Some(h) = HANDLERS.with(|h| h.borrow()[sig].clone()) {
        return h;
    }
    let h = if sig == libc::SIGINT as usize {
        default_int_handler_value()
    } else {
        let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
        unsafe { libc::sigaction(sig as i32, std::ptr::null(), &mut old) };
        match old.sa_sigaction {
            libc::SIG_DFL => new_int(0),
            libc::SIG_IGN => new_int(1),
            _ => none(),
        }
    };
    HANDLERS.with(|hs| hs.borrow_mut()[sig] = Some(h.clone()));
    h
}

/// Runs the Python handlers of the signals received since the last check
/// (CPython's `PyErr_CheckSignals`); an exception a handler raises is returned.
pub fn check_signals() -> PyResult<()> {
    if !INTERRUPTED.load(Ordering::Relaxed) {
        return Ok(());
    }
    INTERRUPTED.store(false, Ordering::SeqCst);
    let mut any = false;
    for sig in 1..NSIG {
        if !TRIPPED[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        any = true;
        if let Err(e) = run_handler(sig) {
            // Leave the rest for the next check.
            if TRIPPED.iter().any(|t| t.load(Ordering::Relaxed)) {
                INTERRUPTED.store(true, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    if !any {
        // The start-up SIGINT handler only sets INTERRUPTED.
        run_handler(libc::SIGINT as usize)?;
    }
    Ok(())
}

fn run_handler(sig: usize) -> PyResult<()> {
    let h = handler_of(sig);
    if crate::objects::int::is_int(&h) || is_none(&h) {
        if sig == libc::SIGINT as usize && crate::objects::int::as_i64(&h) != Some(1) {
            return Err(PyErr::with_args(&crate::objects::exception::KEYBOARD_INTERRUPT, vec![]));
        }
        return Ok(());
    }
    crate::call::call(&h, &[new_int(sig as i64), none()], None).map(|_| ())
}

/// `default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(PyErr::with_args(&crate::objects::exception::KEYBOARD_INTERRUPT, vec![]))
}

/// A signal number argument, range-checked.
fn signum(v: &Value) -> PyResult<usize> {
    let n = crate::builtins::args::as_c_int(v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as usize)
}

/// Installs a C disposition for a signal.
fn install(sig: usize, handler: libc::sighandler_t) -> PyResult<()> {
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    act.sa_sigaction = handler;
    act.sa_flags = libc::SA_ONSTACK;
    unsafe { libc::sigemptyset(&mut act.sa_mask) };
    if unsafe { libc::sigaction(sig as i32, &act, std::ptr::null_mut()) } != 0 {
        return Err(crate::modules::posix::last_error(None));
    }
    Ok(())
}

/// `signal(signalnum, handler)`: installs a handler, returning the old one.
fn signal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "signal", "signal", 2, 2)?;
    let sig = signum(&args[0])?;
    let h = &args[1];
    let disp = match crate::objects::int::as_i64(h) {
        Some(0) if crate::objects::int::is_int(h) => libc::SIG_DFL,
        Some(1) if crate::objects::int::is_int(h) => libc::SIG_IGN,
        _ if crate::call::callable(h) && !crate::objects::int::is_int(h) => trip_signal as *const () as libc::sighandler_t,
        _ => return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    let old = handler_of(sig);
    install(sig, disp)?;
    HANDLERS.with(|hs| hs.borrow_mut()[sig] = Some(h.clone()));
    Ok(old)
}

/// `getsignal(signalnum)`.
fn getsignal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "getsignal", "getsignal", 1, 1)?;
    Ok(handler_of(signum(&args[0])?))
}

/// `raise_signal(signalnum)`: sends a signal to this process and handles it.
fn raise_signal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "raise_signal", "raise_signal", 1, 1)?;
    let sig = signum(&args[0])?;
    crate::objects::file::flush_stdout();
    if unsafe { libc::raise(sig as i32) } != 0 {
        return Err(crate::modules::posix::last_error(None));
    }
    check_signals()?;
    Ok(none())
}

/// `strsignal(signalnum)`: the system's description, or None.
fn strsignal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "strsignal", "strsignal", 1, 1)?;
    let sig = signum(&args[0])?;
    let p = unsafe { libc::strsignal(sig as i32) };
    if p.is_null() {
        return Ok(none());
    }
    let s = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
    if s.starts_with("Unknown signal") {
        return Ok(none());
    }
    Ok(new_str(s))
}

/// `alarm(seconds)`: schedules SIGALRM, returning the seconds left of the previous alarm.
fn alarm(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "alarm", "alarm", 1, 1)?;
    let n = crate::builtins::args::as_c_int(&args[0])?;
    Ok(new_int(unsafe { libc::alarm(n as u32) } as i64))
}

/// `pause()`: waits for a signal, then runs its handler.
fn pause(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "pause")?;
    crate::objects::file::flush_stdout();
    unsafe { libc::pause() };
    check_signals()?;
    Ok(none())
}

/// `set_wakeup_fd(fd, *, warn_on_full_buffer=True)`: returns the previous descriptor.
fn set_wakeup_fd(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::parse_args("set_wakeup_fd", args, kw, &["fd", "warn_on_full_buffer"], 0, 1, 1)?;
    let fd = crate::builtins::args::as_c_int(a[0].as_ref().expect("required"))? as i32;
    if fd != -1 {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return Err(crate::modules::posix::last_error(None));
        }
        if crate::modules::posix::fd_blocking(fd).unwrap_or(false) {
            return Err(value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    Ok(new_int(WAKEUP_FD.swap(fd, Ordering::SeqCst) as i64))
}

/// `siginterrupt(signalnum, flag)`: whether the signal interrupts system calls.
fn siginterrupt(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "siginterrupt", "siginterrupt", 2, 2)?;
    let sig = signum(&args[0])?;
    let interrupt = crate::builtins::args::as_c_int(&args[1])? != 0;
    let mut act: libc::sigaction = unsafe { std::mem::zeroed() };
    unsafe { libc::sigaction(sig as i32, std::ptr::null(), &mut act) };
    if interrupt {
        act.sa_flags &= !libc::SA_RESTART;
    } else {
        act.sa_flags |= libc::SA_RESTART;
    }
    if unsafe { libc::sigaction(sig as i32, &act, std::ptr::null_mut()) } != 0 {
        return Err(crate::modules::posix::last_error(None));
    }
    Ok(none())
}

/// A set of signal numbers from a sigset.
fn set_of(s: &libc::sigset_t) -> PyResult<Value> {
    let items = (1..NSIG as i32).filter(|&i| unsafe { libc::sigismember(s, i) } == 1).map(|i| new_int(i as i64)).collect();
    crate::objects::set::new_set_from(items)
}

/// `valid_signals()`.
fn valid_signals(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "valid_signals")?;
    let mut s: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigfillset(&mut s) };
    set_of(&s)
}

/// A sigset from an iterable of signal numbers.
fn sigset_of(v: &Value) -> PyResult<libc::sigset_t> {
    let mut s: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut s) };
    for x in crate::ops::collect(v)? {
        let n = crate::builtins::args::as_c_int(&x)?;
        if n < 1 || n as usize >= NSIG {
            return Err(value_error(format!("signal number {n} out of range [1; {}]", NSIG - 1)));
        }
        unsafe { libc::sigaddset(&mut s, n as i32) };
    }
    Ok(s)
}

/// `pthread_sigmask(how, mask)`: the previous mask.
fn pthread_sigmask(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "pthread_sigmask", "pthread_sigmask", 2, 2)?;
    let how = crate::builtins::args::as_c_int(&args[0])? as i32;
    let s = sigset_of(&args[1])?;
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::pthread_sigmask(how, &s, &mut old) };
    if r != 0 {
        return Err(crate::modules::posix::os_error(r, None, None));
    }
    check_signals()?;
    set_of(&old)
}

/// `sigpending()`.
fn sigpending(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "sigpending")?;
    let mut s: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigpending(&mut s) } != 0 {
        return Err(crate::modules::posix::last_error(None));
    }
    set_of(&s)
}

/// `pthread_kill(thread_id, signalnum)`.
fn pthread_kill(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "pthread_kill", "pthread_kill", 2, 2)?;
    let i = crate::ops::index(&args[0])?;
    let tid = crate::objects::int::int_val(&i).and_then(|x| x.as_i64()).unwrap_or(0);
    let sig = crate::builtins::args::as_c_int(&args[1])? as i32;
    let r = unsafe { libc::pthread_kill(tid as libc::pthread_t, sig) };
    if r != 0 {
        return Err(crate::modules::posix::os_error(r, None, None));
    }
    check_signals()?;
    Ok(none())
}

fn timeval_of(f: f64) -> libc::timeval {
    let s = f.floor();
    libc::timeval { tv_sec: s as libc::time_t, tv_usec: ((f - s) * 1e6).round() as libc::suseconds_t }
}

fn itimer_tuple(v: &libc::itimerval) -> Value {
    let f = |t: &libc::timeval| new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    crate::objects::tuple::new_tuple(vec![f(&v.it_value), f(&v.it_interval)])
}

fn itimer_error() -> PyErr {
    let e = crate::modules::posix::errno();
    match ITIMER_ERROR.with(|c| c.borrow().clone()) {
        Some(cls) => match crate::call::call(&cls, &[new_int(e as i64), new_str(crate::modules::posix::strerror(e))], None) {
            Ok(v) => PyErr::from_value(v),
            Err(err) => err,
        },
        None => crate::modules::posix::os_error(e, None, None),
    }
}

/// `setitimer(which, seconds, interval=0.0)`: the previous (delay, interval).
fn setitimer(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "setitimer", "setitimer", 2, 3)?;
    let which = crate::builtins::args::as_c_int(&args[0])? as i32;
    let num = |v: &Value| -> PyResult<f64> {
        float_val(v)
            .or_else(|| crate::objects::int::as_i64(v).map(|i| i as f64))
            .ok_or_else(|| type_error(format!("must be real number, not {}", v.ty().name())))
    };
    let secs = num(&args[1])?;
    let interval = match args.get(2) {
        Some(v) => num(v)?,
        None => 0.0,
    };
    let new = libc::itimerval { it_value: timeval_of(secs), it_interval: timeval_of(interval) };
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        return Err(itimer_error());
    }
    Ok(itimer_tuple(&old))
}

/// `getitimer(which)`.
fn getitimer(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "getitimer", "getitimer", 1, 1)?;
    let which = crate::builtins::args::as_c_int(&args[0])? as i32;
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        return Err(itimer_error());
    }
    Ok(itimer_tuple(&cur))
}

const SIGNALS: &[(&str, i64)] = &[
    ("NSIG", 65),
    ("SIG_BLOCK", 0),
    ("SIG_UNBLOCK", 1),
    ("SIG_SETMASK", 2),
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGIOT", 6),
    ("SIGABRT", 6),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGBUS", 7),
    ("SIGSEGV", 11),
    ("SIGSYS", 31),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGUSR1", 10),
    ("SIGUSR2", 12),
    ("SIGCLD", 17),
    ("SIGCHLD", 17),
    ("SIGPWR", 30),
    ("SIGIO", 29),
    ("SIGURG", 23),
    ("SIGWINCH", 28),
    ("SIGPOLL", 29),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGCONT", 18),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
    ("SIGSTKFLT", 16),
    ("ITIMER_REAL", 0),
    ("ITIMER_VIRTUAL", 1),
    ("ITIMER_PROF", 2),
    ("SIG_DFL", 0),
    ("SIG_IGN", 1),
];

/// Creates the `_signal` module.
pub fn create() -> Value {
    let m = new_module("_signal");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    mo.set("default_int_handler", default_int_handler_value());
    let fns: &[(&'static str, NativeFn)] = &[
        ("alarm", alarm),
        ("setitimer", setitimer),
        ("getitimer", getitimer),
        ("signal", signal),
        ("raise_signal", raise_signal),
        ("strsignal", strsignal),
        ("getsignal", getsignal),
        ("set_wakeup_fd", set_wakeup_fd),
        ("siginterrupt", siginterrupt),
        ("pause", pause),
        ("pthread_kill", pthread_kill),
        ("pthread_sigmask", pthread_sigmask),
        ("sigpending", sigpending),
        ("valid_signals", valid_signals),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_signal")));
    }
    for (name, v) in SIGNALS {
        mo.set(name, new_int(*v));
    }
    // signal.ItimerError: an OSError subclass named itimer_error.
    let ns = crate::objects::dict::new_dict();
    let nsd = crate::objects::dict::as_dict(&ns).expect("a dict");
    nsd.set_str(crate::objects::str::intern_static("__module__"), new_str("signal"));
    let bases = crate::objects::tuple::new_tuple(vec![crate::objects::exception::OS_ERROR.as_value()]);
    if let Ok(cls) = crate::call::call(&crate::types::TYPE_TYPE.as_value(), &[new_str("itimer_error"), bases, ns], None) {
        ITIMER_ERROR.with(|c| *c.borrow_mut() = Some(cls.clone()));
        mo.set("ItimerError", cls);
    }
    m
}
