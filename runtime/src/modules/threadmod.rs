//! The `_thread` module of CPython 3.11 (Modules/_threadmodule.c) for an
//! interpreter that runs one thread: locks (`lock`, `RLock`) with CPython's
//! argument checks, messages and reprs, `_local`, thread identities, and
//! `start_new_thread`, which always fails with RuntimeError("can't start new
//! thread") since tern cannot run a second Python thread yet. A blocking
//! acquire of a lock that is held can only end by timing out or by a signal
//! handler (Ctrl-C raising KeyboardInterrupt, or a handler releasing it),
//! exactly as it would in CPython with no other thread to release it.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::modules::support::cls_arg;
use crate::objects::bool_none::{new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{alloc_object, build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::Cell;

/// CPython's `TIMEOUT_MAX` on 64-bit Linux (PY_TIMEOUT_MAX microseconds, in seconds).
const TIMEOUT_MAX: f64 = 9223372036.0;

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

/// `threading.get_ident()`: the pthread id, as CPython's PyThread_get_thread_ident.
fn ident() -> u64 {
    unsafe { libc::pthread_self() as u64 }
}

// ----- lock ------------------------------------------------------------------------

#[repr(C)]
pub struct LockObject {
    header: ObjHeader,
    locked: Cell<bool>,
}

pub static LOCK_TYPE: TypeObject =
    TypeObject::builtin::<LockObject>("_thread.lock", Some(&OBJECT_TYPE), 0).in_module("_thread").with_qualname("lock");

unsafe impl PyObj for LockObject {
    fn class() -> &'static TypeObject {
        &LOCK_TYPE
    }
}

#[repr(C)]
pub struct RLockObject {
    header: ObjHeader,
    owner: Cell<u64>,
    count: Cell<u64>,
}

pub static RLOCK_TYPE: TypeObject =
    TypeObject::builtin::<RLockObject>("_thread.RLock", Some(&OBJECT_TYPE), BASETYPE).in_module("_thread").with_qualname("RLock");

unsafe impl PyObj for RLockObject {
    fn class() -> &'static TypeObject {
        &RLOCK_TYPE
    }
}

#[repr(C)]
pub struct LocalObject {
    header: ObjHeader,
    dict: Option<Value>,
}

pub static LOCAL_TYPE: TypeObject = TypeObject::builtin::<LocalObject>("_thread._local", Some(&OBJECT_TYPE), BASETYPE)
    .in_module("_thread")
    .with_qualname("_local")
    .with_dict_at(std::mem::offset_of!(LocalObject, dict));

unsafe impl PyObj for LocalObject {
    fn class() -> &'static TypeObject {
        &LOCAL_TYPE
    }
}

pub fn new_lock() -> Value {
    alloc_object(&LOCK_TYPE, LockObject { header: hdr(), locked: Cell::new(false) })
}

/// How long an acquire may wait: None forever, Some(0) not at all.
type Wait = Option<std::time::Duration>;

