//! Built-in modules written in Rust.

pub mod math;
pub mod sys;
pub mod time;

use crate::value::Value;

/// Names of the modules implemented natively.
pub const BUILTIN_NAMES: &[&str] = &["builtins", "sys", "math", "time"];

/// Creates a built-in module by name (sys and builtins exist from start-up).
pub fn create(name: &str) -> Option<Value> {
    match name {
        "sys" => Some(sys::sys_module()),
        "builtins" => Some(crate::builtins::builtins_module()),
        "math" => Some(math::create()),
        "time" => Some(time::create()),
        _ => None,
    }
}
