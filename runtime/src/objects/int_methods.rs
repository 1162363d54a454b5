//! The methods of `int` (and so of `bool`): the constructor, the operator
//! methods that subclasses and explicit `int.__add__(...)` calls reach, and
//! the named methods.

use crate::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, is_true_obj, new_bool, none, not_implemented, BOOL_TYPE};
use crate::objects::float::{float_val, new_float};
use crate::objects::function::Kw;
use crate::objects::int::{self, int_val, new_bigint, new_int, IntObject, IntRepr, IntVal, INT_TYPE};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::{ObjHeader, Value};
use malachite::Integer;
use tern_frontend::bytecode::{BinOp, CmpOp};

fn iv(v: &Value) -> IntVal<'_> {
    int_val(v).unwrap()
}

/// `int(x)` for a non-int `x` without a base (CPython's PyNumber_Long):
/// `__int__`, `__index__`, `__trunc__`, then str/bytes parsing.
pub fn int_from_value(x: &Value) -> PyResult<Value> {
    if let Some(i) = int_val(x) {
        return Ok(int::add(i, IntVal::Small(0)));
    }
    if let Some(f) = float_val(x) {
        return float_to_int(f);
    }
    let ty = x.ty();
    for name in ["__int__", "__index__"] {
        if let Some(f) = ty.lookup_str(name) {
            if is_none(&f) {
                continue;
            }
            let r = ops::call_special(&f, x, &[])?;
            if !int::is_int(&r) {
                return Err(type_error(format!("{} returned non-int (type {})", name, r.ty().name())));
            }
            return Ok(int::add(iv(&r), IntVal::Small(0)));
        }
    }
    if let Some(f) = ty.lookup_str("__trunc__") {
        let r = ops::call_special(&f, x, &[])?;
        if int::is_int(&r) {
            return Ok(int::add(iv(&r), IntVal::Small(0)));
        }
        return match ops::index_opt(&r)? {
            Some(i) => Ok(int::add(iv(&i), IntVal::Small(0))),
            None => Err(type_error(format!("__trunc__ returned non-Integral (type {})", r.ty().name()))),
        };
    }
    if let Some(s) = as_str(x) {
        return parse_int_text(s, 10, x);
    }
    if let Some(b) = crate::objects::bytes::buffer_bytes(x) {
        let s: String = b.iter().map(|&c| if c < 128 { c as char } else { '?' }).collect();
        return parse_int_text(&s, 10, x);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        ty.name()
    )))
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    use malachite::num::conversion::traits::RoundingFrom;
    let (i, _) = Integer::rounding_from(t, malachite::rounding_modes::RoundingMode::Exact);
    Ok(new_bigint(i))
}

/// `int(text, base)`, with CPython's digit limit and error message.
fn parse_int_text(s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    if let Some((i, ndigits, eff_base)) = int::parse_int_ex(s, base) {
        let limit = int::max_str_digits();
        if limit > 0 && !eff_base.is_power_of_two() && ndigits > limit {
            return Err(int::limit_error(Some(ndigits)));
        }
        return Ok(new_bigint(i));
    }
    let r = ops::repr_string(orig)?;
    let r: String = r.chars().take(200).collect();
    Err(value_error(format!("invalid literal for int() with base {base}: {r}")))
}

fn int_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    // `int(x)`, the common call: no argument parsing.
    if args.len() == 2 && std::ptr::eq(cls, &INT_TYPE) && kw.is_none_or(|k| k.is_empty()) {
        return int_from_value(&args[1]);
    }
    let a = crate::objects::clinic::keywords(&args[1..], kw, "int", &["x", "base"], 1, 0)?;
    let v = match (&a[0], &a[1]) {
        (None, None) => new_int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(x)?,
        (Some(x), Some(b)) => {
            let base = ops::index(b)?;
            let base = int::as_i64(&base).unwrap_or(-1);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match as_str(x) {
                Some(s) => s.to_owned(),
                None => match crate::objects::bytes::buffer_bytes(x) {
                    Some(b) => b.iter().map(|&c| if c < 128 { c as char } else { '?' }).collect(),
                    None => return Err(type_error("int() can't convert non-string with explicit base")),
                },
            };
            parse_int_text(&text, base as u32, x)?
        }
    };
    if std::ptr::eq(cls, &INT_TYPE) {
        return Ok(v);
    }
    let repr = match iv(&v) {
        IntVal::Small(i) => IntRepr::Small(i),
        IntVal::Big(b) => IntRepr::Big(b.clone()),
    };
    Ok(crate::types::alloc_object(cls, IntObject { header: ObjHeader::new(std::ptr::null()), value: repr }))
}