/// CPython's lock_acquire_parse_args.
fn acquire_args(fname: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<Wait> {
    let a = crate::objects::clinic::keywords(args, kw, fname, &["blocking", "timeout"], 0, 0)?;
    let blocking = match &a[0] {
        Some(b) => crate::ops::truthy(b)?,
        None => true,
    };
    let timeout = match &a[1] {
        Some(t) => {
            let secs = match crate::objects::float::float_val(t) {
                Some(f) => f,
                None => match crate::objects::int::int_val(t) {
                    Some(i) => crate::objects::int::to_f64(i)?,
                    None => {
                        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", t.ty().name())))
                    }
                },
            };
            if secs.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            // _PyTime_FromSecondsObject: nanoseconds in an i64.
            if !((secs * 1e9).abs() < 9.223372036854776e18) {
                return Err(crate::error::overflow_error("timestamp out of range for platform time_t"));
            }
            secs
        }
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(Some(std::time::Duration::ZERO));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout > TIMEOUT_MAX {
        return Err(crate::error::overflow_error("timeout value is too large"));
    }
    Ok(Some(std::time::Duration::from_secs_f64(timeout)))
}

/// Waits until `free()` says the lock can be taken, the wait ends, or a
/// signal handler raises. Only a signal handler can free a held lock here.
fn wait_for(wait: Wait, free: &dyn Fn() -> bool) -> PyResult<bool> {
    if free() {
        return Ok(true);
    }
    if wait == Some(std::time::Duration::ZERO) {
        return Ok(false);
    }
    crate::objects::file::flush_stdout();
    let deadline = wait.map(|d| std::time::Instant::now() + d);
    loop {
        let slice = std::time::Duration::from_millis(20);
        match deadline {
            Some(dl) => {
                let now = std::time::Instant::now();
                if now >= dl {
                    return Ok(free());
                }
                std::thread::sleep((dl - now).min(slice));
            }
            None => std::thread::sleep(slice),
        }
        crate::modules::signal::check_signals()?;
        if free() {
            return Ok(true);
        }
    }
}

fn lock_of(v: &Value) -> PyResult<&LockObject> {
    crate::modules::support::this::<LockObject>(std::slice::from_ref(v))
}

fn lock_acquire(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let l = lock_of(&args[0])?;
    let wait = acquire_args("acquire", &args[1..], kw)?;
    let got = wait_for(wait, &|| !l.locked.get())?;
    if got {
        l.locked.set(true);
    }
    Ok(new_bool(got))
}

fn lock_release(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("release", args, kw)?;
    let l = lock_of(&args[0])?;
    if !l.locked.get() {
        return Err(crate::error::runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    Ok(none())
}

fn lock_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    lock_release(&args[..1], None)
}

fn lock_locked(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("locked", args, kw)?;
    Ok(new_bool(lock_of(&args[0])?.locked.get()))
}

fn lock_at_fork_reinit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("_at_fork_reinit", args, kw)?;
    lock_of(&args[0])?.locked.set(false);
    Ok(none())
}

fn lock_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let l = lock_of(&args[0])?;
    Ok(new_str(format!(
        "<{} {} object at {:#x}>",
        if l.locked.get() { "locked" } else { "unlocked" },
        args[0].ty().name(),
        args[0].id()
    )))
}

// ----- RLock -----------------------------------------------------------------------

fn rlock_of(v: &Value) -> PyResult<&RLockObject> {
    crate::modules::support::this::<RLockObject>(std::slice::from_ref(v))
}

fn rlock_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    Ok(alloc_object(cls, RLockObject { header: hdr(), owner: Cell::new(0), count: Cell::new(0) }))
}

fn rlock_acquire(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let r = rlock_of(&args[0])?;
    let wait = acquire_args("acquire", &args[1..], kw)?;
    let me = ident();
    if r.count.get() > 0 && r.owner.get() == me {
        let c = r.count.get().checked_add(1).ok_or_else(|| crate::error::overflow_error("Internal lock count overflowed"))?;
        r.count.set(c);
        return Ok(new_bool(true));
    }
    let got = wait_for(wait, &|| r.count.get() == 0)?;
    if got {
        r.owner.set(me);
        r.count.set(1);
    }
    Ok(new_bool(got))
}

fn rlock_release(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("release", args, kw)?;
    let r = rlock_of(&args[0])?;
    if r.count.get() == 0 || r.owner.get() != ident() {
        return Err(crate::error::runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
    }
    Ok(none())
}

fn rlock_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    rlock_release(&args[..1], None)
}

fn rlock_is_owned(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("_is_owned", args, kw)?;
    let r = rlock_of(&args[0])?;
    Ok(new_bool(r.count.get() > 0 && r.owner.get() == ident()))
}

fn rlock_recursion_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("_recursion_count", args, kw)?;
    let r = rlock_of(&args[0])?;
    Ok(new_int(if r.owner.get() == ident() { r.count.get() as i64 } else { 0 }))
}

fn rlock_release_save(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("_release_save", args, kw)?;
    let r = rlock_of(&args[0])?;
    if r.count.get() == 0 {
        return Err(crate::error::runtime_error("cannot release un-acquired lock"));
    }
    let state = new_tuple(vec![new_int(r.count.get() as i64), crate::objects::int::new_int_u64(r.owner.get())]);
    r.count.set(0);
    r.owner.set(0);
    Ok(state)
}

fn rlock_acquire_restore(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("_acquire_restore", args, kw)?;
    let r = rlock_of(&args[0])?;
    let bad = || type_error("_acquire_restore() argument 1 must be tuple");
    let items = tuple_items(&args[1]).ok_or_else(bad)?;
    if items.len() != 2 {
        return Err(type_error(format!("_acquire_restore() argument 1 must be a tuple of length 2, not {}", items.len())));
    }
    let count = crate::objects::int::as_i64(&items[0]).ok_or_else(bad)? as u64;
    let owner = crate::objects::int::int_val(&items[1]).and_then(|i| u64::try_from(&i.to_big()).ok()).ok_or_else(bad)?;
    wait_for(None, &|| r.count.get() == 0)?;
    r.owner.set(owner);
    r.count.set(count);
    Ok(none())
}

