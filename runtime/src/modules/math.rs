//! The `math` module.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::new_bool;
use crate::objects::float::{float_val, new_float};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{self, int_val, new_bigint, new_int};
use crate::objects::module::{new_module, ModuleObject};
use crate::ops;
use crate::value::Value;
use malachite::Integer;

/// A float argument (ints convert exactly or raise OverflowError).
pub fn arg_f64(v: &Value) -> PyResult<f64> {
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    if let Some(i) = int_val(v) {
        return int::to_f64(i);
    }
    if let Some(f) = v.ty().lookup_str("__float__") {
        let r = ops::call_special(&f, v, &[])?;
        if let Some(x) = float_val(&r) {
            return Ok(x);
        }
    }
    if let Some(f) = v.ty().lookup_str("__index__") {
        let r = ops::call_special(&f, v, &[])?;
        if let Some(i) = int_val(&r) {
            return int::to_f64(i);
        }
    }
    Err(type_error(format!("must be real number, not {}", v.ty().name())))
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range_err() -> PyErr {
    crate::error::overflow_error("math range error")
}

/// A one-argument float function with CPython's domain/range checks.
fn unary(args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    crate::builtins::args::arity(name, args.len(), 1, 1)?;
    let x = arg_f64(&args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

macro_rules! unary_fns {
    ($( $name:ident => $f:expr; )*) => {
        $( fn $name(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> { unary(args, stringify!($name), $f) } )*
    };
}

unary_fns! {
    sqrt => f64::sqrt;
    exp => f64::exp;
    exp2 => f64::exp2;
    expm1 => f64::exp_m1;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    sinh => f64::sinh;
    cosh => f64::cosh;
    tanh => f64::tanh;
    asinh => f64::asinh;
    acosh => f64::acosh;
    atanh => f64::atanh;
    fabs => f64::abs;
    cbrt => f64::cbrt;
    erf => libm::erf;
    erfc => libm::erfc;
}

fn degrees(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    unary(args, "degrees", |x| x * (180.0 / std::f64::consts::PI))
}

fn radians(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    unary(args, "radians", |x| x * (std::f64::consts::PI / 180.0))
}

fn log_of(v: &Value) -> PyResult<f64> {
    // Ints beyond the float range are handled through their bit length.
    if let Some(i) = int_val(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain());
        }
        if let Ok(f) = int::to_f64(i) {
            return Ok(f.ln());
        }
        let b = i.to_big();
        let nat = b.unsigned_abs_ref();
        let bits = malachite::num::logic::traits::SignificantBits::significant_bits(nat);
        let shift = bits.saturating_sub(60);
        let top = int::to_f64(int::IntVal::Big(&(b >> shift))).unwrap_or(1.0);
        return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
    }
    let x = arg_f64(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}


fn log(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("log", args.len(), 1, 2)?;
    let num = log_of(&args[0])?;
    match args.get(1) {
        None => Ok(new_float(num)),
        Some(b) => {
            let den = log_of(b)?;
            if den == 0.0 {
                return Err(crate::error::zero_division("float division by zero"));
            }
            Ok(new_float(num / den))
        }
    }
}

fn log2(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("log2", args.len(), 1, 1)?;
    if let Some(f) = float_val(&args[0]) {
        if f <= 0.0 {
            return Err(domain());
        }
        return Ok(new_float(f.log2()));
    }
    Ok(new_float(log_of(&args[0])? / std::f64::consts::LN_2))
}

fn log10(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("log10", args.len(), 1, 1)?;
    if let Some(f) = float_val(&args[0]) {
        if f <= 0.0 {
            return Err(domain());
        }
        return Ok(new_float(f.log10()));
    }
    if let Some(i) = int_val(&args[0]) {
        if let Ok(f) = int::to_f64(i) {
            if f > 0.0 {
                return Ok(new_float(f.log10()));
            }
        }
    }
    Ok(new_float(log_of(&args[0])? / std::f64::consts::LN_10))
}

fn log1p(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("log1p", args.len(), 1, 1)?;
    let x = arg_f64(&args[0])?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(new_float(x.ln_1p()))
}

fn pow(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("pow", args.len(), 2, 2)?;
    let x = arg_f64(&args[0])?;
    let y = arg_f64(&args[1])?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

fn atan2(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("atan2", args.len(), 2, 2)?;
    Ok(new_float(arg_f64(&args[0])?.atan2(arg_f64(&args[1])?)))
}

fn round_to_int(args: &[Value], name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    crate::builtins::args::arity(name, args.len(), 1, 1)?;
    let v = &args[0];
    if let Some(i) = int_val(v) {
        return Ok(int::add(i, int::IntVal::Small(0)));
    }
    if let Some(x) = float_val(v) {
        if v.is_type(&crate::objects::float::FLOAT_TYPE) {
            return crate::objects::int_methods::float_to_int(f(x));
        }
    }
    if let Some(m) = v.ty().lookup_str(dunder) {
        return ops::call_special(&m, v, &[]);
    }
    let x = arg_f64(v)?;
    crate::objects::int_methods::float_to_int(f(x))
}

fn floor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    round_to_int(args, "floor", "__floor__", f64::floor)
}

fn ceil(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    round_to_int(args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("trunc", args.len(), 1, 1)?;
    let v = &args[0];
    match v.ty().lookup_str("__trunc__") {
        Some(m) => ops::call_special(&m, v, &[]),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", v.ty().name()))),
    }
}

fn isnan(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("isnan", args.len(), 1, 1)?;
    Ok(new_bool(arg_f64(&args[0])?.is_nan()))
}

fn isinf(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("isinf", args.len(), 1, 1)?;
    Ok(new_bool(arg_f64(&args[0])?.is_infinite()))
}

fn isfinite(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("isfinite", args.len(), 1, 1)?;
    Ok(new_bool(arg_f64(&args[0])?.is_finite()))
}

fn int_arg(v: &Value, fname: &str) -> PyResult<Integer> {
    if float_val(v).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let _ = fname;
    let i = ops::index(v)?;
    Ok(int::to_bigint(&i).unwrap())
}

fn gcd_big(a: Integer, b: Integer) -> Integer {
    use malachite::num::arithmetic::traits::Gcd;
    Integer::from(a.unsigned_abs_ref().clone().gcd(b.unsigned_abs_ref().clone()))
}

fn gcd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut g = Integer::from(0);
    for a in args {
        g = gcd_big(g, int_arg(a, "gcd")?);
    }
    Ok(new_bigint(g))
}

fn lcm(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut l = Integer::from(1);
    for a in args {
        let x = int_arg(a, "lcm")?;
        if x == 0 {
            return Ok(new_int(0));
        }
        let g = gcd_big(l.clone(), x.clone());
        l = Integer::from((l * x / g).unsigned_abs_ref().clone());
    }
    Ok(new_bigint(l))
}

fn factorial(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("factorial", args.len(), 1, 1)?;
    let n = int_arg(&args[0], "factorial")?;
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = u64::try_from(&n).map_err(|_| crate::error::overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    use malachite::num::arithmetic::traits::Factorial;
    Ok(new_bigint(Integer::from(malachite::Natural::factorial(n))))
}

fn isqrt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("isqrt", args.len(), 1, 1)?;
    let n = int_arg(&args[0], "isqrt")?;
    if n < 0 {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    use malachite::num::arithmetic::traits::FloorSqrt;
    Ok(new_bigint(n.floor_sqrt()))
}

fn comb(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("comb", args.len(), 2, 2)?;
    let n = int_arg(&args[0], "comb")?;
    let k = int_arg(&args[1], "comb")?;
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
    let mut r = Integer::from(1);
    let mut i = Integer::from(0);
    while i < k {
        r = r * (&n - &i) / (&i + Integer::from(1));
        i += Integer::from(1);
    }
    Ok(new_bigint(r))
}

fn perm(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("perm", args.len(), 1, 2)?;
    let n = int_arg(&args[0], "perm")?;
    if n < 0 {
        return Err(value_error("n must be a non-negative integer"));
    }
    let k = match args.get(1) {
        Some(v) if !crate::objects::bool_none::is_none(v) => int_arg(v, "perm")?,
        _ => n.clone(),
    };
    if k < 0 {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(new_int(0));
    }
    let mut r = Integer::from(1);
    let mut i = Integer::from(0);
    while i < k {
        r *= &n - &i;
        i += Integer::from(1);
    }
    Ok(new_bigint(r))
}

fn copysign(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("copysign", args.len(), 2, 2)?;
    Ok(new_float(arg_f64(&args[0])?.copysign(arg_f64(&args[1])?)))
}

fn fmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("fmod", args.len(), 2, 2)?;
    let x = arg_f64(&args[0])?;
    let y = arg_f64(&args[1])?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain());
    }
    Ok(new_float(x % y))
}

fn hypot(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        vals.push(arg_f64(a)?.abs());
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(new_float(f64::INFINITY));
    }
    if vals.iter().any(|v| v.is_nan()) {
        return Ok(new_float(f64::NAN));
    }
    let max = vals.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 {
        return Ok(new_float(0.0));
    }
    let sum: f64 = vals.iter().map(|v| (v / max) * (v / max)).sum();
    Ok(new_float(max * sum.sqrt()))
}

