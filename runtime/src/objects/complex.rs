//! `complex`: pairs of doubles with CPython's constructor, repr, hash,
//! arithmetic (Smith's division, `**` by repeated squaring for small integer
//! exponents) and error messages.

use crate::error::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::objects::bool_none::{is_none, new_bool, not_implemented};
use crate::objects::clinic;
use crate::objects::float::{float_val, new_float};
use crate::objects::function::Kw;
use crate::objects::int::{self, int_val};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct ComplexObject {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}

unsafe impl PyObj for ComplexObject {
    fn class() -> &'static TypeObject {
        &COMPLEX_TYPE
    }
}

pub static COMPLEX_TYPE: TypeObject = TypeObject::builtin::<ComplexObject>("complex", Some(&OBJECT_TYPE), BASETYPE);

pub fn new_complex(re: f64, im: f64) -> Value {
    crate::types::new_object(ComplexObject { header: ObjHeader::new(std::ptr::null()), re, im })
}

type C = (f64, f64);

/// A number as (re, im), for mixed arithmetic (None: not a number we know).
fn parts(v: &Value) -> Option<PyResult<C>> {
    if let Some(c) = v.downcast::<ComplexObject>() {
        return Some(Ok((c.re, c.im)));
    }
    if let Some(f) = float_val(v) {
        return Some(Ok((f, 0.0)));
    }
    int_val(v).map(|i| int::to_f64(i).map(|f| (f, 0.0)))
}

/// `repr(complex)`: the real part is left out when it is +0.0.
pub fn complex_repr(re: f64, im: f64) -> String {
    use crate::format::spec::{double_to_string, DtoaFlags};
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, DtoaFlags::default()));
    }
    let r = double_to_string(re, 'r', 0, DtoaFlags::default());
    let i = double_to_string(im, 'r', 0, DtoaFlags { sign: true, ..Default::default() });
    format!("({r}{i}j)")
}

fn c(v: &Value) -> C {
    let o = v.downcast::<ComplexObject>().unwrap();
    (o.re, o.im)
}

// ----- construction -------------------------------------------------------------

/// `__complex__` of `v`, if its type defines one.
fn try_complex_special(v: &Value) -> PyResult<Option<C>> {
    if v.downcast::<ComplexObject>().is_some() {
        return Ok(None);
    }
    let Some(f) = v.ty().lookup_str("__complex__") else { return Ok(None) };
    let r = ops::call_special(&f, v, &[])?;
    match r.downcast::<ComplexObject>() {
        Some(o) => Ok(Some((o.re, o.im))),
        None => Err(type_error(format!("__complex__ returned non-complex (type {})", r.ty().name()))),
    }
}

/// Does `v` convert to a number (has `__float__`/`__index__`, or is complex)?
fn is_numberish(v: &Value) -> bool {
    v.downcast::<ComplexObject>().is_some()
        || float_val(v).is_some()
        || int_val(v).is_some()
        || v.ty().lookup_str("__float__").is_some()
        || v.ty().lookup_str("__index__").is_some()
}

