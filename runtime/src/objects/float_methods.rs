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

/// Parses float text as `float()` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes()[0] {
        b'-' => (-1.0, &lower[1..]),
        b'+' => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Underscores only between digits.
    let bytes = body.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'_' {
            let prev = i.checked_sub(1).map(|j| bytes[j]);
            let next = bytes.get(i + 1);
            if !prev.is_some_and(|p| p.is_ascii_digit()) || !next.is_some_and(|n| n.is_ascii_digit()) {
                return None;
            }
        }
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    if !cleaned.is_ascii() {
        // Non-ASCII digits: map Unicode decimals.
        let mapped: Option<String> = cleaned
            .chars()
            .map(|c| if c.is_ascii() { Some(c) } else { int::unicode_decimal(c).map(|d| (b'0' + d as u8) as char) })
            .collect();
        return mapped.and_then(|m| parse_float(&format!("{}{}", if sign < 0.0 { "-" } else { "" }, m)));
    }
    if !cleaned.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
        || cleaned.starts_with(['e', '+', '-'])
        || cleaned == "."
    {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|f| sign * f)
}

/// `float(x)`.
pub fn float_from_value(x: &Value) -> PyResult<f64> {
    if let Some(f) = float_val(x) {
        return Ok(f);
    }
    if let Some(i) = int_val(x) {
        return int::to_f64(i);
    }
    if let Some(s) = as_str(x) {
        return parse_float(s)
            .ok_or_else(|| value_error(format!("could not convert string to float: {}", crate::objects::str::repr_str(s))));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(x) {
        let s = String::from_utf8_lossy(b).into_owned();
        return parse_float(&s).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", crate::objects::bytes::bytes_repr(b)))
        });
    }
    let ty = x.ty();
    if let Some(f) = ty.lookup_str("__float__") {
        let r = ops::call_special(&f, x, &[])?;
        return float_val(&r)
            .ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", ty.name(), r.ty().name())));
    }
    if let Some(f) = ty.lookup_str("__index__") {
        let r = ops::call_special(&f, x, &[])?;
        if let Some(i) = int_val(&r) {
            return int::to_f64(i);
        }
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", ty.name())))
}

fn float_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("float", kw)?;
    if args.len() > 2 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", args.len() - 1)));
    }
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

fn float_round(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let x = fv(&args[0]);
    match args.get(1) {
        Some(n) if !is_none(n) => {
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

fn float_format(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let spec = args.get(1).and_then(as_str).unwrap_or("");
    crate::format::spec::format_float_value(fv(&args[0]), spec).map(new_str)
}

/// The other operand as a float, if it is a float or an int.
fn other_f(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = float_val(v) {
        return Some(Ok(f));
    }
    int_val(v).map(int::to_f64)
}

fn binop_method(args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let Some(o) = other_f(&args[1]) else { return Ok(not_implemented()) };
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
        BinOp::Pow => fl::float_pow(a, b)?,
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
    float_pow, float_rpow, BinOp::Pow;
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
    let me = fv(&args[0]);
    if me == 0.0 {
        return Err(crate::error::zero_division("float divmod()"));
    }
    let (q, r) = fl::float_divmod(o?, me);
    Ok(new_tuple(vec![new_float(q), new_float(r)]))
}

fn cmp_method(args: &[Value], op: CmpOp) -> PyResult<Value> {
    if other_f(&args[1]).is_none() {
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

fn float_is_integer(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = fv(&args[0]);
    Ok(new_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = fv(&args[0]);
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = fl::frexp(f);
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    use malachite::num::conversion::traits::RoundingFrom;
    let num = malachite::Integer::rounding_from(m, malachite::rounding_modes::RoundingMode::Exact).0;
    let one = malachite::Integer::from(1);
    let (num, den) = if e > 0 { (num << e as u64, one) } else { (num, one << (-e) as u64) };
    Ok(new_tuple(vec![int::new_bigint(num), int::new_bigint(den)]))
}

fn float_hex(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(float_to_hex(fv(&args[0]))))
}

/// `float.hex()`: `[-]0x1.<13 hex digits, trailing zeros dropped>p<exp>`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 { (0, -1022) } else { (1, exp_bits - 1023) };
    let mut digits = format!("{mant:013x}");
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    format!("{sign}0x{lead}.{digits}p{}{}", if exp < 0 { "-" } else { "+" }, exp.abs())
}

fn float_fromhex(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args.get(1).and_then(as_str).ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let f = parse_hex_float(s).ok_or_else(|| value_error("invalid hexadecimal floating-point string"))?;
    let r = new_float(f);
    if args[0].is(&FLOAT_TYPE.as_value()) {
        return Ok(r);
    }
    crate::call::call(&args[0], &[r], None)
}

pub fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.as_bytes().first()? {
        b'-' => (true, &lower[1..]),
        b'+' => (false, &lower[1..]),
        _ => (false, &lower[..]),
    };
    if body == "inf" || body == "infinity" {
        return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if body == "nan" {
        return Some(f64::NAN);
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut value = 0f64;
    let mut exp2 = exp;
    let mut digits: Vec<u32> = Vec::new();
    for c in ip.chars() {
        digits.push(c.to_digit(16)?);
    }
    let nfrac = fp.len() as i64;
    for c in fp.chars() {
        digits.push(c.to_digit(16)?);
    }
    exp2 -= 4 * nfrac;
    // Accumulate exactly in a big integer, then scale with correct rounding.
    let mut big = malachite::Integer::from(0);
    for d in digits {
        big = big * malachite::Integer::from(16) + malachite::Integer::from(d);
    }
    let q = if exp2 >= 0 {
        malachite::Rational::from(big << exp2 as u64)
    } else {
        malachite::Rational::from_integers(big, malachite::Integer::from(1) << (-exp2) as u64)
    };
    use malachite::num::conversion::traits::RoundingFrom;
    value += f64::rounding_from(q, malachite::rounding_modes::RoundingMode::Nearest).0;
    Some(if neg { -value } else { value })
}

fn float_conjugate(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(fv(&args[0])))
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(new_float(fv(v)))
}
fn get_imag(_v: &Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}

fn float_getnewargs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_tuple(vec![new_float(fv(&args[0]))]))
}

pub fn init() {
    let t = &FLOAT_TYPE;
    build::new(t, float_new);
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
    build::getset(t, "real", get_real, None);
    build::getset(t, "imag", get_imag, None);
}
