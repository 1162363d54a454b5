//! The object protocols every tier calls: truth, repr/str, hashing,
//! comparison, arithmetic, attributes, items, length, iteration. Each has
//! inline fast paths for the common built-in types and falls back to the
//! special methods found on the type (with CPython's reflected-operand and
//! NotImplemented rules).

use crate::error::{type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_false_obj, is_none, is_not_implemented, is_true_obj, new_bool};
use crate::objects::dict::{as_dict, DictObject};
use crate::objects::exception::{STOP_ITERATION, ATTRIBUTE_ERROR};
use crate::objects::float::{float_val, new_float, FloatObject};
use crate::objects::function::MethodDescrObject;
use crate::objects::int::{self, int_val, IntVal};
use crate::objects::list::{as_list, ListObject};
use crate::objects::str::{as_str, intern, new_str, StrObject};
use crate::objects::tuple::{tuple_items, TupleObject};
use crate::types::{Slot, TypeObject, OBJECT_TYPE, TYPE_TYPE};
use crate::value::Value;
use tern_frontend::bytecode::{BinOp, CmpOp};

/// Calls a special method found on a type, binding `obj` as self.
pub fn call_special(f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
    // A plain function taking exactly these: no argument vector.
    if f.is_type(&crate::objects::function::FUNCTION_TYPE) {
        if let Some(r) = crate::interp::call_positional(f, Some(obj), args) {
            return r;
        }
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj.clone());
    full.extend_from_slice(args);
    crate::call::call_with_self(f, &full, None)
}

/// `f(obj, other)` for an operator's special method: None when it returned
/// NotImplemented.
pub fn call_binary_special(f: &Value, obj: &Value, other: &Value) -> PyResult<Option<Value>> {
    let r = call_special(f, obj, std::slice::from_ref(other))?;
    Ok((!is_not_implemented(&r)).then_some(r))
}

/// `obj.name(*args)`.
pub fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = getattr(obj, &intern(name))?;
    crate::call::call(&f, args, None)
}

// ----- truth -----------------------------------------------------------------

pub fn truthy(v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small() {
        return Ok(i != 0);
    }
    if is_true_obj(v) {
        return Ok(true);
    }
    if is_false_obj(v) || is_none(v) {
        return Ok(false);
    }
    let ty = v.ty();
    if let Some(s) = v.downcast_exact::<StrObject>() {
        return Ok(!s.as_str().is_empty());
    }
    if let Some(l) = v.downcast_exact::<ListObject>() {
        return Ok(!l.is_empty());
    }
    if let Some(f) = v.downcast_exact::<FloatObject>() {
        return Ok(f.value != 0.0);
    }
    if let Some(d) = v.downcast_exact::<DictObject>() {
        return Ok(!d.is_empty());
    }
    if let Some(t) = v.downcast_exact::<TupleObject>() {
        return Ok(!t.is_empty());
    }
    if let Some(f) = ty.slot(Slot::Bool) {
        let r = call_special(&f, v, &[])?;
        if is_true_obj(&r) {
            return Ok(true);
        }
        if is_false_obj(&r) {
            return Ok(false);
        }
        return Err(type_error(format!("__bool__ should return bool, returned {}", r.ty().name())));
    }
    if ty.has_slot(Slot::Len) {
        return Ok(len(v)? != 0);
    }
    Ok(true)
}

// ----- repr / str ------------------------------------------------------------

thread_local! {
    static REPR_ACTIVE: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Guards recursive containers in repr: returns false if `v` is already being printed.
pub fn repr_enter(v: &Value) -> bool {
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&v.id()) {
            false
        } else {
            r.push(v.id());
            true
        }
    })
}

pub fn repr_leave(v: &Value) {
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(p) = r.iter().rposition(|&x| x == v.id()) {
            r.remove(p);
        }
    })
}

pub fn repr(v: &Value) -> PyResult<Value> {
    if let Some(s) = v.downcast_exact::<StrObject>() {
        return Ok(new_str(crate::objects::str::repr_str(s.as_str())));
    }
    if let Some(i) = v.as_small() {
        return Ok(new_str(i.to_string()));
    }
    let f = v.ty().slot(Slot::Repr).ok_or_else(|| type_error("object has no __repr__"))?;
    // Counted against the recursion limit, as CPython's Py_EnterRecursiveCall
    // (one level more: CPython also counts the call of the builtin that asked).
    let t = crate::thread::ts();
    let d = t.depth.get();
    if d + 1 >= t.recursion_limit.get() || crate::thread::native_stack_low() {
        return Err(crate::error::recursion_error("maximum recursion depth exceeded while getting the repr of an object"));
    }
    t.depth.set(d + 1);
    let r = call_special(&f, v, &[]);
    t.depth.set(t.depth.get() - 1);
    let r = r?;
    if as_str(&r).is_none() {
        return Err(type_error(format!("__repr__ returned non-string (type {})", r.ty().name())));
    }
    Ok(r)
}

pub fn repr_string(v: &Value) -> PyResult<String> {
    if let Some(s) = v.downcast_exact::<StrObject>() {
        return Ok(crate::objects::str::repr_str(s.as_str()));
    }
    if let Some(i) = v.as_small() {
        return Ok(i.to_string());
    }
    if let Some(f) = v.downcast_exact::<FloatObject>() {
        return Ok(crate::objects::float::float_repr(f.value));
    }
    let r = repr(v)?;
    Ok(as_str(&r).unwrap().to_owned())
}

pub fn str_(v: &Value) -> PyResult<Value> {
    if v.is_type(&crate::objects::str::STR_TYPE) {
        return Ok(v.clone());
    }
    if let Some(i) = v.as_small() {
        return Ok(new_str(i.to_string()));
    }
    let f = v.ty().slot(Slot::Str).ok_or_else(|| type_error("object has no __str__"))?;
    let r = call_special(&f, v, &[])?;
    if as_str(&r).is_none() {
        return Err(type_error(format!("__str__ returned non-string (type {})", r.ty().name())));
    }
    Ok(r)
}

pub fn str_of(v: &Value) -> PyResult<String> {
    if let Some(s) = v.downcast::<StrObject>() {
        if v.is_type(&crate::objects::str::STR_TYPE) {
            return Ok(s.as_str().to_owned());
        }
    }
    if let Some(i) = v.as_small() {
        return Ok(i.to_string());
    }
    if let Some(f) = v.downcast_exact::<FloatObject>() {
        return Ok(crate::objects::float::float_repr(f.value));
    }
    let r = str_(v)?;
    Ok(as_str(&r).unwrap().to_owned())
}