pub fn int_repr_string(v: &Value) -> PyResult<String> {
    let i = iv(v);
    if v.is_type(&BOOL_TYPE) {
        return Ok(if is_true_obj(v) { "True".into() } else { "False".into() });
    }
    int::to_decimal(i)
}

fn int_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(int_repr_string(&args[0])?))
}

fn int_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(int::hash(iv(&args[0]))))
}

fn int_bool(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(!iv(&args[0]).is_zero()))
}

fn int_int(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(int::add(iv(&args[0]), IntVal::Small(0)))
}

fn int_float(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_float(int::to_f64(iv(&args[0]))?))
}

fn binop_method(args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", args.len() - 1)));
    }
    let Some(other) = int_val(&args[1]) else { return Ok(not_implemented()) };
    let me = iv(&args[0]);
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    match ops::int_binop(a, b, op) {
        Some(r) => r,
        None => Ok(not_implemented()),
    }
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
    int_add, int_radd, BinOp::Add;
    int_sub, int_rsub, BinOp::Sub;
    int_mul, int_rmul, BinOp::Mul;
    int_truediv, int_rtruediv, BinOp::TrueDiv;
    int_floordiv, int_rfloordiv, BinOp::FloorDiv;
    int_mod, int_rmod, BinOp::Mod;
    int_lshift, int_rlshift, BinOp::LShift;
    int_rshift, int_rrshift, BinOp::RShift;
    int_and, int_rand, BinOp::And;
    int_or, int_ror, BinOp::Or;
    int_xor, int_rxor, BinOp::Xor;
}

fn int_pow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(b) = args.get(1).and_then(int_val) else { return Ok(not_implemented()) };
    match args.get(2) {
        Some(m) if !is_none(m) => match int_val(m) {
            Some(mv) => int::pow_mod(iv(&args[0]), b, mv),
            None => Ok(not_implemented()),
        },
        _ => int::pow(iv(&args[0]), b),
    }
}

fn int_rpow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(a) = args.get(1).and_then(int_val) else { return Ok(not_implemented()) };
    match args.get(2) {
        Some(m) if !is_none(m) => match int_val(m) {
            Some(mv) => int::pow_mod(a, iv(&args[0]), mv),
            None => Ok(not_implemented()),
        },
        _ => int::pow(a, iv(&args[0])),
    }
}

fn int_divmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(b) = int_val(&args[1]) else { return Ok(not_implemented()) };
    let (q, r) = int::divmod(iv(&args[0]), b)?;
    Ok(new_tuple(vec![q, r]))
}

fn int_rdivmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(a) = int_val(&args[1]) else { return Ok(not_implemented()) };
    let (q, r) = int::divmod(a, iv(&args[0]))?;
    Ok(new_tuple(vec![q, r]))
}

fn cmp_method(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let other = &args[1];
    if int_val(other).is_none() && float_val(other).is_none() {
        return Ok(not_implemented());
    }
    Ok(new_bool(ops::compare(&int::add(iv(&args[0]), IntVal::Small(0)), other, op)?))
}

fn int_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if int_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    cmp_method(args, CmpOp::Eq)
}
fn int_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if int_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    cmp_method(args, CmpOp::Ne)
}
fn int_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if int_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    cmp_method(args, CmpOp::Lt)
}
fn int_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if int_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    cmp_method(args, CmpOp::Le)
}
fn int_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if int_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    cmp_method(args, CmpOp::Gt)
}
fn int_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if int_val(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    cmp_method(args, CmpOp::Ge)
}

