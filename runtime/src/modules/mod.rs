//! Built-in modules written in Rust: the modules CPython writes in C, under
//! the same names (see ARCHITECTURE.md, "The standard library").

pub mod math;
pub mod sys;
pub mod time;

use crate::value::Value;

/// Every native module: its name and the function that creates it. Add a
/// module here and nowhere else (`sys.builtin_module_names` comes from it).
pub const NATIVE: &[(&str, fn() -> Value)] = &[
    ("builtins", crate::builtins::builtins_module),
    ("sys", sys::sys_module),
    ("math", math::create),
    ("time", time::create),
];

/// Creates a native module by name (`sys` and `builtins` exist from start-up).
pub fn create(name: &str) -> Option<Value> {
    NATIVE.iter().find(|(n, _)| *n == name).map(|(_, make)| make())
}
