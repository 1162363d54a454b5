//! `int`: small ints live inside the value word (see `value.rs`); larger
//! ones are heap `IntObject`s holding a malachite `Integer`. An exact `int`
//! on the heap is always outside the small range, so equal ints of the exact
//! type have equal encodings. Instances of int subclasses (and `bool`) are
//! heap objects whatever their value.

use crate::error::{overflow_error, value_error, zero_division, PyResult};
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use malachite::num::arithmetic::traits::{DivMod, Pow, UnsignedAbs};
use malachite::num::basic::traits::{One, Zero};
use malachite::num::conversion::traits::{RoundingFrom, ToStringBase};
use malachite::rounding_modes::RoundingMode;
use malachite::Integer;
use std::cmp::Ordering;

/// The value of an int object on the heap.
pub enum IntRepr {
    Small(i64),
    Big(Integer),
}

#[repr(C)]
pub struct IntObject {
    pub header: ObjHeader,
    pub value: IntRepr,
}

unsafe impl PyObj for IntObject {
    fn class() -> &'static TypeObject {
        &INT_TYPE
    }
}

pub static INT_TYPE: TypeObject = TypeObject::builtin::<IntObject>("int", Some(&crate::types::OBJECT_TYPE), BASETYPE);

/// A borrowed view of any int's value.
#[derive(Clone, Copy)]
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a Integer),
}

impl IntVal<'_> {
    pub fn to_big(self) -> Integer {
        match self {
            IntVal::Small(i) => Integer::from(i),
            IntVal::Big(b) => b.clone(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntVal::Small(i) => i == 0,
            IntVal::Big(b) => *b == Integer::ZERO,
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntVal::Small(i) => i < 0,
            IntVal::Big(b) => *b < Integer::ZERO,
        }
    }

    pub fn as_i64(self) -> Option<i64> {
        match self {
            IntVal::Small(i) => Some(i),
            IntVal::Big(b) => i64::try_from(b).ok(),
        }
    }
}

/// A new int with this value.
#[inline]
pub fn new_int(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::small(i)
    } else {
        crate::types::new_object(IntObject { header: ObjHeader::new(std::ptr::null()), value: IntRepr::Big(Integer::from(i)) })
    }
}

/// A new int from a big integer (stored inline when it fits).
pub fn new_bigint(b: Integer) -> Value {
    if let Ok(i) = i64::try_from(&b) {
        if Value::fits_small(i) {
            return Value::small(i);
        }
    }
    crate::types::new_object(IntObject { header: ObjHeader::new(std::ptr::null()), value: IntRepr::Big(b) })
}

pub fn new_int_u64(u: u64) -> Value {
    if u <= crate::value::SMALL_MAX as u64 {
        Value::small(u as i64)
    } else {
        new_bigint(Integer::from(u))
    }
}

pub fn new_int_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(v) => new_int(v),
        Err(_) => new_bigint(Integer::from(i)),
    }
}

/// The int value of `v` if it is an int (including bool and subclasses).
#[inline]
pub fn int_val(v: &Value) -> Option<IntVal<'_>> {
    if let Some(i) = v.as_small() {
        return Some(IntVal::Small(i));
    }
    let o = v.downcast::<IntObject>()?;
    Some(match &o.value {
        IntRepr::Small(i) => IntVal::Small(*i),
        IntRepr::Big(b) => IntVal::Big(b),
    })
}

#[inline]
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.downcast::<IntObject>().is_some()
}

/// The value as an i64, if it is an int that fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    int_val(v)?.as_i64()
}

pub fn to_bigint(v: &Value) -> Option<Integer> {
    int_val(v).map(|i| i.to_big())
}

fn from_i128(r: i128) -> Value {
    new_int_i128(r)
}

pub fn add(a: IntVal, b: IntVal) -> Value {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => from_i128(x as i128 + y as i128),
        _ => new_bigint(a.to_big() + b.to_big()),
    }
}

pub fn sub(a: IntVal, b: IntVal) -> Value {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => from_i128(x as i128 - y as i128),
        _ => new_bigint(a.to_big() - b.to_big()),
    }
}

