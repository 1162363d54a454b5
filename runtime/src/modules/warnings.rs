//! The `_warnings` module, which importlib's bootstrap imports as a
//! built-in. tern keeps the warnings machinery in CPython's pure-Python
//! `warnings.py` (which falls back to itself when `_warnings` lacks its
//! filters); `_warnings.warn` hands over to `warnings.warn`.

use crate::error::PyResult;
use crate::objects::function::{new_builtin, Kw};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::value::Value;

/// `warn(message, category=None, stacklevel=1, source=None)`.
fn warn(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::keywords(args, kw, "warn", &["message", "category", "stacklevel", "source"], 0, 1)?;
    let w = crate::import::import_module("warnings")?;
    let f = crate::ops::getattr_str(&w, "warn")?;
    crate::call::call(&f, args, kw)
}

pub fn create() -> Value {
    let m = new_module("_warnings");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("warn", new_builtin("warn", warn, Some("_warnings")));
    mo.set("__doc__", new_str("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."));
    m
}
