//! The platform C math library, which CPython's float and math code call.
//! Rust's own `f64` methods may use other implementations (differing in the
//! last bit), so results that must match CPython go through these.

mod sys {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
    }
}

macro_rules! wrap1 {
    ($($name:ident),*) => {
        $(
            #[doc = concat!("libm's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name(x: f64) -> f64 {
                unsafe { sys::$name(x) }
            }
        )*
    };
}

macro_rules! wrap2 {
    ($($name:ident),*) => {
        $(
            #[doc = concat!("libm's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name(x: f64, y: f64) -> f64 {
                unsafe { sys::$name(x, y) }
            }
        )*
    };
}

wrap1!(sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, exp2, expm1, log, log2, log10, log1p, erf, erfc);
wrap2!(atan2, pow, hypot, fmod, nextafter);

/// libm's `ldexp`: x * 2**e.
#[inline]
pub fn ldexp(x: f64, e: i32) -> f64 {
    unsafe { sys::ldexp(x, e) }
}

/// libm's `cbrt`. Rust links its own `cbrt` into the binary (which wins over
/// the shared library at link time), so the C library's is looked up at run time.
pub fn cbrt(x: f64) -> f64 {
    use std::sync::OnceLock;
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| unsafe {
        let lib = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW);
        let handle = if lib.is_null() { libc::RTLD_DEFAULT } else { lib };
        let p = libc::dlsym(handle, c"cbrt".as_ptr());
        if p.is_null() {
            None
        } else {
            Some(std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(p))
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}