/// `format(v, spec)`.
pub fn format(v: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        if v.is_type(&crate::objects::str::STR_TYPE) {
            return Ok(v.clone());
        }
        if v.is_small_int() {
            return str_(v);
        }
    }
    let f = v.ty().slot(Slot::Format).ok_or_else(|| type_error("object has no __format__"))?;
    let r = call_special(&f, v, &[new_str(spec)])?;
    if as_str(&r).is_none() {
        return Err(type_error(format!("__format__ must return a str, not {}", r.ty().name())));
    }
    Ok(r)
}

// ----- hashing ---------------------------------------------------------------

pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(int::hash(IntVal::Small(i)));
    }
    if let Some(s) = v.downcast_exact::<StrObject>() {
        return Ok(s.hash());
    }
    let ty = v.ty();
    if std::ptr::eq(ty, &int::INT_TYPE) || std::ptr::eq(ty, &crate::objects::bool_none::BOOL_TYPE) {
        return Ok(int::hash(int_val(v).unwrap()));
    }
    if let Some(f) = v.downcast_exact::<FloatObject>() {
        if f.value.is_nan() {
            return Ok(crate::objects::instance::id_hash(v));
        }
        return Ok(crate::objects::float::hash_float(f.value));
    }
    if let Some(t) = v.downcast_exact::<TupleObject>() {
        return crate::objects::tuple::hash_tuple(t.items());
    }
    if is_none(v) || std::ptr::eq(ty, &TYPE_TYPE) || v.downcast::<TypeObject>().is_some() {
        return Ok(crate::objects::instance::id_hash(v));
    }
    if ty.slot_same_as(Slot::Hash, &crate::types::OBJECT_TYPE) {
        // `object.__hash__` itself, not called.
        return Ok(crate::objects::instance::id_hash(v));
    }
    match ty.slot(Slot::Hash) {
        Some(f) if !is_none(&f) => {
            let r = call_special(&f, v, &[])?;
            match int_val(&r) {
                Some(i) => {
                    // As slot_tp_hash: a result that fits a Py_hash_t is kept
                    // (-1 becomes -2); a bigger one is reduced like an int's hash.
                    let h = i.as_i64().unwrap_or_else(|| int::hash(i));
                    Ok(if h == -1 { -2 } else { h })
                }
                None => Err(type_error("__hash__ method should return an integer")),
            }
        }
        _ => Err(type_error(format!("unhashable type: '{}'", ty.name()))),
    }
}

// ----- comparison ------------------------------------------------------------

/// Native comparison of two numbers (ints, bools, floats), if both are numbers.
fn num_compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (int_val(a), int_val(b)) {
        (Some(x), Some(y)) => return Some(int::cmp(x, y)),
        (Some(x), None) => {
            let fb = float_val(b)?;
            return int_float_cmp(x, fb).map(|o| o.reverse()).map(|o| o.reverse());
        }
        (None, Some(y)) => {
            let fa = float_val(a)?;
            return int_float_cmp(y, fa).map(|o| o.reverse());
        }
        (None, None) => {}
    }
    let (fa, fb) = (float_val(a)?, float_val(b)?);
    fa.partial_cmp(&fb).or(Some(std::cmp::Ordering::Less)).filter(|_| !fa.is_nan() && !fb.is_nan())
}

/// Exact comparison of an int with a float (None when the float is nan).
pub fn int_float_cmp(i: IntVal, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntVal::Small(x) = i {
        if x.unsigned_abs() < (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    // Compare exactly: floor(f) as a big int, then the fraction.
    let fl = f.floor();
    let fi = malachite::Integer::rounding_from(fl, malachite::rounding_modes::RoundingMode::Exact).0;
    let iv = i.to_big();
    match iv.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

use malachite::num::conversion::traits::RoundingFrom;

fn cmp_result(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// Native answer for common types, if there is one.
#[inline]
fn fast_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Some(cmp_result(x.cmp(&y), op));
    }
    let (ta, tb) = (a.ty(), b.ty());
    let af = std::ptr::eq(ta, &crate::objects::float::FLOAT_TYPE);
    let bf = std::ptr::eq(tb, &crate::objects::float::FLOAT_TYPE);
    let ai = std::ptr::eq(ta, &int::INT_TYPE) || std::ptr::eq(ta, &crate::objects::bool_none::BOOL_TYPE);
    let bi = std::ptr::eq(tb, &int::INT_TYPE) || std::ptr::eq(tb, &crate::objects::bool_none::BOOL_TYPE);
    if (af || ai) && (bf || bi) {
        if af && bf {
            let (x, y) = (float_val(a).unwrap(), float_val(b).unwrap());
            return Some(op.holds(x, y));
        }
        return Some(match num_compare(a, b) {
            Some(o) => cmp_result(o, op),
            None => op == CmpOp::Ne,
        });
    }
    if let (Some(x), Some(y)) = (a.downcast_exact::<StrObject>(), b.downcast_exact::<StrObject>()) {
        return Some(str_compare(x, y, op));
    }
    None
}

/// `x OP y` for two strs (code point order).
#[inline]
pub fn str_compare(x: &StrObject, y: &StrObject, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => crate::objects::str::str_eq(x, y),
        CmpOp::Ne => !crate::objects::str::str_eq(x, y),
        _ => cmp_result(x.as_str().cmp(y.as_str()), op),
    }
}

/// `a OP b`, returning whatever the special methods return.
pub fn rich_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(new_bool(r));
    }
    counted_compare(|| rich_compare_slots(a, b, op))
}

/// Runs a comparison's special methods counted against the recursion
/// limit, as CPython's Py_EnterRecursiveCall.
#[inline]
fn counted_compare(f: impl FnOnce() -> PyResult<Value>) -> PyResult<Value> {
    let t = crate::thread::ts();
    let d = t.depth.get();
    if d >= t.recursion_limit.get() || crate::thread::native_stack_low() {
        return Err(crate::error::recursion_error("maximum recursion depth exceeded in comparison"));
    }
    t.depth.set(d + 1);
    let r = f();
    t.depth.set(t.depth.get() - 1);
    r
}

/// For two instances of one class (not a built-in one) `t`: the method
/// `a OP b` calls first, if it is a plain Python function taking the two
/// (what an operator site caches, `attrcache::operator_function`).
pub fn same_type_compare_function(t: &TypeObject, op: CmpOp) -> Option<Value> {
    t.slot(cmp_slot(op)).filter(|f| crate::interp::takes_positional(f, 2))
}

