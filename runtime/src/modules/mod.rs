//! Built-in modules written in Rust: the modules CPython writes in C, under
//! the same names (see ARCHITECTURE.md, "The standard library").

pub mod abc;
pub mod array;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod functools;
pub mod gc;
pub mod hashes;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod json;
pub mod codecs;
pub mod contextvars;
pub mod csv;
pub mod datetime;
pub mod errno;
pub mod locale;
pub mod marshal;
pub mod math;
pub mod operator;
pub mod random;
pub mod posix;
pub mod posixsubprocess;
pub mod pwd;
pub mod select;
pub mod signal;
pub mod socket;
pub mod sre;
pub mod string;
pub mod struct_;
pub mod support;
pub mod sys;
pub mod threadmod;
pub mod time;
pub mod warnings;
pub mod weakref;

use crate::value::Value;

/// Every native module: its name and the function that creates it. Add a
/// module here and nowhere else (`sys.builtin_module_names` comes from it).
pub const NATIVE: &[(&str, fn() -> Value)] = &[
    ("builtins", crate::builtins::builtins_module),
    ("sys", sys::sys_module),
    ("math", math::create),
    ("itertools", itertools::create),
    ("_collections", collections::create),
    ("_operator", operator::create),
    ("_functools", functools::create),
    ("_abc", abc::create),
    ("_heapq", heapq::create),
    ("_bisect", bisect::create),
    ("_random", random::create),
    ("_md5", hashes::create_md5),
    ("_sha1", hashes::create_sha1),
    ("_sha256", hashes::create_sha256),
    ("_sha512", hashes::create_sha512),
    ("_sha3", hashes::create_sha3),
    ("_blake2", hashes::create_blake2),
    ("time", time::create),
    ("_datetime", datetime::create),
    ("posix", posix::create),
    ("errno", errno::create),
    ("pwd", pwd::create),
    ("_signal", signal::create),
    ("_locale", locale::create),
    ("_codecs", codecs::create),
    ("_sre", sre::create),
    ("_io", io::create),
    ("_ast", ast::create),
    ("_struct", struct_::create),
    ("cmath", cmath::create),
    ("binascii", binascii::create),
    ("_contextvars", contextvars::create),
    ("array", array::create),
    ("_weakref", weakref::create),
    ("gc", gc::create),
    ("atexit", atexit::create),
    ("_thread", threadmod::create),
    ("_string", string::create),
    ("_imp", imp::create),
    ("_warnings", warnings::create),
    ("marshal", marshal::create),
    ("_json", json::create),
    ("_csv", csv::create),
    ("_socket", socket::create),
    ("select", select::create),
    ("_posixsubprocess", posixsubprocess::create),
];

/// Creates a native module by name (`sys` and `builtins` exist from start-up).
pub fn create(name: &str) -> Option<Value> {
    NATIVE.iter().find(|(n, _)| *n == name).map(|(_, make)| make())
}
