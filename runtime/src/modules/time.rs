//! The `time` module.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::int::new_int;
use crate::objects::str::{intern, intern_static, new_str};
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
    if let Some(extra) = crate::ops::getattr_opt(v, &intern_static("_extra")).ok().flatten() {
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
    if let Some(m) = crate::objects::dict::as_dict(&mods).and_then(|d| d.get_str(&intern_static("time"))) {
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
        crate::modules::signal::check_signals()?;
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
        ("strptime", strptime),
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
        dd.set_str(intern_static("__builtins__"), crate::builtins::builtins_module());
        if crate::interp::run_code(&code, &d, None).is_ok() {
            if let Some(c) = dd.get_str(&intern_static("struct_time")) {
                STRUCT_TIME_CLASS.with(|s| *s.borrow_mut() = Some(c));
            }
            if let Some(c) = dd.get_str(&intern_static("_ns")) {
                NAMESPACE_CLASS.with(|s| *s.borrow_mut() = Some(c));
            }
        }
        for n in ["_ns", "__builtins__"] {
            let _ = dd.remove(&intern(n));
        }
    }
    m
}

// ----- strptime (CPython's Lib/_strptime.py in the C locale) ----------------------

/// One piece of a strptime pattern.
enum Piece {
    /// A literal character (matched ignoring case).
    Lit(char),
    /// `\s+`.
    Space,
    /// A directive: its letter and alternatives (tried in order).
    Dir(char, Vec<Vec<Atom>>),
}

#[derive(Clone)]
enum Atom {
    Char(char),
    Digit,
    Range(char, char),
    /// Matched ignoring case.
    Word(String),
}

const F_WEEKDAY: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const A_WEEKDAY: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const F_MONTH: [&str; 13] = [
    "", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];
const A_MONTH: [&str; 13] = ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Alternatives written compactly: `D` is a digit, `[a-b]` a range, `[xy]` a choice.
fn alts(specs: &[&str]) -> Vec<Vec<Atom>> {
    specs
        .iter()
        .map(|spec| {
            let mut out = Vec::new();
            let cs: Vec<char> = spec.chars().collect();
            let mut i = 0;
            while i < cs.len() {
                match cs[i] {
                    'D' => out.push(Atom::Digit),
                    '[' => {
                        let end = cs[i..].iter().position(|&c| c == ']').map_or(cs.len(), |p| i + p);
                        let inner = &cs[i + 1..end];
                        if inner.len() == 3 && inner[1] == '-' {
                            out.push(Atom::Range(inner[0], inner[2]));
                        } else {
                            // A two-character choice becomes a range of adjacent digits.
                            out.push(Atom::Range(inner[0], *inner.last().unwrap_or(&inner[0])));
                        }
                        i = end;
                    }
                    c => out.push(Atom::Char(c)),
                }
                i += 1;
            }
            out
        })
        .collect()
}

/// `__seqToRE`: the names, longest first.
fn names_alts(names: &[&str]) -> Vec<Vec<Atom>> {
    let mut v: Vec<&str> = names.iter().copied().filter(|n| !n.is_empty()).collect();
    v.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    v.into_iter().map(|n| vec![Atom::Word(n.to_owned())]).collect()
}

