//! The `time` module.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::int::new_int;
use crate::objects::str::{intern, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::float::new_float;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int_i128;
use crate::objects::module::{new_module, ModuleObject};
use crate::value::Value;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}


fn time(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(epoch().as_secs_f64()))
}

fn time_ns(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int_i128(epoch().as_nanos() as i128))
}

/// A libc clock's current value: (seconds, nanoseconds).
fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec as i64, ts.tv_nsec as i64)
}

fn clock_f(id: libc::clockid_t) -> f64 {
    let (s, ns) = clock(id);
    s as f64 + ns as f64 * 1e-9
}

fn clock_ns(id: libc::clockid_t) -> Value {
    let (s, ns) = clock(id);
    new_int_i128(s as i128 * 1_000_000_000 + ns as i128)
}

/// `time.monotonic()` and `time.perf_counter()`: CLOCK_MONOTONIC, as CPython uses.
fn monotonic(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(clock_f(libc::CLOCK_MONOTONIC)))
}

fn monotonic_ns(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(clock_ns(libc::CLOCK_MONOTONIC))
}

fn process_time(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(clock_f(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn process_time_ns(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID))
}

fn thread_time(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(clock_f(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn thread_time_ns(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    Ok(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID))
}

fn clk_id(args: &[Value], name: &str) -> PyResult<libc::clockid_t> {
    crate::builtins::args::arity(name, args.len(), 1, 1)?;
    Ok(crate::builtins::args::as_c_int(&args[0])? as libc::clockid_t)
}

/// `time.clock_gettime(clk_id)`.
fn clock_gettime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let id = clk_id(args, "clock_gettime")?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(crate::objects::file::os_error_from(std::io::Error::last_os_error(), None));
    }
    Ok(new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn clock_gettime_ns(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let id = clk_id(args, "clock_gettime_ns")?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(crate::objects::file::os_error_from(std::io::Error::last_os_error(), None));
    }
    Ok(new_int_i128(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128))
}

/// `time.clock_settime(clk_id, time)` (usually refused by the OS without privileges).
fn clock_settime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("clock_settime", args.len(), 2, 2)?;
    let id = crate::builtins::args::as_c_int(&args[0])? as libc::clockid_t;
    let t = crate::objects::float::float_val(&args[1])
        .or_else(|| crate::objects::int::int_val(&args[1]).and_then(|i| crate::objects::int::to_f64(i).ok()))
        .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", args[1].ty().name())))?;
    let ts = libc::timespec { tv_sec: t.floor() as libc::time_t, tv_nsec: ((t - t.floor()) * 1e9) as libc::c_long };
    if unsafe { libc::clock_settime(id, &ts) } != 0 {
        return Err(os_err());
    }
    Ok(none())
}

fn clock_settime_ns(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("clock_settime_ns", args.len(), 2, 2)?;
    let id = crate::builtins::args::as_c_int(&args[0])? as libc::clockid_t;
    let i = crate::ops::index(&args[1])?;
    let ns = crate::objects::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    let ts = libc::timespec { tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t, tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long };
    if unsafe { libc::clock_settime(id, &ts) } != 0 {
        return Err(os_err());
    }
    Ok(none())
}

/// `time.pthread_getcpuclockid(thread_id)`: the CPU-time clock of a thread.
fn pthread_getcpuclockid(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("pthread_getcpuclockid", args.len(), 1, 1)?;
    let i = crate::ops::index(&args[0])?;
    let tid = crate::objects::int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("thread id out of range"))?;
    let mut clk: libc::clockid_t = 0;
    let r = unsafe { libc::pthread_getcpuclockid(tid as libc::pthread_t, &mut clk) };
    if r != 0 {
        return Err(crate::objects::file::os_error_from(std::io::Error::from_raw_os_error(r), None));
    }
    Ok(new_int(clk as i64))
}

