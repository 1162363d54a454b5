//! `_datetime` (CPython's Modules/_datetimemodule.c): the date, time,
//! datetime, timedelta, tzinfo and timezone types with C's arithmetic,
//! rounding, pickled states, tzinfo callbacks and error messages.
//! `Lib/datetime.py` ends with `from _datetime import *`, so these types are
//! the ones programs get. `strptime` calls Lib's `_strptime` and `strftime`
//! calls `time.strftime` after expanding `%z`, `%Z` and `%f`, as C does.

use crate::error::{overflow_error, type_error, value_error, zero_division, PyErr, PyResult};
use crate::modules::support::{cls_arg, native_type, this};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::bytes::{as_bytes, hash_bytes, new_bytes};
use crate::objects::clinic;
use crate::objects::float::{float_val, new_float};
use crate::objects::function::{Kw, NativeFn};
use crate::objects::int::{int_val, new_bigint, new_int, to_bigint};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use malachite::num::arithmetic::traits::{DivMod, DivRound};
use malachite::rounding_modes::RoundingMode;
use malachite::Integer;
use std::cell::Cell;
use tern_frontend::bytecode::CmpOp;

const MINYEAR: i32 = 1;
const MAXYEAR: i32 = 9999;
const MAX_DELTA_DAYS: i64 = 999_999_999;
const MAXORDINAL: i64 = 3_652_059;
const US_PER_DAY: i128 = 86_400_000_000;
/// Seconds from 0001-01-01 to 1970-01-01 (C's `epoch`).
const EPOCH_SECONDS: i64 = 719_163 * 86_400;
const MAX_FOLD_SECONDS: i64 = 24 * 3600;

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

// ----- the calendar ------------------------------------------------------------------------

const DAYS_IN_MONTH: [i32; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i32; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i32, m: i32) -> i32 {
    if m == 2 && is_leap(y) {
        29
    } else {
        DAYS_IN_MONTH[m as usize]
    }
}

fn days_before_month(y: i32, m: i32) -> i32 {
    DAYS_BEFORE_MONTH[m as usize] + (m > 2 && is_leap(y)) as i32
}

fn days_before_year(y: i32) -> i64 {
    let y = y as i64 - 1;
    y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

/// The proleptic Gregorian ordinal (0001-01-01 is 1).
fn ymd_to_ord(y: i32, m: i32, d: i32) -> i64 {
    days_before_year(y) + days_before_month(y, m) as i64 + d as i64
}

fn ord_to_ymd(ordinal: i64) -> (i32, i32, i32) {
    const DI400Y: i64 = 146_097;
    const DI100Y: i64 = 36_524;
    const DI4Y: i64 = 1_461;
    let o = ordinal - 1;
    let n400 = o.div_euclid(DI400Y);
    let n = o.rem_euclid(DI400Y);
    let n100 = n / DI100Y;
    let n = n % DI100Y;
    let n4 = n / DI4Y;
    let n = n % DI4Y;
    let n1 = n / 365;
    let n = n % 365;
    let year = (n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1) as i32;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3);
    let mut month = ((n + 50) >> 5) as i32;
    let mut preceding = (DAYS_BEFORE_MONTH[month as usize] + (month > 2 && leap) as i32) as i64;
    if preceding > n {
        month -= 1;
        preceding -= days_in_month(year, month) as i64;
    }
    (year, month, (n - preceding + 1) as i32)
}

/// Monday is 0.
fn weekday(y: i32, m: i32, d: i32) -> i32 {
    (ymd_to_ord(y, m, d) + 6).rem_euclid(7) as i32
}

fn iso_week1_monday(year: i32) -> i64 {
    let first_day = ymd_to_ord(year, 1, 1);
    let first_weekday = (first_day + 6).rem_euclid(7);
    let mut monday = first_day - first_weekday;
    if first_weekday > 3 {
        monday += 7;
    }
    monday
}

/// C's iso_to_ymd: Err(-2) for a bad week, Err(-3) for a bad weekday.
fn iso_to_ymd(iso_year: i32, week: i32, day: i32) -> Result<(i32, i32, i32), i32> {
    if week <= 0 || week >= 53 {
        let mut out = true;
        if week == 53 {
            let first_weekday = ymd_to_ord(iso_year, 1, 1).rem_euclid(7);
            if first_weekday == 4 || (first_weekday == 3 && is_leap(iso_year)) {
                out = false;
            }
        }
        if out {
            return Err(-2);
        }
    }
    if !(1..=7).contains(&day) {
        return Err(-3);
    }
    let day1 = iso_week1_monday(iso_year);
    Ok(ord_to_ymd(day1 + (week as i64 - 1) * 7 + day as i64 - 1))
}

fn date_overflow() -> PyErr {
    overflow_error("date value out of range")
}

/// Brings a day that may be outside its month back into range.
fn normalize_date(y: i64, m: i64, d: i64) -> PyResult<(i32, i32, i32)> {
    if !(1..=12).contains(&m) || !(MINYEAR as i64 - 1..=MAXYEAR as i64 + 1).contains(&y) {
        return Err(date_overflow());
    }
    let (y, m) = (y as i32, m as i32);
    let (y, m, d) = if d >= 1 && d <= days_in_month(y, m) as i64 {
        (y, m, d as i32)
    } else {
        let ordinal = ymd_to_ord(y, m, 1) + d - 1;
        if !(1..=MAXORDINAL).contains(&ordinal) {
            return Err(date_overflow());
        }
        ord_to_ymd(ordinal)
    };
    if !(MINYEAR..=MAXYEAR).contains(&y) {
        return Err(date_overflow());
    }
    Ok((y, m, d))
}

/// Date and time fields (`year, month, day, hour, minute, second, microsecond`).
type Fields = (i32, i32, i32, i32, i32, i32, i32);

/// Normalises all the fields of a datetime (C's normalize_datetime).
fn normalize_datetime(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64, us: i64) -> PyResult<Fields> {
    let (s, us) = (s + us.div_euclid(1_000_000), us.rem_euclid(1_000_000));
    let (mi, s) = (mi + s.div_euclid(60), s.rem_euclid(60));
    let (h, mi) = (h + mi.div_euclid(60), mi.rem_euclid(60));
    let (d, h) = (d + h.div_euclid(24), h.rem_euclid(24));
    let (y, mo, d) = normalize_date(y, mo, d)?;
    Ok((y, mo, d, h as i32, mi as i32, s as i32, us as i32))
}

// ----- argument parsing -------------------------------------------------------------------

/// `PyArg_ParseTupleAndKeywords` with its messages; `fname` None is C's
/// format without `:name` ("function ...").
fn parse_kw(
    args: &[Value],
    kw: Option<&Kw>,
    fname: Option<&str>,
    names: &[&str],
    maxpos: usize,
    nreq: usize,
) -> PyResult<Vec<Option<Value>>> {
    parse_kw_ex(args, kw, fname, names, maxpos, nreq, false)
}

/// Same, for formats whose required parameters are all `i`: C converts each
/// argument before it finds a later one missing.
fn parse_kw_ints(
    args: &[Value],
    kw: Option<&Kw>,
    fname: Option<&str>,
    names: &[&str],
    maxpos: usize,
    nreq: usize,
) -> PyResult<Vec<Option<Value>>> {
    parse_kw_ex(args, kw, fname, names, maxpos, nreq, true)
}

fn parse_kw_ex(
    args: &[Value],
    kw: Option<&Kw>,
    fname: Option<&str>,
    names: &[&str],
    maxpos: usize,
    nreq: usize,
    ints: bool,
) -> PyResult<Vec<Option<Value>>> {
    let (f, paren) = match fname {
        Some(n) => (n, "()"),
        None => ("function", ""),
    };
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let nkw = kw.map_or(0, |k| k.len());
    let len = names.len();
    if args.len() + nkw > len {
        return Err(type_error(format!(
            "{f}{paren} takes at most {len} {}argument{} ({} given)",
            if args.is_empty() { "keyword " } else { "" },
            plural(len),
            args.len() + nkw
        )));
    }
    if args.len() > maxpos {
        return Err(type_error(format!(
            "{f}{paren} takes {} {maxpos} positional argument{} ({} given)",
            if nreq < maxpos { "at most" } else { "exactly" },
            plural(maxpos),
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; len];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match names.iter().position(|n| *n == k) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {f}{paren} given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => {
                    let who = if fname.is_some() { format!("{f}()") } else { "this function".to_owned() };
                    return Err(type_error(format!("'{k}' is an invalid keyword argument for {who}")));
                }
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(nreq) {
        if out[i].is_none() {
            if ints {
                for v in out[..i].iter().flatten() {
                    clinic::int_arg(v)?;
                }
            }
            return Err(type_error(format!("{f}{paren} missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// An `i` argument (C int).
fn int_of(v: &Option<Value>, default: i32) -> PyResult<i32> {
    match v {
        Some(v) => clinic::int_arg(v),
        None => Ok(default),
    }
}

/// A `U` argument: a str, else "f() argument n must be str, not T".
fn str_arg<'a>(v: &'a Value, fname: &str, n: usize) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        type_error(format!("{fname}() argument {n} must be str, not {}", clinic::arg_type_name(v)))
    })
}

fn tzinfo_check(tz: &Value) -> PyResult<()> {
    if is_none(tz) || tz.ty().is_subtype(&TZINFO_TYPE) {
        Ok(())
    } else {
        Err(type_error(format!(
            "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
            tz.ty().name()
        )))
    }
}

fn tz_opt(tz: Value) -> Option<Value> {
    if is_none(&tz) {
        None
    } else {
        Some(tz)
    }
}

fn tz_value(tz: &Option<Value>) -> Value {
    tz.clone().unwrap_or_else(none)
}

fn same_tz(a: &Option<Value>, b: &Option<Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    }
}

fn cmp_result(ord: std::cmp::Ordering, op: CmpOp) -> Value {
    use std::cmp::Ordering::*;
    new_bool(match op {
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Gt => ord == Greater,
        _ => ord != Less,
    })
}

fn cmp_op(name: &str) -> CmpOp {
    match name {
        "lt" => CmpOp::Lt,
        "le" => CmpOp::Le,
        "eq" => CmpOp::Eq,
        "ne" => CmpOp::Ne,
        "gt" => CmpOp::Gt,
        _ => CmpOp::Ge,
    }
}

fn is_eq_ne(op: CmpOp) -> bool {
    matches!(op, CmpOp::Eq | CmpOp::Ne)
}

/// `cls(*args, **kwargs)` for subclasses (C's call_subclass_fold).
fn call_cls(cls: &TypeObject, args: Vec<Value>, fold: i32) -> PyResult<Value> {
    if fold != 0 {
        let names = [new_str("fold")];
        let values = [new_int(fold as i64)];
        crate::call::call(&cls.as_value(), &args, Some(&Kw { names: &names, values: &values }))
    } else {
        crate::call::call(&cls.as_value(), &args, None)
    }
}

fn time_module_attr(name: &str) -> PyResult<Value> {
    let m = crate::import::import_module("time")?;
    ops::getattr_str(&m, name)
}

// ----- timedelta ---------------------------------------------------------------------------

#[repr(C)]
pub struct DeltaObject {
    header: ObjHeader,
    days: i32,
    secs: i32,
    us: i32,
    hash: Cell<i64>,
}
native_type!(DELTA_TYPE, "datetime", "timedelta", DeltaObject, BASETYPE);

impl DeltaObject {
    fn total_us(&self) -> i128 {
        self.days as i128 * US_PER_DAY + self.secs as i128 * 1_000_000 + self.us as i128
    }
    fn dsu(&self) -> (i64, i64, i64) {
        (self.days as i64, self.secs as i64, self.us as i64)
    }
}

fn as_delta(v: &Value) -> Option<&DeltaObject> {
    v.downcast::<DeltaObject>()
}

fn check_delta_days(days: i64) -> PyResult<()> {
    if days.abs() > MAX_DELTA_DAYS {
        return Err(overflow_error(format!("days={days}; must have magnitude <= {MAX_DELTA_DAYS}")));
    }
    Ok(())
}

/// A timedelta of class `cls` from days, seconds and microseconds (normalised here).
fn new_delta_in(cls: &TypeObject, days: i64, secs: i64, us: i64) -> PyResult<Value> {
    let (secs, us) = (secs + us.div_euclid(1_000_000), us.rem_euclid(1_000_000));
    let (days, secs) = (days + secs.div_euclid(86_400), secs.rem_euclid(86_400));
    check_delta_days(days)?;
    Ok(alloc_object(
        cls,
        DeltaObject { header: hdr(), days: days as i32, secs: secs as i32, us: us as i32, hash: Cell::new(-1) },
    ))
}

fn new_delta(days: i64, secs: i64, us: i64) -> PyResult<Value> {
    new_delta_in(&DELTA_TYPE, days, secs, us)
}

fn int_too_large() -> PyErr {
    overflow_error("Python int too large to convert to C int")
}

/// C's microseconds_to_delta_ex: a timedelta from a total of microseconds.
fn us_to_delta_in(cls: &TypeObject, us: i128) -> PyResult<Value> {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY) as i64;
    if days < i32::MIN as i128 || days > i32::MAX as i128 {
        return Err(int_too_large());
    }
    new_delta_in(cls, days as i64, rest / 1_000_000, rest % 1_000_000)
}

fn big_to_delta(us: &Integer) -> PyResult<Value> {
    let us = i128::try_from(us).map_err(|_| int_too_large())?;
    us_to_delta_in(&DELTA_TYPE, us)
}

/// The value of a float as an exact integer (PyLong_FromDouble).
fn float_to_integer(f: f64) -> PyResult<Integer> {
    let v = crate::objects::int_methods::float_to_int(f)?;
    Ok(to_bigint(&v).unwrap_or_default())
}

/// C's accum(): adds `num * factor` microseconds, keeping float fractions in `leftover`.
fn accum(tag: &str, sofar: Integer, num: &Value, factor: i64, leftover: &mut f64) -> PyResult<Integer> {
    if let Some(n) = to_bigint(num) {
        return Ok(sofar + n * Integer::from(factor));
    }
    if let Some(d) = float_val(num) {
        let (intpart, frac) = if d.is_infinite() { (d, 0.0) } else { (d.trunc(), d - d.trunc()) };
        let sum = sofar + float_to_integer(intpart)? * Integer::from(factor);
        if frac == 0.0 {
            return Ok(sum);
        }
        let dnum = factor as f64 * frac;
        let ip = dnum.trunc();
        *leftover += dnum - ip;
        return Ok(sum + Integer::from(ip as i64));
    }
    Err(type_error(format!("unsupported type for timedelta {tag} component: {}", num.ty().name())))
}

fn delta_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    const NAMES: [&str; 7] = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    let a = parse_kw(&args[1..], kw, Some("__new__"), &NAMES, 7, 0)?;
    let mut x = Integer::from(0);
    let mut leftover = 0.0f64;
    let order: [(usize, i64); 7] = [
        (2, 1),
        (3, 1000),
        (1, 1_000_000),
        (4, 60_000_000),
        (5, 3_600_000_000),
        (0, 86_400_000_000),
        (6, 604_800_000_000),
    ];
    for (i, factor) in order {
        if let Some(v) = &a[i] {
            x = accum(NAMES[i], x, v, factor, &mut leftover)?;
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            let odd = if (&x % Integer::from(2)) != 0 { 1.0 } else { 0.0 };
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        x += Integer::from(whole as i64);
    }
    let us = i128::try_from(&x).map_err(|_| int_too_large())?;
    us_to_delta_in(cls, us)
}

/// timedelta's fields are C members (READONLY): their own message.
fn readonly(_v: &Value, _x: Option<&Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

fn delta_days(v: &Value) -> PyResult<Value> {
    Ok(new_int(this::<DeltaObject>(std::slice::from_ref(v))?.days as i64))
}
fn delta_seconds(v: &Value) -> PyResult<Value> {
    Ok(new_int(this::<DeltaObject>(std::slice::from_ref(v))?.secs as i64))
}
fn delta_microseconds(v: &Value) -> PyResult<Value> {
    Ok(new_int(this::<DeltaObject>(std::slice::from_ref(v))?.us as i64))
}

fn delta_repr_string(v: &Value, d: &DeltaObject) -> String {
    let mut parts = Vec::new();
    if d.days != 0 {
        parts.push(format!("days={}", d.days));
    }
    if d.secs != 0 {
        parts.push(format!("seconds={}", d.secs));
    }
    if d.us != 0 {
        parts.push(format!("microseconds={}", d.us));
    }
    if parts.is_empty() {
        parts.push("0".to_owned());
    }
    format!("{}({})", v.ty().name(), parts.join(", "))
}

fn delta_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    Ok(new_str(delta_repr_string(&args[0], d)))
}

fn delta_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    let mut s = String::new();
    if d.days != 0 {
        s.push_str(&format!("{} day{}, ", d.days, if d.days.abs() != 1 { "s" } else { "" }));
    }
    let (h, m, sec) = (d.secs / 3600, d.secs / 60 % 60, d.secs % 60);
    s.push_str(&format!("{h}:{m:02}:{sec:02}"));
    if d.us != 0 {
        s.push_str(&format!(".{:06}", d.us));
    }
    Ok(new_str(s))
}

fn delta_hash_of(d: &DeltaObject) -> PyResult<i64> {
    if d.hash.get() == -1 {
        let (a, b, c) = d.dsu();
        let h = crate::objects::tuple::hash_tuple(&[new_int(a), new_int(b), new_int(c)])?;
        d.hash.set(h);
    }
    Ok(d.hash.get())
}

fn delta_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(delta_hash_of(this::<DeltaObject>(args)?)?))
}