/// `a OP b` for two instances of one class whose method for `OP` is the
/// function `f` (`same_type_compare_function`).
pub fn same_type_compare(f: &Value, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    counted_compare(|| {
        if let Some(r) = call_binary_special(f, a, b)? {
            return Ok(r);
        }
        compare_rest(a, b, op, false)
    })
}

/// The special-method part of `rich_compare`.
fn rich_compare_slots(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    if default_equality(ta, op) && default_equality(tb, op) {
        // `object.__eq__` answers only for identity, `object.__ne__` through
        // `__eq__`; declined both ways, `==` and `!=` compare identity.
        return Ok(new_bool(a.is(b) == (op == CmpOp::Eq)));
    }
    let slot = cmp_slot(op);
    let rslot = cmp_slot(op.swapped());
    let mut checked_reflected = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = tb.slot(rslot) {
            checked_reflected = true;
            if let Some(r) = call_binary_special(&f, b, a)? {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slot(slot) {
        if let Some(r) = call_binary_special(&f, a, b)? {
            return Ok(r);
        }
    }
    compare_rest(a, b, op, checked_reflected)
}

/// Are `==` (and for `!=`, `!=` too) `object`'s own methods on `t`, so that
/// comparing its instances that way is identity (what `object.__eq__` and
/// `object.__ne__` come to when both operands have them)?
#[inline]
fn default_equality(t: &TypeObject, op: CmpOp) -> bool {
    let object = &crate::types::OBJECT_TYPE;
    match op {
        CmpOp::Eq => t.slot_same_as(Slot::Eq, object),
        CmpOp::Ne => t.slot_same_as(Slot::Eq, object) && t.slot_same_as(Slot::Ne, object),
        _ => false,
    }
}

/// A comparison after `a`'s method declined (or there was none): `b`'s
/// reflected method unless `checked_reflected`, then identity for `==` and
/// `!=`, else TypeError.
fn compare_rest(a: &Value, b: &Value, op: CmpOp, checked_reflected: bool) -> PyResult<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    let rslot = cmp_slot(op.swapped());
    if !checked_reflected {
        if let Some(f) = tb.slot(rslot) {
            if let Some(r) = call_binary_special(&f, b, a)? {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(new_bool(a.is(b))),
        CmpOp::Ne => Ok(new_bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

fn cmp_slot(op: CmpOp) -> Slot {
    match op {
        CmpOp::Lt => Slot::Lt,
        CmpOp::Le => Slot::Le,
        CmpOp::Eq => Slot::Eq,
        CmpOp::Ne => Slot::Ne,
        CmpOp::Gt => Slot::Gt,
        CmpOp::Ge => Slot::Ge,
    }
}

/// `a OP b` as a truth value.
#[inline]
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(r);
    }
    let r = rich_compare(a, b, op)?;
    truthy(&r)
}

/// `a == b` with the identity shortcut that containers use.
#[inline]
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    compare(a, b, CmpOp::Eq)
}

// ----- arithmetic --------------------------------------------------------------

fn is_intlike(v: &Value) -> bool {
    int::is_int(v)
}

/// An int, bool or float of a built-in type: subclasses may override the
/// operators, so they go through the special methods.
#[inline]
fn plain_number(v: &Value) -> bool {
    v.is_small_int() || !v.ty().is_heap()
}

/// Native arithmetic for ints, floats and their mixes; None if not applicable.
#[inline]
pub fn num_binop(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if !plain_number(a) || !plain_number(b) {
        return None;
    }
    if let (Some(x), Some(y)) = (int_val(a), int_val(b)) {
        return int_binop(x, y, op);
    }
    let fa = float_val(a).or_else(|| int_val(a).map(|i| int::to_f64(i).unwrap_or(f64::NAN)));
    let fb = float_val(b).or_else(|| int_val(b).map(|i| int::to_f64(i).unwrap_or(f64::NAN)));
    let (fa, fb) = (fa?, fb?);
    // An int too large for a float: report it.
    for v in [a, b] {
        if let Some(i) = int_val(v) {
            if let Err(e) = int::to_f64(i) {
                return Some(Err(e));
            }
        }
    }
    use crate::objects::float::*;
    Some(match op {
        BinOp::Add => Ok(new_float(fa + fb)),
        BinOp::Sub => Ok(new_float(fa - fb)),
        BinOp::Mul => Ok(new_float(fa * fb)),
        BinOp::TrueDiv => float_truediv(fa, fb).map(new_float),
        BinOp::FloorDiv => float_floordiv(fa, fb).map(new_float),
        BinOp::Mod => float_mod(fa, fb).map(new_float),
        BinOp::Pow => float_pow_value(fa, fb),
        _ => return None,
    })
}

#[inline]
pub fn int_binop(x: IntVal, y: IntVal, op: BinOp) -> Option<PyResult<Value>> {
    Some(match op {
        BinOp::Add => Ok(int::add(x, y)),
        BinOp::Sub => Ok(int::sub(x, y)),
        BinOp::Mul => Ok(int::mul(x, y)),
        BinOp::TrueDiv => int::truediv(x, y).map(new_float),
        BinOp::FloorDiv => int::floordiv(x, y),
        BinOp::Mod => {
            if y.is_zero() {
                Err(crate::error::zero_division("integer modulo by zero"))
            } else {
                int::modulo(x, y)
            }
        }
        BinOp::Pow => int::pow(x, y),
        BinOp::LShift => int::lshift(x, y),
        BinOp::RShift => int::rshift(x, y),
        BinOp::And => Ok(int::bitand(x, y)),
        BinOp::Or => Ok(int::bitor(x, y)),
        BinOp::Xor => Ok(int::bitxor(x, y)),
        BinOp::MatMul => return None,
    })
}

fn op_slot_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    op.dunders()
}

/// `a OP b`.
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(r) = bool_logic(a, b, op) {
        return Ok(r);
    }
    if let Some(r) = num_binop(a, b, op) {
        return r;
    }
    if let Some(r) = seq_binop(a, b, op) {
        return r;
    }
    binary_op_slots(a, b, op, false)
}

/// Native concatenation and repetition of str, list and tuple.
fn seq_binop(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    use crate::objects::list::new_list;
    use crate::objects::tuple::new_tuple;
    match op {
        BinOp::Add => {
            if a.is_type(&crate::objects::str::STR_TYPE) && b.is_type(&crate::objects::str::STR_TYPE) {
                return Some(Ok(crate::objects::str::concat(a, b)));
            }
            if let (Some(x), Some(y)) = (a.downcast_exact::<ListObject>(), b.downcast_exact::<ListObject>()) {
                let mut v = x.snapshot();
                v.extend(y.snapshot());
                return Some(Ok(new_list(v)));
            }
            if let (Some(x), Some(y)) = (a.downcast_exact::<TupleObject>(), b.downcast_exact::<TupleObject>()) {
                let mut v = x.items().to_vec();
                v.extend_from_slice(y.items());
                return Some(Ok(new_tuple(v)));
            }
            None
        }
        BinOp::Mul => {
            let (seq, n) = if let Some(n) = int_val(b).filter(|_| plain_number(b)) {
                (a, n)
            } else if let Some(n) = int_val(a).filter(|_| plain_number(a)) {
                (b, n)
            } else {
                return None;
            };
            let count = match n.as_i64() {
                Some(c) => c.max(0) as usize,
                None => {
                    if seq.downcast_exact::<StrObject>().is_some()
                        || seq.downcast_exact::<ListObject>().is_some()
                        || seq.downcast_exact::<TupleObject>().is_some()
                    {
                        return Some(Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")));
                    }
                    return None;
                }
            };
            if let Some(s) = seq.downcast_exact::<StrObject>() {
                match s.as_str().len().checked_mul(count) {
                    Some(total) => {
                        if let Err(e) = crate::objects::clinic::check_alloc(total) {
                            return Some(Err(e));
                        }
                    }
                    None => return Some(Err(crate::error::memory_error())),
                }
                return Some(Ok(new_str(s.as_str().repeat(count))));
            }
            if let Some(l) = seq.downcast_exact::<ListObject>() {
                let items = l.snapshot();
                if items.len().checked_mul(count).is_none_or(|t| t > (1 << 40)) {
                    return Some(Err(crate::error::memory_error()));
                }
                let mut v = Vec::with_capacity(items.len() * count);
                for _ in 0..count {
                    v.extend_from_slice(&items);
                }
                return Some(Ok(new_list(v)));
            }
            if let Some(t) = seq.downcast_exact::<TupleObject>() {
                if t.len().checked_mul(count).is_none_or(|t| t > (1 << 40)) {
                    return Some(Err(crate::error::memory_error()));
                }
                let mut v = Vec::with_capacity(t.len() * count);
                for _ in 0..count {
                    v.extend_from_slice(t.items());
                }
                return Some(Ok(new_tuple(v)));
            }
            None
        }
        BinOp::Mod => {
            if let Some(s) = a.downcast_exact::<StrObject>() {
                return Some(crate::format::percent::str_percent(s.as_str(), b).map(new_str));
            }
            None
        }
        _ => None,
    }
}

/// Is `f` a built-in sequence's concatenation or repetition method? Those
/// are CPython's sq_concat, sq_repeat, sq_inplace_concat and
/// sq_inplace_repeat wrappers, not numeric slots: operators try them only
/// after both operands' numeric methods declined (`seq_fallback`).
fn is_seq_wrapper(f: &Value) -> bool {
    let Some(d) = crate::objects::function::as_method_descr(f) else { return false };
    matches!(d.name, "__add__" | "__mul__" | "__rmul__" | "__iadd__" | "__imul__")
        && [
            &crate::objects::list::LIST_TYPE,
            &crate::objects::tuple::TUPLE_TYPE,
            &crate::objects::str::STR_TYPE,
            &crate::objects::bytes::BYTES_TYPE,
            &crate::objects::bytes::BYTEARRAY_TYPE,
            &crate::modules::collections::DEQUE_TYPE,
            &crate::modules::array::ARRAY_TYPE,
        ]
        .iter()
        .any(|t| std::ptr::eq(d.owner, *t))
}

/// Does `t` have the numeric slot of `name`/`rname` (CPython's nb_add,
/// nb_multiply...)? Only if one of the two resolves to something other
/// than a sequence wrapper (a class's own `__mul__`, say).
fn has_num_slot(t: &TypeObject, name: &'static str, rname: &'static str) -> bool {
    [name, rname].iter().any(|n| lookup_binop(t, n).is_some_and(|f| !is_seq_wrapper(&f)))
}

/// `t`'s sequence method `name` (sq_concat, sq_inplace_*), if it has one.
fn sq_method(t: &TypeObject, name: &'static str) -> Option<Value> {
    lookup_binop(t, name).filter(is_seq_wrapper)
}

/// `t`'s sq_repeat: `__mul__`/`__rmul__` when neither is overridden.
fn sq_repeat(t: &TypeObject) -> Option<Value> {
    let (m, r) = (lookup_binop(t, "__mul__"), lookup_binop(t, "__rmul__"));
    if m.iter().chain(r.iter()).any(|f| !is_seq_wrapper(f)) {
        return None;
    }
    m.or(r)
}

/// CPython's sequence_repeat: the count must have `__index__`.
fn sequence_repeat(f: &Value, seq: &Value, n: &Value) -> PyResult<Value> {
    if !int::is_int(n) && n.ty().slot(Slot::Index).is_none() {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().name())));
    }
    call_special(f, seq, &[n.clone()])
}