/// The pattern for one directive letter (None: a bad directive).
fn directive(c: char, zones: &[String]) -> Option<Vec<Piece>> {
    let d = |a: Vec<Vec<Atom>>| Some(vec![Piece::Dir(c, a)]);
    match c {
        'd' => d(alts(&["3[01]", "[12]D", "0[1-9]", "[1-9]", " [1-9]"])),
        'f' => d((1..=6).rev().map(|n| vec![Atom::Digit; n]).collect()),
        'H' => d(alts(&["2[0-3]", "[0-1]D", "D"])),
        'I' => d(alts(&["1[0-2]", "0[1-9]", "[1-9]"])),
        'G' | 'Y' => d(alts(&["DDDD"])),
        'j' => d(alts(&["36[0-6]", "3[0-5]D", "[12]DD", "0[1-9]D", "00[1-9]", "[1-9]D", "0[1-9]", "[1-9]"])),
        'm' => d(alts(&["1[0-2]", "0[1-9]", "[1-9]"])),
        'M' => d(alts(&["[0-5]D", "D"])),
        'S' => d(alts(&["6[0-1]", "[0-5]D", "D"])),
        'U' | 'W' => d(alts(&["5[0-3]", "[0-4]D", "D"])),
        'w' => d(alts(&["[0-6]"])),
        'u' => d(alts(&["[1-7]"])),
        'V' => d(alts(&["5[0-3]", "0[1-9]", "[1-4]D", "D"])),
        'y' => d(alts(&["DD"])),
        'z' => {
            // [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z, in the regex's preference order.
            let mut full = Vec::new();
            for colon1 in [true, false] {
                let head = |colon: bool| {
                    let mut a = vec![Atom::Range('+', '-'), Atom::Digit, Atom::Digit];
                    if colon {
                        a.push(Atom::Char(':'));
                    }
                    a.extend([Atom::Range('0', '5'), Atom::Digit]);
                    a
                };
                for colon2 in [true, false] {
                    for frac in (1..=6).rev() {
                        let mut a = head(colon1);
                        if colon2 {
                            a.push(Atom::Char(':'));
                        }
                        a.extend([Atom::Range('0', '5'), Atom::Digit, Atom::Char('.')]);
                        a.extend(std::iter::repeat(Atom::Digit).take(frac));
                        full.push(a);
                    }
                    let mut a = head(colon1);
                    if colon2 {
                        a.push(Atom::Char(':'));
                    }
                    a.extend([Atom::Range('0', '5'), Atom::Digit]);
                    full.push(a);
                }
                full.push(head(colon1));
            }
            full.push(vec![Atom::Char('\u{0}')]);
            d(full)
        }
        'A' => d(names_alts(&F_WEEKDAY)),
        'a' => d(names_alts(&A_WEEKDAY)),
        'B' => d(names_alts(&F_MONTH[1..])),
        'b' => d(names_alts(&A_MONTH[1..])),
        'p' => d(names_alts(&["am", "pm"])),
        'Z' => {
            let z: Vec<&str> = zones.iter().map(String::as_str).collect();
            d(names_alts(&z))
        }
        '%' => Some(vec![Piece::Lit('%')]),
        _ => None,
    }
}

/// TimeRE.pattern: the pieces of a format (None: a bad directive, with the letter).
fn compile_format(format: &str, zones: &[String]) -> Result<Vec<Piece>, Option<char>> {
    let locale_formats = |c: char| match c {
        'c' => Some("%a %b %d %H:%M:%S %Y"),
        'x' => Some("%m/%d/%y"),
        'X' => Some("%H:%M:%S"),
        _ => None,
    };
    let mut out = Vec::new();
    let cs: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '%' {
            let Some(&d) = cs.get(i + 1) else { return Err(None) };
            if let Some(sub) = locale_formats(d) {
                out.extend(compile_format(sub, zones)?);
            } else {
                out.extend(directive(d, zones).ok_or(Some(d))?);
            }
            i += 2;
            continue;
        }
        if c.is_whitespace() {
            while i < cs.len() && cs[i].is_whitespace() {
                i += 1;
            }
            out.push(Piece::Space);
            continue;
        }
        out.push(Piece::Lit(c));
        i += 1;
    }
    Ok(out)
}

/// Where `alt` matches at `pos`, if it does.
fn match_alt(alt: &[Atom], s: &[char], pos: usize) -> Option<usize> {
    let mut p = pos;
    for a in alt {
        match a {
            Atom::Word(w) => {
                for wc in w.chars() {
                    let c = *s.get(p)?;
                    if !c.to_lowercase().eq(wc.to_lowercase()) {
                        return None;
                    }
                    p += 1;
                }
            }
            Atom::Char('\u{0}') => {
                // The `Z` alternative of %z (case-sensitive).
                if s.get(p) != Some(&'Z') {
                    return None;
                }
                p += 1;
            }
            Atom::Char(ch) => {
                if s.get(p) != Some(ch) {
                    return None;
                }
                p += 1;
            }
            Atom::Digit => {
                if !s.get(p)?.is_ascii_digit() {
                    return None;
                }
                p += 1;
            }
            Atom::Range(lo, hi) => {
                let c = *s.get(p)?;
                let ok = if *lo == '+' { c == '+' || c == '-' } else { c >= *lo && c <= *hi };
                if !ok {
                    return None;
                }
                p += 1;
            }
        }
    }
    Some(p)
}

