//! The `cmath` module of CPython 3.11 (Modules/cmathmodule.c): the same
//! algorithms, special-value tables (C99 Annex G) and errno rules, so results,
//! signs of zeros and branch cuts match CPython's bit for bit on the same libm.

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::objects::bool_none::new_bool;
use crate::objects::clinic;
use crate::objects::complex::{new_complex, ComplexObject};
use crate::objects::float::new_float;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::libm as m;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::value::Value;
use std::f64::consts::{E, LN_10, LN_2, PI};

type C = (f64, f64);

/// errno after a computation.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const U: f64 = f64::NAN;
const P: f64 = PI;
const P12: f64 = PI / 2.0;
const P14: f64 = PI / 4.0;
const P34: f64 = 0.75 * PI;

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const DBL_MIN: f64 = f64::MIN_POSITIVE;
const SCALE_UP: i32 = 2 * (53 / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}
fn log_large_double() -> f64 {
    m::log(LARGE_DOUBLE)
}
fn sqrt_dbl_min() -> f64 {
    DBL_MIN.sqrt()
}

type Table = [[C; 7]; 7];

/// CPython's special_type: the row/column of a special-value table.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        if d != 0.0 {
            if d.is_sign_positive() {
                4
            } else {
                1
            }
        } else if d.is_sign_positive() {
            3
        } else {
            2
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

fn special(z: C, t: &Table) -> Option<C> {
    if !z.0.is_finite() || !z.1.is_finite() {
        Some(t[special_type(z.0)][special_type(z.1)])
    } else {
        None
    }
}

const fn c(a: f64, b: f64) -> C {
    (a, b)
}

static ACOS_SV: Table = [
    [c(P34, INF), c(P, INF), c(P, INF), c(P, -INF), c(P, -INF), c(P34, -INF), c(N, INF)],
    [c(P12, INF), c(U, U), c(U, U), c(U, U), c(U, U), c(P12, -INF), c(N, N)],
    [c(P12, INF), c(U, U), c(P12, 0.), c(P12, -0.), c(U, U), c(P12, -INF), c(P12, N)],
    [c(P12, INF), c(U, U), c(P12, 0.), c(P12, -0.), c(U, U), c(P12, -INF), c(P12, N)],
    [c(P12, INF), c(U, U), c(U, U), c(U, U), c(U, U), c(P12, -INF), c(N, N)],
    [c(P14, INF), c(0., INF), c(0., INF), c(0., -INF), c(0., -INF), c(P14, -INF), c(N, INF)],
    [c(N, INF), c(N, N), c(N, N), c(N, N), c(N, N), c(N, -INF), c(N, N)],
];

static ACOSH_SV: Table = [
    [c(INF, -P34), c(INF, -P), c(INF, -P), c(INF, P), c(INF, P), c(INF, P34), c(INF, N)],
    [c(INF, -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(0., -P12), c(0., P12), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(0., -P12), c(0., P12), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P14), c(INF, -0.), c(INF, -0.), c(INF, 0.), c(INF, 0.), c(INF, P14), c(INF, N)],
    [c(INF, N), c(N, N), c(N, N), c(N, N), c(N, N), c(INF, N), c(N, N)],
];

static ASINH_SV: Table = [
    [c(-INF, -P14), c(-INF, -0.), c(-INF, -0.), c(-INF, 0.), c(-INF, 0.), c(-INF, P14), c(-INF, N)],
    [c(-INF, -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(-INF, P12), c(N, N)],
    [c(-INF, -P12), c(U, U), c(-0., -0.), c(-0., 0.), c(U, U), c(-INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P14), c(INF, -0.), c(INF, -0.), c(INF, 0.), c(INF, 0.), c(INF, P14), c(INF, N)],
    [c(INF, N), c(N, N), c(N, -0.), c(N, 0.), c(N, N), c(INF, N), c(N, N)],
];

static ATANH_SV: Table = [
    [c(-0., -P12), c(-0., -P12), c(-0., -P12), c(-0., P12), c(-0., P12), c(-0., P12), c(-0., N)],
    [c(-0., -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(-0., P12), c(N, N)],
    [c(-0., -P12), c(U, U), c(-0., -0.), c(-0., 0.), c(U, U), c(-0., P12), c(-0., N)],
    [c(0., -P12), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(0., P12), c(0., N)],
    [c(0., -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(0., P12), c(N, N)],
    [c(0., -P12), c(0., -P12), c(0., -P12), c(0., P12), c(0., P12), c(0., P12), c(0., N)],
    [c(0., -P12), c(N, N), c(N, N), c(N, N), c(N, N), c(0., P12), c(N, N)],
];

static COSH_SV: Table = [
    [c(INF, N), c(U, U), c(INF, 0.), c(INF, -0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(N, 0.), c(U, U), c(1., 0.), c(1., -0.), c(U, U), c(N, 0.), c(N, 0.)],
    [c(N, 0.), c(U, U), c(1., -0.), c(1., 0.), c(U, U), c(N, 0.), c(N, 0.)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(INF, N), c(U, U), c(INF, -0.), c(INF, 0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(N, N), c(N, 0.), c(N, 0.), c(N, N), c(N, N), c(N, N)],
];

static EXP_SV: Table = [
    [c(0., 0.), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(0., 0.), c(0., 0.)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(N, N), c(U, U), c(1., -0.), c(1., 0.), c(U, U), c(N, N), c(N, N)],
    [c(N, N), c(U, U), c(1., -0.), c(1., 0.), c(U, U), c(N, N), c(N, N)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(INF, N), c(U, U), c(INF, -0.), c(INF, 0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(N, N), c(N, -0.), c(N, 0.), c(N, N), c(N, N), c(N, N)],
];

static LOG_SV: Table = [
    [c(INF, -P34), c(INF, -P), c(INF, -P), c(INF, P), c(INF, P), c(INF, P34), c(INF, N)],
    [c(INF, -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(-INF, -P), c(-INF, P), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(-INF, -0.), c(-INF, 0.), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P12), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, P12), c(N, N)],
    [c(INF, -P14), c(INF, -0.), c(INF, -0.), c(INF, 0.), c(INF, 0.), c(INF, P14), c(INF, N)],
    [c(INF, N), c(N, N), c(N, N), c(N, N), c(N, N), c(INF, N), c(N, N)],
];

static SINH_SV: Table = [
    [c(INF, N), c(U, U), c(-INF, -0.), c(-INF, 0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(0., N), c(U, U), c(-0., -0.), c(-0., 0.), c(U, U), c(0., N), c(0., N)],
    [c(0., N), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(0., N), c(0., N)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(INF, N), c(U, U), c(INF, -0.), c(INF, 0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(N, N), c(N, -0.), c(N, 0.), c(N, N), c(N, N), c(N, N)],
];

static SQRT_SV: Table = [
    [c(INF, -INF), c(0., -INF), c(0., -INF), c(0., INF), c(0., INF), c(INF, INF), c(N, INF)],
    [c(INF, -INF), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, INF), c(N, N)],
    [c(INF, -INF), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(INF, INF), c(N, N)],
    [c(INF, -INF), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(INF, INF), c(N, N)],
    [c(INF, -INF), c(U, U), c(U, U), c(U, U), c(U, U), c(INF, INF), c(N, N)],
    [c(INF, -INF), c(INF, -0.), c(INF, -0.), c(INF, 0.), c(INF, 0.), c(INF, INF), c(INF, N)],
    [c(INF, -INF), c(N, N), c(N, N), c(N, N), c(N, N), c(INF, INF), c(N, N)],
];

static TANH_SV: Table = [
    [c(-1., 0.), c(U, U), c(-1., -0.), c(-1., 0.), c(U, U), c(-1., 0.), c(-1., 0.)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(-0.0, N), c(U, U), c(-0., -0.), c(-0., 0.), c(U, U), c(-0.0, N), c(N, N)],
    [c(0.0, N), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(0.0, N), c(N, N)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(1., 0.), c(U, U), c(1., -0.), c(1., 0.), c(U, U), c(1., 0.), c(1., 0.)],
    [c(N, N), c(N, N), c(N, -0.), c(N, 0.), c(N, N), c(N, N), c(N, N)],
];

static RECT_SV: Table = [
    [c(INF, N), c(U, U), c(-INF, 0.), c(-INF, -0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(0., 0.), c(U, U), c(-0., 0.), c(-0., -0.), c(U, U), c(0., 0.), c(0., 0.)],
    [c(0., 0.), c(U, U), c(0., -0.), c(0., 0.), c(U, U), c(0., 0.), c(0., 0.)],
    [c(N, N), c(U, U), c(U, U), c(U, U), c(U, U), c(N, N), c(N, N)],
    [c(INF, N), c(U, U), c(INF, -0.), c(INF, 0.), c(U, U), c(INF, N), c(INF, N)],
    [c(N, N), c(N, N), c(N, 0.), c(N, 0.), c(N, N), c(N, N), c(N, N)],
];

fn neg(z: C) -> C {
    (-z.0, -z.1)
}

// ----- the functions (each returns the value and errno) ----------------------------

fn c_sqrt(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &SQRT_SV) {
        return (r, Errno::Ok);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        ax = m::ldexp(ax, SCALE_UP);
        m::ldexp((ax + m::hypot(ax, m::ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + m::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ((s, d.copysign(z.1)), Errno::Ok)
    } else {
        ((d, s.copysign(z.1)), Errno::Ok)
    }
}

fn c_acos(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ACOS_SV) {
        return (r, Errno::Ok);
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = m::atan2(z.1.abs(), z.0);
        let l = m::log(m::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0;
        let im = if z.0 < 0.0 { -l.copysign(z.1) } else { l.copysign(-z.1) };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (2.0 * m::atan2(s1.0, s2.0), m::asinh(s2.0 * s1.1 - s2.1 * s1.0))
    };
    (r, Errno::Ok)
}

fn c_acosh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ACOSH_SV) {
        return (r, Errno::Ok);
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (m::log(m::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0, m::atan2(z.1, z.0))
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (m::asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * m::atan2(s1.1, s2.0))
    };
    (r, Errno::Ok)
}

fn c_asinh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ASINH_SV) {
        return (r, Errno::Ok);
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = m::log(m::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0;
        let re = if z.1 >= 0.0 { l.copysign(z.0) } else { -l.copysign(-z.0) };
        (re, m::atan2(z.1, z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (m::asinh(s1.0 * s2.1 - s2.0 * s1.1), m::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1))
    };
    (r, Errno::Ok)
}

fn c_asin(z: C) -> (C, Errno) {
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_atanh(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &ATANH_SV) {
        return (r, Errno::Ok);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = m::hypot(z.0 / 2.0, z.1 / 2.0);
        ((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)), Errno::Ok)
    } else if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            ((INF, z.1), Errno::Dom)
        } else {
            let re = -m::log(ay.sqrt() / m::hypot(ay, 2.0).sqrt());
            ((re, (m::atan2(2.0, -ay) / 2.0).copysign(z.1)), Errno::Ok)
        }
    } else {
        let re = m::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
        let im = -m::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
        ((re, im), Errno::Ok)
    }
}

fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_cosh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(m::cos(z.1)), INF.copysign(m::sin(z.1)))
            } else {
                (INF.copysign(m::cos(z.1)), -INF.copysign(m::sin(z.1)))
            }
        } else {
            COSH_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() { Errno::Dom } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (m::cos(z.1) * m::cosh(x1) * E, m::sin(z.1) * m::sinh(x1) * E)
    } else {
        (m::cos(z.1) * m::cosh(z.0), m::sin(z.1) * m::sinh(z.0))
    };
    (r, overflow_check(r))
}

fn overflow_check(r: C) -> Errno {
    if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}

fn c_sinh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(m::cos(z.1)), INF.copysign(m::sin(z.1)))
            } else {
                (-INF.copysign(m::cos(z.1)), INF.copysign(m::sin(z.1)))
            }
        } else {
            SINH_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() { Errno::Dom } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (m::cos(z.1) * m::sinh(x1) * E, m::sin(z.1) * m::cosh(x1) * E)
    } else {
        (m::cos(z.1) * m::sinh(z.0), m::sin(z.1) * m::cosh(z.0))
    };
    (r, overflow_check(r))
}

