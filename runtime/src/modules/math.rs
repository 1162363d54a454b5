//! The `math` module of CPython 3.11 (Modules/mathmodule.c): every function,
//! with its domain and range errors. Elementary functions come from the
//! platform libm as in CPython; gamma and lgamma use CPython's own Lanczos
//! approximation, and hypot/dist its exactly compensated vector norm.

use crate::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool};
use crate::objects::clinic;
use crate::objects::float::{float_val, new_float};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{self, int_val, new_bigint, new_int, IntVal};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::value::Value;
use malachite::Integer;

use crate::objects::libm as cm;

/// A float argument as PyFloat_AsDouble reads it: floats, `__float__`,
/// `__index__` (ints convert exactly or raise OverflowError).
pub fn arg_f64(v: &Value) -> PyResult<f64> {
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    if let Some(i) = int_val(v) {
        return int::to_f64(i);
    }
    let ty = v.ty();
    if let Some(f) = ty.lookup_str("__float__") {
        let r = ops::call_special(&f, v, &[])?;
        return float_val(&r).ok_or_else(|| {
            type_error(format!("{}.__float__ returned non-float (type {})", ty.name(), r.ty().name()))
        });
    }
    if let Some(f) = ty.lookup_str("__index__") {
        let r = ops::call_special(&f, v, &[])?;
        return match int_val(&r) {
            Some(i) => int::to_f64(i),
            None => Err(type_error(format!("__index__ returned non-int (type {})", r.ty().name()))),
        };
    }
    Err(type_error(format!("must be real number, not {}", ty.name())))
}

/// `ValueError: math domain error`.
fn domain() -> PyErr {
    value_error("math domain error")
}

/// `OverflowError: math range error`.
fn range_err() -> PyErr {
    overflow_error("math range error")
}

/// Checks the argument count of a module function (clinic wording).
fn nargs(args: &[Value], kw: Option<&Kw>, name: &str, min: usize, max: usize) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if min == 1 && max == 1 && args.len() != 1 {
        return Err(type_error(format!("math.{name}() takes exactly one argument ({} given)", args.len())));
    }
    clinic::positional(args, None, name, name, min, max)
}

/// CPython's math_1: a libm function with NaN-result domain errors and
/// infinite-result range (or, when it cannot overflow, domain) errors.
fn math_1(args: &[Value], kw: Option<&Kw>, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    nargs(args, kw, name, 1, 1)?;
    let x = arg_f64(&args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(new_float(r))
}

macro_rules! math1 {
    ($( $name:ident => $f:expr, $ovf:expr; )*) => {
        $( fn $name(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> { math_1(args, kw, stringify!($name), $f, $ovf) } )*
    };
}

math1! {
    acos => cm::acos, false;
    acosh => cm::acosh, false;
    asin => cm::asin, false;
    asinh => cm::asinh, false;
    atan => cm::atan, false;
    atanh => cm::atanh, false;
    cbrt => cm::cbrt, false;
    cos => cm::cos, false;
    cosh => cm::cosh, true;
    exp => cm::exp, true;
    exp2 => cm::exp2, true;
    expm1 => cm::expm1, true;
    fabs => f64::abs, false;
    sin => cm::sin, false;
    sinh => cm::sinh, true;
    sqrt => f64::sqrt, false;
    tan => cm::tan, false;
    tanh => cm::tanh, false;
    log1p => cm::log1p, false;
}

/// Result of a function that reports errors like C's errno.
enum Errno {
    Ok,
    Dom,
    Range,
}

/// CPython's is_error: ERANGE counts only when |r| >= 1.5 (not underflow).
fn check(r: f64, e: Errno) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(new_float(r)),
        Errno::Dom => Err(domain()),
        Errno::Range if r.abs() < 1.5 => Ok(new_float(r)),
        Errno::Range => Err(range_err()),
    }
}

/// `math.erf(x)` (the C library's).
fn erf_(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "erf", 1, 1)?;
    Ok(new_float(cm::erf(arg_f64(&args[0])?)))
}

/// `math.erfc(x)` (the C library's).
fn erfc_(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "erfc", 1, 1)?;
    Ok(new_float(cm::erfc(arg_f64(&args[0])?)))
}