pub fn mul(a: IntVal, b: IntVal) -> Value {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => from_i128(x as i128 * y as i128),
        (IntVal::Big(x), IntVal::Big(y)) => new_bigint(x * y),
        (IntVal::Big(x), IntVal::Small(y)) | (IntVal::Small(y), IntVal::Big(x)) => new_bigint(x * Integer::from(y)),
    }
}

/// Floor division and modulo with Python's signs.
pub fn divmod(a: IntVal, b: IntVal) -> PyResult<(Value, Value)> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => {
            let (q, r) = floor_divmod_i64(x, y);
            Ok((from_i128(q), new_int(r)))
        }
        _ => {
            let (q, r) = a.to_big().div_mod(b.to_big());
            Ok((new_bigint(q), new_bigint(r)))
        }
    }
}

/// (floor(x / y), x mod y) for y != 0, as Python defines them.
#[inline]
pub fn floor_divmod_i64(x: i64, y: i64) -> (i128, i64) {
    let (x, y) = (x as i128, y as i128);
    let mut q = x / y;
    let mut r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        q -= 1;
        r += y;
    }
    (q, r as i64)
}

pub fn floordiv(a: IntVal, b: IntVal) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(divmod(a, b)?.0)
}

pub fn modulo(a: IntVal, b: IntVal) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(divmod(a, b)?.1)
}

/// True division, correctly rounded as CPython does.
pub fn truediv(a: IntVal, b: IntVal) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let q = malachite::Rational::from_integers(a.to_big(), b.to_big());
    let (f, _) = f64::rounding_from(q, RoundingMode::Nearest);
    // A zero or underflowing quotient keeps the sign of the exact result.
    let f = if f == 0.0 { if negate { -0.0 } else { 0.0 } } else { f };
    if f.is_infinite() || (f.abs() == f64::MAX && {
        let limit = malachite::Rational::from(big_pow2(1024) - big_pow2(970));
        let q2 = malachite::Rational::from_integers(a.to_big(), b.to_big());
        malachite::num::arithmetic::traits::Abs::abs(q2) >= limit
    }) {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(f)
}

fn big_pow2(n: u64) -> Integer {
    Integer::ONE << n
}

/// An int converted to the nearest float (ties to even); OverflowError past the float range.
pub fn to_f64(a: IntVal) -> PyResult<f64> {
    match a {
        IntVal::Small(i) => Ok(i as f64),
        IntVal::Big(b) => {
            let (f, _) = f64::rounding_from(b, RoundingMode::Nearest);
            if f.abs() == f64::MAX {
                let limit = big_pow2(1024) - big_pow2(970);
                if b.unsigned_abs() >= limit.unsigned_abs() {
                    return Err(overflow_error("int too large to convert to float"));
                }
            }
            Ok(f)
        }
    }
}

/// `a ** b` for ints: an int for b >= 0, a float for b < 0.
pub fn pow(a: IntVal, b: IntVal) -> PyResult<Value> {
    if b.is_negative() {
        let fa = to_f64(a)?;
        let fb = to_f64(b)?;
        if fa == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return crate::objects::float::float_pow(fa, fb).map(crate::objects::float::new_float);
    }
    let e = match b.as_i64() {
        Some(e) => e as u64,
        None => {
            // Huge exponent: only trivial bases are representable.
            return match a.as_i64() {
                Some(0) => Ok(new_int(0)),
                Some(1) => Ok(new_int(1)),
                Some(-1) => {
                    let odd = match b {
                        IntVal::Big(bb) => (bb & Integer::ONE) == Integer::ONE,
                        IntVal::Small(s) => s & 1 == 1,
                    };
                    Ok(new_int(if odd { -1 } else { 1 }))
                }
                _ => Err(crate::error::memory_error()),
            };
        }
    };
    if let IntVal::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(new_int(r));
            }
        }
    }
    if e > 1 << 40 {
        return Err(crate::error::memory_error());
    }
    Ok(new_bigint(a.to_big().pow(e)))
}