fn delta_bool(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    Ok(new_bool(d.days != 0 || d.secs != 0 || d.us != 0))
}

fn delta_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = this::<DeltaObject>(args)?;
    match as_delta(&args[1]) {
        Some(b) => Ok(cmp_result(a.dsu().cmp(&b.dsu()), op)),
        None => Ok(not_implemented()),
    }
}

fn delta_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    let (a, b, c) = d.dsu();
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![new_int(a), new_int(b), new_int(c)])]))
}

fn delta_total_seconds(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    clinic::noargs(&args[1..], kw, "timedelta.total_seconds")?;
    let us = Integer::from(d.total_us());
    let f = crate::objects::int::truediv(
        crate::objects::int::IntVal::Big(&us),
        crate::objects::int::IntVal::Small(1_000_000),
    )?;
    Ok(new_float(f))
}

fn delta_neg(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    us_to_delta_in(&DELTA_TYPE, -d.total_us())
}

fn delta_pos(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    let (a, b, c) = d.dsu();
    new_delta(a, b, c)
}

fn delta_abs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DeltaObject>(args)?;
    if d.days < 0 {
        delta_neg(args, None)
    } else {
        delta_pos(args, None)
    }
}

/// `a + b` / `a - b` for two timedeltas.
fn delta_addsub(a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
    match (as_delta(a), as_delta(b)) {
        (Some(x), Some(y)) => {
            let (d1, s1, u1) = x.dsu();
            let (d2, s2, u2) = y.dsu();
            if negate {
                new_delta(d1 - d2, s1 - s2, u1 - u2)
            } else {
                new_delta(d1 + d2, s1 + s2, u1 + u2)
            }
        }
        _ => Ok(not_implemented()),
    }
}

fn delta_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_addsub(&args[0], &args[1], false)
}
fn delta_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_addsub(&args[0], &args[1], true)
}
fn delta_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_addsub(&args[1], &args[0], true)
}

/// Round-half-even integer division (C's divide_nearest).
fn divide_nearest(a: Integer, b: &Integer) -> PyResult<Integer> {
    if *b == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(a.div_round(b, RoundingMode::Nearest).0)
}

/// `delta * float` (op 0) or `delta / float` (op 1) through the float's exact ratio.
fn delta_float_op(d: &DeltaObject, f: f64, divide: bool) -> PyResult<Value> {
    let (n, dd) = crate::objects::float_methods::float_ratio(f)?;
    let us = Integer::from(d.total_us());
    let r = if divide { divide_nearest(us * dd, &n)? } else { divide_nearest(us * n, &dd)? };
    big_to_delta(&r)
}

fn delta_multiply(a: &Value, b: &Value) -> PyResult<Value> {
    let (d, other) = match (as_delta(a), as_delta(b)) {
        (Some(d), _) => (d, b),
        (None, Some(d)) => (d, a),
        _ => return Ok(not_implemented()),
    };
    if let Some(n) = to_bigint(other) {
        return big_to_delta(&(Integer::from(d.total_us()) * n));
    }
    if let Some(f) = float_val(other) {
        return delta_float_op(d, f, false);
    }
    Ok(not_implemented())
}

fn delta_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_multiply(&args[0], &args[1])
}
fn delta_rmul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_multiply(&args[1], &args[0])
}

fn delta_truediv_op(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(d) = as_delta(a) else { return Ok(not_implemented()) };
    if let Some(e) = as_delta(b) {
        let (x, y) = (Integer::from(d.total_us()), Integer::from(e.total_us()));
        let f = crate::objects::int::truediv(crate::objects::int::IntVal::Big(&x), crate::objects::int::IntVal::Big(&y))?;
        return Ok(new_float(f));
    }
    if let Some(f) = float_val(b) {
        return delta_float_op(d, f, true);
    }
    if let Some(n) = to_bigint(b) {
        return big_to_delta(&divide_nearest(Integer::from(d.total_us()), &n)?);
    }
    Ok(not_implemented())
}

fn delta_truediv(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_truediv_op(&args[0], &args[1])
}
fn delta_rtruediv(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_truediv_op(&args[1], &args[0])
}

fn floor_divmod(a: i128, b: &Integer) -> PyResult<(Integer, Integer)> {
    if *b == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(Integer::from(a).div_mod(b.clone()))
}

fn delta_floordiv_op(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(d) = as_delta(a) else { return Ok(not_implemented()) };
    if let Some(e) = as_delta(b) {
        let (q, _) = floor_divmod(d.total_us(), &Integer::from(e.total_us()))?;
        return Ok(new_bigint(q));
    }
    if float_val(b).is_none() {
        if let Some(n) = to_bigint(b) {
            let (q, _) = floor_divmod(d.total_us(), &n)?;
            return big_to_delta(&q);
        }
    }
    Ok(not_implemented())
}

fn delta_floordiv(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_floordiv_op(&args[0], &args[1])
}
fn delta_rfloordiv(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_floordiv_op(&args[1], &args[0])
}

fn delta_mod_op(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(d), Some(e)) = (as_delta(a), as_delta(b)) else { return Ok(not_implemented()) };
    if e.total_us() == 0 {
        return Err(zero_division("integer modulo by zero"));
    }
    let (_, r) = floor_divmod(d.total_us(), &Integer::from(e.total_us()))?;
    big_to_delta(&r)
}

fn delta_mod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_mod_op(&args[0], &args[1])
}
fn delta_rmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_mod_op(&args[1], &args[0])
}

fn delta_divmod_op(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(d), Some(e)) = (as_delta(a), as_delta(b)) else { return Ok(not_implemented()) };
    let (q, r) = floor_divmod(d.total_us(), &Integer::from(e.total_us()))?;
    Ok(new_tuple(vec![new_bigint(q), big_to_delta(&r)?]))
}

fn delta_divmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_divmod_op(&args[0], &args[1])
}
fn delta_rdivmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    delta_divmod_op(&args[1], &args[0])
}

// ----- date and datetime (one layout: datetime is a subclass of date) ----------------------

#[repr(C)]
pub struct DateObject {
    header: ObjHeader,
    year: i32,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    fold: u8,
    us: u32,
    tz: Option<Value>,
    hash: Cell<i64>,
}
native_type!(DATE_TYPE, "datetime", "date", DateObject, BASETYPE);

pub static DATETIME_TYPE: TypeObject = TypeObject::builtin::<DateObject>("datetime.datetime", Some(&DATE_TYPE), BASETYPE)
    .in_module("datetime")
    .with_qualname("datetime");

impl DateObject {
    fn ymd(&self) -> (i32, i32, i32) {
        (self.year, self.month as i32, self.day as i32)
    }
    fn fields(&self) -> Fields {
        (
            self.year,
            self.month as i32,
            self.day as i32,
            self.hour as i32,
            self.minute as i32,
            self.second as i32,
            self.us as i32,
        )
    }
    fn ordinal(&self) -> i64 {
        ymd_to_ord(self.year, self.month as i32, self.day as i32)
    }
    fn day_secs(&self) -> i64 {
        self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64
    }
}

fn as_date(v: &Value) -> Option<&DateObject> {
    v.downcast::<DateObject>()
}

fn is_datetime(v: &Value) -> bool {
    !v.is_small_int() && v.ty().is_subtype(&DATETIME_TYPE)
}