// ----- gamma and lgamma (CPython's Lanczos approximation) ----------------------------

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// Lanczos' sum L_g(x) for positive x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) with exact zeros at integers.
fn m_sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => cm::sin(PI * y),
        1 => cm::cos(PI * (y - 0.5)),
        2 => cm::sin(PI * (1.0 - y)),
        3 => -cm::cos(PI * (y - 1.5)),
        _ => cm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// CPython's m_tgamma: Gamma(x) by the Lanczos approximation, with errno-like errors.
fn m_tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Errno::Range } else { Errno::Ok });
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * cm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= cm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = cm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / cm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= cm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = cm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}

/// CPython's m_lgamma: log|Gamma(x)| by the Lanczos approximation.
fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-cm::log(absx), Errno::Ok);
    }
    let mut r = cm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (cm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - cm::log(m_sinpi(absx).abs()) - cm::log(absx) - r;
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::Ok })
}

/// `math.gamma(x)`.
fn gamma(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "gamma", 1, 1)?;
    let (r, e) = m_tgamma(arg_f64(&args[0])?);
    check(r, e)
}

/// `math.lgamma(x)`.
fn lgamma(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "lgamma", 1, 1)?;
    let (r, e) = m_lgamma(arg_f64(&args[0])?);
    check(r, e)
}

// ----- angles, logarithms, powers ----------------------------------------------------

/// `math.degrees(x)`: no overflow check, as CPython.
fn degrees(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "degrees", 1, 1)?;
    Ok(new_float(arg_f64(&args[0])? * (180.0 / std::f64::consts::PI)))
}

/// `math.radians(x)`.
fn radians(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "radians", 1, 1)?;
    Ok(new_float(arg_f64(&args[0])? * (std::f64::consts::PI / 180.0)))
}

/// CPython's loghelper: ints beyond the float range use their binary exponent.
fn loghelper(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_val(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain());
        }
        return match int::to_f64(i) {
            Ok(x) => Ok(f(x)),
            Err(_) => {
                let (m, e) = int_frexp(i);
                Ok(f(m) + f(2.0) * e as f64)
            }
        };
    }
    let x = arg_f64(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain());
    }
    if x.is_infinite() && x < 0.0 {
        return Err(domain());
    }
    Ok(r)
}

/// (m, e) with |i| ~= m * 2**e, m in [0.5, 1) rounded half-even (CPython's _PyLong_Frexp).
fn int_frexp(i: IntVal) -> (f64, i64) {
    use malachite::num::logic::traits::SignificantBits;
    let b = i.to_big();
    let nat = b.unsigned_abs_ref().clone();
    let bits = nat.significant_bits();
    // Keep 55 bits (53 + 2 extra) and a sticky bit, then let the float conversion round.
    let shift = bits.saturating_sub(55);
    let top = &nat >> shift;
    let sticky = (&top << shift) != nat;
    let mut t = u64::try_from(&top).unwrap_or(u64::MAX);
    if sticky {
        t |= 1;
    }
    let m = (t as f64) / 2f64.powi((bits - shift) as i32);
    let (m, e2) = if m >= 1.0 { (m / 2.0, 1) } else { (m, 0) };
    (m, bits as i64 + e2)
}

/// Natural log with C99 special values (log(0) = -inf, log(-x) = nan).
fn m_log(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    cm::log(x)
}

/// Base-2 log with C99 special values.
fn m_log2(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    cm::log2(x)
}

/// Base-10 log with C99 special values.
fn m_log10(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    cm::log10(x)
}

/// `math.log(x[, base])`.
fn log(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(&args[0], m_log)?;
    match args.get(1) {
        None => Ok(new_float(num)),
        Some(b) => {
            let den = loghelper(b, m_log)?;
            Ok(new_float(crate::objects::float::float_truediv(num, den)?))
        }
    }
}

/// `math.log2(x)`.
fn log2(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "log2", 1, 1)?;
    Ok(new_float(loghelper(&args[0], m_log2)?))
}

/// `math.log10(x)`.
fn log10(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "log10", 1, 1)?;
    Ok(new_float(loghelper(&args[0], m_log10)?))
}

