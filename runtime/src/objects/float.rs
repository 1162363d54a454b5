//! `float`: boxed IEEE doubles, with CPython's repr, hash and the sign rules
//! of floor division and modulo.

use crate::error::{overflow_error, value_error, zero_division, PyErr, PyResult};
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct FloatObject {
    pub header: ObjHeader,
    pub value: f64,
}

unsafe impl PyObj for FloatObject {
    fn class() -> &'static TypeObject {
        &FLOAT_TYPE
    }
}

pub static FLOAT_TYPE: TypeObject = {
    let mut t = TypeObject::builtin::<FloatObject>("float", Some(&crate::types::OBJECT_TYPE), BASETYPE);
    t.dealloc = float_dealloc;
    t
};

/// Freed exact floats kept for reuse (linked through their first word, the
/// reference count's; their type word stays `FLOAT_TYPE`), so float
/// arithmetic does not go to malloc for every result. Compiled code pops and
/// pushes it in place (`FLOAT_FREE`'s address and field offsets).
#[repr(C)]
pub struct FreeList {
    pub head: std::cell::Cell<*mut FloatObject>,
    pub len: std::cell::Cell<u64>,
}

/// The most floats kept.
pub const FREE_MAX: u64 = 256;

// One process-wide list, not one per thread: Python runs on one thread
// (`_thread.start_new_thread` refuses), and compiled code reaches the list
// at a fixed address. Threads would need a list per thread, reached
// through the thread's state.
unsafe impl Sync for FreeList {}

pub static FLOAT_FREE: FreeList = FreeList { head: std::cell::Cell::new(std::ptr::null_mut()), len: std::cell::Cell::new(0) };

#[inline]
pub fn new_float(f: f64) -> Value {
    let fl = &FLOAT_FREE;
    let p = fl.head.get();
    if p.is_null() {
        return crate::types::new_object(FloatObject { header: ObjHeader::new(std::ptr::null()), value: f });
    }
    unsafe {
        fl.head.set(*(p as *mut *mut FloatObject));
        fl.len.set(fl.len.get() - 1);
        std::ptr::write(p, FloatObject { header: ObjHeader::new(&FLOAT_TYPE), value: f });
        Value::from_owned_ptr(p)
    }
}

/// Frees an exact float onto the free list (or to malloc when it is full).
unsafe fn float_dealloc(h: *mut ObjHeader) {
    let fl = &FLOAT_FREE;
    if fl.len.get() >= FREE_MAX {
        return crate::types::dealloc_native::<FloatObject>(h);
    }
    *(h as *mut *mut FloatObject) = fl.head.get();
    fl.head.set(h as *mut FloatObject);
    fl.len.set(fl.len.get() + 1);
}

/// The value of a float (or float subclass instance).
#[inline]
pub fn float_val(v: &Value) -> Option<f64> {
    v.downcast::<FloatObject>().map(|f| f.value)
}

/// Exactly a float (not a subclass)?
#[inline]
pub fn as_exact_float(v: &Value) -> Option<f64> {
    v.downcast_exact::<FloatObject>().map(|f| f.value)
}

/// `repr(float)` exactly as CPython prints it (shortest round-trip digits,
/// exponent notation below 1e-4 and from 1e16).
pub fn float_repr(x: f64) -> String {
    crate::format::spec::double_to_string(
        x,
        'r',
        0,
        crate::format::spec::DtoaFlags { add_dot_0: true, ..Default::default() },
    )
}

/// CPython's `_Py_HashDouble` (nan hashes by identity, handled by the caller).
pub fn hash_float(v: f64) -> i64 {
    const BITS: i32 = 61;
    const P: u64 = crate::objects::int::HASH_MODULUS;
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & P) | (x >> (BITS - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// (mantissa in [0.5, 1), exponent) with v = m * 2**e, as C's frexp.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || v.is_nan() || v.is_infinite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Python's float floor division and modulo: (a // b, a % b).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(float_divmod(a, b).0)
}

pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(float_divmod(a, b).1)
}

pub fn float_truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(a / b)
}

pub fn range_error() -> PyErr {
    let args = vec![crate::objects::int::new_int(34), crate::objects::str::new_str("Numerical result out of range")];
    PyErr::with_args(&crate::objects::exception::OVERFLOW_ERROR, args)
}

/// Is `x` an odd integer (CPython's DOUBLE_IS_ODD_INTEGER)?
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// `float ** float` as CPython's float_pow: a complex number for a negative
/// base and a non-integral exponent.
pub fn float_pow_value(iv: f64, iw: f64) -> PyResult<Value> {
    if iv < 0.0 && iw.is_finite() && iw != iw.floor() && !iv.is_infinite() {
        return crate::objects::complex::complex_pow((iv, 0.0), (iw, 0.0));
    }
    float_pow(iv, iw).map(new_float)
}

/// `float ** float` with CPython's special cases (real results only; a
/// negative base with a fractional exponent is `float_pow_value`'s business).
pub fn float_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(value_error("negative number cannot be raised to a fractional power"));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = crate::objects::libm::pow(iv, iw);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(if negate { -r } else { r })
}

/// The correctly rounded float of the decimal `digits * 10**exp10` (sign from `neg`).
fn decimal_to_f64(neg: bool, digits: &malachite::Integer, exp10: i64) -> f64 {
    let s = format!("{}{}e{}", if neg { "-" } else { "" }, digits, exp10);
    s.parse().unwrap_or(f64::NAN)
}

/// `round(x, ndigits)` for finite `x`, as CPython's double_round: the exact
/// value rounded half-to-even at the 10**-ndigits place, then correctly
/// rounded back to a float (exact rational arithmetic throughout).
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    use malachite::num::arithmetic::traits::{Abs, Pow};
    use malachite::num::conversion::traits::RoundingFrom;
    use malachite::rounding_modes::RoundingMode;
    use malachite::{Integer, Natural, Rational};
    if !x.is_finite() {
        return Ok(x);
    }
    // Beyond these bounds rounding is a no-op or gives a signed zero.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let exact = Rational::try_from(x).map_err(|_| value_error("cannot round"))?.abs();
    let p = Rational::from(Natural::from(10u32).pow(ndigits.unsigned_abs()));
    let scaled = if ndigits >= 0 { exact * p } else { exact / p };
    let (n, _) = Integer::rounding_from(scaled, RoundingMode::Nearest);
    let r = decimal_to_f64(x.is_sign_negative(), &n, -ndigits);
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(r)
}

pub fn init() {
    crate::types::init_builtin_type(&FLOAT_TYPE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(100.0), "100.0");
        assert_eq!(float_repr(0.001), "0.001");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1e15 + 0.3), "1000000000000000.2");
    }

    #[test]
    fn hashes() {
        assert_eq!(hash_float(0.5), 1152921504606846976);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(1e100), 1822893315824342674);
        assert_eq!(hash_float(1.5e300), 1837492894133638746);
    }
}