fn check_date_args(y: i32, m: i32, d: i32) -> PyResult<()> {
    if !(MINYEAR..=MAXYEAR).contains(&y) {
        return Err(value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(value_error("day is out of range for month"));
    }
    Ok(())
}

fn check_time_args(h: i32, m: i32, s: i32, us: i32, fold: i32) -> PyResult<()> {
    if !(0..=23).contains(&h) {
        return Err(value_error("hour must be in 0..23"));
    }
    if !(0..=59).contains(&m) {
        return Err(value_error("minute must be in 0..59"));
    }
    if !(0..=59).contains(&s) {
        return Err(value_error("second must be in 0..59"));
    }
    if !(0..=999_999).contains(&us) {
        return Err(value_error("microsecond must be in 0..999999"));
    }
    if fold != 0 && fold != 1 {
        return Err(value_error("fold must be either 0 or 1"));
    }
    Ok(())
}

/// Allocates a date or datetime of class `cls` without calling it (checked fields).
fn alloc_dt(cls: &TypeObject, f: Fields, tz: Option<Value>, fold: i32) -> Value {
    alloc_object(
        cls,
        DateObject {
            header: hdr(),
            year: f.0,
            month: f.1 as u8,
            day: f.2 as u8,
            hour: f.3 as u8,
            minute: f.4 as u8,
            second: f.5 as u8,
            fold: fold as u8,
            us: f.6 as u32,
            tz,
            hash: Cell::new(-1),
        },
    )
}

fn new_date_ex(cls: &TypeObject, y: i32, m: i32, d: i32) -> PyResult<Value> {
    check_date_args(y, m, d)?;
    Ok(alloc_dt(cls, (y, m, d, 0, 0, 0, 0), None, 0))
}

fn new_datetime_ex(cls: &TypeObject, f: Fields, tz: Option<Value>, fold: i32) -> PyResult<Value> {
    check_date_args(f.0, f.1, f.2)?;
    check_time_args(f.3, f.4, f.5, f.6, fold)?;
    Ok(alloc_dt(cls, f, tz, fold))
}

/// C's new_date_subclass_ex: exact classes are built here, subclasses are called.
fn new_date_subclass(cls: &TypeObject, y: i32, m: i32, d: i32) -> PyResult<Value> {
    if std::ptr::eq(cls, &DATE_TYPE) {
        new_date_ex(cls, y, m, d)
    } else if std::ptr::eq(cls, &DATETIME_TYPE) {
        new_datetime_ex(cls, (y, m, d, 0, 0, 0, 0), None, 0)
    } else {
        call_cls(cls, vec![new_int(y as i64), new_int(m as i64), new_int(d as i64)], 0)
    }
}

/// C's new_datetime_subclass_fold_ex.
fn new_datetime_subclass(cls: &TypeObject, f: Fields, tz: Option<Value>, fold: i32) -> PyResult<Value> {
    if std::ptr::eq(cls, &DATETIME_TYPE) {
        return new_datetime_ex(cls, f, tz, fold);
    }
    let args = vec![
        new_int(f.0 as i64),
        new_int(f.1 as i64),
        new_int(f.2 as i64),
        new_int(f.3 as i64),
        new_int(f.4 as i64),
        new_int(f.5 as i64),
        new_int(f.6 as i64),
        tz_value(&tz),
    ];
    call_cls(cls, args, fold)
}

fn date_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    if args.len() == 2 && kw.map_or(true, |k| k.is_empty()) {
        if let Some(b) = as_bytes(&args[1]) {
            if b.len() == 4 && (1..=12).contains(&b[2]) {
                let y = (b[0] as i32) << 8 | b[1] as i32;
                return Ok(alloc_dt(cls, (y, b[2] as i32, b[3] as i32, 0, 0, 0, 0), None, 0));
            }
        }
    }
    let a = parse_kw_ints(&args[1..], kw, None, &["year", "month", "day"], 3, 3)?;
    new_date_ex(cls, int_of(&a[0], 0)?, int_of(&a[1], 0)?, int_of(&a[2], 0)?)
}

fn getter_date(v: &Value) -> PyResult<&DateObject> {
    this::<DateObject>(std::slice::from_ref(v))
}
fn date_year(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.year as i64))
}
fn date_month(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.month as i64))
}
fn date_day(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.day as i64))
}

fn date_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    Ok(new_str(format!("{}({}, {}, {})", args[0].ty().name(), d.year, d.month, d.day)))
}

fn iso_date(y: i32, m: i32, d: i32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn date_isoformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.isoformat")?;
    Ok(new_str(iso_date(d.year, d.month as i32, d.day as i32)))
}

fn date_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<DateObject>(args)?;
    ops::call_method(&args[0], "isoformat", &[])
}

fn ctime_string(f: Fields) -> String {
    let wd = weekday(f.0, f.1, f.2) as usize;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        DAY_NAMES[wd],
        MONTH_NAMES[f.1 as usize - 1],
        f.2,
        f.3,
        f.4,
        f.5,
        f.0
    )
}

fn date_ctime(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.ctime")?;
    let (y, m, dd) = d.ymd();
    Ok(new_str(ctime_string((y, m, dd, 0, 0, 0, 0))))
}

fn build_struct_time(f: Fields, dstflag: i32) -> PyResult<Value> {
    let st = time_module_attr("struct_time")?;
    let (y, m, d) = (f.0, f.1, f.2);
    let items = vec![
        new_int(y as i64),
        new_int(m as i64),
        new_int(d as i64),
        new_int(f.3 as i64),
        new_int(f.4 as i64),
        new_int(f.5 as i64),
        new_int(weekday(y, m, d) as i64),
        new_int((days_before_month(y, m) + d) as i64),
        new_int(dstflag as i64),
    ];
    crate::call::call(&st, &[new_tuple(items)], None)
}

fn date_timetuple(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.timetuple")?;
    let (y, m, dd) = d.ymd();
    build_struct_time((y, m, dd, 0, 0, 0, 0), -1)
}

fn date_toordinal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.toordinal")?;
    Ok(new_int(d.ordinal()))
}

fn date_weekday(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.weekday")?;
    let (y, m, dd) = d.ymd();
    Ok(new_int(weekday(y, m, dd) as i64))
}

fn date_isoweekday(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.isoweekday")?;
    let (y, m, dd) = d.ymd();
    Ok(new_int(weekday(y, m, dd) as i64 + 1))
}

thread_local! {
    static ISO_CALENDAR_DATE: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

fn date_isocalendar(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    clinic::noargs(&args[1..], kw, "date.isocalendar")?;
    let mut year = d.year;
    let today = d.ordinal();
    let mut monday = iso_week1_monday(year);
    let mut week = (today - monday).div_euclid(7);
    let mut day = (today - monday).rem_euclid(7);
    if week < 0 {
        year -= 1;
        monday = iso_week1_monday(year);
        week = (today - monday).div_euclid(7);
        day = (today - monday).rem_euclid(7);
    } else if week >= 52 && today >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    let cls = ISO_CALENDAR_DATE
        .with(|c| c.borrow().clone())
        .ok_or_else(|| crate::error::runtime_error("datetime.IsoCalendarDate is not ready"))?;
    crate::call::call(&cls, &[new_int(year as i64), new_int(week + 1), new_int(day + 1)], None)
}

fn date_replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    let a = parse_kw(&args[1..], kw, Some("replace"), &["year", "month", "day"], 3, 0)?;
    let y = int_of(&a[0], d.year)?;
    let m = int_of(&a[1], d.month as i32)?;
    let dd = int_of(&a[2], d.day as i32)?;
    new_date_ex(args[0].ty(), y, m, dd)
}

fn date_state(d: &DateObject) -> Vec<u8> {
    vec![(d.year >> 8) as u8, d.year as u8, d.month, d.day]
}

fn date_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![new_bytes(date_state(d))])]))
}

fn date_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    if d.hash.get() == -1 {
        d.hash.set(hash_bytes(&date_state(d)));
    }
    Ok(new_int(d.hash.get()))
}

fn date_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = this::<DateObject>(args)?;
    match as_date(&args[1]) {
        Some(b) => Ok(cmp_result(a.ymd().cmp(&b.ymd()), op)),
        None => Ok(not_implemented()),
    }
}

/// C's add_date_timedelta.
fn add_date_delta(date: &Value, delta: &DeltaObject, negate: bool) -> PyResult<Value> {
    let d = as_date(date).expect("a date");
    let days = if negate { -(delta.days as i64) } else { delta.days as i64 };
    let (y, m, dd) = normalize_date(d.year as i64, d.month as i64, d.day as i64 + days)?;
    new_date_subclass(date.ty(), y, m, dd)
}

fn date_add_op(a: &Value, b: &Value) -> PyResult<Value> {
    if is_datetime(a) || is_datetime(b) {
        return Ok(not_implemented());
    }
    if as_date(a).is_some() {
        if let Some(delta) = as_delta(b) {
            return add_date_delta(a, delta, false);
        }
    } else if let Some(delta) = as_delta(a) {
        if as_date(b).is_some() {
            return add_date_delta(b, delta, false);
        }
    }
    Ok(not_implemented())
}

fn date_sub_op(a: &Value, b: &Value) -> PyResult<Value> {
    if is_datetime(a) || is_datetime(b) {
        return Ok(not_implemented());
    }
    if let Some(x) = as_date(a) {
        if let Some(y) = as_date(b) {
            return new_delta(x.ordinal() - y.ordinal(), 0, 0);
        }
        if let Some(delta) = as_delta(b) {
            return add_date_delta(a, delta, true);
        }
    }
    Ok(not_implemented())
}

fn date_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    date_add_op(&args[0], &args[1])
}
fn date_radd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    date_add_op(&args[1], &args[0])
}
fn date_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    date_sub_op(&args[0], &args[1])
}
fn date_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    date_sub_op(&args[1], &args[0])
}

/// The time now: seconds and microseconds since the epoch (rounded down).
fn now_timeval() -> (i64, i64) {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    (d.as_secs() as i64, d.subsec_micros() as i64)
}

fn date_today(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "date.today")?;
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    ops::call_method(&args[0], "fromtimestamp", &[new_float(d.as_secs_f64())])
}

fn timestamp_overflow() -> PyErr {
    overflow_error("timestamp out of range for platform time_t")
}

/// `_PyTime_ObjectToTime_t` / `_PyTime_ObjectToTimeval`: seconds and
/// microseconds of a timestamp, the float part rounded `half_even` or down.
fn timestamp_arg(v: &Value, half_even: bool) -> PyResult<(i64, i64)> {
    if let Some(d) = float_val(v) {
        if d.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let intpart = d.trunc();
        let mut frac = (d - intpart) * 1e6;
        frac = if half_even {
            let r = frac.round();
            if (r - frac).abs() == 0.5 {
                2.0 * (frac / 2.0).round()
            } else {
                r
            }
        } else {
            frac.floor()
        };
        let mut intpart = intpart;
        if frac >= 1e6 {
            frac -= 1e6;
            intpart += 1.0;
        } else if frac < 0.0 {
            frac += 1e6;
            intpart -= 1.0;
        }
        if !(intpart >= -9.223_372_036_854_776e18 && intpart < 9.223_372_036_854_776e18) {
            return Err(timestamp_overflow());
        }
        return Ok((intpart as i64, frac as i64));
    }
    let i = ops::index(v)?;
    let s = int_val(&i).and_then(|x| x.as_i64()).ok_or_else(timestamp_overflow)?;
    Ok((s, 0))
}

/// localtime_r / gmtime_r of a time_t.
fn broken_down(t: i64, local: bool) -> PyResult<libc::tm> {
    let tt = t as libc::time_t;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let r = unsafe {
        *libc::__errno_location() = 0;
        if local {
            libc::localtime_r(&tt, &mut tm)
        } else {
            libc::gmtime_r(&tt, &mut tm)
        }
    };
    if r.is_null() {
        // CPython's _PyTime_localtime/_PyTime_gmtime: OSError from errno (EINVAL if unset).
        let errno = std::io::Error::last_os_error().raw_os_error().filter(|&e| e != 0).unwrap_or(libc::EINVAL);
        return Err(crate::modules::posix::os_error(errno, None, None));
    }
    Ok(tm)
}

fn date_fromtimestamp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let t = clinic::one_arg(&args[1..], kw, "date.fromtimestamp")?;
    let (secs, _) = timestamp_arg(t, false)?;
    let tm = broken_down(secs, true)?;
    new_date_subclass(cls, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)
}

fn date_fromordinal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    clinic::parse_tuple(&args[1..], kw, "fromordinal", "date.fromordinal", 1, 1)?;
    let n = clinic::int_arg(&args[1])? as i64;
    if n < 1 {
        return Err(value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = ord_to_ymd(n);
    new_date_subclass(cls, y, m, d)
}

fn date_fromisocalendar(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = parse_kw_ints(&args[1..], kw, Some("fromisocalendar"), &["year", "week", "day"], 3, 3)?;
    let (year, week, day) = (int_of(&a[0], 0)?, int_of(&a[1], 0)?, int_of(&a[2], 0)?);
    if !(MINYEAR..=MAXYEAR).contains(&year) {
        return Err(value_error(format!("Year is out of range: {year}")));
    }
    match iso_to_ymd(year, week, day) {
        Ok((y, m, d)) => new_date_subclass(cls, y, m, d),
        Err(-2) => Err(value_error(format!("Invalid week: {week}"))),
        Err(_) => Err(value_error(format!("Invalid weekday: {day} (range is [1, 7])"))),
    }
}

fn invalid_iso(v: &Value) -> PyErr {
    match ops::repr_string(v) {
        Ok(r) => value_error(format!("Invalid isoformat string: {r}")),
        Err(e) => e,
    }
}

fn iso_str_arg(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| type_error("fromisoformat: argument must be str"))
}

fn date_fromisoformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let v = clinic::one_arg(&args[1..], kw, "date.fromisoformat")?;
    let s = iso_str_arg(v)?.as_bytes();
    let parsed = if matches!(s.len(), 7 | 8 | 10) { parse_isoformat_date(s, 0, s.len()) } else { Err(-1) };
    match parsed {
        Ok((y, m, d)) => new_date_subclass(cls, y, m, d),
        Err(_) => Err(invalid_iso(v)),
    }
}

// ----- isoformat parsing (C's parse_isoformat_date / parse_isoformat_time) ----------------

/// The byte at `i`, NUL past the end (C reads the string's terminator).
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// `n` ASCII digits at `p`: the value and the position after them.
fn parse_digits(s: &[u8], p: usize, n: usize) -> Option<(i32, usize)> {
    let mut v: i32 = 0;
    for i in 0..n {
        let c = at(s, p + i);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i32;
    }
    Some((v, p + n))
}