/// `math.pow(x, y)`: IEEE special values handled directly, libm for the rest.
fn pow(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "pow", 2, 2)?;
    let x = arg_f64(&args[0])?;
    let y = arg_f64(&args[1])?;
    let (r, e);
    if !x.is_finite() || !y.is_finite() {
        e = Errno::Ok;
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = cm::pow(x, y);
        e = if r.is_nan() {
            Errno::Dom
        } else if r.is_infinite() {
            if x == 0.0 {
                Errno::Dom
            } else {
                Errno::Range
            }
        } else {
            Errno::Ok
        };
    }
    check(r, e)
}

/// CPython's math_2 error rules for a two-argument function.
fn math_2(args: &[Value], kw: Option<&Kw>, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    nargs(args, kw, name, 2, 2)?;
    let x = arg_f64(&args[0])?;
    let y = arg_f64(&args[1])?;
    let r = f(x, y);
    let e = if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        }
    } else if r.is_infinite() {
        if x.is_finite() && y.is_finite() {
            Errno::Range
        } else {
            Errno::Ok
        }
    } else {
        Errno::Ok
    };
    check(r, e)
}

/// `math.atan2(y, x)`.
fn atan2(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    math_2(args, kw, "atan2", cm::atan2)
}

/// `math.copysign(x, y)`.
fn copysign(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    math_2(args, kw, "copysign", f64::copysign)
}