fn c_sin(z: C) -> (C, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_tanh(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * m::sin(z.1) * m::cos(z.1));
            if z.0 > 0.0 {
                (1.0, im)
            } else {
                (-1.0, im)
            }
        } else {
            TANH_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && z.0.is_finite() { Errno::Dom } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        (1.0f64.copysign(z.0), 4.0 * m::sin(z.1) * m::cos(z.1) * m::exp(-2.0 * z.0.abs()))
    } else {
        let tx = m::tanh(z.0);
        let ty = m::tan(z.1);
        let cx = 1.0 / m::cosh(z.0);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn c_tan(z: C) -> (C, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C) -> (C, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(m::cos(z.1)), INF.copysign(m::sin(z.1)))
            } else {
                (0.0f64.copysign(m::cos(z.1)), 0.0f64.copysign(m::sin(z.1)))
            }
        } else {
            EXP_SV[special_type(z.0)][special_type(z.1)]
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large_double() {
        let l = m::exp(z.0 - 1.0);
        (l * m::cos(z.1) * E, l * m::sin(z.1) * E)
    } else {
        let l = m::exp(z.0);
        (l * m::cos(z.1), l * m::sin(z.1))
    };
    (r, overflow_check(r))
}

fn c_log(z: C) -> (C, Errno) {
    if let Some(r) = special(z, &LOG_SV) {
        return (r, Errno::Ok);
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        m::log(m::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            m::log(m::hypot(m::ldexp(ax, 53), m::ldexp(ay, 53))) - 53.0 * LN_2
        } else {
            return ((-INF, m::atan2(z.1, z.0)), Errno::Dom);
        }
    } else {
        let h = m::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            m::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            m::log(h)
        }
    };
    ((re, m::atan2(z.1, z.0)), Errno::Ok)
}

