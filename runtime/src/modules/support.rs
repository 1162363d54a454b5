//! Small helpers shared by the native modules that define their own types
//! (itertools, _collections, _functools, ...): declaring a type, reaching
//! `self` and `cls`, and CPython's `Py_ssize_t` conversions.

use crate::error::{type_error, PyResult};
use crate::types::TypeObject;
use crate::value::{PyObj, Value};

/// Declares a built-in type `$module.$name` (CPython's dotted tp_name) with
/// native layout `$ty`.
macro_rules! native_type {
    ($static:ident, $module:literal, $name:literal, $ty:ty, $flags:expr) => {
        crate::modules::support::type_static!($static, $module, $name, $ty, $flags);
        unsafe impl crate::value::PyObj for $ty {
            fn class() -> &'static crate::types::TypeObject {
                &$static
            }
        }
    };
}

/// Declares another built-in type sharing an existing native layout.
macro_rules! type_static {
    ($static:ident, $module:literal, $name:literal, $ty:ty, $flags:expr) => {
        pub static $static: crate::types::TypeObject =
            crate::types::TypeObject::builtin::<$ty>(concat!($module, ".", $name), Some(&crate::types::OBJECT_TYPE), $flags)
                .in_module($module)
                .with_qualname($name);
    };
}
pub(crate) use native_type;
pub(crate) use type_static;

/// The payload of `self` (`args[0]`) for a method of type `T`.
pub fn this<T: PyObj>(args: &[Value]) -> PyResult<&T> {
    args.first().and_then(|v| v.downcast::<T>()).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '{}' object but received a '{}'",
            T::class().name(),
            args.first().map_or("nothing", |v| v.ty().name())
        ))
    })
}

/// The class argument of a `__new__` (`args[0]`).
pub fn cls_arg(args: &[Value]) -> PyResult<&TypeObject> {
    args.first().and_then(|v| v.downcast::<TypeObject>()).ok_or_else(|| type_error("__new__(X): X is not a type object"))
}

/// CPython's `PyNumber_AsSsize_t(v, NULL)`: `__index__`, clipped to the ssize range.
pub fn ssize_clip(v: &Value) -> PyResult<i64> {
    let i = crate::ops::index(v)?;
    Ok(match crate::objects::int::int_val(&i) {
        Some(x) => x.as_i64().unwrap_or(if x.is_negative() { i64::MIN } else { i64::MAX }),
        None => 0,
    })
}

/// CPython's `PyNumber_AsSsize_t(v, PyExc_OverflowError)` (the `n` format).
pub fn ssize(v: &Value) -> PyResult<i64> {
    crate::objects::clinic::ssize_arg(v)
}

/// Initialises a set of module types once per process.
pub fn once(flag: &'static std::sync::Once, f: impl FnOnce()) {
    flag.call_once(f);
}

/// `__class_getitem__` of built-in generic classes: `cls[args]` is a GenericAlias.
pub fn class_getitem(args: &[Value], _kw: Option<&crate::objects::function::Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("__class_getitem__", args.len().saturating_sub(1), 1, 1)?;
    Ok(crate::builtins::generic_alias::new_generic_alias(args[0].clone(), args[1].clone()))
}

/// CPython's `_PyType_Name(Py_TYPE(v))`: the type's `__name__` (the last part
/// of a static type's dotted tp_name).
pub fn type_name(v: &Value) -> String {
    short_name(v.ty())
}

/// `_PyType_Name(t)`.
pub fn short_name(t: &TypeObject) -> String {
    if t.is_heap() {
        t.name().to_owned()
    } else {
        t.name().rsplit('.').next().unwrap_or("").to_owned()
    }
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview, array), copied.
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    crate::builtins::memoryview::view_bytes(v)
}

/// A new exception class `module.name` deriving from `base`, as
/// PyErr_NewException makes it (`struct.error`, `binascii.Error`, ...).
pub fn new_exception_class(module: &str, name: &str, base: &TypeObject) -> Value {
    let d = crate::objects::dict::new_dict();
    if let Some(dd) = d.downcast::<crate::objects::dict::DictObject>() {
        dd.set_str(crate::objects::str::new_str("__module__"), crate::objects::str::new_str(module));
    }
    let args = [
        crate::objects::str::new_str(name),
        crate::objects::tuple::new_tuple(vec![base.as_value()]),
        d,
    ];
    crate::call::call(&crate::types::TYPE_TYPE.as_value(), &args, None).expect("creating an exception class")
}