/// `time.clock_getres(clk_id)`.
fn clock_getres(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let id = clk_id(args, "clock_getres")?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    if unsafe { libc::clock_getres(id, &mut ts) } != 0 {
        return Err(crate::objects::file::os_error_from(std::io::Error::last_os_error(), None));
    }
    Ok(new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// `time.get_clock_info(name)`: a namespace describing the clock.
fn get_clock_info(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("get_clock_info", args.len(), 1, 1)?;
    let name = crate::objects::str::as_str(&args[0])
        .ok_or_else(|| type_error(format!("get_clock_info() argument must be str, not {}", args[0].ty().name())))?;
    let (imp, mono, adj, clk) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, libc::CLOCK_REALTIME),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, libc::CLOCK_MONOTONIC),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, libc::CLOCK_PROCESS_CPUTIME_ID),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, libc::CLOCK_THREAD_CPUTIME_ID),
        _ => return Err(value_error("unknown clock")),
    };
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_getres(clk, &mut ts) };
    let cls = NAMESPACE_CLASS.with(|c| c.borrow().clone()).ok_or_else(|| crate::error::runtime_error("time is not ready"))?;
    let ns = crate::call::call(&cls, &[], None)?;
    for (k, v) in [
        ("implementation", new_str(imp)),
        ("monotonic", new_bool(mono)),
        ("adjustable", new_bool(adj)),
        ("resolution", new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)),
    ] {
        crate::ops::setattr(&ns, &intern(k), Some(v))?;
    }
    Ok(ns)
}

// ----- struct_time and calendar functions ---------------------------------------------

/// Python source for `time.struct_time` (a structseq with two extra fields).
const STRUCT_TIME: &str = r#"
def _make():
    fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    class struct_time(tuple):
        n_fields = 11
        n_sequence_fields = 9
        n_unnamed_fields = 0
        def __new__(cls, sequence, dict=None):
            seq = tuple(sequence)
            n = len(seq)
            if n < 9:
                raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
            if n > 11:
                raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
            self = tuple.__new__(cls, seq[:9])
            self._extra = seq[9:] + (None,) * (11 - n)
            return self
        def __repr__(self):
            return 'time.struct_time(' + ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'
        def __reduce__(self):
            return (struct_time, (tuple(self), {'tm_zone': self._extra[0], 'tm_gmtoff': self._extra[1]}))
        tm_zone = property(lambda self: self._extra[0])
        tm_gmtoff = property(lambda self: self._extra[1])

    for i, f in enumerate(fields):
        setattr(struct_time, f, property(lambda self, i=i: self[i]))
    struct_time.__module__ = 'time'

    class SimpleNamespace:
        def __init__(self, **kwargs):
            self.__dict__.update(kwargs)
        def __repr__(self):
            return 'namespace(' + ', '.join('%s=%r' % kv for kv in self.__dict__.items()) + ')'
        def __eq__(self, other):
            if isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented
    SimpleNamespace.__module__ = 'types'
    return struct_time, SimpleNamespace

struct_time, _ns = _make()
del _make
"#;

thread_local! {
    static STRUCT_TIME_CLASS: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
    static NAMESPACE_CLASS: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

fn struct_time_class() -> PyResult<Value> {
    STRUCT_TIME_CLASS.with(|c| c.borrow().clone()).ok_or_else(|| crate::error::runtime_error("time.struct_time is not ready"))
}

/// A struct_time from a C `struct tm`.
fn tm_to_struct(tm: &libc::tm) -> PyResult<Value> {
    let zone = if tm.tm_zone.is_null() {
        none()
    } else {
        new_str(unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned())
    };
    let items = vec![
        new_int(tm.tm_year as i64 + 1900),
        new_int(tm.tm_mon as i64 + 1),
        new_int(tm.tm_mday as i64),
        new_int(tm.tm_hour as i64),
        new_int(tm.tm_min as i64),
        new_int(tm.tm_sec as i64),
        new_int((tm.tm_wday as i64 + 6) % 7),
        new_int(tm.tm_yday as i64 + 1),
        new_int(tm.tm_isdst as i64),
        zone,
        new_int(tm.tm_gmtoff),
    ];
    crate::call::call(&struct_time_class()?, &[new_tuple(items)], None)
}

/// The seconds argument of gmtime/localtime/ctime: None for now, else a number (floored).
fn secs_arg(args: &[Value], name: &str) -> PyResult<libc::time_t> {
    crate::builtins::args::arity(name, args.len(), 0, 1)?;
    match args.first().filter(|v| !crate::objects::bool_none::is_none(v)) {
        None => Ok(epoch().as_secs() as libc::time_t),
        Some(v) => {
            if let Some(f) = crate::objects::float::float_val(v) {
                if f.is_nan() {
                    return Err(value_error("Invalid value NaN (not a number)"));
                }
                let fl = f.floor();
                if !(-9.2e18..9.2e18).contains(&fl) {
                    return Err(crate::error::overflow_error("timestamp out of range for platform time_t"));
                }
                return Ok(fl as libc::time_t);
            }
            let i = crate::ops::index(v).map_err(|_| {
                type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name()))
            })?;
            crate::objects::int::as_i64(&i)
                .map(|n| n as libc::time_t)
                .ok_or_else(|| crate::error::overflow_error("timestamp out of range for platform time_t"))
        }
    }
}

