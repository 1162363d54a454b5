//! The methods of `float`.

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, not_implemented};
use crate::objects::float::{self as fl, float_val, new_float, FloatObject, FLOAT_TYPE};
use crate::objects::function::Kw;
use crate::objects::int::{self, int_val, new_int};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::{ObjHeader, Value};
use tern_frontend::bytecode::{BinOp, CmpOp};

fn fv(v: &Value) -> f64 {
    float_val(v).unwrap()
}

/// Parses the longest float prefix of ASCII `s` as CPython's
/// _PyOS_ascii_strtod: `[sign](digits[.digits]|.digits)[e[sign]digits]`,
/// `inf`, `infinity` or `nan`. Returns the value and the bytes consumed (0: none).
pub fn strtod_prefix(s: &[u8]) -> (f64, usize) {
    let mut i = 0;
    let neg = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let rest = &s[i..];
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    if starts(b"infinity") {
        return (sign * f64::INFINITY, i + 8);
    }
    if starts(b"inf") {
        return (sign * f64::INFINITY, i + 3);
    }
    if starts(b"nan") {
        return (f64::NAN.copysign(sign), i + 3);
    }
    let mut j = i;
    let digits = |j: &mut usize| {
        let st = *j;
        while *j < s.len() && s[*j].is_ascii_digit() {
            *j += 1;
        }
        *j - st
    };
    let mut n = digits(&mut j);
    if j < s.len() && s[j] == b'.' {
        j += 1;
        n += digits(&mut j);
    }
    if n == 0 {
        return (0.0, 0);
    }
    if j < s.len() && (s[j] == b'e' || s[j] == b'E') {
        let mut k = j + 1;
        if k < s.len() && (s[k] == b'+' || s[k] == b'-') {
            k += 1;
        }
        if digits(&mut k) > 0 {
            j = k;
        }
    }
    let text = std::str::from_utf8(&s[..j]).unwrap_or("0");
    (text.parse::<f64>().unwrap_or(0.0), j)
}

/// Removes the underscores of a numeric literal (allowed only between
/// digits), as CPython's _Py_string_to_number_with_underscores; None if misplaced.
pub fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_owned());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            out.push(c);
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(out)
}

/// Parses float text as `float()` does (None: not a float literal).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = crate::objects::unicode::transform_decimal_and_space(s);
    let t = if t.contains('_') { std::borrow::Cow::Owned(strip_underscores(&t)?) } else { t };
    let b = t.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')).as_bytes();
    if b.is_empty() || b.contains(&0) {
        return None;
    }
    let (x, n) = strtod_prefix(b);
    if n != b.len() {
        return None;
    }
    Some(x)
}

/// `float(x)`.
pub fn float_from_value(x: &Value) -> PyResult<f64> {
    if let Some(f) = float_val(x) {
        return Ok(f);
    }
    // An exact int: `int.__float__` without the lookup and the call.
    if x.is_small_int() || x.is_type(&crate::objects::int::INT_TYPE) {
        return int::to_f64(int_val(x).expect("an int"));
    }
    let ty = x.ty();
    if let Some(f) = ty.lookup_str("__float__") {
        let r = ops::call_special(&f, x, &[])?;
        return float_val(&r)
            .ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", ty.name(), r.ty().name())));
    }
    if let Some(f) = ty.lookup_str("__index__") {
        let r = ops::call_special(&f, x, &[])?;
        return match int_val(&r) {
            Some(i) => int::to_f64(i),
            None => Err(type_error(format!("__index__ returned non-int (type {})", r.ty().name()))),
        };
    }
    let bad = || -> PyResult<crate::error::PyErr> {
        Ok(value_error(format!("could not convert string to float: {}", ops::repr_string(x)?)))
    };
    if let Some(s) = as_str(x) {
        return match parse_float(s) {
            Some(f) => Ok(f),
            None => Err(bad()?),
        };
    }
    if let Some(b) = crate::objects::bytes::buffer_bytes(x) {
        let s: String = b.iter().map(|&c| if c < 128 { c as char } else { '?' }).collect();
        return match parse_float(&s) {
            Some(f) => Ok(f),
            None => Err(bad()?),
        };
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", ty.name())))
}

fn float_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "float", "float", 0, 1)
        .map_err(|e| if kw.is_some_and(|k| !k.is_empty()) { type_error("float() takes no keyword arguments") } else { e })?;
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let f = match args.get(1) {
        Some(x) => float_from_value(x)?,
        None => 0.0,
    };
    if std::ptr::eq(cls, &FLOAT_TYPE) {
        return Ok(new_float(f));
    }
    Ok(crate::types::alloc_object(cls, FloatObject { header: ObjHeader::new(std::ptr::null()), value: f }))
}

fn float_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(fl::float_repr(fv(&args[0]))))
}

fn float_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = fv(&args[0]);
    if f.is_nan() {
        return Ok(new_int(crate::objects::instance::id_hash(&args[0])));
    }
    Ok(new_int(fl::hash_float(f)))
}