/// Parses the date at `start` of `s`, `len` bytes long.
fn parse_isoformat_date(s: &[u8], start: usize, len: usize) -> Result<(i32, i32, i32), i32> {
    let (year, mut p) = parse_digits(s, start, 4).ok_or(-1)?;
    let sep = at(s, p) == b'-';
    if sep {
        p += 1;
    }
    if at(s, p) == b'W' {
        p += 1;
        let (week, q) = parse_digits(s, p, 2).ok_or(-3)?;
        p = q;
        let mut day = 1;
        if p - start < len {
            if sep {
                let c = at(s, p);
                p += 1;
                if c != b'-' {
                    return Err(-2);
                }
            }
            let (d, _) = parse_digits(s, p, 1).ok_or(-4)?;
            day = d;
        }
        return iso_to_ymd(year, week, day).map_err(|e| -3 + e);
    }
    let (month, q) = parse_digits(s, p, 2).ok_or(-1)?;
    p = q;
    if sep {
        let c = at(s, p);
        p += 1;
        if c != b'-' {
            return Err(-2);
        }
    }
    let (day, _) = parse_digits(s, p, 2).ok_or(-1)?;
    Ok((year, month, day))
}

/// `HH[:MM[:SS[.ffffff]]]` between `p` and `end`: the fields and C's status
/// (0: ended cleanly, 1: more text follows, <0: error).
fn parse_hh_mm_ss_ff(s: &[u8], mut p: usize, end: usize) -> (i32, [i32; 4]) {
    let mut vals = [0i32; 4];
    let mut has_sep = true;
    for i in 0..3 {
        let Some((v, q)) = parse_digits(s, p, 2) else { return (-3, vals) };
        vals[i] = v;
        p = q;
        let c = at(s, p);
        p += 1;
        if i == 0 {
            has_sep = c == b':';
        }
        if p >= end {
            return ((c != 0) as i32, vals);
        } else if has_sep && c == b':' {
            continue;
        } else if c == b'.' || c == b',' {
            break;
        } else if !has_sep {
            p -= 1;
        } else {
            return (-4, vals);
        }
    }
    let remains = end.saturating_sub(p);
    let to_parse = remains.min(6);
    let Some((us, q)) = parse_digits(s, p, to_parse) else { return (-3, vals) };
    if to_parse == 0 {
        return (-3, vals);
    }
    const CORRECTION: [i32; 5] = [100_000, 10_000, 1_000, 100, 10];
    vals[3] = if to_parse < 6 { us * CORRECTION[to_parse - 1] } else { us };
    p = q;
    while at(s, p).is_ascii_digit() {
        p += 1;
    }
    ((at(s, p) != 0) as i32, vals)
}

/// The time at `start` of `s` (`len` bytes): status (0 naive, 1 with an
/// offset, <0 error), h, m, s, us, offset seconds, offset microseconds.
fn parse_isoformat_time(s: &[u8], start: usize, len: usize) -> (i32, [i32; 4], i32, i32) {
    let end = start + len;
    let mut tzpos = start;
    loop {
        let c = at(s, tzpos);
        if c == b'Z' || c == b'+' || c == b'-' {
            break;
        }
        tzpos += 1;
        if tzpos >= end {
            break;
        }
    }
    let (rv, vals) = parse_hh_mm_ss_ff(s, start, tzpos);
    if rv < 0 {
        return (rv, vals, 0, 0);
    }
    if tzpos >= end {
        return (if rv == 1 { -5 } else { 0 }, vals, 0, 0);
    }
    if at(s, tzpos) == b'Z' {
        return (if at(s, tzpos + 1) != 0 { -5 } else { 1 }, vals, 0, 0);
    }
    let sign = if at(s, tzpos) == b'-' { -1 } else { 1 };
    let (rv, tz) = parse_hh_mm_ss_ff(s, tzpos + 1, end);
    let off = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2]);
    (if rv != 0 { -5 } else { 1 }, vals, off, sign * tz[3])
}

/// C's tzinfo_from_isoformat_results.
fn tzinfo_from_iso(rv: i32, off: i32, off_us: i32) -> PyResult<Option<Value>> {
    if rv != 1 {
        return Ok(None);
    }
    if off == 0 {
        return Ok(Some(utc()));
    }
    let delta = new_delta(0, off as i64, off_us as i64)?;
    new_timezone(delta, None).map(Some)
}

/// C's _find_isoformat_datetime_separator (None: no valid position).
fn find_separator(s: &[u8]) -> Option<usize> {
    let len = s.len();
    if len == 7 {
        return Some(7);
    }
    if at(s, 4) == b'-' {
        if at(s, 5) == b'W' {
            if len < 8 {
                return None;
            }
            if len > 8 && at(s, 8) == b'-' {
                if len == 9 {
                    return None;
                }
                if len > 10 && at(s, 10).is_ascii_digit() {
                    return Some(8);
                }
                return Some(10);
            }
            return Some(8);
        }
        return Some(10);
    }
    if at(s, 4) == b'W' {
        let mut idx = 7;
        while idx < len && at(s, idx).is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return Some(idx);
        }
        return Some(if idx % 2 == 0 { 7 } else { 8 });
    }
    Some(8)
}

// ----- tzinfo callbacks ----------------------------------------------------------------------

fn offset_range_error(offset: &Value) -> PyErr {
    match ops::repr_string(offset) {
        Ok(r) => value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {r}."
        )),
        Err(e) => e,
    }
}

fn offset_in_range(d: &DeltaObject) -> bool {
    !((d.days == -1 && d.secs == 0 && d.us < 1) || d.days < -1 || d.days >= 1)
}

/// C's call_tzinfo_method: `tz.name(arg)`, checked to be None or a timedelta within a day.
fn call_tz_offset(tz: &Option<Value>, arg: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(tz) = tz else { return Ok(None) };
    let r = ops::call_method(tz, name, &[arg.clone()])?;
    if is_none(&r) {
        return Ok(None);
    }
    match as_delta(&r) {
        Some(d) => {
            if !offset_in_range(d) {
                return Err(value_error(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).",
                ));
            }
            Ok(Some(r))
        }
        None => Err(type_error(format!(
            "tzinfo.{name}() must return None or timedelta, not '{}'",
            r.ty().name()
        ))),
    }
}

fn call_tzname(tz: &Option<Value>, arg: &Value) -> PyResult<Option<Value>> {
    let Some(tz) = tz else { return Ok(None) };
    let r = ops::call_method(tz, "tzname", &[arg.clone()])?;
    if is_none(&r) {
        return Ok(None);
    }
    if as_str(&r).is_none() {
        return Err(type_error(format!(
            "tzinfo.tzname() must return None or a string, not '{}'",
            r.ty().name()
        )));
    }
    Ok(Some(r))
}

/// `+HH<sep>MM[<sep>SS[.ffffff]]` of an offset.
fn offset_string(d: &DeltaObject, sep: &str) -> String {
    let (sign, total) = if d.days < 0 { ('-', -d.total_us()) } else { ('+', d.total_us()) };
    let us = (total % 1_000_000) as i64;
    let secs = (total / 1_000_000) as i64;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if us != 0 {
        format!("{sign}{h:02}{sep}{m:02}{sep}{s:02}.{us:06}")
    } else if s != 0 {
        format!("{sign}{h:02}{sep}{m:02}{sep}{s:02}")
    } else {
        format!("{sign}{h:02}{sep}{m:02}")
    }
}

/// C's format_utcoffset: "" when naive.
fn format_utcoffset(sep: &str, tz: &Option<Value>, arg: &Value) -> PyResult<String> {
    match call_tz_offset(tz, arg, "utcoffset")? {
        Some(off) => Ok(offset_string(as_delta(&off).expect("a timedelta"), sep)),
        None => Ok(String::new()),
    }
}

/// C's wrap_strftime: expands %z, %Z and %f, then calls time.strftime.
fn wrap_strftime(fmt: &str, timetuple: Value, tz: &Option<Value>, tzarg: &Value, us: u32) -> PyResult<Value> {
    let mut out = String::with_capacity(fmt.len());
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c == '\0' {
            break;
        }
        if c != '%' {
            out.push(c);
            continue;
        }
        match it.next() {
            None | Some('\0') => {
                out.push('%');
                break;
            }
            Some('z') => out.push_str(&format_utcoffset("", tz, tzarg)?),
            Some('Z') => {
                if let Some(name) = call_tzname(tz, tzarg)? {
                    out.push_str(&as_str(&name).unwrap_or("").replace('%', "%%"));
                }
            }
            Some('f') => out.push_str(&format!("{us:06}")),
            Some(ch) => {
                out.push('%');
                out.push(ch);
            }
        }
    }
    let strftime = time_module_attr("strftime")?;
    crate::call::call(&strftime, &[new_str(out), timetuple], None)
}

fn date_strftime(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = this::<DateObject>(args)?;
    let a = parse_kw(&args[1..], kw, Some("strftime"), &["format"], 1, 1)?;
    let fv = a[0].clone().unwrap_or_else(none);
    let fmt = str_arg(&fv, "strftime", 1)?;
    let tuple = ops::call_method(&args[0], "timetuple", &[])?;
    let (tz, us) = if is_datetime(&args[0]) { (d.tz.clone(), d.us) } else { (None, 0) };
    wrap_strftime(fmt, tuple, &tz, &args[0], us)
}

fn date_format(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::parse_tuple(&args[1..], kw, "__format__", "__format__", 1, 1)?;
    let f = &args[1];
    let s = str_arg(f, "__format__", 1)?;
    if s.is_empty() {
        return ops::str_(&args[0]);
    }
    ops::call_method(&args[0], "strftime", &[f.clone()])
}

// ----- time ----------------------------------------------------------------------------------

#[repr(C)]
pub struct TimeObject {
    header: ObjHeader,
    hour: u8,
    minute: u8,
    second: u8,
    fold: u8,
    us: u32,
    tz: Option<Value>,
    hash: Cell<i64>,
}
native_type!(TIME_TYPE, "datetime", "time", TimeObject, BASETYPE);

impl TimeObject {
    fn hms(&self) -> (i32, i32, i32, i32) {
        (self.hour as i32, self.minute as i32, self.second as i32, self.us as i32)
    }
    fn day_secs(&self) -> i64 {
        self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64
    }
}

fn as_time(v: &Value) -> Option<&TimeObject> {
    v.downcast::<TimeObject>()
}

fn alloc_time(cls: &TypeObject, h: i32, m: i32, s: i32, us: i32, tz: Option<Value>, fold: i32) -> Value {
    alloc_object(
        cls,
        TimeObject {
            header: hdr(),
            hour: h as u8,
            minute: m as u8,
            second: s as u8,
            fold: fold as u8,
            us: us as u32,
            tz,
            hash: Cell::new(-1),
        },
    )
}

fn new_time_ex(cls: &TypeObject, h: i32, m: i32, s: i32, us: i32, tz: Value, fold: i32) -> PyResult<Value> {
    check_time_args(h, m, s, us, fold)?;
    tzinfo_check(&tz)?;
    Ok(alloc_time(cls, h, m, s, us, tz_opt(tz), fold))
}

fn state_tzinfo(args: &[Value]) -> PyResult<Option<Value>> {
    match args.get(2) {
        Some(tz) if !is_none(tz) => {
            if !tz.ty().is_subtype(&TZINFO_TYPE) {
                return Err(type_error("bad tzinfo state arg"));
            }
            Ok(Some(tz.clone()))
        }
        _ => Ok(None),
    }
}

fn time_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    if (2..=3).contains(&args.len()) && kw.map_or(true, |k| k.is_empty()) {
        if let Some(b) = as_bytes(&args[1]) {
            if b.len() == 6 && (b[0] & 0x7f) < 24 {
                let tz = state_tzinfo(args)?;
                let us = (b[3] as i32) << 16 | (b[4] as i32) << 8 | b[5] as i32;
                let fold = (b[0] >> 7) as i32;
                return Ok(alloc_time(cls, (b[0] & 0x7f) as i32, b[1] as i32, b[2] as i32, us, tz, fold));
            }
        }
    }
    const NAMES: [&str; 6] = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    let a = parse_kw(&args[1..], kw, None, &NAMES, 5, 0)?;
    let (h, m, s, us) = (int_of(&a[0], 0)?, int_of(&a[1], 0)?, int_of(&a[2], 0)?, int_of(&a[3], 0)?);
    let tz = a[4].clone().unwrap_or_else(none);
    let fold = int_of(&a[5], 0)?;
    new_time_ex(cls, h, m, s, us, tz, fold)
}

fn getter_time(v: &Value) -> PyResult<&TimeObject> {
    this::<TimeObject>(std::slice::from_ref(v))
}
fn time_hour(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_time(v)?.hour as i64))
}
fn time_minute(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_time(v)?.minute as i64))
}
fn time_second(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_time(v)?.second as i64))
}
fn time_microsecond(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_time(v)?.us as i64))
}
fn time_tzinfo(v: &Value) -> PyResult<Value> {
    Ok(tz_value(&getter_time(v)?.tz))
}
fn time_fold(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_time(v)?.fold as i64))
}

/// `, tzinfo=...)` / `, fold=1)` added to a repr.
fn append_keyword(mut s: String, key: &str, value: &str) -> String {
    s.pop();
    s.push_str(&format!(", {key}={value})"));
    s
}