fn os_err() -> PyErr {
    crate::objects::file::os_error_from(std::io::Error::last_os_error(), None)
}

fn gmtime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let t = secs_arg(args, "gmtime")?;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(os_err());
    }
    tm_to_struct(&tm)
}

fn localtime_tm(t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(os_err());
    }
    Ok(tm)
}

fn localtime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let t = secs_arg(args, "localtime")?;
    tm_to_struct(&localtime_tm(t)?)
}

/// CPython's gettmarg: a 9-tuple (or struct_time) as a C `struct tm`.
fn tuple_to_tm(v: &Value, name: &str) -> PyResult<libc::tm> {
    let items = crate::objects::tuple::tuple_items(v)
        .ok_or_else(|| type_error("Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        n[i] = crate::builtins::args::as_c_int(it)?;
    }
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (n[0] - 1900) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1) % 7) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    if let Some(extra) = crate::ops::getattr_opt(v, &intern("_extra")).ok().flatten() {
        if let Some(g) = crate::objects::tuple::tuple_items(&extra).and_then(|e| e.get(1).cloned()) {
            tm.tm_gmtoff = crate::objects::int::as_i64(&g).unwrap_or(0);
        }
    }
    Ok(tm)
}

/// CPython's checktm: the fields must be in range.
fn check_tm(tm: &libc::tm) -> PyResult<()> {
    let checks = [
        (tm.tm_mon < 0 || tm.tm_mon > 11, "month out of range"),
        (tm.tm_mday < 1 || tm.tm_mday > 31, "day of month out of range"),
        (tm.tm_hour < 0 || tm.tm_hour > 23, "hour out of range"),
        (tm.tm_min < 0 || tm.tm_min > 59, "minute out of range"),
        (tm.tm_sec < 0 || tm.tm_sec > 61, "seconds out of range"),
        (tm.tm_wday < 0, "day of week out of range"),
        (tm.tm_yday < 0 || tm.tm_yday > 365, "day of year out of range"),
    ];
    for (bad, msg) in checks {
        if bad {
            return Err(value_error(msg));
        }
    }
    Ok(())
}

/// A time tuple argument, or the local time now.
fn tm_arg(args: &[Value], name: &str, at: usize) -> PyResult<libc::tm> {
    match args.get(at) {
        Some(v) => tuple_to_tm(v, name),
        None => localtime_tm(epoch().as_secs() as libc::time_t),
    }
}

const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// CPython's _asctime: "Sun Jun 20 23:21:05 1993".
fn asctime_str(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY[tm.tm_wday.rem_euclid(7) as usize],
        MON[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("asctime", args.len(), 0, 1)?;
    let tm = tm_arg(args, "asctime", 0)?;
    check_tm(&tm)?;
    Ok(new_str(asctime_str(&tm)))
}

fn ctime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    let t = secs_arg(args, "ctime")?;
    Ok(new_str(asctime_str(&localtime_tm(t)?)))
}