fn c_log10(z: C) -> (C, Errno) {
    let (r, e) = c_log(z);
    ((r.0 / LN_10, r.1 / LN_10), e)
}

/// _Py_c_quot (Smith's algorithm); Dom on division by zero.
fn quot(a: C, b: C) -> (C, Errno) {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom), Errno::Ok)
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom), Errno::Ok)
    } else {
        ((N, N), Errno::Ok)
    }
}

/// _Py_c_abs.
fn c_abs(z: C) -> (f64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return (z.0.abs(), Errno::Ok);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), Errno::Ok);
        }
        return (N, Errno::Ok);
    }
    let r = m::hypot(z.0, z.1);
    (r, if r.is_finite() { Errno::Ok } else { Errno::Range })
}

/// cmath's c_atan2 (the phase).
fn c_atan2(z: C) -> f64 {
    if z.0.is_nan() || z.1.is_nan() {
        return N;
    }
    if z.1.is_infinite() {
        if z.0.is_infinite() {
            return if z.0.is_sign_positive() { (0.25 * PI).copysign(z.1) } else { (0.75 * PI).copysign(z.1) };
        }
        return (0.5 * PI).copysign(z.1);
    }
    if z.0.is_infinite() || z.1 == 0.0 {
        return if z.0.is_sign_positive() { 0.0f64.copysign(z.1) } else { PI.copysign(z.1) };
    }
    m::atan2(z.1, z.0)
}