fn int_neg(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(int::neg(iv(&args[0])))
}
fn int_pos(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(int::add(iv(&args[0]), IntVal::Small(0)))
}
fn int_abs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(int::abs(iv(&args[0])))
}
fn int_invert(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(int::invert(iv(&args[0])))
}

fn int_round(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "__round__", "int.__round__", 0, 1)?;
    let me = iv(&args[0]);
    let nd = match args.get(1) {
        Some(n) => ops::index(n)?,
        None => return Ok(int::add(me, IntVal::Small(0))),
    };
    let nd = iv(&nd);
    if !nd.is_negative() {
        return Ok(int::add(me, IntVal::Small(0)));
    }
    // Round to a multiple of 10**-nd, halves to even.
    let exp = int::neg(nd);
    let p = int::pow(IntVal::Small(10), iv(&exp))?;
    let pv = iv(&p);
    let (q, r) = int::divmod(me, pv)?;
    let twice = int::mul(iv(&r), IntVal::Small(2));
    let c = int::cmp(iv(&twice), pv);
    let low_bit = int::bitand(iv(&q), IntVal::Small(1));
    let q_odd = !iv(&low_bit).is_zero();
    let q = if c == std::cmp::Ordering::Greater || (c == std::cmp::Ordering::Equal && q_odd) {
        int::add(iv(&q), IntVal::Small(1))
    } else {
        q
    };
    Ok(int::mul(iv(&q), pv))
}

fn int_index(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    int_int(args, None)
}

fn int_format(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::one_arg(&args[1..], kw, "int.__format__")?;
    let spec = as_str(&args[1])
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", args[1].ty().name())))?;
    crate::format::spec::format_int_value(&args[0], spec).map(new_str)
}

/// `int.__sizeof__`: CPython's 30-bit digit layout.
fn int_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "int.__sizeof__")?;
    let bits = match iv(&args[0]) {
        IntVal::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        IntVal::Big(b) => malachite::num::logic::traits::SignificantBits::significant_bits(b.unsigned_abs_ref()),
    };
    let ndigits = bits.div_ceil(30).max(1);
    Ok(new_int(24 + 4 * ndigits as i64))
}

fn int_bit_length(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "int.bit_length")?;
    let n = match iv(&args[0]) {
        IntVal::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        IntVal::Big(b) => malachite::num::logic::traits::SignificantBits::significant_bits(&malachite::Natural::try_from(b.clone()).unwrap_or_else(|_| malachite::Natural::try_from(-b.clone()).unwrap())),
    };
    Ok(new_int(n as i64))
}

fn int_bit_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "int.bit_count")?;
    let n = match iv(&args[0]) {
        IntVal::Small(i) => i.unsigned_abs().count_ones() as u64,
        IntVal::Big(b) => {
            let nat = malachite::Natural::try_from(b.clone()).unwrap_or_else(|_| malachite::Natural::try_from(-b.clone()).unwrap());
            malachite::num::logic::traits::CountOnes::count_ones(&nat)
        }
    };
    Ok(new_int(n as i64))
}

fn int_conjugate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "int.conjugate")?;
    int_int(args, None)
}