fn time_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    let name = args[0].ty().name();
    let (h, m, s, us) = t.hms();
    let mut r = if us != 0 {
        format!("{name}({h}, {m}, {s}, {us})")
    } else if s != 0 {
        format!("{name}({h}, {m}, {s})")
    } else {
        format!("{name}({h}, {m})")
    };
    if let Some(tz) = &t.tz {
        r = append_keyword(r, "tzinfo", &ops::repr_string(tz)?);
    }
    if t.fold != 0 {
        r = append_keyword(r, "fold", "1");
    }
    Ok(new_str(r))
}

/// The time part of isoformat for a timespec (None: "auto").
fn format_time_spec(h: i32, m: i32, s: i32, us: i32, timespec: Option<&str>) -> PyResult<String> {
    let spec = match timespec {
        None | Some("auto") => {
            if us == 0 {
                "seconds"
            } else {
                "microseconds"
            }
        }
        Some(t) => t,
    };
    Ok(match spec {
        "hours" => format!("{h:02}"),
        "minutes" => format!("{h:02}:{m:02}"),
        "seconds" => format!("{h:02}:{m:02}:{s:02}"),
        "milliseconds" => format!("{h:02}:{m:02}:{s:02}.{:03}", us / 1000),
        "microseconds" => format!("{h:02}:{m:02}:{s:02}.{us:06}"),
        _ => return Err(value_error("Unknown timespec value")),
    })
}

/// An `s` argument (str without NUL).
fn cstr_arg<'a>(v: &'a Value, fname: &str, n: usize) -> PyResult<&'a str> {
    let s = str_arg(v, fname, n)?;
    if s.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    Ok(s)
}

fn time_isoformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    let a = parse_kw(&args[1..], kw, Some("isoformat"), &["timespec"], 1, 0)?;
    let spec = match &a[0] {
        Some(v) => Some(cstr_arg(v, "isoformat", 1)?),
        None => None,
    };
    let (h, m, s, us) = t.hms();
    let mut r = format_time_spec(h, m, s, us, spec)?;
    r.push_str(&format_utcoffset(":", &t.tz, &none())?);
    Ok(new_str(r))
}

fn time_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<TimeObject>(args)?;
    ops::call_method(&args[0], "isoformat", &[])
}

fn time_strftime(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    let a = parse_kw(&args[1..], kw, Some("strftime"), &["format"], 1, 1)?;
    let fv = a[0].clone().unwrap_or_else(none);
    let fmt = str_arg(&fv, "strftime", 1)?;
    let (h, m, s, _) = t.hms();
    let tuple = new_tuple(
        [1900, 1, 1, h, m, s, 0, 1, -1].iter().map(|&x| new_int(x as i64)).collect(),
    );
    wrap_strftime(fmt, tuple, &t.tz, &none(), t.us)
}

fn time_utcoffset(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    clinic::noargs(&args[1..], kw, "time.utcoffset")?;
    Ok(call_tz_offset(&t.tz, &none(), "utcoffset")?.unwrap_or_else(none))
}

fn time_dst(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    clinic::noargs(&args[1..], kw, "time.dst")?;
    Ok(call_tz_offset(&t.tz, &none(), "dst")?.unwrap_or_else(none))
}

fn time_tzname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    clinic::noargs(&args[1..], kw, "time.tzname")?;
    Ok(call_tzname(&t.tz, &none())?.unwrap_or_else(none))
}

fn time_replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    const NAMES: [&str; 6] = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    let a = parse_kw(&args[1..], kw, Some("replace"), &NAMES, 5, 0)?;
    let h = int_of(&a[0], t.hour as i32)?;
    let m = int_of(&a[1], t.minute as i32)?;
    let s = int_of(&a[2], t.second as i32)?;
    let us = int_of(&a[3], t.us as i32)?;
    let tz = a[4].clone().unwrap_or_else(|| tz_value(&t.tz));
    let fold = int_of(&a[5], t.fold as i32)?;
    new_time_ex(args[0].ty(), h, m, s, us, tz, fold)
}

fn time_state(t: &TimeObject, proto: i64) -> Value {
    let mut b = vec![t.hour, t.minute, t.second, (t.us >> 16) as u8, (t.us >> 8) as u8, t.us as u8];
    if proto > 3 && t.fold != 0 {
        b[0] |= 0x80;
    }
    match &t.tz {
        Some(tz) => new_tuple(vec![new_bytes(b), tz.clone()]),
        None => new_tuple(vec![new_bytes(b)]),
    }
}

fn proto_arg(args: &[Value], kw: Option<&Kw>) -> PyResult<i64> {
    clinic::parse_tuple(&args[1..], kw, "__reduce_ex__", "__reduce_ex__", 1, 1)?;
    let p = &args[1];
    Ok(clinic::int_arg(p)? as i64)
}

fn time_reduce_ex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    let proto = proto_arg(args, kw)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), time_state(t, proto)]))
}

fn time_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), time_state(t, 2)]))
}

fn time_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TimeObject>(args)?;
    if t.hash.get() == -1 {
        // A time's tzinfo callbacks get None, so the fold cannot matter here.
        let h = match call_tz_offset(&t.tz, &none(), "utcoffset")? {
            None => {
                let b = [t.hour, t.minute, t.second, (t.us >> 16) as u8, (t.us >> 8) as u8, t.us as u8];
                hash_bytes(&b)
            }
            Some(off) => {
                let o = as_delta(&off).expect("a timedelta");
                let (d, s, u) = o.dsu();
                let tmp = new_delta(-d, t.day_secs() - s, t.us as i64 - u)?;
                delta_hash_of(as_delta(&tmp).expect("a timedelta"))?
            }
        };
        t.hash.set(h);
    }
    Ok(new_int(t.hash.get()))
}

fn offsets_equal(a: &Option<Value>, b: &Option<Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            x.is(y) || matches!((as_delta(x), as_delta(y)), (Some(p), Some(q)) if p.dsu() == q.dsu())
        }
        _ => false,
    }
}

fn time_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = this::<TimeObject>(args)?;
    let Some(b) = as_time(&args[1]) else { return Ok(not_implemented()) };
    if same_tz(&a.tz, &b.tz) {
        return Ok(cmp_result(a.hms().cmp(&b.hms()), op));
    }
    let o1 = call_tz_offset(&a.tz, &none(), "utcoffset")?;
    let o2 = call_tz_offset(&b.tz, &none(), "utcoffset")?;
    if offsets_equal(&o1, &o2) {
        return Ok(cmp_result(a.hms().cmp(&b.hms()), op));
    }
    match (&o1, &o2) {
        (Some(x), Some(y)) => {
            let (x, y) = (as_delta(x).expect("a timedelta"), as_delta(y).expect("a timedelta"));
            let s1 = a.day_secs() - x.days as i64 * 86400 - x.secs as i64;
            let s2 = b.day_secs() - y.days as i64 * 86400 - y.secs as i64;
            Ok(cmp_result((s1, a.us).cmp(&(s2, b.us)), op))
        }
        _ => match op {
            CmpOp::Eq => Ok(new_bool(false)),
            CmpOp::Ne => Ok(new_bool(true)),
            _ => Err(type_error("can't compare offset-naive and offset-aware times")),
        },
    }
}

fn time_fromisoformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let v = clinic::one_arg(&args[1..], kw, "time.fromisoformat")?;
    let s = iso_str_arg(v)?.as_bytes();
    let start = if at(s, 0) == b'T' { 1 } else { 0 };
    let (rv, t, off, off_us) = parse_isoformat_time(s, start, s.len() - start.min(s.len()));
    if rv < 0 {
        return Err(invalid_iso(v));
    }
    let tz = tzinfo_from_iso(rv, off, off_us)?;
    if std::ptr::eq(cls, &TIME_TYPE) {
        new_time_ex(cls, t[0], t[1], t[2], t[3], tz_value(&tz), 0)
    } else {
        let a = vec![new_int(t[0] as i64), new_int(t[1] as i64), new_int(t[2] as i64), new_int(t[3] as i64), tz_value(&tz)];
        call_cls(cls, a, 0)
    }
}

// ----- datetime ------------------------------------------------------------------------------

fn datetime_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    if (2..=3).contains(&args.len()) && kw.map_or(true, |k| k.is_empty()) {
        if let Some(b) = as_bytes(&args[1]) {
            if b.len() == 10 && (1..=12).contains(&(b[2] & 0x7f)) {
                let tz = state_tzinfo(args)?;
                let y = (b[0] as i32) << 8 | b[1] as i32;
                let us = (b[7] as i32) << 16 | (b[8] as i32) << 8 | b[9] as i32;
                let fold = (b[2] >> 7) as i32;
                let f = (y, (b[2] & 0x7f) as i32, b[3] as i32, b[4] as i32, b[5] as i32, b[6] as i32, us);
                return Ok(alloc_dt(cls, f, tz, fold));
            }
        }
    }
    const NAMES: [&str; 9] = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    let a = parse_kw_ints(&args[1..], kw, None, &NAMES, 8, 3)?;
    let f = (
        int_of(&a[0], 0)?,
        int_of(&a[1], 0)?,
        int_of(&a[2], 0)?,
        int_of(&a[3], 0)?,
        int_of(&a[4], 0)?,
        int_of(&a[5], 0)?,
        int_of(&a[6], 0)?,
    );
    let tz = a[7].clone().unwrap_or_else(none);
    let fold = int_of(&a[8], 0)?;
    check_date_args(f.0, f.1, f.2)?;
    check_time_args(f.3, f.4, f.5, f.6, fold)?;
    tzinfo_check(&tz)?;
    Ok(alloc_dt(cls, f, tz_opt(tz), fold))
}

fn dt_hour(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.hour as i64))
}
fn dt_minute(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.minute as i64))
}
fn dt_second(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.second as i64))
}
fn dt_microsecond(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.us as i64))
}
fn dt_tzinfo(v: &Value) -> PyResult<Value> {
    Ok(tz_value(&getter_date(v)?.tz))
}
fn dt_fold(v: &Value) -> PyResult<Value> {
    Ok(new_int(getter_date(v)?.fold as i64))
}

fn dt_this(args: &[Value]) -> PyResult<&DateObject> {
    match args.first() {
        Some(v) if is_datetime(v) => Ok(as_date(v).expect("a datetime")),
        _ => Err(type_error(format!(
            "descriptor requires a 'datetime.datetime' object but received a '{}'",
            args.first().map_or("nothing", |v| v.ty().name())
        ))),
    }
}

fn dt_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    let name = args[0].ty().name();
    let (y, mo, dd, h, mi, s, us) = d.fields();
    let mut r = if us != 0 {
        format!("{name}({y}, {mo}, {dd}, {h}, {mi}, {s}, {us})")
    } else if s != 0 {
        format!("{name}({y}, {mo}, {dd}, {h}, {mi}, {s})")
    } else {
        format!("{name}({y}, {mo}, {dd}, {h}, {mi})")
    };
    if d.fold != 0 {
        r = append_keyword(r, "fold", "1");
    }
    if let Some(tz) = &d.tz {
        r = append_keyword(r, "tzinfo", &ops::repr_string(tz)?);
    }
    Ok(new_str(r))
}

fn dt_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dt_this(args)?;
    ops::call_method(&args[0], "isoformat", &[new_str(" ")])
}

fn dt_isoformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    let a = parse_kw(&args[1..], kw, Some("isoformat"), &["sep", "timespec"], 2, 0)?;
    let sep = match &a[0] {
        None => 'T',
        Some(v) => {
            let mut chars = as_str(v).map(|s| s.chars());
            match chars.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => c,
                _ => {
                    let what = if as_str(v).is_some() { "str".to_owned() } else { clinic::arg_type_name(v) };
                    return Err(type_error(format!("isoformat() argument 1 must be a unicode character, not {what}")));
                }
            }
        }
    };
    let spec = match &a[1] {
        Some(v) => Some(cstr_arg(v, "isoformat", 2)?),
        None => None,
    };
    let (y, mo, dd, h, mi, s, us) = d.fields();
    let mut r = format!("{}{sep}", iso_date(y, mo, dd));
    r.push_str(&format_time_spec(h, mi, s, us, spec)?);
    r.push_str(&format_utcoffset(":", &d.tz, &args[0])?);
    Ok(new_str(r))
}

fn dt_ctime(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.ctime")?;
    Ok(new_str(ctime_string(d.fields())))
}

fn dt_utcoffset(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.utcoffset")?;
    Ok(call_tz_offset(&d.tz, &args[0], "utcoffset")?.unwrap_or_else(none))
}

fn dt_dst(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.dst")?;
    Ok(call_tz_offset(&d.tz, &args[0], "dst")?.unwrap_or_else(none))
}

fn dt_tzname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.tzname")?;
    Ok(call_tzname(&d.tz, &args[0])?.unwrap_or_else(none))
}

fn dt_date(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.date")?;
    let (y, m, dd) = d.ymd();
    new_date_ex(&DATE_TYPE, y, m, dd)
}

fn dt_time(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.time")?;
    let (_, _, _, h, m, s, us) = d.fields();
    Ok(alloc_time(&TIME_TYPE, h, m, s, us, None, d.fold as i32))
}

fn dt_timetz(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.timetz")?;
    let (_, _, _, h, m, s, us) = d.fields();
    Ok(alloc_time(&TIME_TYPE, h, m, s, us, d.tz.clone(), d.fold as i32))
}

