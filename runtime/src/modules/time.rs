//! The `time` module.

use crate::error::{value_error, PyErr, PyResult};
use crate::objects::bool_none::none;
use crate::objects::float::new_float;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int_i128;
use crate::objects::module::{new_module, ModuleObject};
use crate::value::Value;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(epoch().as_secs_f64()))
}

fn time_ns(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int_i128(epoch().as_nanos() as i128))
}

fn monotonic(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(start().elapsed().as_secs_f64() + 1.0))
}

fn monotonic_ns(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int_i128(start().elapsed().as_nanos() as i128 + 1_000_000_000))
}

fn process_time(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    Ok(new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn sleep(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("sleep", args.len(), 1, 1)?;
    let secs = match crate::objects::float::float_val(&args[0]) {
        Some(f) => f,
        None => match crate::objects::int::int_val(&args[0]) {
            Some(i) => crate::objects::int::to_f64(i)?,
            None => {
                return Err(crate::error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    args[0].ty().name()
                )))
            }
        },
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::objects::file::flush_stdout();
    let deadline = Instant::now() + std::time::Duration::from_secs_f64(secs);
    // Sleep in slices so Ctrl-C is noticed promptly.
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(50)));
        if crate::thread::ts().take_interrupt() {
            return Err(PyErr::with_args(&crate::objects::exception::KEYBOARD_INTERRUPT, vec![]));
        }
    }
    Ok(none())
}

pub fn create() -> Value {
    let m = new_module("time");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("sleep", sleep),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("time")));
    }
    let _ = start();
    m
}