/// Three-argument pow.
pub fn pow_mod(a: IntVal, b: IntVal, m: IntVal) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m_big = m.to_big();
    let m_abs = Integer::from(m_big.clone().unsigned_abs());
    let mut base = a.to_big().div_mod(m_abs.clone()).1;
    let mut e = b.to_big();
    if e < Integer::ZERO {
        // Modular inverse.
        base = match mod_inverse(&base, &m_abs) {
            Some(inv) => inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        };
        e = -e;
    }
    let mut result = Integer::ONE.div_mod(m_abs.clone()).1;
    let mut bits: Vec<bool> = Vec::new();
    let mut ee = e;
    while ee > Integer::ZERO {
        bits.push((&ee & Integer::ONE) == Integer::ONE);
        ee >>= 1u64;
    }
    for bit in bits.iter().rev() {
        result = (&result * &result).div_mod(m_abs.clone()).1;
        if *bit {
            result = (&result * &base).div_mod(m_abs.clone()).1;
        }
    }
    // Python: the result has the sign of m.
    if m_big < Integer::ZERO && result != Integer::ZERO {
        result -= m_abs;
    }
    Ok(new_bigint(result))
}

fn mod_inverse(a: &Integer, m: &Integer) -> Option<Integer> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (Integer::ONE, Integer::ZERO);
    while r != Integer::ZERO {
        let q = old_r.clone().div_mod(r.clone()).0;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != Integer::ONE {
        return None;
    }
    Some(old_s.div_mod(m.clone()).1)
}

pub fn neg(a: IntVal) -> Value {
    match a {
        IntVal::Small(x) => from_i128(-(x as i128)),
        IntVal::Big(b) => new_bigint(-b),
    }
}

pub fn invert(a: IntVal) -> Value {
    match a {
        IntVal::Small(x) => from_i128(!(x as i128)),
        IntVal::Big(b) => new_bigint(!b),
    }
}

pub fn abs(a: IntVal) -> Value {
    match a {
        IntVal::Small(x) => from_i128((x as i128).abs()),
        IntVal::Big(b) => new_bigint(Integer::from(b.unsigned_abs())),
    }
}

pub fn lshift(a: IntVal, b: IntVal) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(new_int(0));
    }
    let n = match b.as_i64() {
        Some(n) if n < (1 << 40) => n as u64,
        _ => return Err(overflow_error("too many digits in integer")),
    };
    if let IntVal::Small(x) = a {
        if n < 64 {
            let r = (x as i128) << n;
            if r >> n == x as i128 {
                return Ok(from_i128(r));
            }
        }
    }
    Ok(new_bigint(a.to_big() << n))
}

pub fn rshift(a: IntVal, b: IntVal) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    let n = match b.as_i64() {
        Some(n) => n as u64,
        None => return Ok(new_int(if a.is_negative() { -1 } else { 0 })),
    };
    match a {
        IntVal::Small(x) => Ok(new_int(if n >= 64 { if x < 0 { -1 } else { 0 } } else { x >> n })),
        IntVal::Big(bb) => Ok(new_bigint(bb.clone() >> n)),
    }
}

pub fn bitand(a: IntVal, b: IntVal) -> Value {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => new_int(x & y),
        _ => new_bigint(a.to_big() & b.to_big()),
    }
}

pub fn bitor(a: IntVal, b: IntVal) -> Value {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => new_int(x | y),
        _ => new_bigint(a.to_big() | b.to_big()),
    }
}

pub fn bitxor(a: IntVal, b: IntVal) -> Value {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => new_int(x ^ y),
        _ => new_bigint(a.to_big() ^ b.to_big()),
    }
}