fn dt_replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    const NAMES: [&str; 9] = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    let a = parse_kw(&args[1..], kw, Some("replace"), &NAMES, 8, 0)?;
    let (y, mo, dd, h, mi, s, us) = d.fields();
    let f = (
        int_of(&a[0], y)?,
        int_of(&a[1], mo)?,
        int_of(&a[2], dd)?,
        int_of(&a[3], h)?,
        int_of(&a[4], mi)?,
        int_of(&a[5], s)?,
        int_of(&a[6], us)?,
    );
    let tz = a[7].clone().unwrap_or_else(|| tz_value(&d.tz));
    let fold = int_of(&a[8], d.fold as i32)?;
    check_date_args(f.0, f.1, f.2)?;
    check_time_args(f.3, f.4, f.5, f.6, fold)?;
    tzinfo_check(&tz)?;
    Ok(alloc_dt(args[0].ty(), f, tz_opt(tz), fold))
}

fn dt_timetuple(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.timetuple")?;
    let mut dst = -1;
    if let Some(off) = call_tz_offset(&d.tz, &args[0], "dst")? {
        let o = as_delta(&off).expect("a timedelta");
        dst = (o.days != 0 || o.secs != 0 || o.us != 0) as i32;
    }
    build_struct_time(d.fields(), dst)
}

/// C's add_datetime_timedelta (the result keeps the tzinfo, fold 0).
fn add_dt_delta(dt: &Value, delta: &DeltaObject, negate: bool) -> PyResult<Value> {
    let d = as_date(dt).expect("a datetime");
    let k = if negate { -1 } else { 1 };
    let (y, mo, dd, h, mi, s, us) = d.fields();
    let (dd2, s2, us2) = delta.dsu();
    let f = normalize_datetime(
        y as i64,
        mo as i64,
        dd as i64 + k * dd2,
        h as i64,
        mi as i64,
        s as i64 + k * s2,
        us as i64 + k * us2,
    )?;
    new_datetime_subclass(dt.ty(), f, d.tz.clone(), 0)
}

fn dt_utctimetuple(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.utctimetuple")?;
    let f = match call_tz_offset(&d.tz, &args[0], "utcoffset")? {
        None => d.fields(),
        Some(off) => {
            let u = add_dt_delta(&args[0], as_delta(&off).expect("a timedelta"), true)?;
            as_date(&u).ok_or_else(|| type_error("expected a datetime"))?.fields()
        }
    };
    build_struct_time(f, 0)
}

fn dt_offset(v: &Value) -> PyResult<Option<Value>> {
    let d = as_date(v).expect("a datetime");
    call_tz_offset(&d.tz, v, "utcoffset")
}

/// `a - b` for two datetimes (C's datetime_subtract).
fn dt_minus_dt(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (as_date(a).expect("a datetime"), as_date(b).expect("a datetime"));
    let (o1, o2) = if same_tz(&x.tz, &y.tz) { (None, None) } else { (dt_offset(a)?, dt_offset(b)?) };
    if o1.is_some() != o2.is_some() {
        return Err(type_error("can't subtract offset-naive and offset-aware datetimes"));
    }
    let days = x.ordinal() - y.ordinal();
    let secs = x.day_secs() - y.day_secs();
    let us = x.us as i64 - y.us as i64;
    let mut r = new_delta(days, secs, us)?;
    if let (Some(p), Some(q)) = (&o1, &o2) {
        if !offsets_equal(&o1, &o2) {
            let (p, q) = (as_delta(p).expect("a timedelta"), as_delta(q).expect("a timedelta"));
            let (a1, b1, c1) = p.dsu();
            let (a2, b2, c2) = q.dsu();
            let (rd, rs, ru) = as_delta(&r).expect("a timedelta").dsu();
            r = new_delta(rd - (a1 - a2), rs - (b1 - b2), ru - (c1 - c2))?;
        }
    }
    Ok(r)
}

fn dt_add_op(a: &Value, b: &Value) -> PyResult<Value> {
    if is_datetime(a) {
        if let Some(delta) = as_delta(b) {
            return add_dt_delta(a, delta, false);
        }
    } else if let Some(delta) = as_delta(a) {
        if is_datetime(b) {
            return add_dt_delta(b, delta, false);
        }
    }
    Ok(not_implemented())
}

fn dt_sub_op(a: &Value, b: &Value) -> PyResult<Value> {
    if is_datetime(a) {
        if is_datetime(b) {
            return dt_minus_dt(a, b);
        }
        if let Some(delta) = as_delta(b) {
            return add_dt_delta(a, delta, true);
        }
    }
    Ok(not_implemented())
}

fn dt_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dt_add_op(&args[0], &args[1])
}
fn dt_radd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dt_add_op(&args[1], &args[0])
}
fn dt_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dt_sub_op(&args[0], &args[1])
}
fn dt_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dt_sub_op(&args[1], &args[0])
}

/// A copy of a datetime with its fold flipped (for PEP 495 comparisons).
fn flip_fold_offset(v: &Value) -> PyResult<Option<Value>> {
    let d = as_date(v).expect("a datetime");
    let flipped = alloc_dt(v.ty(), d.fields(), d.tz.clone(), 1 - d.fold as i32);
    call_tz_offset(&d.tz, &flipped, "utcoffset")
}

/// C's pep495_eq_exception: equal times whose offsets depend on the fold are unequal.
fn pep495_exception(a: &Value, b: &Value, o1: &Option<Value>, o2: &Option<Value>) -> PyResult<bool> {
    let differs = |f: &Option<Value>, o: &Option<Value>| match (f, o) {
        (Some(x), Some(y)) => !x.is(y) && !offsets_equal(f, o),
        _ => false,
    };
    if differs(&flip_fold_offset(a)?, o1) {
        return Ok(true);
    }
    Ok(differs(&flip_fold_offset(b)?, o2))
}

fn dt_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = dt_this(args)?;
    let other = &args[1];
    if !is_datetime(other) {
        if as_date(other).is_some() {
            return match op {
                CmpOp::Eq => Ok(new_bool(false)),
                CmpOp::Ne => Ok(new_bool(true)),
                _ => Err(type_error(format!("can't compare {} to {}", args[0].ty().name(), other.ty().name()))),
            };
        }
        return Ok(not_implemented());
    }
    let b = as_date(other).expect("a datetime");
    let key = |d: &DateObject| d.fields();
    if same_tz(&a.tz, &b.tz) {
        return Ok(cmp_result(key(a).cmp(&key(b)), op));
    }
    let o1 = dt_offset(&args[0])?;
    let o2 = dt_offset(other)?;
    if offsets_equal(&o1, &o2) {
        let mut ord = key(a).cmp(&key(b));
        if is_eq_ne(op) && ord.is_eq() && pep495_exception(&args[0], other, &o1, &o2)? {
            ord = std::cmp::Ordering::Greater;
        }
        return Ok(cmp_result(ord, op));
    }
    if o1.is_some() && o2.is_some() {
        let delta = dt_minus_dt(&args[0], other)?;
        let mut ord = as_delta(&delta).expect("a timedelta").total_us().cmp(&0);
        if is_eq_ne(op) && ord.is_eq() && pep495_exception(&args[0], other, &o1, &o2)? {
            ord = std::cmp::Ordering::Greater;
        }
        return Ok(cmp_result(ord, op));
    }
    match op {
        CmpOp::Eq => Ok(new_bool(false)),
        CmpOp::Ne => Ok(new_bool(true)),
        _ => Err(type_error("can't compare offset-naive and offset-aware datetimes")),
    }
}

fn dt_state(d: &DateObject, proto: i64) -> Value {
    let mut b = date_state(d);
    if proto > 3 && d.fold != 0 {
        b[2] |= 0x80;
    }
    b.extend_from_slice(&[d.hour, d.minute, d.second, (d.us >> 16) as u8, (d.us >> 8) as u8, d.us as u8]);
    match &d.tz {
        Some(tz) => new_tuple(vec![new_bytes(b), tz.clone()]),
        None => new_tuple(vec![new_bytes(b)]),
    }
}

fn dt_reduce_ex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    let proto = proto_arg(args, kw)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), dt_state(d, proto)]))
}

fn dt_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), dt_state(d, 2)]))
}

fn dt_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    if d.hash.get() == -1 {
        let offset = if d.fold != 0 {
            let d0 = alloc_dt(args[0].ty(), d.fields(), d.tz.clone(), 0);
            call_tz_offset(&d.tz, &d0, "utcoffset")?
        } else {
            dt_offset(&args[0])?
        };
        let h = match offset {
            None => {
                let mut b = date_state(d);
                b.extend_from_slice(&[d.hour, d.minute, d.second, (d.us >> 16) as u8, (d.us >> 8) as u8, d.us as u8]);
                hash_bytes(&b)
            }
            Some(off) => {
                let (od, os, ou) = as_delta(&off).expect("a timedelta").dsu();
                let tmp = new_delta(d.ordinal() - od, d.day_secs() - os, d.us as i64 - ou)?;
                delta_hash_of(as_delta(&tmp).expect("a timedelta"))?
            }
        };
        d.hash.set(h);
    }
    Ok(new_int(d.hash.get()))
}

// ----- local time (C's local(), local_to_seconds(), datetime_from_timet_and_us) -------------

fn utc_to_seconds(y: i32, m: i32, d: i32, h: i32, mi: i32, s: i32) -> PyResult<i64> {
    if !(MINYEAR..=MAXYEAR).contains(&y) {
        return Err(value_error(format!("year {y} is out of range")));
    }
    Ok(((ymd_to_ord(y, m, d) * 24 + h as i64) * 60 + mi as i64) * 60 + s as i64)
}

/// Local wall time (seconds since 0001-01-01) of UTC seconds `u`.
fn local(u: i64) -> PyResult<i64> {
    let tm = broken_down(u - EPOCH_SECONDS, true)?;
    utc_to_seconds(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)
}

/// UTC seconds of local wall time `f` (C's local_to_seconds).
fn local_to_seconds(f: Fields, fold: i32) -> PyResult<i64> {
    let t = utc_to_seconds(f.0, f.1, f.2, f.3, f.4, f.5)?;
    let mut lt = local(t)?;
    let a = lt - t;
    let u1 = t - a;
    let t1 = local(u1)?;
    let b;
    if t1 == t {
        let u2 = if fold != 0 { u1 + MAX_FOLD_SECONDS } else { u1 - MAX_FOLD_SECONDS };
        lt = local(u2)?;
        b = lt - u2;
        if a == b {
            return Ok(u1);
        }
    } else {
        b = t1 - u1;
    }
    let u2 = t - b;
    let t2 = local(u2)?;
    if t2 == t {
        return Ok(u2);
    }
    if t1 == t {
        return Ok(u1);
    }
    Ok(if fold != 0 { u1.min(u2) } else { u1.max(u2) })
}

fn datetime_from_timet_and_us(cls: &TypeObject, is_local: bool, timet: i64, us: i64, tz: &Value) -> PyResult<Value> {
    let tm = broken_down(timet, is_local)?;
    let f = (tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec.min(59), us as i32);
    let mut fold = 0;
    if is_none(tz) && is_local {
        let result = utc_to_seconds(f.0, f.1, f.2, f.3, f.4, f.5)?;
        let probe = local(EPOCH_SECONDS + timet - MAX_FOLD_SECONDS)?;
        let transition = result - probe - MAX_FOLD_SECONDS;
        if transition < 0 {
            let probe = local(EPOCH_SECONDS + timet + transition)?;
            if probe == result {
                fold = 1;
            }
        }
    }
    new_datetime_subclass(cls, f, tz_opt(tz.clone()), fold)
}

fn dt_now(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = parse_kw(&args[1..], kw, Some("now"), &["tz"], 1, 0)?;
    let tz = a[0].clone().unwrap_or_else(none);
    tzinfo_check(&tz)?;
    let (secs, us) = now_timeval();
    let dt = datetime_from_timet_and_us(cls, is_none(&tz), secs, us, &tz)?;
    if is_none(&tz) {
        Ok(dt)
    } else {
        ops::call_method(&tz, "fromutc", &[dt])
    }
}

fn dt_utcnow(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    clinic::noargs(&args[1..], kw, "datetime.utcnow")?;
    let (secs, us) = now_timeval();
    datetime_from_timet_and_us(cls, false, secs, us, &none())
}

fn dt_fromtimestamp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = parse_kw(&args[1..], kw, Some("fromtimestamp"), &["timestamp", "tz"], 2, 1)?;
    let tz = a[1].clone().unwrap_or_else(none);
    tzinfo_check(&tz)?;
    let (secs, us) = timestamp_arg(a[0].as_ref().expect("required"), true)?;
    let dt = datetime_from_timet_and_us(cls, is_none(&tz), secs, us, &tz)?;
    if is_none(&tz) {
        Ok(dt)
    } else {
        ops::call_method(&tz, "fromutc", &[dt])
    }
}

fn dt_utcfromtimestamp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = parse_kw(&args[1..], kw, Some("utcfromtimestamp"), &["timestamp"], 1, 1)?;
    let (secs, us) = timestamp_arg(a[0].as_ref().expect("required"), true)?;
    datetime_from_timet_and_us(cls, false, secs, us, &none())
}