/// What PyNumber_Add / PyNumber_Multiply (and their in-place forms) do
/// once the numeric slots declined: concatenate or repeat a sequence.
fn seq_fallback(a: &Value, b: &Value, op: BinOp, inplace: bool) -> Option<PyResult<Value>> {
    let (ta, tb) = (a.ty(), b.ty());
    match op {
        BinOp::Add => {
            let f = if inplace { sq_method(ta, "__iadd__") } else { None };
            let f = f.or_else(|| sq_method(ta, "__add__"))?;
            Some(call_special(&f, a, &[b.clone()]))
        }
        BinOp::Mul => {
            if let Some(f) = if inplace { sq_method(ta, "__imul__") } else { None }.or_else(|| sq_repeat(ta)) {
                return Some(sequence_repeat(&f, a, b));
            }
            let f = sq_repeat(tb)?;
            Some(sequence_repeat(&f, b, a))
        }
        _ => None,
    }
}

/// The slot-based part of binary operations (CPython's binary_op1).
/// For two instances of one class (not a built-in one) `t`: the method
/// `a OP b` (`a OP= b` when `inplace`) calls first, if it is a plain Python
/// function taking the two and all the operator needs to know besides (for
/// an in-place operator, `t` has no in-place method): what an operator site
/// caches (`attrcache::operator_function`).
pub fn same_type_binop_function(t: &TypeObject, op: BinOp, inplace: bool) -> Option<Value> {
    let (name, _, iname) = op.dunders();
    if inplace && lookup_binop(t, iname).is_some() {
        return None;
    }
    lookup_binop(t, name).filter(|f| crate::interp::takes_positional(f, 2))
}

