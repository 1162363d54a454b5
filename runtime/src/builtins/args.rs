//! Argument parsing for native functions, with CPython's error wording.

use crate::error::{type_error, PyResult};
use crate::objects::function::Kw;
use crate::value::Value;

/// Binds positional then keyword arguments to `names`; the first `nreq` are
/// required. Returns one slot per name. (Argument clinic's rules and wording.)
pub fn bind(fname: &str, args: &[Value], kw: Option<&Kw>, names: &[&str], nreq: usize) -> PyResult<Vec<Option<Value>>> {
    parse_args(fname, args, kw, names, 0, nreq, names.len())
}

/// CPython's `_PyArg_UnpackKeywords`: `names` are all the parameters, the
/// first `posonly` positional-only; `minpos` of them are required and at most
/// `maxpos` may be given positionally (the rest are keyword-only).
pub fn parse_args(
    fname: &str,
    args: &[Value],
    kw: Option<&Kw>,
    names: &[&str],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let nargs = args.len();
    let mut nkwargs = kw.map_or(0, |k| k.len());
    let maxargs = names.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkwargs > maxargs {
        return Err(type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            maxargs,
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkwargs
        )));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return Err(type_error(format!("{fname}() takes no positional arguments")));
        }
        return Err(type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minpos < maxpos { "at most" } else { "exactly" },
            maxpos,
            plural(maxpos),
            nargs
        )));
    }
    let minposonly = posonly.min(minpos);
    if nargs < minposonly {
        return Err(type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minposonly < maxpos { "at least" } else { "exactly" },
            minposonly,
            plural(minposonly),
            nargs
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    let find = |name: &str| kw.and_then(|k| k.get(name)).cloned();
    for i in nargs.max(posonly)..maxargs {
        let current = if nkwargs > 0 { find(names[i]) } else { None };
        match current {
            Some(v) => {
                out[i] = Some(v);
                nkwargs -= 1;
            }
            None if i < minpos => {
                return Err(type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    fname,
                    names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if nkwargs > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if find(name).is_some() {
                return Err(type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    name,
                    i + 1
                )));
            }
        }
        if let Some(k) = kw {
            for (name, _) in k.iter() {
                if !names[posonly..].contains(&name) {
                    return Err(type_error(format!("'{name}' is an invalid keyword argument for {fname}()")));
                }
            }
        }
    }
    Ok(out)
}

/// Rejects keyword arguments.
pub fn no_kw(fname: &str, kw: Option<&Kw>) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Checks a positional argument count (`self` excluded by the caller) the way
/// CPython's argument clinic words it.
pub fn arity(fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        if min == max {
            return Err(type_error(if min == 1 {
                format!("{fname}() takes exactly one argument ({n} given)")
            } else {
                format!("{fname} expected {min} arguments, got {n}")
            }));
        }
        return Err(type_error(format!(
            "{} expected at least {} argument{}, got {}",
            fname,
            min,
            if min == 1 { "" } else { "s" },
            n
        )));
    }
    if n > max {
        if max == 0 {
            return Err(type_error(format!("{fname}() takes no arguments ({n} given)")));
        }
        if min == max {
            return Err(type_error(if max == 1 {
                format!("{fname}() takes exactly one argument ({n} given)")
            } else {
                format!("{fname} expected {max} arguments, got {n}")
            }));
        }
        return Err(type_error(format!(
            "{} expected at most {} argument{}, got {}",
            fname,
            max,
            if max == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

/// An argument converted like CPython's `_PyLong_AsInt`: `__index__`, then
/// range-checked to a C int.
pub fn as_c_int(v: &Value) -> PyResult<i64> {
    if crate::objects::float::float_val(v).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = crate::ops::index(v)?;
    match crate::objects::int::as_i64(&i) {
        Some(n) if n >= i32::MIN as i64 && n <= i32::MAX as i64 => Ok(n),
        _ => Err(crate::error::overflow_error("Python int too large to convert to C int")),
    }
}

/// A METH_NOARGS method (`args[0]` is self): `T.m() takes no arguments (N given)`.
pub fn noargs(qual: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<()> {
    no_kw(qual, kw)?;
    if args.len() > 1 {
        return Err(type_error(format!("{}() takes no arguments ({} given)", qual, args.len() - 1)));
    }
    Ok(())
}

/// A METH_O method (`args[0]` is self): `T.m() takes exactly one argument (N given)`.
pub fn one_arg(qual: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<()> {
    no_kw(qual, kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", qual, args.len() - 1)));
    }
    Ok(())
}

/// A `Py_ssize_t` argument as argument clinic converts it: `__index__`, and
/// OverflowError when it does not fit.
pub fn as_ssize(v: &Value) -> PyResult<i64> {
    let i = crate::ops::index(v)?;
    crate::objects::int::as_i64(&i)
        .ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// A `slice_index` argument (`_PyEval_SliceIndexNotNone`): anything with
/// `__index__`, clamped to the ssize range.
pub fn slice_index(v: &Value) -> PyResult<i64> {
    let Some(i) = crate::ops::index_opt(v)? else {
        return Err(type_error("slice indices must be integers or have an __index__ method"));
    };
    Ok(match crate::objects::int::int_val(&i) {
        Some(x) => x.as_i64().unwrap_or(if x.is_negative() { i64::MIN } else { i64::MAX }),
        None => 0,
    })
}

/// Whether a class still uses `object.__init__` (CPython's check
/// `type->tp_init == object_init` for rejecting keywords in `__new__`).
pub fn init_is_objects(cls: &crate::types::TypeObject) -> bool {
    match (cls.lookup_str("__init__"), crate::types::OBJECT_TYPE.lookup_str("__init__")) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}