/// IEEE 754 remainder (CPython's m_remainder).
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = cm::fmod(absx, absy);
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * cm::fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder(x, y)`.
fn remainder(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    math_2(args, kw, "remainder", m_remainder)
}

/// `math.fmod(x, y)`: C's fmod, x itself for an infinite y.
fn fmod(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "fmod", 2, 2)?;
    let x = arg_f64(&args[0])?;
    let y = arg_f64(&args[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = cm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(new_float(r))
}

// ----- rounding and integer functions ----------------------------------------------------

/// `math.floor`/`math.ceil`: the type's `__floor__`/`__ceil__`, else the float's.
fn round_to_int(args: &[Value], kw: Option<&Kw>, name: &str, dunder: &'static str, f: fn(f64) -> f64) -> PyResult<Value> {
    nargs(args, kw, name, 1, 1)?;
    let v = &args[0];
    if !v.is_type(&crate::objects::float::FLOAT_TYPE) {
        if let Some(m) = v.ty().lookup_str(dunder) {
            return ops::call_special(&m, v, &[]);
        }
    }
    let x = arg_f64(v)?;
    crate::objects::int_methods::float_to_int(f(x))
}

/// `math.floor(x)`.
fn floor(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    round_to_int(args, kw, "floor", "__floor__", f64::floor)
}

/// `math.ceil(x)`.
fn ceil(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    round_to_int(args, kw, "ceil", "__ceil__", f64::ceil)
}

/// `math.trunc(x)`: exact floats directly, else `__trunc__`.
fn trunc(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "trunc", 1, 1)?;
    let v = &args[0];
    if let Some(x) = crate::objects::float::as_exact_float(v) {
        return crate::objects::int_methods::float_to_int(x);
    }
    match v.ty().lookup_str("__trunc__") {
        Some(m) => ops::call_special(&m, v, &[]),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", v.ty().name()))),
    }
}

/// `math.isnan(x)`.
fn isnan(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "isnan", 1, 1)?;
    Ok(new_bool(arg_f64(&args[0])?.is_nan()))
}

/// `math.isinf(x)`.
fn isinf(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "isinf", 1, 1)?;
    Ok(new_bool(arg_f64(&args[0])?.is_infinite()))
}

/// `math.isfinite(x)`.
fn isfinite(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "isfinite", 1, 1)?;
    Ok(new_bool(arg_f64(&args[0])?.is_finite()))
}

/// An integer argument through `__index__` (floats are refused).
fn int_arg(v: &Value) -> PyResult<Integer> {
    let i = ops::index(v)?;
    Ok(int::to_bigint(&i).unwrap_or_default())
}

/// The non-negative gcd of two big integers.
fn gcd_big(a: Integer, b: Integer) -> Integer {
    use malachite::num::arithmetic::traits::Gcd;
    Integer::from(a.unsigned_abs_ref().clone().gcd(b.unsigned_abs_ref().clone()))
}

/// `math.gcd(*integers)`.
fn gcd(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = Integer::from(0);
    for a in args {
        g = gcd_big(g, int_arg(a)?);
    }
    Ok(new_bigint(g))
}

/// `math.lcm(*integers)`.
fn lcm(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = Integer::from(1);
    let mut zero = false;
    for a in args {
        let x = int_arg(a)?;
        if zero {
            continue;
        }
        if x == 0 {
            zero = true;
            continue;
        }
        let g = gcd_big(l.clone(), x.clone());
        l = Integer::from((l / g * x).unsigned_abs_ref().clone());
    }
    Ok(if zero { new_int(0) } else { new_bigint(l) })
}

/// `math.factorial(n)`.
fn factorial(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "factorial", 1, 1)?;
    let n = int_arg(&args[0])?;
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = i64::try_from(&n)
        .map_err(|_| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    if n > 1 << 24 {
        return Err(crate::error::memory_error());
    }
    use malachite::num::arithmetic::traits::Factorial;
    Ok(new_bigint(Integer::from(malachite::Natural::factorial(n as u64))))
}

/// `math.isqrt(n)`.
fn isqrt(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "isqrt", 1, 1)?;
    let n = int_arg(&args[0])?;
    if n < 0 {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    use malachite::num::arithmetic::traits::FloorSqrt;
    Ok(new_bigint(n.floor_sqrt()))
}

/// n! / (n-k)! for 0 <= k <= n.
fn falling(n: &Integer, k: u64) -> Integer {
    let mut r = Integer::from(1);
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= Integer::from(1);
    }
    r
}

/// `math.comb(n, k)`.
fn comb(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "comb", 2, 2)?;
    let n = int_arg(&args[0])?;
    let k = int_arg(&args[1])?;
    if n < 0 {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = u64::try_from(&k).map_err(|_| overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    if k > 1 << 24 {
        return Err(crate::error::memory_error());
    }
    use malachite::num::arithmetic::traits::Factorial;
    let num = falling(&n, k);
    Ok(new_bigint(num / Integer::from(malachite::Natural::factorial(k))))
}

/// `math.perm(n, k=None)`.
fn perm(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "perm", 1, 2)?;
    let n = int_arg(&args[0])?;
    let k = match args.get(1) {
        Some(v) if !is_none(v) => Some(int_arg(v)?),
        _ => None,
    };
    let k = match k {
        None => return factorial(&args[..1], None),
        Some(k) => k,
    };
    if n < 0 {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(new_int(0));
    }
    let k = u64::try_from(&k).map_err(|_| overflow_error("k must not exceed 9223372036854775807"))?;
    if k > 1 << 24 {
        return Err(crate::error::memory_error());
    }
    Ok(new_bigint(falling(&n, k)))
}

// ----- float decomposition -------------------------------------------------------------

/// `math.frexp(x)`: (m, e) with x = m * 2**e.
fn frexp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "frexp", 1, 1)?;
    let x = arg_f64(&args[0])?;
    let (m, e) = crate::objects::float::frexp(x);
    Ok(new_tuple(vec![new_float(m), new_int(e as i64)]))
}

/// `math.ldexp(x, i)`: x * 2**i with C's overflow rules.
fn ldexp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "ldexp", 2, 2)?;
    let x = arg_f64(&args[0])?;
    let Some(i) = int_val(&args[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    let exp = i.as_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_err());
    }
    if exp < i32::MIN as i64 {
        return Ok(new_float(0.0f64.copysign(x)));
    }
    let r = cm::ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

/// `math.modf(x)`: (fractional part, integer part), both signed like x.
fn modf(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "modf", 1, 1)?;
    let x = arg_f64(&args[0])?;
    if x.is_infinite() {
        return Ok(new_tuple(vec![new_float(0.0f64.copysign(x)), new_float(x)]));
    }
    if x.is_nan() {
        return Ok(new_tuple(vec![new_float(x), new_float(x)]));
    }
    let ip = x.trunc();
    let fp = (x - ip).copysign(x);
    Ok(new_tuple(vec![new_float(fp), new_float(ip)]))
}

/// `math.nextafter(x, y)`.
fn nextafter_(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "nextafter", 2, 2)?;
    let x = arg_f64(&args[0])?;
    let y = arg_f64(&args[1])?;
    Ok(new_float(cm::nextafter(x, y)))
}

/// `math.ulp(x)`: the value of the least significant bit of x.
fn ulp(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "ulp", 1, 1)?;
    let x = arg_f64(&args[0])?;
    if x.is_nan() {
        return Ok(new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(new_float(x));
    }
    let x2 = cm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = cm::nextafter(x, f64::NEG_INFINITY);
        return Ok(new_float(x - x2));
    }
    Ok(new_float(x2 - x))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords_kwonly(args, kw, "isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let x = arg_f64(a[0].as_ref().unwrap())?;
    let y = arg_f64(a[1].as_ref().unwrap())?;
    let rel_tol = match &a[2] {
        Some(v) => arg_f64(v)?,
        None => 1e-9,
    };
    let abs_tol = match &a[3] {
        Some(v) => arg_f64(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(new_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(new_bool(false));
    }
    let diff = (y - x).abs();
    Ok(new_bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
}

// ----- norms and sums ---------------------------------------------------------------------

/// CPython 3.11's vector_norm: an exactly compensated sqrt(sum(x*x)) of
/// non-negative finite values no larger than `max`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::objects::float::frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = cm::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    let dl_mul = |x: f64, y: f64| {
        let z = x * y;
        (z, x.mul_add(y, -z))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let x = a + b;
        (x, (a - x) + b)
    };
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, hi);
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, hi);
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `math.hypot(*coordinates)`.
fn hypot(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("math.hypot() takes no keyword arguments"));
    }
    let mut vals = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = arg_f64(a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vals.push(x);
    }
    Ok(new_float(vector_norm(&mut vals, max, found_nan)))
}

/// `math.dist(p, q)`.
fn dist(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "dist", 2, 2)?;
    let p = ops::collect(&args[0])?;
    let q = ops::collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (arg_f64(a)? - arg_f64(b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(new_float(vector_norm(&mut diffs, max, found_nan)))
}

/// `math.fsum(iterable)`: exactly rounded sum (Shewchuk's partials, as CPython).
fn fsum(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    nargs(args, kw, "fsum", 1, 1)?;
    // Shewchuk's exact partial sums, as CPython.
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    let mut err: Option<PyErr> = None;
    ops::for_each(&args[0], |v| {
        let mut x = match arg_f64(&v) {
            Ok(x) => x,
            Err(e) => {
                err = Some(e);
                return Ok(false);
            }
        };
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    err = Some(overflow_error("intermediate overflow in fsum"));
                    return Ok(false);
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
        Ok(true)
    })?;
    if let Some(e) = err {
        return Err(e);
    }
    if special_sum != 0.0 || special_sum.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(new_float(hi))
}

/// `math.prod(iterable, *, start=1)`.
fn prod(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords_kwonly(args, kw, "prod", &["iterable", "start"], 1, 1, 1)?;
    let mut acc = a[1].clone().unwrap_or_else(|| new_int(1));
    ops::for_each(a[0].as_ref().unwrap(), |v| {
        acc = ops::binary_op(&acc, &v, tern_frontend::bytecode::BinOp::Mul)?;
        Ok(true)
    })?;
    Ok(acc)
}

/// Builds the `math` module.
pub fn create() -> Value {
    let m = new_module("math");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf_),
        ("erfc", erfc_),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter_),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("math")));
    }
    mo.set(
        "__doc__",
        crate::objects::str::new_str("This module provides access to the mathematical functions\ndefined by the C standard."),
    );
    mo.set("pi", new_float(std::f64::consts::PI));
    mo.set("e", new_float(std::f64::consts::E));
    mo.set("tau", new_float(std::f64::consts::TAU));
    mo.set("inf", new_float(f64::INFINITY));
    mo.set("nan", new_float(f64::NAN));
    m
}
