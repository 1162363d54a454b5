//! Type feedback: what the interpreter saw at each instruction that tier 1
//! has inline paths for, so that it emits only the paths that were used.
//!
//! `CodeObj::feedback` has one byte per instruction; the interpreter ORs in
//! a bit for the kind of operands each run of a `BinaryOp`, `CompareOp`,
//! `BinarySubscr`, `StoreSubscr` or `ForIter` met. A byte that stays 0
//! belongs to an instruction that never ran. The bits only ever select which
//! inline paths to emit: every compiled instruction keeps the full path for
//! anything else, so stale feedback costs speed, never correctness.

use crate::objects::code::CodeObj;
use crate::objects::dict::DICT_TYPE;
use crate::objects::str::STR_TYPE;
use crate::objects::float::FLOAT_TYPE;
use crate::objects::list::LIST_TYPE;
use crate::objects::tuple::TUPLE_TYPE;
use crate::value::Value;
use std::cell::Cell;

/// `BinaryOp`, `CompareOp`: both operands small ints.
pub const SMALL_INTS: u8 = 1;
/// `BinaryOp`, `CompareOp`: both operands exact floats.
pub const FLOATS: u8 = 2;
/// `BinaryOp`, `CompareOp`: a small int and an exact float, either way round.
pub const INT_FLOAT: u8 = 8;
/// `BinaryOp`, `CompareOp`: both operands exact strs.
pub const STRS: u8 = 16;
/// `BinarySubscr`, `StoreSubscr`: an exact list by a small int.
pub const LIST_BY_INT: u8 = 1;
/// `BinarySubscr`: an exact tuple by a small int.
pub const TUPLE_BY_INT: u8 = 2;
/// `BinarySubscr`, `StoreSubscr`: an exact dict by an exact str or a small int.
pub const DICT_BY_KEY: u8 = 8;
/// `ForIter`: a range iterator.
pub const RANGE_ITER: u8 = 1;
/// `ForIter`: a list iterator.
pub const LIST_ITER: u8 = 2;
/// `ForIter`: a tuple iterator.
pub const TUPLE_ITER: u8 = 8;
/// `Call` with one argument: the callee was `builtins.len` and the argument
/// an exact list, tuple, dict or str.
pub const LEN_CALL: u8 = 1;
/// Anything else.
pub const OTHER: u8 = 4;
/// What tier 1 assumes of code that has no feedback at all (compiled before
/// it ever ran, as with `TERN_TIER1_THRESHOLD=0`): every kind.
pub const ALL: u8 = 0xff;

/// Instruction `ip`'s feedback byte.
///
/// # Safety
/// `ip` is an instruction of `code`.
#[inline(always)]
pub unsafe fn cell(code: &CodeObj, ip: usize) -> &Cell<u8> {
    code.feedback.get_unchecked(ip)
}

/// Adds `kind` to what instruction `ip` of `code` has seen.
///
/// # Safety
/// `ip` is an instruction of `code`.
#[inline(always)]
pub unsafe fn note(code: &CodeObj, ip: usize, kind: u8) {
    let c = cell(code, ip);
    c.set(c.get() | kind);
}

/// The kind of a binary operation's or comparison's operands.
#[inline(always)]
pub fn operands(a: &Value, b: &Value) -> u8 {
    if a.bits() & b.bits() & 1 != 0 {
        SMALL_INTS
    } else if a.is_type(&FLOAT_TYPE) && b.is_type(&FLOAT_TYPE) {
        FLOATS
    } else if (a.is_small_int() && b.is_type(&FLOAT_TYPE)) || (b.is_small_int() && a.is_type(&FLOAT_TYPE)) {
        INT_FLOAT
    } else if a.is_type(&STR_TYPE) && b.is_type(&STR_TYPE) {
        STRS
    } else {
        OTHER
    }
}

/// The kind of a call of `f` with the `n` arguments at `args`.
///
/// # Safety
/// `args` points at `n` live values.
#[inline(always)]
pub unsafe fn call(f: &Value, args: *const Option<Value>, n: usize) -> u8 {
    if n == 1 && f.bits() == crate::builtins::len_bits() {
        let a = (*args).as_ref().unwrap_unchecked();
        if a.is_type(&LIST_TYPE) || a.is_type(&TUPLE_TYPE) || a.is_type(&DICT_TYPE) || a.is_type(&STR_TYPE) {
            return LEN_CALL;
        }
    }
    OTHER
}

/// The kind of a subscript's container and key.
#[inline(always)]
pub fn subscript(obj: &Value, key: &Value) -> u8 {
    if obj.is_type(&DICT_TYPE) && (key.is_small_int() || key.is_type(&STR_TYPE)) {
        DICT_BY_KEY
    } else if !key.is_small_int() || obj.is_small_int() {
        OTHER
    } else if obj.is_type(&LIST_TYPE) {
        LIST_BY_INT
    } else if obj.is_type(&TUPLE_TYPE) {
        TUPLE_BY_INT
    } else {
        OTHER
    }
}

/// Has any instruction of `code` recorded feedback? If not (it was compiled
/// before it ever ran), tier 1 assumes `ALL` everywhere.
pub fn profiled(code: &CodeObj) -> bool {
    code.feedback.iter().any(|c| c.get() != 0)
}
