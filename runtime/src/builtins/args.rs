//! Argument parsing for native functions, with CPython's error wording.

use crate::error::{type_error, PyResult};
use crate::objects::function::Kw;
use crate::value::Value;

/// Binds positional then keyword arguments to `names`; the first `nreq` are
/// required. Returns one slot per name.
pub fn bind(fname: &str, args: &[Value], kw: Option<&Kw>, names: &[&str], nreq: usize) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match names.iter().position(|n| *n == k) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            fname,
                            k,
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => {
                    return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k)));
                }
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(nreq) {
        if out[i].is_none() {
            return Err(type_error(format!("{}() missing required argument '{}' (pos {})", fname, name, i + 1)));
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