fn dt_timestamp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    clinic::noargs(&args[1..], kw, "datetime.timestamp")?;
    if d.tz.is_some() {
        let epoch = alloc_dt(&DATETIME_TYPE, (1970, 1, 1, 0, 0, 0, 0), Some(utc()), 0);
        let delta = dt_minus_dt(&args[0], &epoch)?;
        return delta_total_seconds(&[delta], None);
    }
    let secs = local_to_seconds(d.fields(), d.fold as i32)?;
    Ok(new_float((secs - EPOCH_SECONDS) as f64 + d.us as f64 / 1e6))
}

/// The local timezone (offset and name) at a POSIX timestamp.
fn local_timezone_at(timestamp: i64) -> PyResult<Value> {
    let tm = broken_down(timestamp, true)?;
    let delta = new_delta(0, tm.tm_gmtoff, 0)?;
    let name = if tm.tm_zone.is_null() {
        None
    } else {
        let s = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Some(new_str(s.to_string_lossy().into_owned()))
    };
    new_timezone(delta, name)
}

fn dt_astimezone(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let d = dt_this(args)?;
    let a = parse_kw(&args[1..], kw, Some("astimezone"), &["tz"], 1, 0)?;
    let tz = a[0].clone().unwrap_or_else(none);
    tzinfo_check(&tz)?;
    let mut self_tz = match &d.tz {
        Some(t) => t.clone(),
        None => local_timezone_at(local_to_seconds(d.fields(), d.fold as i32)? - EPOCH_SECONDS)?,
    };
    if self_tz.is(&tz) {
        return Ok(args[0].clone());
    }
    let offset = loop {
        match call_tz_offset(&Some(self_tz.clone()), &args[0], "utcoffset")? {
            Some(o) => break o,
            None => {
                self_tz = local_timezone_at(local_to_seconds(d.fields(), d.fold as i32)? - EPOCH_SECONDS)?;
            }
        }
    };
    let shifted = add_dt_delta(&args[0], as_delta(&offset).expect("a timedelta"), true)?;
    let r = as_date(&shifted).ok_or_else(|| type_error("expected a datetime"))?;
    let (fields, fold, rty) = (r.fields(), r.fold as i32, shifted.ty());
    let tz = if is_none(&tz) {
        let utc_dt = alloc_dt(rty, fields, Some(utc()), fold);
        let epoch = alloc_dt(&DATETIME_TYPE, (1970, 1, 1, 0, 0, 0, 0), Some(utc()), 0);
        let delta = dt_minus_dt(&utc_dt, &epoch)?;
        let secs = as_delta(&delta).expect("a timedelta").total_us().div_euclid(1_000_000);
        local_timezone_at(secs as i64)?
    } else {
        tz
    };
    let result = alloc_dt(rty, fields, Some(tz.clone()), fold);
    ops::call_method(&tz, "fromutc", &[result])
}

fn dt_combine(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = parse_kw(&args[1..], kw, Some("combine"), &["date", "time", "tzinfo"], 3, 2)?;
    let (dv, tv) = (a[0].clone().expect("required"), a[1].clone().expect("required"));
    let Some(d) = as_date(&dv) else {
        return Err(type_error(format!("combine() argument 1 must be datetime.date, not {}", clinic::arg_type_name(&dv))));
    };
    let Some(t) = as_time(&tv) else {
        return Err(type_error(format!("combine() argument 2 must be datetime.time, not {}", clinic::arg_type_name(&tv))));
    };
    let tz = a[2].clone().unwrap_or_else(|| tz_value(&t.tz));
    let (y, m, dd) = d.ymd();
    let (h, mi, s, us) = t.hms();
    if std::ptr::eq(cls, &DATETIME_TYPE) {
        tzinfo_check(&tz)?;
    }
    new_datetime_subclass(cls, (y, m, dd, h, mi, s, us), tz_opt(tz), t.fold as i32)
}

fn dt_fromisoformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let v = clinic::one_arg(&args[1..], kw, "datetime.fromisoformat")?;
    let text = iso_str_arg(v)?;
    if text.chars().count() < 7 {
        return Err(invalid_iso(v));
    }
    // A non-ASCII separator (at 7, 8 or 10) is read as 'T'.
    let mut chars: Vec<char> = text.chars().collect();
    for pos in [7, 8, 10] {
        if pos >= chars.len() {
            break;
        }
        if !chars[pos].is_ascii() {
            chars[pos] = 'T';
            break;
        }
    }
    let clean: String = chars.into_iter().collect();
    let s = clean.as_bytes();
    let Some(sep) = find_separator(s) else { return Err(invalid_iso(v)) };
    let (y, m, d) = parse_isoformat_date(s, 0, sep).map_err(|_| invalid_iso(v))?;
    let (mut rv, mut t, mut off, mut off_us) = (0, [0; 4], 0, 0);
    if s.len() > sep {
        (rv, t, off, off_us) = parse_isoformat_time(s, sep + 1, s.len() - sep - 1);
        if rv < 0 {
            return Err(invalid_iso(v));
        }
    }
    let tz = tzinfo_from_iso(rv, off, off_us)?;
    new_datetime_subclass(cls, (y, m, d, t[0], t[1], t[2], t[3]), tz, 0)
}

fn dt_strptime(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    cls_arg(args)?;
    clinic::parse_tuple(&args[1..], kw, "strptime", "strptime", 2, 2)?;
    str_arg(&args[1], "strptime", 1)?;
    str_arg(&args[2], "strptime", 2)?;
    let m = crate::import::import_module("_strptime")?;
    ops::call_method(&m, "_strptime_datetime", &[args[0].clone(), args[1].clone(), args[2].clone()])
}

// ----- tzinfo and timezone -------------------------------------------------------------------

#[repr(C)]
pub struct TzInfoObject {
    header: ObjHeader,
}
native_type!(TZINFO_TYPE, "datetime", "tzinfo", TzInfoObject, BASETYPE);

#[repr(C)]
pub struct TimezoneObject {
    header: ObjHeader,
    offset: Value,
    name: Option<Value>,
}

pub static TIMEZONE_TYPE: TypeObject = TypeObject::builtin::<TimezoneObject>("datetime.timezone", Some(&TZINFO_TYPE), 0)
    .in_module("datetime")
    .with_qualname("timezone");

unsafe impl crate::value::PyObj for TimezoneObject {
    fn class() -> &'static TypeObject {
        &TIMEZONE_TYPE
    }
}

thread_local! {
    static UTC: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `timezone.utc`.
fn utc() -> Value {
    UTC.with(|u| {
        u.borrow_mut()
            .get_or_insert_with(|| {
                let zero = new_delta(0, 0, 0).expect("a zero timedelta");
                alloc_object(&TIMEZONE_TYPE, TimezoneObject { header: hdr(), offset: zero, name: None })
            })
            .clone()
    })
}

/// C's new_timezone: the UTC singleton for an unnamed zero offset.
fn new_timezone(offset: Value, name: Option<Value>) -> PyResult<Value> {
    let d = as_delta(&offset).expect("a timedelta");
    if name.is_none() && d.total_us() == 0 {
        return Ok(utc());
    }
    if !offset_in_range(d) {
        return Err(offset_range_error(&offset));
    }
    Ok(alloc_object(&TIMEZONE_TYPE, TimezoneObject { header: hdr(), offset, name }))
}

fn tzinfo_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    Ok(alloc_object(cls, TzInfoObject { header: hdr() }))
}

fn tzinfo_abstract(args: &[Value], name: &str) -> PyResult<Value> {
    this::<TzInfoObject>(args)?;
    if args.len() != 2 {
        return Err(type_error(format!("tzinfo.{name}() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Err(crate::error::not_implemented_error(format!("a tzinfo subclass must implement {name}()")))
}

fn tzinfo_tzname(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tzinfo_abstract(args, "tzname")
}
fn tzinfo_utcoffset(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tzinfo_abstract(args, "utcoffset")
}
fn tzinfo_dst(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tzinfo_abstract(args, "dst")
}

/// `tzinfo.fromutc(dt)`: the default conversion from the UTC offset and dst().
fn tzinfo_fromutc(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this::<TzInfoObject>(args)?;
    let dt = clinic::one_arg(&args[1..], kw, "tzinfo.fromutc")?;
    if !is_datetime(dt) {
        return Err(type_error("fromutc: argument must be a datetime"));
    }
    let d = as_date(dt).expect("a datetime");
    if !d.tz.as_ref().is_some_and(|t| t.is(&args[0])) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    let Some(off) = call_tz_offset(&d.tz, dt, "utcoffset")? else {
        return Err(value_error("fromutc: non-None utcoffset() result required"));
    };
    let Some(dst) = call_tz_offset(&d.tz, dt, "dst")? else {
        return Err(value_error("fromutc: non-None dst() result required"));
    };
    let (a1, b1, c1) = as_delta(&off).expect("a timedelta").dsu();
    let (a2, b2, c2) = as_delta(&dst).expect("a timedelta").dsu();
    let delta = new_delta(a1 - a2, b1 - b2, c1 - c2)?;
    let result = add_dt_delta(dt, as_delta(&delta).expect("a timedelta"), false)?;
    let Some(dst) = call_tz_offset(&d.tz, &result, "dst")? else {
        return Err(value_error("fromutc: tz.dst() gave inconsistent results; cannot convert"));
    };
    let dd = as_delta(&dst).expect("a timedelta");
    if dd.total_us() != 0 {
        return add_dt_delta(&result, dd, false);
    }
    Ok(result)
}

fn tzinfo_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<TzInfoObject>(args)?;
    let obj = &args[0];
    let initargs = match ops::getattr_opt(obj, &new_str("__getinitargs__"))? {
        Some(f) => crate::call::call(&f, &[], None)?,
        None => new_tuple(vec![]),
    };
    let state = ops::call_method(obj, "__getstate__", &[])?;
    Ok(new_tuple(vec![obj.ty().as_value(), initargs, state]))
}

fn timezone_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    cls_arg(args)?;
    let a = parse_kw(&args[1..], kw, Some("timezone"), &["offset", "name"], 2, 1)?;
    let offset = a[0].clone().expect("required");
    if as_delta(&offset).is_none() {
        return Err(type_error(format!(
            "timezone() argument 1 must be datetime.timedelta, not {}",
            clinic::arg_type_name(&offset)
        )));
    }
    let name = match &a[1] {
        Some(n) => {
            str_arg(n, "timezone", 2)?;
            Some(n.clone())
        }
        None => None,
    };
    new_timezone(offset, name)
}

fn tz_this(args: &[Value]) -> PyResult<&TimezoneObject> {
    this::<TimezoneObject>(args)
}

/// C's _timezone_check_argument: a datetime or None.
fn tz_check_dt(args: &[Value], kw: Option<&Kw>, meth: &str) -> PyResult<()> {
    let dt = clinic::one_arg(&args[1..], kw, format_args!("timezone.{meth}"))?;
    if is_none(dt) || is_datetime(dt) {
        return Ok(());
    }
    Err(type_error(format!(
        "{meth}(dt) argument must be a datetime instance or None, not {}",
        dt.ty().name()
    )))
}

fn timezone_str_of(v: &Value, t: &TimezoneObject) -> Value {
    if let Some(n) = &t.name {
        return n.clone();
    }
    let d = as_delta(&t.offset).expect("a timedelta");
    if v.is(&utc()) || d.total_us() == 0 {
        return new_str("UTC");
    }
    new_str(format!("UTC{}", offset_string(d, ":")))
}

fn timezone_tzname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    tz_check_dt(args, kw, "tzname")?;
    Ok(timezone_str_of(&args[0], t))
}

fn timezone_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    Ok(timezone_str_of(&args[0], t))
}

fn timezone_utcoffset(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    tz_check_dt(args, kw, "utcoffset")?;
    Ok(t.offset.clone())
}

fn timezone_dst(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    tz_this(args)?;
    tz_check_dt(args, kw, "dst")?;
    Ok(none())
}

fn timezone_fromutc(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    let dt = clinic::one_arg(&args[1..], kw, "timezone.fromutc")?;
    if !is_datetime(dt) {
        return Err(type_error("fromutc: argument must be a datetime"));
    }
    let d = as_date(dt).expect("a datetime");
    if !d.tz.as_ref().is_some_and(|z| z.is(&args[0])) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    add_dt_delta(dt, as_delta(&t.offset).expect("a timedelta"), false)
}

fn timezone_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    let name = args[0].ty().name();
    if args[0].is(&utc()) {
        return Ok(new_str(format!("{name}.utc")));
    }
    let off = ops::repr_string(&t.offset)?;
    Ok(new_str(match &t.name {
        Some(n) => format!("{name}({off}, {})", ops::repr_string(n)?),
        None => format!("{name}({off})"),
    }))
}

fn timezone_getinitargs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    Ok(match &t.name {
        Some(n) => new_tuple(vec![t.offset.clone(), n.clone()]),
        None => new_tuple(vec![t.offset.clone()]),
    })
}

fn timezone_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = tz_this(args)?;
    Ok(new_int(delta_hash_of(as_delta(&t.offset).expect("a timedelta"))?))
}

