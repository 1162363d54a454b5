//! Errors inside the runtime: a raised Python exception travels as
//! `Err(PyErr)` through Rust code. (At the C ABI that compiled code calls, the
//! same error becomes a null return with the exception in the thread state.)

use crate::objects::exception as exc;
use crate::types::TypeObject;
use crate::value::Value;

/// A raised exception: the exception instance.
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    /// An exception of class `ty` with one message argument.
    pub fn new(ty: &TypeObject, msg: impl Into<String>) -> PyErr {
        let s = crate::objects::str::new_str(msg.into());
        PyErr { exc: exc::new_exception(ty, vec![s]) }
    }

    /// An exception of class `ty` with these arguments.
    pub fn with_args(ty: &TypeObject, args: Vec<Value>) -> PyErr {
        PyErr { exc: exc::new_exception(ty, args) }
    }

    pub fn from_value(exc: Value) -> PyErr {
        PyErr { exc }
    }

    /// Is the exception an instance of `ty` (or a subclass)?
    pub fn matches(&self, ty: &TypeObject) -> bool {
        self.exc.isinstance(ty)
    }

    pub fn type_name(&self) -> String {
        self.exc.ty().name().to_owned()
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let msg = crate::ops::str_of(&self.exc).unwrap_or_default();
        write!(f, "{}: {}", self.exc.ty().name(), msg)
    }
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::TYPE_ERROR, msg)
}

pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::VALUE_ERROR, msg)
}

pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::INDEX_ERROR, msg)
}

pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&exc::KEY_ERROR, vec![key])
}

pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::ATTRIBUTE_ERROR, msg)
}

pub fn name_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::NAME_ERROR, msg)
}

pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::ZERO_DIVISION_ERROR, msg)
}

pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::OVERFLOW_ERROR, msg)
}

pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::RUNTIME_ERROR, msg)
}

pub fn recursion_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::RECURSION_ERROR, msg)
}

pub fn not_implemented_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::NOT_IMPLEMENTED_ERROR, msg)
}

pub fn memory_error() -> PyErr {
    PyErr::with_args(&exc::MEMORY_ERROR, vec![])
}

pub fn os_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::OS_ERROR, msg)
}

pub fn stop_iteration(value: Option<Value>) -> PyErr {
    PyErr::with_args(&exc::STOP_ITERATION, value.into_iter().collect())
}

pub fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        &exc::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub fn unbound_free(name: &str) -> PyErr {
    PyErr::new(
        &exc::NAME_ERROR,
        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
    )
}

pub fn import_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::IMPORT_ERROR, msg)
}

/// `TypeError: 'X' object is not ...` in CPython's words.
pub fn not_a(what: &str, v: &Value) -> PyErr {
    type_error(format!("'{}' object {}", v.ty().name(), what))
}

/// Formats like CPython's "%.200s" of a type name.
pub fn tname(v: &Value) -> &str {
    v.ty().name()
}