fn fsum(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("fsum", args.len(), 1, 1)?;
    // Shewchuk's exact partial sums, as CPython.
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut err = None;
    ops::for_each(&args[0], |v| {
        let mut x = match arg_f64(&v) {
            Ok(x) => x,
            Err(e) => {
                err = Some(e);
                return Ok(false);
            }
        };
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            return Ok(true);
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
        Ok(true)
    })?;
    if let Some(e) = err {
        return Err(e);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
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

fn prod(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("prod", args, kw, &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or_else(|| new_int(1));
    ops::for_each(a[0].as_ref().unwrap(), |v| {
        acc = ops::binary_op(&acc, &v, tern_frontend::bytecode::BinOp::Mul)?;
        Ok(true)
    })?;
    Ok(acc)
}

pub fn create() -> Value {
    let m = new_module("math");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("cbrt", cbrt),
        ("erf", erf),
        ("erfc", erfc),
        ("degrees", degrees),
        ("radians", radians),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("atan2", atan2),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("copysign", copysign),
        ("fmod", fmod),
        ("hypot", hypot),
        ("fsum", fsum),
        ("prod", prod),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("math")));
    }
    mo.set("pi", new_float(std::f64::consts::PI));
    mo.set("e", new_float(std::f64::consts::E));
    mo.set("tau", new_float(std::f64::consts::TAU));
    mo.set("inf", new_float(f64::INFINITY));
    mo.set("nan", new_float(f64::NAN));
    m
}
