//! The methods of `tuple`.

use crate::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, not_implemented};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::list_methods::{clamp_range, repeat_count, seq_richcompare};
use crate::objects::slice::{adjust, Bounds, SliceObject};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items, TupleObject, TUPLE_TYPE};
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

fn t(v: &Value) -> &[Value] {
    tuple_items(v).unwrap()
}

fn tuple_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().ok_or_else(|| type_error("tuple.__new__(X): X is not a type object"))?;
    if std::ptr::eq(cls, &TUPLE_TYPE) || crate::builtins::args::init_is_objects(cls) {
        crate::builtins::args::no_kw("tuple", kw)?;
    }
    if args.len() > 2 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", args.len() - 1)));
    }
    let items = match args.get(1) {
        Some(it) => {
            if std::ptr::eq(cls, &TUPLE_TYPE) && it.is_type(&TUPLE_TYPE) {
                return Ok(it.clone());
            }
            ops::collect(it)?
        }
        None => Vec::new(),
    };
    if std::ptr::eq(cls, &TUPLE_TYPE) {
        return Ok(new_tuple(items));
    }
    Ok(crate::types::alloc_object(cls, TupleObject::payload(items)))
}

pub fn tuple_repr_string(v: &Value) -> PyResult<String> {
    let items = t(v);
    if items.is_empty() {
        return Ok("()".into());
    }
    if !ops::repr_enter(v) {
        return Ok("(...)".into());
    }
    let r = (|| {
        let mut out = String::from("(");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ops::repr_string(item)?);
        }
        if items.len() == 1 {
            out.push(',');
        }
        out.push(')');
        Ok::<String, PyErr>(out)
    })();
    ops::repr_leave(v);
    r
}

fn tuple_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(tuple_repr_string(&args[0])?))
}

fn tuple_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(t(&args[0]).len() as i64))
}

/// `tuple[start:stop:step]` (the slice's `bounds`) of a tuple `tv`.
pub fn get_slice(tv: &Value, bounds: Bounds) -> Value {
    let items = t(tv);
    let (start, _, step, n) = adjust(bounds, items.len());
    if start == 0 && step == 1 && n == items.len() && tv.is_type(&TUPLE_TYPE) {
        return tv.clone();
    }
    new_tuple((0..n).map(|i| items[(start + i as isize * step) as usize].clone()).collect())
}

fn tuple_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let items = t(&args[0]);
    if let Some(s) = args[1].downcast::<SliceObject>() {
        return Ok(get_slice(&args[0], s.unpack()?));
    }
    match ops::seq_index(&args[1], items.len(), "tuple")? {
        Some(i) => Ok(items[i].clone()),
        None => Err(index_error("tuple index out of range")),
    }
}

fn tuple_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    for v in t(&args[0]) {
        if ops::eq(v, &args[1])? {
            return Ok(new_bool(true));
        }
    }
    Ok(new_bool(false))
}

fn tuple_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    // The storage itself, for subclasses too (an overridden __getitem__ is not used).
    Ok(crate::objects::iter::new_seq_iter_of(&crate::objects::iter::TUPLE_ITER_TYPE, args[0].clone(), 0))
}

fn tuple_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(crate::objects::tuple::hash_tuple(t(&args[0]))?))
}

fn tuple_cmp(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(o) = tuple_items(&args[1]) else { return Ok(not_implemented()) };
    seq_richcompare(t(&args[0]), o, op, false)
}

fn tuple_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tuple_cmp(args, CmpOp::Eq)
}
fn tuple_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tuple_cmp(args, CmpOp::Ne)
}
fn tuple_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tuple_cmp(args, CmpOp::Lt)
}
fn tuple_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tuple_cmp(args, CmpOp::Le)
}
fn tuple_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tuple_cmp(args, CmpOp::Gt)
}
fn tuple_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    tuple_cmp(args, CmpOp::Ge)
}

fn tuple_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = tuple_items(&args[1]) else {
        return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", args[1].ty().name())));
    };
    let mut v = t(&args[0]).to_vec();
    v.extend_from_slice(o);
    Ok(new_tuple(v))
}

fn tuple_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let items = t(&args[0]);
    let n = repeat_count(&args[1], items.len())?;
    if n == 1 && args[0].is_type(&TUPLE_TYPE) {
        return Ok(args[0].clone());
    }
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(new_tuple(v))
}

fn tuple_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("tuple.count", args, kw)?;
    let mut n = 0;
    for v in t(&args[0]) {
        if ops::eq(v, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn tuple_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("tuple.index", kw)?;
    crate::builtins::args::arity("index", args.len() - 1, 1, 3)?;
    let items = t(&args[0]);
    let (s, e) = clamp_range(args.get(2), args.get(3), items.len())?;
    let e = e.min(items.len() as i64).max(0) as usize;
    let s = (s.max(0) as usize).min(e);
    for (i, v) in items.iter().enumerate().take(e).skip(s) {
        if ops::eq(v, &args[1])? {
            return Ok(new_int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

/// `tuple.__sizeof__`: header plus one pointer per item.
fn tuple_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("tuple.__sizeof__", args, kw)?;
    Ok(new_int(24 + 8 * t(&args[0]).len() as i64))
}

fn tuple_getnewargs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("tuple.__getnewargs__", args, kw)?;
    Ok(new_tuple(vec![new_tuple(t(&args[0]).to_vec())]))
}

pub fn init() {
    let ty = &TUPLE_TYPE;
    build::new(ty, tuple_new);
    build::method(ty, "__repr__", tuple_repr);
    build::method(ty, "__len__", tuple_len);
    build::method(ty, "__getitem__", tuple_getitem);
    build::method(ty, "__contains__", tuple_contains);
    build::method(ty, "__iter__", tuple_iter);
    build::method(ty, "__hash__", tuple_hash);
    build::method(ty, "__eq__", tuple_eq);
    build::method(ty, "__ne__", tuple_ne);
    build::method(ty, "__lt__", tuple_lt);
    build::method(ty, "__le__", tuple_le);
    build::method(ty, "__gt__", tuple_gt);
    build::method(ty, "__ge__", tuple_ge);
    build::method(ty, "__add__", tuple_add);
    build::method(ty, "__mul__", tuple_mul);
    build::method(ty, "__rmul__", tuple_mul);
    build::method(ty, "count", tuple_count);
    build::method(ty, "index", tuple_index);
    build::method(ty, "__getnewargs__", tuple_getnewargs);
    build::method(ty, "__sizeof__", tuple_sizeof);
}