fn int_as_integer_ratio(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(&args[1..], kw, "int.as_integer_ratio")?;
    Ok(new_tuple(vec![int_int(args, None)?, new_int(1)]))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
fn byteorder_arg(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let s = as_str(v).ok_or_else(|| {
        type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            crate::objects::clinic::arg_type_name(v)
        ))
    })?;
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn int_to_bytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords_kwonly(&args[1..], kw, "to_bytes", &["length", "byteorder", "signed"], 0, 2, 0)?;
    let length = match &a[0] {
        Some(l) => crate::objects::clinic::ssize_arg(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(a[1].as_ref(), "to_bytes")?;
    let signed = match &a[2] {
        Some(s) => ops::truthy(s)?,
        None => false,
    };
    let v = iv(&args[0]).to_big();
    if !signed && v < 0 {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    // The minimal two's-complement length, checked before allocating.
    let bits = malachite::num::logic::traits::SignificantBits::significant_bits(v.unsigned_abs_ref());
    let need_bits = if signed {
        if v < 0 {
            let m = Integer::from(-(v.clone() + Integer::from(1)));
            malachite::num::logic::traits::SignificantBits::significant_bits(m.unsigned_abs_ref()) + 1
        } else {
            bits + 1
        }
    } else {
        bits
    };
    // (0 and -1 fit in zero bytes: their sign extension is all zeros/ones, as in CPython.)
    if need_bits > (length as u64).saturating_mul(8) && !(length == 0 && signed && (v == -1 || v == 0)) {
        return Err(overflow_error("int too big to convert"));
    }
    let mut bytes = Vec::with_capacity(length as usize);
    let mut x = v;
    let modulus = Integer::from(256);
    for _ in 0..length {
        use malachite::num::arithmetic::traits::DivMod;
        let (q, r) = x.div_mod(modulus.clone());
        bytes.push(u8::try_from(&r).unwrap_or(0));
        x = q;
    }
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(bytes))
}

fn int_from_bytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords_kwonly(&args[1..], kw, "from_bytes", &["bytes", "byteorder", "signed"], 0, 2, 1)?;
    let src = a[0].as_ref().unwrap();
    let data: Vec<u8> = crate::objects::bytes::object_bytes(src)?;
    let little = byteorder_arg(a[1].as_ref(), "from_bytes")?;
    let signed = match &a[2] {
        Some(s) => ops::truthy(s)?,
        None => false,
    };
    let mut bytes = data;
    if little {
        bytes.reverse();
    }
    let mut v = Integer::from(0);
    for b in &bytes {
        v = (v << 8u64) + Integer::from(*b);
    }
    if signed && bytes.first().is_some_and(|b| b & 0x80 != 0) {
        v -= Integer::from(1) << (8 * bytes.len() as u64);
    }
    let r = new_bigint(v);
    let cls = &args[0];
    if cls.is(&INT_TYPE.as_value()) {
        return Ok(r);
    }
    crate::call::call(cls, &[r], None)
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(int::add(iv(v), IntVal::Small(0)))
}
fn get_imag(_v: &Value) -> PyResult<Value> {
    Ok(new_int(0))
}
fn get_denominator(_v: &Value) -> PyResult<Value> {
    Ok(new_int(1))
}

fn int_getnewargs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_tuple(vec![int_int(args, None)?]))
}

fn int_trunc(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    int_int(args, None)
}

// ----- bool ---------------------------------------------------------------------

fn bool_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(if is_true_obj(&args[0]) { "True" } else { "False" }))
}

fn bool_logic(args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    if args[1].is_type(&BOOL_TYPE) {
        let (x, y) = (is_true_obj(&args[0]), is_true_obj(&args[1]));
        return Ok(new_bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    binop_method(args, op, reflected)
}

fn bool_and(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bool_logic(args, BinOp::And, false)
}
fn bool_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bool_logic(args, BinOp::Or, false)
}
fn bool_xor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bool_logic(args, BinOp::Xor, false)
}
fn bool_rand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bool_logic(args, BinOp::And, true)
}
fn bool_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bool_logic(args, BinOp::Or, true)
}
fn bool_rxor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bool_logic(args, BinOp::Xor, true)
}

pub fn init() {
    let t = &INT_TYPE;
    build::new(t, int_new);
    let m: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__repr__", int_repr),
        ("__hash__", int_hash),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_trunc),
        ("__ceil__", int_trunc),
        ("__round__", int_round),
        ("__format__", int_format),
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
    ];
    for (name, f) in m {
        build::method(t, name, *f);
    }
    build::classmethod(t, "from_bytes", int_from_bytes);
    build::getset(t, "real", get_real, None);
    build::getset(t, "imag", get_imag, None);
    build::getset(t, "numerator", get_real, None);
    build::getset(t, "denominator", get_denominator, None);
    let b = &BOOL_TYPE;
    build::method(b, "__repr__", bool_repr);
    build::method(b, "__and__", bool_and);
    build::method(b, "__or__", bool_or);
    build::method(b, "__xor__", bool_xor);
    build::method(b, "__rand__", bool_rand);
    build::method(b, "__ror__", bool_ror);
    build::method(b, "__rxor__", bool_rxor);
    let _ = (none(), PyErr::from_value);
}