fn timezone_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let t = tz_this(args)?;
    let Some(o) = args[1].downcast::<TimezoneObject>() else { return Ok(not_implemented()) };
    let (a, b) = (as_delta(&t.offset).expect("a timedelta"), as_delta(&o.offset).expect("a timedelta"));
    Ok(cmp_result(a.dsu().cmp(&b.dsu()), op))
}

// ----- the module ----------------------------------------------------------------------------

macro_rules! comparisons {
    ($t:expr, $f:ident) => {{
        fn lt(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
            $f(a, cmp_op("lt"))
        }
        fn le(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
            $f(a, cmp_op("le"))
        }
        fn eq(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
            $f(a, cmp_op("eq"))
        }
        fn ne(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
            $f(a, cmp_op("ne"))
        }
        fn gt(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
            $f(a, cmp_op("gt"))
        }
        fn ge(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
            $f(a, cmp_op("ge"))
        }
        for (name, f) in [
            ("__lt__", lt as NativeFn),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
        ] {
            build::method($t, name, f);
        }
    }};
}

fn methods(t: &'static TypeObject, list: &[(&'static str, NativeFn)]) {
    for (name, f) in list {
        build::method(t, name, *f);
    }
}

fn classmethods(t: &'static TypeObject, list: &[(&'static str, NativeFn)]) {
    for (name, f) in list {
        build::classmethod(t, name, *f);
    }
}

fn timezone_eq(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    timezone_compare(a, CmpOp::Eq)
}
fn timezone_ne(a: &[Value], _k: Option<&Kw>) -> PyResult<Value> {
    timezone_compare(a, CmpOp::Ne)
}

const ISO_CALENDAR_DATE_SRC: &str = r#"
def _field(i, name):
    def get(self):
        return tuple.__getitem__(self, i)
    def set(self, value):
        raise AttributeError(f"attribute '{name}' of 'datetime.IsoCalendarDate' objects is not writable")
    return property(get, set, set)
class IsoCalendarDate(tuple):
    __module__ = 'datetime'
    __slots__ = ()
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))
    year = _field(0, 'year')
    week = _field(1, 'week')
    weekday = _field(2, 'weekday')
    def __reduce__(self):
        return (tuple, (tuple(self),))
    def __repr__(self):
        t = type(self)
        name = t.__name__
        if name == 'IsoCalendarDate' and t.__module__ == 'datetime':
            name = 'datetime.IsoCalendarDate'
        y, w, d = tuple.__iter__(self)
        return f'{name}(year={y}, week={w}, weekday={d})'
"#;

fn init_types() {
    for t in [&DELTA_TYPE, &DATE_TYPE, &DATETIME_TYPE, &TIME_TYPE, &TZINFO_TYPE, &TIMEZONE_TYPE] {
        crate::types::init_builtin_type(t);
    }

    let t = &DELTA_TYPE;
    build::new(t, delta_new);
    methods(
        t,
        &[
            ("__repr__", delta_repr),
            ("__str__", delta_str),
            ("__hash__", delta_hash),
            ("__bool__", delta_bool),
            ("__reduce__", delta_reduce),
            ("total_seconds", delta_total_seconds),
            ("__neg__", delta_neg),
            ("__pos__", delta_pos),
            ("__abs__", delta_abs),
            ("__add__", delta_add),
            ("__radd__", delta_add),
            ("__sub__", delta_sub),
            ("__rsub__", delta_rsub),
            ("__mul__", delta_mul),
            ("__rmul__", delta_rmul),
            ("__truediv__", delta_truediv),
            ("__rtruediv__", delta_rtruediv),
            ("__floordiv__", delta_floordiv),
            ("__rfloordiv__", delta_rfloordiv),
            ("__mod__", delta_mod),
            ("__rmod__", delta_rmod),
            ("__divmod__", delta_divmod),
            ("__rdivmod__", delta_rdivmod),
        ],
    );
    comparisons!(t, delta_compare);
    build::getset(t, "days", delta_days, Some(readonly));
    build::getset(t, "seconds", delta_seconds, Some(readonly));
    build::getset(t, "microseconds", delta_microseconds, Some(readonly));

    let t = &DATE_TYPE;
    build::new(t, date_new);
    methods(
        t,
        &[
            ("__repr__", date_repr),
            ("__str__", date_str),
            ("__hash__", date_hash),
            ("__reduce__", date_reduce),
            ("__format__", date_format),
            ("__add__", date_add),
            ("__radd__", date_radd),
            ("__sub__", date_sub),
            ("__rsub__", date_rsub),
            ("isoformat", date_isoformat),
            ("ctime", date_ctime),
            ("strftime", date_strftime),
            ("timetuple", date_timetuple),
            ("toordinal", date_toordinal),
            ("weekday", date_weekday),
            ("isoweekday", date_isoweekday),
            ("isocalendar", date_isocalendar),
            ("replace", date_replace),
        ],
    );
    classmethods(
        t,
        &[
            ("today", date_today),
            ("fromtimestamp", date_fromtimestamp),
            ("fromordinal", date_fromordinal),
            ("fromisoformat", date_fromisoformat),
            ("fromisocalendar", date_fromisocalendar),
        ],
    );
    comparisons!(t, date_compare);
    build::getset(t, "year", date_year, None);
    build::getset(t, "month", date_month, None);
    build::getset(t, "day", date_day, None);

    let t = &DATETIME_TYPE;
    build::new(t, datetime_new);
    methods(
        t,
        &[
            ("__repr__", dt_repr),
            ("__str__", dt_str),
            ("__hash__", dt_hash),
            ("__reduce__", dt_reduce),
            ("__reduce_ex__", dt_reduce_ex),
            ("__add__", dt_add),
            ("__radd__", dt_radd),
            ("__sub__", dt_sub),
            ("__rsub__", dt_rsub),
            ("isoformat", dt_isoformat),
            ("ctime", dt_ctime),
            ("utcoffset", dt_utcoffset),
            ("dst", dt_dst),
            ("tzname", dt_tzname),
            ("date", dt_date),
            ("time", dt_time),
            ("timetz", dt_timetz),
            ("replace", dt_replace),
            ("timetuple", dt_timetuple),
            ("utctimetuple", dt_utctimetuple),
            ("timestamp", dt_timestamp),
            ("astimezone", dt_astimezone),
        ],
    );
    classmethods(
        t,
        &[
            ("now", dt_now),
            ("utcnow", dt_utcnow),
            ("fromtimestamp", dt_fromtimestamp),
            ("utcfromtimestamp", dt_utcfromtimestamp),
            ("combine", dt_combine),
            ("fromisoformat", dt_fromisoformat),
            ("strptime", dt_strptime),
        ],
    );
    comparisons!(t, dt_compare);
    build::getset(t, "hour", dt_hour, None);
    build::getset(t, "minute", dt_minute, None);
    build::getset(t, "second", dt_second, None);
    build::getset(t, "microsecond", dt_microsecond, None);
    build::getset(t, "tzinfo", dt_tzinfo, None);
    build::getset(t, "fold", dt_fold, None);

    let t = &TIME_TYPE;
    build::new(t, time_new);
    methods(
        t,
        &[
            ("__repr__", time_repr),
            ("__str__", time_str),
            ("__hash__", time_hash),
            ("__reduce__", time_reduce),
            ("__reduce_ex__", time_reduce_ex),
            ("__format__", date_format),
            ("isoformat", time_isoformat),
            ("strftime", time_strftime),
            ("utcoffset", time_utcoffset),
            ("dst", time_dst),
            ("tzname", time_tzname),
            ("replace", time_replace),
        ],
    );
    classmethods(t, &[("fromisoformat", time_fromisoformat)]);
    comparisons!(t, time_compare);
    build::getset(t, "hour", time_hour, None);
    build::getset(t, "minute", time_minute, None);
    build::getset(t, "second", time_second, None);
    build::getset(t, "microsecond", time_microsecond, None);
    build::getset(t, "tzinfo", time_tzinfo, None);
    build::getset(t, "fold", time_fold, None);

    let t = &TZINFO_TYPE;
    build::new(t, tzinfo_new);
    methods(
        t,
        &[
            ("tzname", tzinfo_tzname),
            ("utcoffset", tzinfo_utcoffset),
            ("dst", tzinfo_dst),
            ("fromutc", tzinfo_fromutc),
            ("__reduce__", tzinfo_reduce),
        ],
    );

    let t = &TIMEZONE_TYPE;
    build::new(t, timezone_new);
    methods(
        t,
        &[
            ("tzname", timezone_tzname),
            ("utcoffset", timezone_utcoffset),
            ("dst", timezone_dst),
            ("fromutc", timezone_fromutc),
            ("__getinitargs__", timezone_getinitargs),
            ("__repr__", timezone_repr),
            ("__str__", timezone_str),
            ("__hash__", timezone_hash),
            ("__eq__", timezone_eq),
            ("__ne__", timezone_ne),
        ],
    );
}

fn docs() {
    build::doc(&DATE_TYPE, "date(year, month, day) --> date object");
    build::doc(
        &DATETIME_TYPE,
        "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n\
         The year, month and day arguments are required. tzinfo may be None, or an\n\
         instance of a tzinfo subclass. The remaining arguments may be ints.\n",
    );
    build::doc(
        &TIME_TYPE,
        "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n\
         All arguments are optional. tzinfo may be None, or an instance of\n\
         a tzinfo subclass. The remaining arguments may be ints.\n",
    );
    build::doc(
        &DELTA_TYPE,
        "Difference between two datetime values.\n\n\
         timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\n\
         All arguments are optional and default to 0.\n\
         Arguments may be integers or floats, and may be positive or negative.",
    );
    build::doc(&TZINFO_TYPE, "Abstract base class for time zone info objects.");
    build::doc(&TIMEZONE_TYPE, "Fixed offset from UTC implementation of tzinfo.");
}

fn class_attrs() -> PyResult<()> {
    let us_max = MAX_DELTA_DAYS as i128 * US_PER_DAY + US_PER_DAY - 1;
    build::attr(&DELTA_TYPE, "min", new_delta(-MAX_DELTA_DAYS, 0, 0)?);
    build::attr(&DELTA_TYPE, "max", us_to_delta_in(&DELTA_TYPE, us_max)?);
    build::attr(&DELTA_TYPE, "resolution", new_delta(0, 0, 1)?);
    build::attr(&DATE_TYPE, "min", new_date_ex(&DATE_TYPE, 1, 1, 1)?);
    build::attr(&DATE_TYPE, "max", new_date_ex(&DATE_TYPE, MAXYEAR, 12, 31)?);
    build::attr(&DATE_TYPE, "resolution", new_delta(1, 0, 0)?);
    build::attr(&TIME_TYPE, "min", alloc_time(&TIME_TYPE, 0, 0, 0, 0, None, 0));
    build::attr(&TIME_TYPE, "max", alloc_time(&TIME_TYPE, 23, 59, 59, 999_999, None, 0));
    build::attr(&TIME_TYPE, "resolution", new_delta(0, 0, 1)?);
    build::attr(&DATETIME_TYPE, "min", alloc_dt(&DATETIME_TYPE, (1, 1, 1, 0, 0, 0, 0), None, 0));
    build::attr(&DATETIME_TYPE, "max", alloc_dt(&DATETIME_TYPE, (MAXYEAR, 12, 31, 23, 59, 59, 999_999), None, 0));
    build::attr(&DATETIME_TYPE, "resolution", new_delta(0, 0, 1)?);
    build::attr(&TIMEZONE_TYPE, "utc", utc());
    build::attr(&TIMEZONE_TYPE, "min", new_timezone(new_delta(0, -(23 * 3600 + 59 * 60), 0)?, None)?);
    build::attr(&TIMEZONE_TYPE, "max", new_timezone(new_delta(0, 23 * 3600 + 59 * 60, 0)?, None)?);
    Ok(())
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(|| {
        init_types();
        docs();
        class_attrs().expect("datetime class attributes");
    });
    let m = new_module("_datetime");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    mo.set("__doc__", new_str("Fast implementation of the datetime type."));
    mo.set("date", DATE_TYPE.as_value());
    mo.set("datetime", DATETIME_TYPE.as_value());
    mo.set("time", TIME_TYPE.as_value());
    mo.set("timedelta", DELTA_TYPE.as_value());
    mo.set("tzinfo", TZINFO_TYPE.as_value());
    mo.set("timezone", TIMEZONE_TYPE.as_value());
    mo.set("MINYEAR", new_int(MINYEAR as i64));
    mo.set("MAXYEAR", new_int(MAXYEAR as i64));
    mo.set("UTC", utc());
    if let Ok(code) = crate::compile_source(ISO_CALENDAR_DATE_SRC, "<_datetime>", tern_frontend::Mode::Exec) {
        let d = mo.dict.clone().expect("module dict");
        let dd = crate::objects::dict::as_dict(&d).expect("a dict");
        dd.set_str(crate::objects::str::intern_static("__builtins__"), crate::builtins::builtins_module());
        if crate::interp::run_code(&code, &d, None).is_ok() {
            if let Some(c) = dd.get_str(&crate::objects::str::intern_static("IsoCalendarDate")) {
                ISO_CALENDAR_DATE.with(|s| *s.borrow_mut() = Some(c));
            }
        }
        for n in ["IsoCalendarDate", "_field", "__builtins__"] {
            let _ = dd.remove(&crate::objects::str::intern(n));
        }
    }
    m
}