/// `a OP b` (or `a OP= b`) for two instances of one class whose method for
/// `OP` is the function `f` (`same_type_binop_function`): what
/// `binary_op_slots` does when both types are the same (no reflected method
/// to try), without looking the method up.
pub fn same_type_binop(f: &Value, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if let Some(r) = call_binary_special(f, a, b)? {
        return Ok(r);
    }
    binop_rest(a, b, op, inplace)
}

/// A binary operator once the operands' methods declined: the sequence
/// fallbacks, else TypeError.
fn binop_rest(a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if let Some(r) = seq_fallback(a, b, op, inplace) {
        return r;
    }
    Err(binop_type_error(a, b, op, inplace))
}

fn binary_op_slots(a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    let (name, rname, _) = op_slot_names(op);
    let (ta, tb) = (a.ty(), b.ty());
    let fa = lookup_binop(ta, name).filter(|f| !is_seq_wrapper(f) || has_num_slot(ta, name, rname));
    let fb = if std::ptr::eq(ta, tb) { None } else { lookup_binop(tb, rname) }
        .filter(|f| !is_seq_wrapper(f) || has_num_slot(tb, name, rname));
    let mut fb_used = false;
    if let Some(f) = &fb {
        if tb.is_subtype(ta) && !std::ptr::eq(ta, tb) {
            // A subclass's reflected method goes first if it overrides.
            let overrides = match lookup_binop(ta, rname) {
                Some(g) => !g.is(f),
                None => true,
            };
            if overrides {
                fb_used = true;
                if let Some(r) = call_binary_special(f, b, a)? {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(f) = &fa {
        if let Some(r) = call_binary_special(f, a, b)? {
            return Ok(r);
        }
    }
    if let (Some(f), false) = (&fb, fb_used) {
        if let Some(r) = call_binary_special(f, b, a)? {
            return Ok(r);
        }
    }
    binop_rest(a, b, op, inplace)
}

fn lookup_binop(t: &TypeObject, name: &'static str) -> Option<Value> {
    let f = t.lookup_str(name)?;
    if is_none(&f) {
        return None;
    }
    Some(f)
}

fn binop_type_error(a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
    let sym = if op == BinOp::Pow {
        if inplace { "**=".to_string() } else { "** or pow()".to_string() }
    } else if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        a.ty().name(),
        b.ty().name()
    ))
}

/// bool & | ^ bool: a bool (bool's own `__and__`, `__or__`, `__xor__`; it
/// has no in-place forms, so the augmented assignments give the same).
fn bool_logic(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let bt = &crate::objects::bool_none::BOOL_TYPE;
    if !matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) || !a.is_type(bt) || !b.is_type(bt) {
        return None;
    }
    let (x, y) = (is_true_obj(a), is_true_obj(b));
    Some(new_bool(match op {
        BinOp::And => x & y,
        BinOp::Or => x | y,
        _ => x ^ y,
    }))
}

/// `a OP= b`: the in-place method if there is one, else the plain operation.
pub fn inplace_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(r) = bool_logic(a, b, op) {
        return Ok(r);
    }
    if let Some(r) = num_binop(a, b, op) {
        return r;
    }
    // list += iterable extends in place (unless a class's `__radd__` goes first).
    if op == BinOp::Add && !b.ty().is_heap() {
        if let Some(l) = a.downcast_exact::<ListObject>() {
            let items = collect(b)?;
            l.vec().extend(items);
            return Ok(a.clone());
        }
    }
    if op == BinOp::Mul {
        let count = int_val(b).filter(|_| plain_number(b)).and_then(|n| n.as_i64()).map(|c| c.max(0) as usize);
        // (Huge counts take the general path and its errors.)
        let fits = |l: &ListObject, c: usize| l.len().checked_mul(c).is_some_and(|t| t <= 1 << 32);
        if let (Some(l), Some(count)) = (a.downcast_exact::<ListObject>(), count) {
            if !fits(l, count) {
                return binary_op_slots(a, b, op, true);
            }
            let items = l.snapshot();
            let mut v = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                v.extend_from_slice(&items);
            }
            l.replace(v);
            crate::objects::list::drop_reversed(items);
            return Ok(a.clone());
        }
    }
    let (_, _, iname) = op.dunders();
    if !a.ty().is_heap() {
        if let Some(r) = seq_binop(a, b, op) {
            return r;
        }
    }
    if let Some(f) = lookup_binop(a.ty(), iname).filter(|f| !is_seq_wrapper(f)) {
        if let Some(r) = call_binary_special(&f, a, b)? {
            return Ok(r);
        }
    }
    if let Some(r) = seq_binop(a, b, op) {
        return r;
    }
    binary_op_slots(a, b, op, true)
}