fn c_rect(r: f64, phi: f64) -> (C, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                (INF.copysign(m::cos(phi)), INF.copysign(m::sin(phi)))
            } else {
                (-INF.copysign(m::cos(phi)), -INF.copysign(m::sin(phi)))
            }
        } else {
            RECT_SV[special_type(r)][special_type(phi)]
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() { Errno::Dom } else { Errno::Ok };
        return (z, e);
    }
    if phi == 0.0 {
        return ((r, r * phi), Errno::Ok);
    }
    ((r * m::cos(phi), r * m::sin(phi)), Errno::Ok)
}

// ----- arguments and results ----------------------------------------------------------

/// PyComplex_AsCComplex: complex, `__complex__`, else a real number.
fn arg_complex(v: &Value) -> PyResult<C> {
    if let Some(z) = v.downcast::<ComplexObject>() {
        return Ok((z.re, z.im));
    }
    if let Some(f) = v.ty().lookup_str("__complex__") {
        let r = ops::call_special(&f, v, &[])?;
        return match r.downcast::<ComplexObject>() {
            Some(z) => Ok((z.re, z.im)),
            None => Err(type_error(format!("__complex__ returned non-complex (type {})", r.ty().name()))),
        };
    }
    Ok((crate::modules::math::arg_f64(v)?, 0.0))
}

fn result(r: C, e: Errno) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(new_complex(r.0, r.1)),
        Errno::Dom => Err(value_error("math domain error")),
        Errno::Range => Err(overflow_error("math range error")),
    }
}