fn float_bool(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(fv(&args[0]) != 0.0))
}

fn float_int(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::int_methods::float_to_int(fv(&args[0]))
}

fn float_float(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(fv(&args[0])))
}

fn float_floor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::int_methods::float_to_int(fv(&args[0]).floor())
}

fn float_ceil(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::int_methods::float_to_int(fv(&args[0]).ceil())
}

/// Round half to even to an integer value.
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn float_round(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "__round__", "float.__round__", 0, 1)?;
    let x = fv(&args[0]);
    match args.get(1) {
        Some(n) if !is_none(n) => {
            if float_val(n).is_some() {
                return Err(type_error("'float' object cannot be interpreted as an integer"));
            }
            let nd = ops::index(n)?;
            let nd = int::as_i64(&nd).unwrap_or(if int_val(&nd).unwrap().is_negative() { i64::MIN } else { i64::MAX });
            Ok(new_float(fl::round_float(x, nd)?))
        }
        _ => {
            if x.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            crate::objects::int_methods::float_to_int(round_half_even(x))
        }
    }
}

fn float_format(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::one_arg(&args[1..], kw, "float.__format__")?;
    let spec = as_str(&args[1])
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", args[1].ty().name())))?;
    if spec.is_empty() {
        // str(self): a subclass's __repr__/__str__ answers (CPython's float___format__).
        return crate::ops::str_(&args[0]);
    }
    crate::format::spec::format_float_typed(fv(&args[0]), spec, args[0].ty().name()).map(new_str)
}

/// The other operand as a float, if it is a float or an int.
fn other_f(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = float_val(v) {
        return Some(Ok(f));
    }
    int_val(v).map(int::to_f64)
}

fn binop_method(args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let Some(o) = args.get(1).and_then(other_f) else { return Ok(not_implemented()) };
    let o = o?;
    let me = fv(&args[0]);
    let (a, b) = if reflected { (o, me) } else { (me, o) };
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => fl::float_truediv(a, b)?,
        BinOp::FloorDiv => fl::float_floordiv(a, b)?,
        BinOp::Mod => fl::float_mod(a, b)?,
        BinOp::Pow => return fl::float_pow_value(a, b),
        _ => return Ok(not_implemented()),
    };
    Ok(new_float(r))
}

macro_rules! binops {
    ($( $f:ident, $rf:ident, $op:expr; )*) => {
        $(
            fn $f(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> { binop_method(args, $op, false) }
            fn $rf(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> { binop_method(args, $op, true) }
        )*
    };
}

binops! {
    float_add, float_radd, BinOp::Add;
    float_sub, float_rsub, BinOp::Sub;
    float_mul, float_rmul, BinOp::Mul;
    float_truediv, float_rtruediv, BinOp::TrueDiv;
    float_floordiv, float_rfloordiv, BinOp::FloorDiv;
    float_mod, float_rmod, BinOp::Mod;
}

/// `float.__pow__(w[, z])`: a third argument is an error for floats.
fn pow_impl(args: &[Value], reflected: bool) -> PyResult<Value> {
    if let Some(z) = args.get(2) {
        if !is_none(z) {
            if args.get(1).and_then(other_f).is_none() {
                return Ok(not_implemented());
            }
            return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
    }
    binop_method(&args[..2.min(args.len())], BinOp::Pow, reflected)
}

fn float_pow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pow_impl(args, false)
}

fn float_rpow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pow_impl(args, true)
}

fn float_divmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = other_f(&args[1]) else { return Ok(not_implemented()) };
    let o = o?;
    if o == 0.0 {
        return Err(crate::error::zero_division("float divmod()"));
    }
    let (q, r) = fl::float_divmod(fv(&args[0]), o);
    Ok(new_tuple(vec![new_float(q), new_float(r)]))
}

fn float_rdivmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = other_f(&args[1]) else { return Ok(not_implemented()) };
    let o = o?;
    let me = fv(&args[0]);
    if me == 0.0 {
        return Err(crate::error::zero_division("float divmod()"));
    }
    let (q, r) = fl::float_divmod(o, me);
    Ok(new_tuple(vec![new_float(q), new_float(r)]))
}

fn cmp_method(args: &[Value], op: CmpOp) -> PyResult<Value> {
    if int_val(&args[1]).is_none() && float_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    Ok(new_bool(ops::compare(&new_float(fv(&args[0])), &args[1], op)?))
}

fn float_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp_method(args, CmpOp::Eq)
}
fn float_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp_method(args, CmpOp::Ne)
}
fn float_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp_method(args, CmpOp::Lt)
}
fn float_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp_method(args, CmpOp::Le)
}
fn float_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp_method(args, CmpOp::Gt)
}
fn float_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp_method(args, CmpOp::Ge)
}