/// `pow(a, b, m)`.
pub fn ternary_pow(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if is_none(m) {
        return binary_op(a, b, BinOp::Pow);
    }
    if let (Some(x), Some(y), Some(z)) = (int_val(a), int_val(b), int_val(m)) {
        if plain_number(a) && plain_number(b) && plain_number(m) {
            return int::pow_mod(x, y, z);
        }
    }
    // float's nb_power refuses a modulus outright (CPython's float_pow).
    let exact_float = |v: &Value| v.is_type(&crate::objects::float::FLOAT_TYPE);
    if exact_float(a) || (int_val(a).is_some() && exact_float(b)) {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    if let Some(f) = a.ty().lookup_str("__pow__") {
        let r = call_special(&f, a, &[b.clone(), m.clone()])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if float_val(a).is_some() || float_val(b).is_some() || float_val(m).is_some() {
        if is_intlike(a) || float_val(a).is_some() {
            return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        a.ty().name(),
        b.ty().name(),
        m.ty().name()
    )))
}

fn unary(v: &Value, slot: Slot, sym: &str) -> PyResult<Value> {
    match v.ty().slot(slot) {
        Some(f) => call_special(&f, v, &[]),
        None => Err(type_error(format!("bad operand type for {}: '{}'", sym, v.ty().name()))),
    }
}

pub fn neg(v: &Value) -> PyResult<Value> {
    if let Some(i) = int_val(v).filter(|_| plain_number(v)) {
        return Ok(int::neg(i));
    }
    if let Some(f) = float_val(v) {
        if v.is_type(&crate::objects::float::FLOAT_TYPE) {
            return Ok(new_float(-f));
        }
    }
    unary(v, Slot::Neg, "unary -")
}

pub fn pos(v: &Value) -> PyResult<Value> {
    if let Some(i) = int_val(v).filter(|_| plain_number(v)) {
        return Ok(int::add(i, IntVal::Small(0)));
    }
    if v.is_type(&crate::objects::float::FLOAT_TYPE) {
        return Ok(v.clone());
    }
    unary(v, Slot::Pos, "unary +")
}

pub fn invert(v: &Value) -> PyResult<Value> {
    if let Some(i) = int_val(v).filter(|_| plain_number(v)) {
        return Ok(int::invert(i));
    }
    unary(v, Slot::Invert, "unary ~")
}

pub fn abs(v: &Value) -> PyResult<Value> {
    if let Some(i) = int_val(v).filter(|_| plain_number(v)) {
        return Ok(int::abs(i));
    }
    if v.is_type(&crate::objects::float::FLOAT_TYPE) {
        return Ok(new_float(float_val(v).unwrap().abs()));
    }
    unary(v, Slot::Abs, "abs()")
}

// ----- attributes ------------------------------------------------------------

/// A user-defined `__getattribute__`, if the type has one.
pub(crate) fn custom_getattribute(t: &TypeObject) -> Option<Value> {
    if !t.is_heap() {
        return None;
    }
    let f = t.slot(Slot::GetAttribute)?;
    if let Some(m) = f.downcast::<MethodDescrObject>() {
        if std::ptr::eq(m.owner, &OBJECT_TYPE) || std::ptr::eq(m.owner, &TYPE_TYPE) {
            return None;
        }
    }
    Some(f)
}

/// `getattr(obj, name)` without raising for a missing attribute: Ok(None).
pub fn getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    if let Some(f) = custom_getattribute(ty) {
        match call_special(&f, obj, &[name.clone()]) {
            Ok(v) => return Ok(Some(v)),
            Err(e) if e.matches(&ATTRIBUTE_ERROR) => {
                if let Some(g) = ty.slot(Slot::GetAttr) {
                    return call_special(&g, obj, &[name.clone()]).map(Some);
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        }
    }
    let r = match ty.getattro.get() {
        Some(f) => f(obj, name),
        None => crate::objects::instance::generic_getattr(obj, name),
    };
    match r {
        Ok(Some(v)) => return Ok(Some(v)),
        Ok(None) => {}
        // An AttributeError (from a property, say) falls back to __getattr__ too.
        Err(e) if e.matches(&ATTRIBUTE_ERROR) && ty.is_heap() && ty.has_slot(Slot::GetAttr) => {}
        Err(e) => return Err(e),
    }
    if ty.is_heap() {
        if let Some(g) = ty.slot(Slot::GetAttr) {
            return call_special(&g, obj, &[name.clone()]).map(Some);
        }
    }
    Ok(None)
}

/// The AttributeError for a missing attribute, worded per kind of object.
pub fn attribute_missing(obj: &Value, name: &Value) -> PyErr {
    if let Some(t) = obj.downcast::<TypeObject>() {
        return crate::objects::typeobj::type_no_attribute(t, name);
    }
    if obj.downcast::<crate::objects::module::ModuleObject>().is_some() {
        return crate::objects::module::no_module_attribute(obj, name);
    }
    crate::objects::instance::no_attribute(obj, name)
}

/// `obj.name`; `name` must be a str (interned for speed).
pub fn getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    match getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => Err(attribute_missing(obj, name)),
    }
}

pub fn getattr_str(obj: &Value, name: &str) -> PyResult<Value> {
    getattr(obj, &intern(name))
}

/// A `__setattr__` (`__delattr__` with `delete`) other than object's and
/// type's own: classes, and built-in types with their own (weakref proxies).
pub(crate) fn custom_setattr(ty: &TypeObject, delete: bool) -> Option<Value> {
    let f = ty.slot(if delete { Slot::DelAttr } else { Slot::SetAttr })?;
    let native = f
        .downcast::<MethodDescrObject>()
        .is_some_and(|m| std::ptr::eq(m.owner, &OBJECT_TYPE) || std::ptr::eq(m.owner, &TYPE_TYPE));
    (!native).then_some(f)
}

/// `obj.name = v`, or `del obj.name` when `v` is None.
pub fn setattr(obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(f) = custom_setattr(ty, v.is_none()) {
        let mut args = vec![name.clone()];
        if let Some(val) = v {
            args.push(val);
        }
        return call_special(&f, obj, &args).map(|_| ());
    }
    if obj.downcast::<TypeObject>().is_some() {
        return crate::objects::typeobj::type_setattr(obj, name, v);
    }
    crate::objects::instance::generic_setattr(obj, name, v)
}

// ----- items -----------------------------------------------------------------

/// An integer index from `__index__`, if the object has one.
pub fn index_opt(v: &Value) -> PyResult<Option<Value>> {
    if int::is_int(v) {
        return Ok(Some(exact_int(v)));
    }
    match v.ty().slot(Slot::Index) {
        Some(f) => {
            let r = call_special(&f, v, &[])?;
            if !int::is_int(&r) {
                return Err(type_error(format!("__index__ returned non-int (type {})", r.ty().name())));
            }
            Ok(Some(exact_int(&r)))
        }
        None => Ok(None),
    }
}

/// An int as an exact `int` (a bool or an int subclass's value copied), as
/// CPython's `PyNumber_Index` returns it.
fn exact_int(v: &Value) -> Value {
    if v.is_small_int() || v.is_type(&int::INT_TYPE) {
        return v.clone();
    }
    match int::int_val(v) {
        Some(int::IntVal::Small(i)) => int::new_int(i),
        Some(int::IntVal::Big(b)) => int::new_bigint(b.clone()),
        None => v.clone(),
    }
}

/// The count of a sequence repetition called as a method (`[1].__mul__(n)`,
/// CPython's wrap_indexargfunc: `PyNumber_AsSsize_t(n, OverflowError)`),
/// negative counts as 0.
pub fn repeat_count_arg(n: &Value) -> PyResult<usize> {
    let i = index(n)?;
    match int_val(&i).and_then(|v| v.as_i64()) {
        Some(c) => Ok(c.max(0) as usize),
        None => Err(crate::error::overflow_error(format!("cannot fit '{}' into an index-sized integer", n.ty().name()))),
    }
}

/// `operator.index(v)`.
pub fn index(v: &Value) -> PyResult<Value> {
    index_opt(v)?.ok_or_else(|| {
        type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name()))
    })
}

/// An index for a sequence of `len` items (negative counts from the end); None if out of range.
pub fn seq_index(key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match int_val(key) {
        Some(i) => i,
        None => match index_opt(key)? {
            Some(v) => return seq_index(&v, len, what),
            None => {
                return Err(type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    key.ty().name()
                )))
            }
        },
    };
    let i = match i.as_i64() {
        Some(x) => x,
        None => {
            return Err(crate::error::index_error(format!(
                "cannot fit 'int' into an index-sized integer"
            )))
        }
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        Ok(None)
    } else {
        Ok(Some(i as usize))
    }
}