fn rlock_at_fork_reinit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("_at_fork_reinit", args, kw)?;
    let r = rlock_of(&args[0])?;
    r.owner.set(0);
    r.count.set(0);
    Ok(none())
}

fn rlock_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = rlock_of(&args[0])?;
    Ok(new_str(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if r.count.get() > 0 { "locked" } else { "unlocked" },
        args[0].ty().name(),
        r.owner.get(),
        r.count.get(),
        args[0].id()
    )))
}

// ----- _local ----------------------------------------------------------------------

fn local_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let has_args = args.len() > 1 || kw.is_some_and(|k| !k.is_empty());
    if has_args && crate::builtins::args::init_is_objects(cls) {
        return Err(type_error("Initialization arguments are not supported"));
    }
    Ok(alloc_object(cls, LocalObject { header: hdr(), dict: None }))
}

// ----- module functions ------------------------------------------------------------

fn allocate_lock(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "allocate_lock")?;
    Ok(new_lock())
}

fn set_sentinel(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "_set_sentinel")?;
    Ok(new_lock())
}

fn get_ident(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "get_ident")?;
    Ok(crate::objects::int::new_int_u64(ident()))
}

fn get_native_id(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "get_native_id")?;
    Ok(new_int(unsafe { libc::syscall(libc::SYS_gettid) } as i64))
}

fn count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "_count")?;
    // No thread was ever started through this module.
    Ok(new_int(0))
}

thread_local! {
    static STACK_SIZE: Cell<i64> = const { Cell::new(0) };
}

fn stack_size(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "stack_size", "stack_size", 0, 1)?;
    let old = STACK_SIZE.with(Cell::get);
    if let Some(a) = args.first() {
        let n = crate::builtins::args::as_ssize(a)?;
        if n != 0 && n < 32768 {
            return Err(value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.with(|c| c.set(n));
    }
    Ok(new_int(old))
}

fn start_new_thread(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "start_new_thread", "start_new_thread", 2, 3)?;
    if !crate::call::callable(&args[0]) {
        return Err(type_error("first arg must be callable"));
    }
    if tuple_items(&args[1]).is_none() {
        return Err(type_error("2nd arg must be a tuple"));
    }
    if let Some(k) = args.get(2) {
        if crate::objects::dict::as_dict(k).is_none() {
            return Err(type_error("optional 3rd arg must be a dictionary"));
        }
    }
    Err(crate::error::runtime_error("can't start new thread"))
}

fn exit_thread(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "exit")?;
    Err(PyErr::with_args(&crate::objects::exception::SYSTEM_EXIT, Vec::new()))
}

fn init_types() {
    let t = &LOCK_TYPE;
    crate::types::init_builtin_type(t);
    let lock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_exit),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("_at_fork_reinit", lock_at_fork_reinit),
        ("__repr__", lock_repr),
    ];
    for (name, f) in lock_methods {
        build::method(t, name, *f);
    }

    let t = &RLOCK_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, rlock_new);
    let rlock_methods: &[(&'static str, NativeFn)] = &[
        ("acquire", rlock_acquire),
        ("__enter__", rlock_acquire),
        ("release", rlock_release),
        ("__exit__", rlock_exit),
        ("_is_owned", rlock_is_owned),
        ("_recursion_count", rlock_recursion_count),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("_at_fork_reinit", rlock_at_fork_reinit),
        ("__repr__", rlock_repr),
    ];
    for (name, f) in rlock_methods {
        build::method(t, name, *f);
    }

    let t = &LOCAL_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, local_new);
    crate::objects::instance::add_dict_getset(t);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_thread");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("_set_sentinel", set_sentinel),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("exit", exit_thread),
        ("exit_thread", exit_thread),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_thread")));
    }
    mo.set("LockType", LOCK_TYPE.as_value());
    mo.set("RLock", RLOCK_TYPE.as_value());
    mo.set("_local", LOCAL_TYPE.as_value());
    mo.set("error", crate::objects::exception::RUNTIME_ERROR.as_value());
    mo.set("TIMEOUT_MAX", crate::objects::float::new_float(TIMEOUT_MAX));
    mo.set("__doc__", new_str("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
    m
}
