//! `complex`: pairs of doubles with CPython's repr and arithmetic.

use crate::error::{type_error, value_error, zero_division, PyResult};
use crate::objects::bool_none::{new_bool, not_implemented};
use crate::objects::float::{float_repr, float_val, new_float};
use crate::objects::function::Kw;
use crate::objects::int::{self, int_val};
use crate::objects::str::new_str;
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

/// A number as (re, im), for mixed arithmetic.
fn parts(v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(c) = v.downcast::<ComplexObject>() {
        return Some(Ok((c.re, c.im)));
    }
    if let Some(f) = float_val(v) {
        return Some(Ok((f, 0.0)));
    }
    int_val(v).map(|i| int::to_f64(i).map(|f| (f, 0.0)))
}

fn fmt_part(x: f64) -> String {
    let s = float_repr(x);
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt_part(im));
    }
    let sign = if im.is_sign_negative() || im.is_nan() && im.is_sign_negative() { "-" } else { "+" };
    format!("({}{}{}j)", fmt_part(re), sign, fmt_part(im.abs()))
}

fn c(v: &Value) -> (f64, f64) {
    let o = v.downcast::<ComplexObject>().unwrap();
    (o.re, o.im)
}

fn complex_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("complex", &args[1..], kw, &["real", "imag"], 0)?;
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(r) = &a[0] {
        if let Some(s) = crate::objects::str::as_str(r) {
            let (x, y) = parse_complex(s).ok_or_else(|| value_error("complex() arg is a malformed string"))?;
            re = x;
            im = y;
        } else {
            let (x, y) = parts(r).ok_or_else(|| {
                type_error(format!("complex() first argument must be a string or a number, not '{}'", r.ty().name()))
            })??;
            re = x;
            im = y;
        }
    }
    if let Some(i) = &a[1] {
        let (x, y) = parts(i).ok_or_else(|| {
            type_error(format!("complex() second argument must be a number, not '{}'", i.ty().name()))
        })??;
        re -= y;
        im += x;
    }
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, ComplexObject { header: ObjHeader::new(std::ptr::null()), re, im }))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t);
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                let re = crate::objects::float_methods::parse_float(&body[..i])?;
                let ims = &body[i..];
                let im = if ims == "+" { 1.0 } else if ims == "-" { -1.0 } else { crate::objects::float_methods::parse_float(ims)? };
                return Some((re, im));
            }
        }
        let im = match body {
            "" | "+" => 1.0,
            "-" => -1.0,
            b => crate::objects::float_methods::parse_float(b)?,
        };
        return Some((0.0, im));
    }
    Some((crate::objects::float_methods::parse_float(t)?, 0.0))
}

fn complex_repr_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (re, im) = c(&args[0]);
    Ok(new_str(complex_repr(re, im)))
}

fn arith(args: &[Value], op: char, reflected: bool) -> PyResult<Value> {
    let Some(o) = parts(&args[1]) else { return Ok(not_implemented()) };
    let o = o?;
    let me = c(&args[0]);
    let ((a, b), (x, y)) = if reflected { (o, me) } else { (me, o) };
    let (re, im) = match op {
        '+' => (a + x, b + y),
        '-' => (a - x, b - y),
        '*' => (a * x - b * y, a * y + b * x),
        _ => {
            if x == 0.0 && y == 0.0 {
                return Err(zero_division("complex division by zero"));
            }
            // Smith's algorithm, as CPython.
            if x.abs() >= y.abs() {
                let r = y / x;
                let d = x + y * r;
                ((a + b * r) / d, (b - a * r) / d)
            } else {
                let r = x / y;
                let d = x * r + y;
                ((a * r + b) / d, (b * r - a) / d)
            }
        }
    };
    Ok(new_complex(re, im))
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

fn c_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = parts(&args[1]) else { return Ok(not_implemented()) };
    let (x, y) = o?;
    let (a, b) = c(&args[0]);
    Ok(new_bool(a == x && b == y))
}

fn c_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = parts(&args[1]) else { return Ok(not_implemented()) };
    let (x, y) = o?;
    let (a, b) = c(&args[0]);
    Ok(new_bool(a != x || b != y))
}

fn c_abs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_float(a.hypot(b)))
}

fn c_neg(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_complex(-a, -b))
}

fn c_bool(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_bool(a != 0.0 || b != 0.0))
}

fn c_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    let h = crate::objects::float::hash_float(a).wrapping_add(1000003i64.wrapping_mul(crate::objects::float::hash_float(b)));
    Ok(int::new_int(if h == -1 { -2 } else { h }))
}

fn c_conjugate(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = c(&args[0]);
    Ok(new_complex(a, -b))
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
    build::method(t, "__repr__", complex_repr_m);
    build::method(t, "__add__", c_add);
    build::method(t, "__radd__", c_radd);
    build::method(t, "__sub__", c_sub);
    build::method(t, "__rsub__", c_rsub);
    build::method(t, "__mul__", c_mul);
    build::method(t, "__rmul__", c_rmul);
    build::method(t, "__truediv__", c_div);
    build::method(t, "__rtruediv__", c_rdiv);
    build::method(t, "__eq__", c_eq);
    build::method(t, "__ne__", c_ne);
    build::method(t, "__abs__", c_abs);
    build::method(t, "__neg__", c_neg);
    build::method(t, "__bool__", c_bool);
    build::method(t, "__hash__", c_hash);
    build::method(t, "conjugate", c_conjugate);
    build::getset(t, "real", get_real, None);
    build::getset(t, "imag", get_imag, None);
}
