//! CPython's argument conventions for C methods, with their exact error
//! messages: METH_NOARGS, METH_O, Argument Clinic (positional-only or with
//! keywords) and old-style `PyArg_ParseTuple`. `args` never includes `self`.

use crate::error::{type_error, PyResult};
use crate::objects::function::Kw;
use crate::value::Value;

fn has_kw(kw: Option<&Kw>) -> bool {
    kw.is_some_and(|k| !k.is_empty())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// METH_NOARGS: `str.lower() takes no arguments (1 given)`.
pub fn noargs(args: &[Value], kw: Option<&Kw>, qualname: impl std::fmt::Display) -> PyResult<()> {
    if has_kw(kw) {
        return Err(type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(type_error(format!("{qualname}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

/// METH_O: `str.join() takes exactly one argument (0 given)`. (`qualname`
/// is formatted only for an error: callers pass `format_args!`.)
pub fn one_arg<'a>(args: &'a [Value], kw: Option<&Kw>, qualname: impl std::fmt::Display) -> PyResult<&'a Value> {
    if has_kw(kw) {
        return Err(type_error(format!("{qualname}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!("{qualname}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(&args[0])
}

/// Argument Clinic, positional-only parameters: `center expected at least 1 argument, got 0`.
pub fn positional(args: &[Value], kw: Option<&Kw>, name: &str, qualname: impl std::fmt::Display, min: usize, max: usize) -> PyResult<()> {
    if has_kw(kw) {
        return Err(type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!("{name} expected {at}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!("{name} expected {at}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// Old-style `PyArg_ParseTuple`: `count() takes at least 1 argument (0 given)`.
pub fn parse_tuple(args: &[Value], kw: Option<&Kw>, name: &str, qualname: impl std::fmt::Display, min: usize, max: usize) -> PyResult<()> {
    if has_kw(kw) {
        return Err(type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(type_error(format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k))));
    }
    Ok(())
}

/// Argument Clinic with keywords: binds `args` and `kw` to `names`, of which
/// the first `posonly` are positional-only and the first `nreq` required.
pub fn keywords(
    args: &[Value],
    kw: Option<&Kw>,
    name: &str,
    names: &[&str],
    posonly: usize,
    nreq: usize,
) -> PyResult<Vec<Option<Value>>> {
    keywords_kwonly(args, kw, name, names, posonly, names.len(), nreq)
}

/// Like `keywords`, with only the first `maxpos` parameters accepted by position.
pub fn keywords_kwonly(
    args: &[Value],
    kw: Option<&Kw>,
    name: &str,
    names: &[&str],
    posonly: usize,
    maxpos: usize,
    nreq: usize,
) -> PyResult<Vec<Option<Value>>> {
    let nkw = kw.map_or(0, |k| k.len());
    let max = names.len();
    if args.len() > maxpos && args.len() + nkw <= max {
        let how = if nreq < maxpos { "at most" } else { "exactly" };
        return Err(type_error(format!(
            "{name}() takes {how} {maxpos} positional argument{} ({} given)",
            plural(maxpos),
            args.len()
        )));
    }
    if args.len() + nkw > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} {}argument{} ({} given)",
            if args.is_empty() { "keyword " } else { "" },
            plural(max),
            args.len() + nkw
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match names.iter().position(|n| *n == k) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {name}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(nreq) {
        if out[i].is_none() {
            if i < posonly {
                let minpos = nreq.min(posonly);
                return Err(type_error(format!(
                    "{name}() takes {} {minpos} positional argument{} ({} given)",
                    if minpos < maxpos { "at least" } else { "exactly" },
                    plural(minpos),
                    args.len()
                )));
            }
            return Err(type_error(format!("{name}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// How Argument Clinic names an argument's type in errors: `None` for None.
pub fn arg_type_name(v: &Value) -> String {
    if crate::objects::bool_none::is_none(v) {
        "None".to_owned()
    } else {
        v.ty().name().to_owned()
    }
}

/// A C `Py_ssize_t` argument from an int or `__index__` object (clamping is
/// the caller's business): OverflowError past 64 bits.
pub fn ssize_arg(v: &Value) -> PyResult<i64> {
    if crate::objects::float::float_val(v).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = crate::ops::index(v)?;
    crate::objects::int::as_i64(&i)
        .ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// A C `int` argument: OverflowError past 32 bits.
pub fn int_arg(v: &Value) -> PyResult<i32> {
    let i = crate::ops::index(v)?;
    let n = crate::objects::int::int_val(&i).and_then(|x| x.as_i64());
    match n {
        Some(n) if n > i32::MAX as i64 => Err(crate::error::overflow_error("signed integer is greater than maximum")),
        Some(n) if n < i32::MIN as i64 => Err(crate::error::overflow_error("signed integer is less than minimum")),
        Some(n) => Ok(n as i32),
        None => Err(crate::error::overflow_error("Python int too large to convert to C int")),
    }
}

/// MemoryError unless `bytes` more bytes can be allocated (checked for big
/// sizes only), so absurd repetitions fail the way CPython's do instead of aborting.
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    if bytes < 1 << 20 {
        return Ok(());
    }
    if bytes > isize::MAX as usize / 2 {
        return Err(crate::error::memory_error());
    }
    let mut v: Vec<u8> = Vec::new();
    v.try_reserve_exact(bytes).map_err(|_| crate::error::memory_error())
}