/// The backtracking match of the pieces from `pos`: the end and the groups.
fn match_pieces(pieces: &[Piece], s: &[char], pos: usize, groups: &mut Vec<(char, String)>) -> Option<usize> {
    let Some((first, rest)) = pieces.split_first() else { return Some(pos) };
    match first {
        Piece::Lit(c) => {
            let got = *s.get(pos)?;
            if got == *c || got.to_lowercase().eq(c.to_lowercase()) {
                match_pieces(rest, s, pos + 1, groups)
            } else {
                None
            }
        }
        Piece::Space => {
            let mut end = pos;
            while end < s.len() && s[end].is_whitespace() {
                end += 1;
            }
            while end > pos {
                if let Some(e) = match_pieces(rest, s, end, groups) {
                    return Some(e);
                }
                end -= 1;
            }
            None
        }
        Piece::Dir(name, alternatives) => {
            for alt in alternatives {
                if let Some(end) = match_alt(alt, s, pos) {
                    groups.push((*name, s[pos..end].iter().collect()));
                    if let Some(e) = match_pieces(rest, s, end, groups) {
                        return Some(e);
                    }
                    groups.pop();
                }
            }
            None
        }
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days since 0001-01-01 (proleptic Gregorian), 1-based like date.toordinal().
fn to_ordinal(y: i64, m: i64, d: i64) -> i64 {
    const BEFORE: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let y1 = y - 1;
    let mut days = y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400 + BEFORE[m as usize] + d;
    if m > 2 && is_leap(y) {
        days += 1;
    }
    days
}

fn from_ordinal(n: i64) -> (i64, i64, i64) {
    let mut y = (n - 1) / 366 + 1;
    while to_ordinal(y + 1, 1, 1) <= n {
        y += 1;
    }
    let mut m = 1;
    while m < 12 && to_ordinal(y, m + 1, 1) <= n {
        m += 1;
    }
    (y, m, n - to_ordinal(y, m, 1) + 1)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `time.strptime(string, format='%a %b %d %H:%M:%S %Y')`.
fn strptime(args: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("strptime", args.len(), 1, 2)?;
    let fmt_v = args.get(1).cloned().unwrap_or_else(|| new_str("%a %b %d %H:%M:%S %Y"));
    for (i, a) in [&args[0], &fmt_v].iter().enumerate() {
        if crate::objects::str::as_str(a).is_none() {
            return Err(type_error(format!("strptime() argument {} must be str, not {}", i, crate::objects::typeobj::type_repr_string(a.ty()))));
        }
    }
    let data = crate::objects::str::as_str(&args[0]).unwrap_or("");
    let format = crate::objects::str::as_str(&fmt_v).unwrap_or("");
    let (_, _, daylight, std_name, dst_name) = zone_info();
    let mut zones: Vec<String> = vec!["utc".into(), "gmt".into(), std_name.to_lowercase()];
    zones.dedup();
    if daylight {
        zones.push(dst_name.to_lowercase());
    }
    let pieces = match compile_format(format, &zones) {
        Ok(p) => p,
        Err(Some(d)) => return Err(value_error(format!("'{d}' is a bad directive in format '{format}'"))),
        Err(None) => return Err(value_error(format!("stray % in format '{format}'"))),
    };
    let s: Vec<char> = data.chars().collect();
    let mut groups = Vec::new();
    let Some(end) = match_pieces(&pieces, &s, 0, &mut groups) else {
        return Err(value_error(format!(
            "time data {} does not match format {}",
            crate::ops::repr_string(&args[0])?,
            crate::ops::repr_string(&fmt_v)?
        )));
    };
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(value_error(format!("unconverted data remains: {rest}")));
    }
    let num = |t: &str| t.trim().parse::<i64>().unwrap_or(0);
    let (mut year, mut month, mut day) = (None::<i64>, 1i64, 1i64);
    let (mut hour, mut minute, mut second) = (0i64, 0i64, 0i64);
    let mut tz = -1i64;
    let mut gmtoff: Option<i64> = None;
    let (mut iso_year, mut iso_week, mut week_of_year, mut week_start) = (None::<i64>, None::<i64>, None::<i64>, 0i64);
    let (mut weekday, mut julian) = (None::<i64>, None::<i64>);
    let mut tzname: Option<String> = None;
    let ampm = groups.iter().find(|(k, _)| *k == 'p').map(|(_, v)| v.to_lowercase()).unwrap_or_default();
    for (k, v) in &groups {
        match k {
            'y' => {
                let y = num(v);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(num(v)),
            'G' => iso_year = Some(num(v)),
            'm' => month = num(v),
            'B' => month = F_MONTH.iter().position(|m| *m == v.to_lowercase()).unwrap_or(1) as i64,
            'b' => month = A_MONTH.iter().position(|m| *m == v.to_lowercase()).unwrap_or(1) as i64,
            'd' => day = num(v),
            'H' => hour = num(v),
            'I' => {
                hour = num(v);
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            'M' => minute = num(v),
            'S' => second = num(v),
            'A' => weekday = F_WEEKDAY.iter().position(|d| *d == v.to_lowercase()).map(|p| p as i64),
            'a' => weekday = A_WEEKDAY.iter().position(|d| *d == v.to_lowercase()).map(|p| p as i64),
            'w' => {
                let w = num(v);
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            'u' => weekday = Some(num(v) - 1),
            'j' => julian = Some(num(v)),
            'U' | 'W' => {
                week_of_year = Some(num(v));
                week_start = if *k == 'U' { 6 } else { 0 };
            }
            'V' => iso_week = Some(num(v)),
            'z' => {
                if v == "Z" {
                    gmtoff = Some(0);
                } else {
                    let mut z: String = v.clone();
                    if z.as_bytes().get(3) == Some(&b':') {
                        z.remove(3);
                        if z.len() > 5 {
                            if z.as_bytes()[5] != b':' {
                                return Err(value_error(format!("Inconsistent use of : in {v}")));
                            }
                            z.remove(5);
                        }
                    }
                    let h = num(&z[1..3]);
                    let m = num(&z[3..5]);
                    let sec = if z.len() >= 7 { num(&z[5..7]) } else { 0 };
                    let off = h * 3600 + m * 60 + sec;
                    gmtoff = Some(if z.starts_with('-') { -off } else { off });
                }
            }
            'Z' => {
                let found = v.to_lowercase();
                tzname = Some(v.clone());
                if ["utc".to_owned(), "gmt".to_owned(), std_name.to_lowercase()].contains(&found) {
                    tz = 0;
                } else if daylight && found == dst_name.to_lowercase() {
                    tz = 1;
                }
                if std_name == dst_name && daylight && found != "utc" && found != "gmt" {
                    tz = -1;
                }
            }
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(value_error("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u')."));
        }
        if julian.is_some() {
            return Err(value_error("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead."));
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        if weekday.is_none() {
            return Err(value_error("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u')."));
        }
        return Err(value_error("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."));
    }
    let mut leap_fix = false;
    let mut y = match year {
        None if month == 2 && day == 29 => {
            leap_fix = true;
            1904
        }
        None => 1900,
        Some(y) => y,
    };
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some(woy) = week_of_year {
                // _calc_julian_from_U_or_W
                let first_wd = (to_ordinal(y, 1, 1) + 6) % 7;
                let (first_wd, wd) = if week_start == 6 { ((first_wd + 1) % 7, (wd + 1) % 7) } else { (first_wd, wd) };
                let week_0_length = (7 - first_wd) % 7;
                julian = Some(if woy == 0 { 1 + wd - first_wd } else { 1 + week_0_length + (woy - 1) * 7 + wd });
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                // _calc_julian_from_V
                let correction = (to_ordinal(iy, 1, 4) + 6) % 7 + 1 + 3;
                let mut ordinal = iw * 7 + (wd + 1) - correction;
                let mut iy = iy;
                if ordinal < 1 {
                    ordinal += if is_leap(iy - 1) { 366 } else { 365 };
                    iy -= 1;
                }
                y = iy;
                julian = Some(ordinal);
            }
            if let Some(j) = julian {
                if j <= 0 {
                    y -= 1;
                    julian = Some(j + if is_leap(y) { 366 } else { 365 });
                }
            }
        }
    }
    let (y, month, day, julian) = match julian {
        None => {
            if !(1..=12).contains(&month) || day < 1 || day > days_in_month(y, month) {
                return Err(value_error("day is out of range for month"));
            }
            (y, month, day, to_ordinal(y, month, day) - to_ordinal(y, 1, 1) + 1)
        }
        Some(j) => {
            let (yy, mm, dd) = from_ordinal(j - 1 + to_ordinal(y, 1, 1));
            (yy, mm, dd, j)
        }
    };
    let weekday = weekday.unwrap_or_else(|| (to_ordinal(y, month, day) + 6) % 7);
    let y = if leap_fix { 1900 } else { y };
    let items = vec![
        new_int(y),
        new_int(month),
        new_int(day),
        new_int(hour),
        new_int(minute),
        new_int(second),
        new_int(weekday),
        new_int(julian),
        new_int(tz),
        tzname.map_or_else(none, new_str),
        gmtoff.map_or_else(none, new_int),
    ];
    crate::call::call(&struct_time_class()?, &[new_tuple(items)], None)
}