/// `obj[start:stop:step]`: exact lists, tuples and strs are sliced without
/// a slice object (whose bounds they would only read); others get one.
pub fn get_slice(obj: &Value, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    use crate::objects::{list_methods, slice, str_methods, tuple_methods};
    if let Some(l) = obj.downcast_exact::<ListObject>() {
        return list_methods::get_slice(l, slice::unpack(&start, &stop, &step)?);
    }
    if obj.is_type(&crate::objects::tuple::TUPLE_TYPE) {
        return Ok(tuple_methods::get_slice(obj, slice::unpack(&start, &stop, &step)?));
    }
    if obj.is_type(&crate::objects::str::STR_TYPE) {
        return Ok(str_methods::get_slice(obj, slice::unpack(&start, &stop, &step)?));
    }
    get_item(obj, &slice::new_slice(start, stop, step))
}

/// `obj[start:stop:step] = v`, for an exact list without a slice object.
pub fn set_slice(obj: &Value, start: Value, stop: Value, step: Value, v: Value) -> PyResult<()> {
    use crate::objects::{list_methods, slice};
    if obj.downcast_exact::<ListObject>().is_some() {
        return list_methods::set_slice(obj, slice::unpack(&start, &stop, &step)?, &v);
    }
    set_item(obj, &slice::new_slice(start, stop, step), v)
}

pub fn get_item(obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(l) = obj.downcast_exact::<ListObject>() {
        if let Some(i) = key.as_small() {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                return Ok(l.get(j as usize).unwrap());
            }
            return Err(crate::error::index_error("list index out of range"));
        }
        if let Some(s) = key.downcast_exact::<crate::objects::slice::SliceObject>() {
            return crate::objects::list_methods::get_slice(l, s.unpack()?);
        }
    }
    if let Some(d) = obj.downcast_exact::<DictObject>() {
        if let Some(v) = d.get(key)? {
            return Ok(v);
        }
        return Err(crate::error::key_error(key.clone()));
    }
    if let Some(t) = obj.downcast_exact::<TupleObject>() {
        if let Some(i) = key.as_small() {
            let n = t.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                return Ok(t.items()[j as usize].clone());
            }
            return Err(crate::error::index_error("tuple index out of range"));
        }
    }
    if let Some(st) = obj.downcast_exact::<crate::objects::str::StrObject>() {
        if let Some(i) = key.as_small() {
            let n = st.char_len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                return Ok(crate::objects::str::char_str(st.char_at(j as usize)));
            }
            return Err(crate::error::index_error("string index out of range"));
        }
    }
    let ty = obj.ty();
    if let Some(f) = ty.slot(Slot::GetItem) {
        return call_special(&f, obj, &[key.clone()]);
    }
    if let Some(t) = obj.downcast::<TypeObject>() {
        if std::ptr::eq(t, &TYPE_TYPE) {
            // `type[int]` (CPython special-cases type itself).
            return Ok(crate::builtins::generic_alias::new_generic_alias(obj.clone(), key.clone()));
        }
        if let Some(cg) = t.lookup_str("__class_getitem__") {
            let bound = crate::objects::instance::descr_get(cg, None, t)?;
            return crate::call::call(&bound, &[key.clone()], None);
        }
        return Err(type_error(format!("type '{}' is not subscriptable", t.name())));
    }
    Err(type_error(format!("'{}' object is not subscriptable", ty.name())))
}

pub fn set_item(obj: &Value, key: &Value, v: Value) -> PyResult<()> {
    if let Some(l) = obj.downcast_exact::<ListObject>() {
        if let Some(i) = key.as_small() {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n {
                let old = std::mem::replace(&mut l.vec()[j as usize], v);
                drop(old);
                return Ok(());
            }
            return Err(crate::error::index_error("list assignment index out of range"));
        }
        if let Some(s) = key.downcast_exact::<crate::objects::slice::SliceObject>() {
            return crate::objects::list_methods::set_slice(obj, s.unpack()?, &v);
        }
    }
    if let Some(d) = obj.downcast_exact::<DictObject>() {
        return d.set(key.clone(), v);
    }
    match obj.ty().slot(Slot::SetItem) {
        Some(f) => call_special(&f, obj, &[key.clone(), v]).map(|_| ()),
        None => Err(type_error(format!("'{}' object does not support item assignment", obj.ty().name()))),
    }
}

pub fn del_item(obj: &Value, key: &Value) -> PyResult<()> {
    if let Some(d) = obj.downcast_exact::<DictObject>() {
        return d.del_item(key);
    }
    match obj.ty().slot(Slot::DelItem) {
        Some(f) => call_special(&f, obj, &[key.clone()]).map(|_| ()),
        None => Err(type_error(format!("'{}' object doesn't support item deletion", obj.ty().name()))),
    }
}

// ----- length, iteration, membership ----------------------------------------

pub fn len(v: &Value) -> PyResult<usize> {
    if let Some(l) = v.downcast_exact::<ListObject>() {
        return Ok(l.len());
    }
    if let Some(s) = v.downcast_exact::<StrObject>() {
        return Ok(s.char_len());
    }
    if let Some(t) = v.downcast_exact::<TupleObject>() {
        return Ok(t.len());
    }
    if let Some(d) = v.downcast_exact::<DictObject>() {
        return Ok(d.len());
    }
    match v.ty().slot(Slot::Len) {
        Some(f) => {
            let r = call_special(&f, v, &[])?;
            let i = match int_val(&r) {
                Some(i) => i,
                None => match index_opt(&r)? {
                    Some(x) => return len_result(&x),
                    None => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            r.ty().name()
                        )))
                    }
                },
            };
            let _ = i;
            len_result(&r)
        }
        None => Err(type_error(format!("object of type '{}' has no len()", v.ty().name()))),
    }
}