fn complex_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let a = clinic::keywords(&args[1..], kw, "complex", &["real", "imag"], 0, 0)?;
    let exact_cls = std::ptr::eq(cls, &COMPLEX_TYPE);
    let make = |re: f64, im: f64| -> Value {
        if exact_cls {
            new_complex(re, im)
        } else {
            crate::types::alloc_object(cls, ComplexObject { header: ObjHeader::new(std::ptr::null()), re, im })
        }
    };
    let r = a[0].clone().unwrap_or_else(|| int::new_int(0));
    let i = a[1].clone();
    if r.is_type(&COMPLEX_TYPE) && i.is_none() && exact_cls {
        return Ok(r);
    }
    if let Some(s) = as_str(&r) {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        let (x, y) = complex_from_str(&r, s)?;
        return Ok(make(x, y));
    }
    if let Some(iv) = &i {
        if as_str(iv).is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let special = try_complex_special(&r)?;
    if special.is_none() && !is_numberish(&r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.ty().name()
        )));
    }
    if let Some(iv) = &i {
        if !is_numberish(iv) {
            return Err(type_error(format!("complex() second argument must be a number, not '{}'", iv.ty().name())));
        }
    }
    let (cr, cr_is_complex) = match special {
        Some(z) => (z, true),
        None => match r.downcast::<ComplexObject>() {
            Some(o) => ((o.re, o.im), true),
            None => ((crate::objects::float_methods::float_from_value(&r)?, 0.0), false),
        },
    };
    let (mut ci, ci_is_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match iv.downcast::<ComplexObject>() {
            Some(o) => ((o.re, o.im), true),
            None => ((crate::objects::float_methods::float_from_value(iv)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(make(re, ci.0))
}

/// Parses `complex('1+2j')` as CPython's complex_from_string_inner.
fn complex_from_str(orig: &Value, s: &str) -> PyResult<C> {
    let t = crate::objects::unicode::transform_decimal_and_space(s);
    let t = crate::objects::float_methods::strip_underscores(&t).ok_or_else(|| {
        value_error(format!("could not convert string to complex: {}", crate::objects::str::repr_str(s)))
    })?;
    let _ = orig;
    parse_complex(t.as_bytes()).ok_or_else(|| value_error("complex() arg is a malformed string"))
}

/// The body of CPython's complex_from_string_inner on ASCII text.
fn parse_complex(s: &[u8]) -> Option<C> {
    use crate::objects::float_methods::strtod_prefix;
    let ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let mut i = 0;
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    let mut bracket = false;
    if i < s.len() && s[i] == b'(' {
        bracket = true;
        i += 1;
        while i < s.len() && ws(s[i]) {
            i += 1;
        }
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let (mut x, mut y) = (0.0, 0.0);
    let (z, n) = strtod_prefix(&s[i..]);
    if n > 0 {
        i += n;
        if at(i) == b'+' || at(i) == b'-' {
            x = z;
            let (w, m) = strtod_prefix(&s[i..]);
            if m > 0 {
                y = w;
                i += m;
            } else {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if at(i) != b'j' && at(i) != b'J' {
                return None;
            }
            i += 1;
        } else if at(i) == b'j' || at(i) == b'J' {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if at(i) == b'+' || at(i) == b'-' {
            y = if at(i) == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if at(i) != b'j' && at(i) != b'J' {
            return None;
        }
        i += 1;
    }
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while i < s.len() && ws(s[i]) {
            i += 1;
        }
    }
    if i != s.len() {
        return None;
    }
    Some((x, y))
}

// ----- arithmetic -----------------------------------------------------------------

/// Complex multiplication (CPython's _Py_c_prod).
fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division (CPython's _Py_c_quot); None for a zero divisor.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** n` for a non-negative integer n by repeated squaring.
fn powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` as CPython's complex_pow (errors included).
pub fn complex_pow(a: C, b: C) -> PyResult<Value> {
    let mut edom = false;
    let int_exp = b.0 as i64;
    let p = if b.1 == 0.0 && b.0 == int_exp as f64 && (-100..=100).contains(&int_exp) {
        if int_exp > 0 {
            powu(a, int_exp)
        } else {
            match quot((1.0, 0.0), powu(a, -int_exp)) {
                Some(q) => q,
                None => {
                    edom = true;
                    (0.0, 0.0)
                }
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            edom = true;
        }
        (0.0, 0.0)
    } else {
        use crate::objects::libm as cm;
        let vabs = cm::hypot(a.0, a.1);
        let mut len = cm::pow(vabs, b.0);
        let at = cm::atan2(a.1, a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= cm::exp(at * b.1);
            phase += b.1 * cm::log(vabs);
        }
        // libm's cos/sin set errno to EDOM for an infinite argument, which
        // CPython reports as below.
        if phase.is_infinite() {
            edom = true;
        }
        (len * cm::cos(phase), len * cm::sin(phase))
    };
    if edom {
        return Err(zero_division("0.0 to a negative or complex power"));
    }
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(new_complex(p.0, p.1))
}

fn complex_repr_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (re, im) = c(&args[0]);
    Ok(new_str(complex_repr(re, im)))
}

fn arith(args: &[Value], op: char, reflected: bool) -> PyResult<Value> {
    let Some(o) = args.get(1).and_then(parts) else { return Ok(not_implemented()) };
    let o = o?;
    let me = c(&args[0]);
    let (a, b) = if reflected { (o, me) } else { (me, o) };
    let r = match op {
        '+' => (a.0 + b.0, a.1 + b.1),
        '-' => (a.0 - b.0, a.1 - b.1),
        '*' => prod(a, b),
        _ => quot(a, b).ok_or_else(|| zero_division("complex division by zero"))?,
    };
    Ok(new_complex(r.0, r.1))
}

fn c_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '+', false)
}
fn c_radd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '+', true)
}
fn c_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '-', false)
}
fn c_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '-', true)
}
fn c_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '*', false)
}
fn c_rmul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '*', true)
}
fn c_div(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '/', false)
}
fn c_rdiv(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arith(args, '/', true)
}

fn pow_impl(args: &[Value], reflected: bool) -> PyResult<Value> {
    let Some(o) = args.get(1).and_then(parts) else { return Ok(not_implemented()) };
    let o = o?;
    if let Some(z) = args.get(2) {
        if !is_none(z) {
            return Err(value_error("complex modulo"));
        }
    }
    let me = c(&args[0]);
    if reflected {
        complex_pow(o, me)
    } else {
        complex_pow(me, o)
    }
}

fn c_pow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pow_impl(args, false)
}
fn c_rpow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pow_impl(args, true)
}

/// `complex == other`: ints compare exactly against the real part.
fn equal(args: &[Value]) -> PyResult<Option<bool>> {
    let (a, b) = c(&args[0]);
    let o = &args[1];
    if int_val(o).is_some() {
        if b != 0.0 {
            return Ok(Some(false));
        }
        return Ok(Some(ops::compare(&new_float(a), o, tern_frontend::bytecode::CmpOp::Eq)?));
    }
    if let Some(f) = float_val(o) {
        return Ok(Some(a == f && b == 0.0));
    }
    if let Some(z) = o.downcast::<ComplexObject>() {
        return Ok(Some(a == z.re && b == z.im));
    }
    Ok(None)
}

fn c_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(equal(args)?.map_or_else(not_implemented, new_bool))
}

fn c_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(equal(args)?.map_or_else(not_implemented, |e| new_bool(!e)))
}

fn c_unordered(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(not_implemented())
}

fn c_abs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    if a.is_infinite() || b.is_infinite() {
        return Ok(new_float(f64::INFINITY));
    }
    let r = crate::objects::libm::hypot(a, b);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(new_float(r))
}

fn c_neg(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_complex(-a, -b))
}

fn c_pos(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_complex(a, b))
}

fn c_bool(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_bool(a != 0.0 || b != 0.0))
}

fn c_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    let part = |x: f64| -> i64 {
        if x.is_nan() {
            crate::objects::instance::id_hash(&args[0])
        } else {
            crate::objects::float::hash_float(x)
        }
    };
    let h = (part(a) as u64).wrapping_add(1000003u64.wrapping_mul(part(b) as u64)) as i64;
    Ok(int::new_int(if h == -1 { -2 } else { h }))
}

fn c_conjugate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "complex.conjugate")?;
    let (a, b) = c(&args[0]);
    Ok(new_complex(a, -b))
}

fn c_complex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "complex.__complex__")?;
    if args[0].is_type(&COMPLEX_TYPE) {
        return Ok(args[0].clone());
    }
    let (a, b) = c(&args[0]);
    Ok(new_complex(a, b))
}

fn c_getnewargs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "complex.__getnewargs__")?;
    let (a, b) = c(&args[0]);
    Ok(new_tuple(vec![new_float(a), new_float(b)]))
}

fn c_format(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1..], kw, "complex.__format__")?;
    let spec = as_str(&args[1])
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", args[1].ty().name())))?;
    if spec.is_empty() {
        return ops::str_(&args[0]);
    }
    let (a, b) = c(&args[0]);
    Ok(new_str(crate::format::spec::format_complex(a, b, spec, args[0].ty().name())?))
}

fn c_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "complex.__sizeof__")?;
    Ok(int::new_int(32))
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(new_float(c(v).0))
}
fn get_imag(v: &Value) -> PyResult<Value> {
    Ok(new_float(c(v).1))
}

pub fn init() {
    crate::types::init_builtin_type(&COMPLEX_TYPE);
    let t = &COMPLEX_TYPE;
    build::new(t, complex_new);
    build::doc(t, "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.");
    let m: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__repr__", complex_repr_m),
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_div),
        ("__rtruediv__", c_rdiv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_unordered),
        ("__le__", c_unordered),
        ("__gt__", c_unordered),
        ("__ge__", c_unordered),
        ("__abs__", c_abs),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__bool__", c_bool),
        ("__hash__", c_hash),
        ("__complex__", c_complex),
        ("__getnewargs__", c_getnewargs),
        ("__format__", c_format),
        ("__sizeof__", c_sizeof),
        ("conjugate", c_conjugate),
    ];
    for (name, f) in m {
        build::method(t, name, *f);
    }
    build::getset(t, "real", get_real, None);
    build::getset(t, "imag", get_imag, None);
}
