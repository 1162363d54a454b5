//! The `_sre` module of CPython 3.11 (Modules/_sre/sre.c and sre_lib.h): the
//! regular expression engine under CPython's own `re` package. `re._compiler`
//! turns a pattern into opcodes and calls `_sre.compile`; this module runs
//! that code with the same backtracking choices as CPython.
//!
//! - `constants.rs`: opcode, AT, category and INFO numbers (MAGIC 20220615)
//! - `chars.rs`: character classes and case mappings
//! - `engine.rs`: match, search and count over an explicit backtracking stack
//! - `validate.rs`: the code checks `_sre.compile` makes
//! - `subject.rs`: the matched string as a fixed-width character array
//! - `pattern.rs`, `matchobj.rs`: `re.Pattern`, `re.Match`, `_sre.SRE_Scanner`

pub mod chars;
pub mod constants;
pub mod engine;
pub mod matchobj;
pub mod pattern;
pub mod subject;
pub mod validate;

use crate::error::PyResult;
use crate::objects::bool_none::new_bool;
use crate::objects::clinic;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{new_int, new_int_u64};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::value::Value;
use constants::*;

/// `__class_getitem__` of Pattern and Match: `re.Pattern[str]`.
fn class_getitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::one_arg(&args[1..], kw, "__class_getitem__")?;
    Ok(crate::builtins::generic_alias::new_generic_alias(args[0].clone(), a.clone()))
}

/// A `character: int` argument (a C int).
fn character(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<u32> {
    let a = clinic::one_arg(args, kw, name)?;
    Ok(clinic::int_arg(a)? as u32)
}

/// `_sre.getcodesize()`.
fn getcodesize(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(args, kw, "getcodesize")?;
    Ok(new_int(CODESIZE))
}

/// `_sre.ascii_iscased(character)`: an ASCII letter?
fn ascii_iscased(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ch = character(args, kw, "ascii_iscased")?;
    Ok(new_bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

/// `_sre.unicode_iscased(character)`: does it have another case?
fn unicode_iscased(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ch = character(args, kw, "unicode_iscased")?;
    Ok(new_bool(ch != chars::lower_unicode(ch) || ch != chars::upper_unicode(ch)))
}

/// `_sre.ascii_tolower(character)`.
fn ascii_tolower(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ch = character(args, kw, "ascii_tolower")?;
    Ok(new_int(chars::lower_ascii(ch) as i32 as i64))
}

/// `_sre.unicode_tolower(character)`.
fn unicode_tolower(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ch = character(args, kw, "unicode_tolower")?;
    Ok(new_int(chars::lower_unicode(ch) as i32 as i64))
}

static INIT: std::sync::Once = std::sync::Once::new();

/// Creates the `_sre` module.
pub fn create() -> Value {
    INIT.call_once(|| {
        pattern::init();
        matchobj::init();
    });
    let m = new_module("_sre");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[
        ("compile", pattern::sre_compile),
        ("getcodesize", getcodesize),
        ("ascii_iscased", ascii_iscased),
        ("unicode_iscased", unicode_iscased),
        ("ascii_tolower", ascii_tolower),
        ("unicode_tolower", unicode_tolower),
    ];
    for &(name, f) in fns {
        mo.set(name, new_builtin(name, f, Some("_sre")));
    }
    mo.set("MAGIC", new_int(MAGIC));
    mo.set("CODESIZE", new_int(CODESIZE));
    mo.set("MAXREPEAT", new_int_u64(MAXREPEAT as u64));
    mo.set("MAXGROUPS", new_int(MAXGROUPS as i64));
    mo.set("copyright", new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
    m
}