fn len_result(r: &Value) -> PyResult<usize> {
    let i = int_val(r).unwrap();
    if i.is_negative() {
        return Err(crate::error::value_error("__len__() should return >= 0"));
    }
    match i.as_i64() {
        Some(x) => Ok(x as usize),
        None => Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

pub fn iter(v: &Value) -> PyResult<Value> {
    if let Some(r) = crate::objects::iter::fast_iter(v) {
        return Ok(r);
    }
    let ty = v.ty();
    // A built-in iterator (generators, list and dict iterators, map...)
    // whose `__iter__` returns it; a built-in type cannot be changed (a
    // subclass is a heap type, which may define its own).
    if ty.flags.get() & (crate::types::ITER_SELF | crate::types::HEAPTYPE) == crate::types::ITER_SELF {
        return Ok(v.clone());
    }
    if let Some(f) = ty.slot(Slot::Iter) {
        if is_none(&f) {
            return Err(type_error(format!("'{}' object is not iterable", ty.name())));
        }
        let it = call_special(&f, v, &[])?;
        if !is_iterator(&it) {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", it.ty().name())));
        }
        return Ok(it);
    }
    if ty.has_slot(Slot::GetItem) && v.downcast::<DictObject>().is_none() {
        return Ok(crate::objects::iter::new_seq_iter(v.clone()));
    }
    Err(type_error(format!("'{}' object is not iterable", ty.name())))
}

pub fn is_iterator(v: &Value) -> bool {
    v.ty().iternext.get().is_some() || v.ty().has_slot(Slot::Next)
}

/// The next item, or None when the iterator is exhausted.
#[inline]
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    let ty = it.ty();
    if let Some(f) = ty.iternext.get() {
        // A native step may end with StopIteration(value) (generators returning a value).
        return match f(it) {
            Err(e) if e.matches(&STOP_ITERATION) => Ok(None),
            r => r,
        };
    }
    match ty.slot(Slot::Next) {
        Some(f) => match call_special(&f, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&STOP_ITERATION) => Ok(None),
            Err(e) => Err(e),
        },
        None => Err(type_error(format!("'{}' object is not an iterator", ty.name()))),
    }
}

/// Calls `f` on each item of an iterable; `f` returns false to stop early.
pub fn for_each(iterable: &Value, mut f: impl FnMut(Value) -> PyResult<bool>) -> PyResult<()> {
    if let Some(t) = iterable.downcast_exact::<TupleObject>() {
        for v in t.items() {
            if !f(v.clone())? {
                break;
            }
        }
        return Ok(());
    }
    if let Some(l) = iterable.downcast_exact::<ListObject>() {
        let mut i = 0;
        while let Some(v) = l.get(i) {
            if !f(v)? {
                break;
            }
            i += 1;
        }
        return Ok(());
    }
    let it = iter(iterable)?;
    while let Some(v) = next(&it)? {
        if !f(v)? {
            break;
        }
    }
    Ok(())
}

/// All items of an iterable.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = tuple_items(v) {
        if v.is_type(&crate::objects::tuple::TUPLE_TYPE) {
            return Ok(t.to_vec());
        }
    }
    if let Some(l) = v.downcast_exact::<ListObject>() {
        return Ok(l.snapshot());
    }
    let mut out = Vec::new();
    for_each(v, |x| {
        out.push(x);
        Ok(true)
    })?;
    Ok(out)
}

pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(d) = container.downcast_exact::<DictObject>() {
        return d.contains(item);
    }
    if let Some(s) = container.downcast_exact::<StrObject>() {
        return match as_str(item) {
            Some(sub) => Ok(s.as_str().contains(sub)),
            None => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.ty().name()
            ))),
        };
    }
    if let Some(l) = as_list(container) {
        if container.is_type(&crate::objects::list::LIST_TYPE) {
            let mut i = 0;
            while let Some(v) = l.get(i) {
                if eq(&v, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
    }
    if let Some(t) = container.downcast_exact::<TupleObject>() {
        for v in t.items() {
            if eq(v, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let ty = container.ty();
    if let Some(f) = ty.slot(Slot::Contains) {
        if is_none(&f) {
            return Err(type_error(format!("'{}' object is not a container", ty.name())));
        }
        let r = call_special(&f, container, &[item.clone()])?;
        return truthy(&r);
    }
    // CPython's _PySequence_IterSearch: any TypeError from iter() is reworded.
    let it = match iter(container) {
        Ok(it) => it,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => {
            return Err(type_error(format!("argument of type '{}' is not iterable", ty.name())));
        }
        Err(e) => return Err(e),
    };
    while let Some(v) = next(&it)? {
        if eq(&v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `isinstance(obj, cls)` with `__instancecheck__` and tuples.
pub fn isinstance(obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast_exact::<TypeObject>() {
        return Ok(obj.isinstance(t));
    }
    // A union is checked as the tuple of its members (CPython 3.11).
    if let Some(members) = crate::builtins::generic_alias::union_args(cls) {
        return isinstance(obj, &members);
    }
    if let Some(items) = tuple_items(cls) {
        for c in items {
            if isinstance(obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.downcast::<TypeObject>() {
        if let Some(f) = cls.ty().lookup_str("__instancecheck__") {
            let r = call_special(&f, cls, &[obj.clone()])?;
            return truthy(&r);
        }
        return Ok(obj.isinstance(t));
    }
    if let Some(f) = cls.ty().lookup_str("__instancecheck__") {
        let r = call_special(&f, cls, &[obj.clone()])?;
        return truthy(&r);
    }
    Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

pub fn issubclass(sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(members) = crate::builtins::generic_alias::union_args(cls) {
        return issubclass(sub, &members);
    }
    if let Some(items) = tuple_items(cls) {
        for c in items {
            if issubclass(sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.downcast::<TypeObject>() {
        if !cls.is_type(&TYPE_TYPE) {
            if let Some(f) = cls.ty().lookup_str("__subclasscheck__") {
                let r = call_special(&f, cls, &[sub.clone()])?;
                return truthy(&r);
            }
        }
        let s = sub.downcast::<TypeObject>().ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
        return Ok(s.is_subtype(t));
    }
    if let Some(f) = cls.ty().lookup_str("__subclasscheck__") {
        let r = call_special(&f, cls, &[sub.clone()])?;
        return truthy(&r);
    }
    Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

/// The dict behind a mapping argument, if it is a dict.
pub fn dict_of(v: &Value) -> Option<&DictObject> {
    as_dict(v)
}

/// Can `iter()` be called on this value?
pub fn is_iterable(v: &Value) -> bool {
    let t = v.ty();
    crate::objects::iter::fast_iter_type(t) || t.iternext.get().is_some() || t.has_slot(Slot::Iter) || t.has_slot(Slot::GetItem)
}

/// Calls the special method `name` of `a`'s type with `b`, if defined:
/// Ok(None) when missing or it returns NotImplemented.
pub fn call_special_opt(a: &Value, name: &'static str, b: &Value) -> PyResult<Option<Value>> {
    match a.ty().lookup_str(name) {
        Some(f) if !is_none(&f) => call_binary_special(&f, a, b),
        _ => Ok(None),
    }
}