fn float_neg(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(-fv(&args[0])))
}
fn float_pos(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(fv(&args[0])))
}
fn float_abs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(fv(&args[0]).abs()))
}

fn float_is_integer(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "float.is_integer")?;
    let f = fv(&args[0]);
    Ok(new_bool(f.is_finite() && f.fract() == 0.0))
}

/// The exact ratio of a finite float: (numerator, positive denominator) in lowest terms.
pub fn float_ratio(f: f64) -> PyResult<(malachite::Integer, malachite::Integer)> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    use malachite::num::basic::traits::One;
    let q = malachite::Rational::try_from(f).map_err(|_| value_error("cannot convert to integer ratio"))?;
    let (n, d) = q.into_numerator_and_denominator();
    let num = malachite::Integer::from(n);
    let num = if f < 0.0 { -num } else { num };
    let _ = malachite::Integer::ONE;
    Ok((num, malachite::Integer::from(d)))
}

fn float_as_integer_ratio(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "float.as_integer_ratio")?;
    let (n, d) = float_ratio(fv(&args[0]))?;
    Ok(new_tuple(vec![int::new_bigint(n), int::new_bigint(d)]))
}

fn float_hex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "float.hex")?;
    Ok(new_str(float_to_hex(fv(&args[0]))))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals).
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return fl::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 { (0, -1022) } else { (1, exp_bits - 1023) };
    format!("{sign}0x{lead}.{mant:013x}p{}{}", if exp < 0 { "-" } else { "+" }, exp.abs())
}

fn float_fromhex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = crate::objects::clinic::one_arg(&args[1..], kw, "float.fromhex")?;
    let s = as_str(s).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", s.ty().name())))?;
    let f = parse_hex_float(s)?;
    let r = new_float(f);
    if args[0].is(&FLOAT_TYPE.as_value()) {
        return Ok(r);
    }
    crate::call::call(&args[0], &[r], None)
}

/// `float.fromhex(s)`: hex digits with an optional point and binary exponent,
/// correctly rounded (half to even).
pub fn parse_hex_float(s: &str) -> PyResult<f64> {
    use malachite::num::arithmetic::traits::Abs;
    use malachite::num::conversion::traits::RoundingFrom;
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| crate::objects::unicode::is_space(c));
    let b = t.as_bytes();
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &t[i..];
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(if neg { -f64::NAN } else { f64::NAN });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // Huge exponents only matter for zero mantissas; clamp them.
            let v: i64 = e.parse().unwrap_or(if e.starts_with('-') { -(1 << 40) } else { 1 << 40 });
            (m, v)
        }
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(invalid());
    }
    let mut big = malachite::Integer::from(0);
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        big = big * malachite::Integer::from(16) + malachite::Integer::from(d);
    }
    let zero = big == 0;
    let exp2 = exp.saturating_sub(4 * fp.len() as i64);
    if zero {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    if exp2 > 5000 {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    if exp2 < -5000 - 4 * (ip.len() + fp.len()) as i64 {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let q = if exp2 >= 0 {
        malachite::Rational::from(big << exp2 as u64)
    } else {
        malachite::Rational::from_integers(big, malachite::Integer::from(1) << (-exp2) as u64)
    };
    let limit = malachite::Rational::from((malachite::Integer::from(1) << 1024u64) - (malachite::Integer::from(1) << 970u64));
    if (&q).abs() >= limit {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    let v = f64::rounding_from(q, malachite::rounding_modes::RoundingMode::Nearest).0;
    Ok(if neg { -v } else { v })
}

fn float_conjugate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "float.conjugate")?;
    Ok(new_float(fv(&args[0])))
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(new_float(fv(v)))
}
fn get_imag(_v: &Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}

fn float_getnewargs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "float.__getnewargs__")?;
    Ok(new_tuple(vec![new_float(fv(&args[0]))]))
}

fn float_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "float.__sizeof__")?;
    Ok(new_int(24))
}

fn float_getformat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let t = crate::objects::clinic::one_arg(&args[1..], kw, "float.__getformat__")?;
    let t = as_str(t).ok_or_else(|| {
        type_error(format!("__getformat__() argument must be str, not {}", crate::objects::clinic::arg_type_name(t)))
    })?;
    if t != "double" && t != "float" {
        return Err(value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(new_str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" }))
}

pub fn init() {
    let t = &FLOAT_TYPE;
    build::new(t, float_new);
    build::doc(t, "Convert a string or number to a floating point number, if possible.");
    let m: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__repr__", float_repr),
        ("__hash__", float_hash),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_int),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__format__", float_format),
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__sizeof__", float_sizeof),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__getnewargs__", float_getnewargs),
    ];
    for (name, f) in m {
        build::method(t, name, *f);
    }
    build::classmethod(t, "fromhex", float_fromhex);
    build::classmethod(t, "__getformat__", float_getformat);
    build::getset(t, "real", get_real, None);
    build::getset(t, "imag", get_imag, None);
}