macro_rules! unary {
    ($($name:ident => $f:ident, $s:literal;)*) => {
        $(
            fn $name(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
                let z = clinic::one_arg(args, kw, concat!("cmath.", $s))?;
                let z = arg_complex(z)?;
                let (r, e) = $f(z);
                result(r, e)
            }
        )*
    };
}

unary! {
    m_acos => c_acos, "acos"; m_acosh => c_acosh, "acosh"; m_asin => c_asin, "asin"; m_asinh => c_asinh, "asinh";
    m_atan => c_atan, "atan"; m_atanh => c_atanh, "atanh"; m_cos => c_cos, "cos"; m_cosh => c_cosh, "cosh";
    m_exp => c_exp, "exp"; m_log10 => c_log10, "log10"; m_sin => c_sin, "sin"; m_sinh => c_sinh, "sinh";
    m_sqrt => c_sqrt, "sqrt"; m_tan => c_tan, "tan"; m_tanh => c_tanh, "tanh";
}

/// `log(x[, base])`.
fn m_log(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "log", "cmath.log", 1, 2)?;
    let x = arg_complex(&args[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(b) = args.get(1) {
        let b = arg_complex(b)?;
        let (lb, eb) = c_log(b);
        let (q, eq) = quot(r, lb);
        r = q;
        // c_log leaves errno as its last call set it; the quotient only sets it.
        e = if eq != Errno::Ok { eq } else { eb };
    }
    result(r, e)
}

fn m_phase(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let z = arg_complex(clinic::one_arg(args, kw, "cmath.phase")?)?;
    Ok(new_float(c_atan2(z)))
}

fn m_polar(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let z = arg_complex(clinic::one_arg(args, kw, "cmath.polar")?)?;
    let phi = c_atan2(z);
    let (r, e) = c_abs(z);
    if e != Errno::Ok {
        return Err(overflow_error("math range error"));
    }
    Ok(new_tuple(vec![new_float(r), new_float(phi)]))
}

fn m_rect(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "rect", "cmath.rect", 2, 2)?;
    let r = crate::modules::math::arg_f64(&args[0])?;
    let phi = crate::modules::math::arg_f64(&args[1])?;
    let (z, e) = c_rect(r, phi);
    result(z, e)
}

fn m_isfinite(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let z = arg_complex(clinic::one_arg(args, kw, "cmath.isfinite")?)?;
    Ok(new_bool(z.0.is_finite() && z.1.is_finite()))
}

fn m_isnan(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let z = arg_complex(clinic::one_arg(args, kw, "cmath.isnan")?)?;
    Ok(new_bool(z.0.is_nan() || z.1.is_nan()))
}

fn m_isinf(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let z = arg_complex(clinic::one_arg(args, kw, "cmath.isinf")?)?;
    Ok(new_bool(z.0.is_infinite() || z.1.is_infinite()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn m_isclose(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords_kwonly(args, kw, "isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let x = arg_complex(a[0].as_ref().expect("required"))?;
    let y = arg_complex(a[1].as_ref().expect("required"))?;
    let rel_tol = match &a[2] {
        Some(v) => crate::modules::math::arg_f64(v)?,
        None => 1e-9,
    };
    let abs_tol = match &a[3] {
        Some(v) => crate::modules::math::arg_f64(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x.0 == y.0 && x.1 == y.1 {
        return Ok(new_bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(new_bool(false));
    }
    let diff = c_abs((x.0 - y.0, x.1 - y.1)).0;
    let close = diff <= rel_tol * c_abs(y).0 || diff <= rel_tol * c_abs(x).0 || diff <= abs_tol;
    Ok(new_bool(close))
}

pub fn create() -> Value {
    let md = new_module("cmath");
    let mo = md.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atanh", m_atanh),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("exp", m_exp),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("log", m_log),
        ("log10", m_log10),
        ("phase", m_phase),
        ("polar", m_polar),
        ("rect", m_rect),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("cmath")));
    }
    mo.set("pi", new_float(PI));
    mo.set("e", new_float(E));
    mo.set("tau", new_float(std::f64::consts::TAU));
    mo.set("inf", new_float(INF));
    mo.set("infj", new_complex(0.0, INF));
    mo.set("nan", new_float(N));
    mo.set("nanj", new_complex(0.0, N));
    mo.set(
        "__doc__",
        crate::objects::str::new_str(
            "This module provides access to mathematical functions for complex\nnumbers.",
        ),
    );
    md
}