fn mktime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("mktime", args.len(), 1, 1)?;
    let mut tm = tuple_to_tm(&args[0], "mktime")?;
    tm.tm_wday = -1;
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(crate::error::overflow_error("mktime argument out of range"));
    }
    Ok(new_float(t as f64))
}

/// `time.strftime(format[, t])` through the C library, as CPython does on Linux.
fn strftime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("strftime", args.len(), 1, 2)?;
    let fmt = crate::objects::str::as_str(&args[0])
        .ok_or_else(|| type_error(format!("strftime() argument 1 must be str, not {}", args[0].ty().name())))?;
    let mut tm = tm_arg(args, "strftime", 1)?;
    // CPython's normalisation before its range checks.
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    check_tm(&tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    if fmt.is_empty() {
        return Ok(new_str(""));
    }
    let cfmt = std::ffi::CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() + 1024 {
            buf.truncate(n);
            return Ok(new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

/// CPython's init_timezone: timezone, altzone, daylight and tzname from
/// the local time in January and July.
fn zone_info() -> (i64, i64, bool, String, String) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = epoch().as_secs() as i64;
    let t = (now / YEAR) * YEAR;
    let zone = |t: i64| -> (i64, String) {
        match localtime_tm(t as libc::time_t) {
            Ok(tm) => {
                let name = if tm.tm_zone.is_null() {
                    String::new()
                } else {
                    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
                };
                (-tm.tm_gmtoff, name)
            }
            Err(_) => (0, "UTC".into()),
        }
    };
    let (jan, janname) = zone(t);
    let (jul, julname) = zone(t + YEAR / 2);
    if jan < jul {
        (jul, jan, jan != jul, julname, janname)
    } else {
        (jan, jul, jan != jul, janname, julname)
    }
}

fn set_zone_attrs(mo: &ModuleObject) {
    let (timezone, altzone, daylight, std_name, dst_name) = zone_info();
    mo.set("timezone", new_int(timezone));
    mo.set("altzone", new_int(altzone));
    mo.set("daylight", new_int(daylight as i64));
    mo.set("tzname", new_tuple(vec![new_str(std_name), new_str(dst_name)]));
}

/// `time.tzset()`: re-reads TZ and recomputes the zone attributes.
fn tzset(_a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    extern "C" {
        fn tzset();
    }
    unsafe { tzset() };
    let mods = crate::modules::sys::modules();
    if let Some(m) = crate::objects::dict::as_dict(&mods).and_then(|d| d.get_str(&intern("time"))) {
        if let Some(mo) = m.downcast::<ModuleObject>() {
            set_zone_attrs(mo);
        }
    }
    Ok(none())
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
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("clock_gettime", clock_gettime),
        ("clock_gettime_ns", clock_gettime_ns),
        ("clock_getres", clock_getres),
        ("clock_settime", clock_settime),
        ("clock_settime_ns", clock_settime_ns),
        ("pthread_getcpuclockid", pthread_getcpuclockid),
        ("get_clock_info", get_clock_info),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("tzset", tzset),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("time")));
    }
    for (name, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        mo.set(name, new_int(v as i64));
    }
    mo.set("_STRUCT_TM_ITEMS", new_int(11));
    set_zone_attrs(mo);
    // struct_time is defined in Python, in the module's namespace.
    if let Ok(code) = crate::compile_source(STRUCT_TIME, "<time>", tern_frontend::Mode::Exec) {
        let d = mo.dict.clone().expect("module dict");
        let dd = crate::objects::dict::as_dict(&d).expect("a dict");
        dd.set_str(intern("__builtins__"), crate::builtins::builtins_module());
        if crate::interp::run_code(&code, &d, None).is_ok() {
            if let Some(c) = dd.get_str(&intern("struct_time")) {
                STRUCT_TIME_CLASS.with(|s| *s.borrow_mut() = Some(c));
            }
            if let Some(c) = dd.get_str(&intern("_ns")) {
                NAMESPACE_CLASS.with(|s| *s.borrow_mut() = Some(c));
            }
        }
        for n in ["_ns", "__builtins__"] {
            let _ = dd.remove(&intern(n));
        }
    }
    m
}