pub fn cmp(a: IntVal, b: IntVal) -> Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(&y),
        (IntVal::Big(x), IntVal::Big(y)) => x.cmp(y),
        (IntVal::Big(x), IntVal::Small(y)) => x.partial_cmp(&Integer::from(y)).unwrap(),
        (IntVal::Small(x), IntVal::Big(y)) => Integer::from(x).partial_cmp(y).unwrap(),
    }
}

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int.
pub fn hash(a: IntVal) -> i64 {
    let h = match a {
        IntVal::Small(x) => {
            let m = (x.unsigned_abs() % HASH_MODULUS) as i64;
            if x < 0 {
                -m
            } else {
                m
            }
        }
        IntVal::Big(b) => {
            let m = Integer::from(b.unsigned_abs()).div_mod(Integer::from(HASH_MODULUS)).1;
            let m = i64::try_from(&m).unwrap();
            if *b < Integer::ZERO {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

thread_local! {
    /// `sys.set_int_max_str_digits` (0: no limit).
    pub static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// Decimal text of an int, subject to the int-string conversion limit.
pub fn to_decimal(a: IntVal) -> PyResult<String> {
    match a {
        IntVal::Small(x) => Ok(x.to_string()),
        IntVal::Big(b) => {
            let limit = max_str_digits();
            if limit > 0 {
                // log10(2) ~ 0.30103: a quick bound before the real conversion.
                let bits = malachite::num::logic::traits::SignificantBits::significant_bits(&b.unsigned_abs());
                let est = (bits as f64 * std::f64::consts::LOG10_2) as usize;
                if est > limit + 1 {
                    return Err(limit_error(None));
                }
            }
            let s = b.to_string();
            let digits = s.len() - (s.starts_with('-') as usize);
            if limit > 0 && digits > limit {
                return Err(limit_error(None));
            }
            Ok(s)
        }
    }
}

pub fn limit_error(digits: Option<usize>) -> crate::error::PyErr {
    let limit = max_str_digits();
    match digits {
        None => value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )),
        Some(d) => value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {d} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// Digits of |a| in base 2, 8 or 16 (no limit applies to these bases).
pub fn to_base(a: IntVal, base: u8) -> String {
    match a {
        IntVal::Small(x) => {
            let u = x.unsigned_abs();
            match base {
                2 => format!("{u:b}"),
                8 => format!("{u:o}"),
                16 => format!("{u:x}"),
                _ => u.to_string(),
            }
        }
        IntVal::Big(b) => Integer::from(b.unsigned_abs()).to_string_base(base),
    }
}

/// Parses int text as `int(s, base)` does (CPython's PyLong_FromString after
/// _PyUnicode_TransformDecimalAndSpaceToASCII): surrounding whitespace, a sign,
/// a base prefix where the base allows, single underscores between digits.
pub fn parse_int(text: &str, base: u32) -> Option<Integer> {
    parse_int_ex(text, base).map(|(v, _, _)| v)
}

/// `parse_int`, also giving the number of digits and the effective base.
pub fn parse_int_ex(text: &str, base: u32) -> Option<(Integer, usize, u32)> {
    let t = crate::objects::unicode::transform_decimal_and_space(text);
    let s = t.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut neg = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        neg = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((base == 16 && matches!(at(i + 1), b'x' | b'X'))
            || (base == 8 && matches!(at(i + 1), b'o' | b'O'))
            || (base == 2 && matches!(at(i + 1), b'b' | b'B')))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return None;
    }
    let mut digits = String::with_capacity(s.len());
    let mut prev_underscore = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            i += 1;
            continue;
        }
        let d = match (c as char).to_digit(36) {
            Some(d) if d < base => d,
            _ => break,
        };
        digits.push(std::char::from_digit(d, 36).unwrap_or('0'));
        prev_underscore = false;
        i += 1;
    }
    if prev_underscore || digits.is_empty() {
        return None;
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    if error_if_nonzero && digits.bytes().any(|d| d != b'0') {
        return None;
    }
    let v = if digits.len() <= 12 {
        Integer::from(i64::from_str_radix(&digits, base).ok()?)
    } else {
        <Integer as malachite::num::conversion::traits::FromStringBase>::from_string_base(base as u8, &digits)?
    };
    Some((if neg { -v } else { v }, digits.len(), base))
}

/// The value of a Unicode decimal digit, as Python's int() accepts it.
pub fn unicode_decimal(c: char) -> Option<u32> {
    crate::objects::unicode::decimal_value(c)
}

pub fn init() {
    crate::types::init_builtin_type(&INT_TYPE);
}
