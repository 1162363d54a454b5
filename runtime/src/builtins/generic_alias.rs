//! `types.GenericAlias` (what `list[int]` makes, via `__class_getitem__`) and
//! `types.UnionType` (what `int | None` makes, via `type.__or__`), as in
//! CPython's Objects/genericaliasobject.c and Objects/unionobject.c.

use crate::builtins::args::{no_kw, one_arg};
use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{ellipsis, is_none, new_bool, none, not_implemented, NONE_TYPE};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{build, TypeObject, OBJECT_TYPE, TYPE_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct GenericAliasObject {
    pub header: ObjHeader,
    origin: Value,
    /// Always a tuple.
    args: Value,
}

unsafe impl PyObj for GenericAliasObject {
    fn class() -> &'static TypeObject {
        &GENERIC_ALIAS_TYPE
    }
}

pub static GENERIC_ALIAS_TYPE: TypeObject =
    TypeObject::builtin::<GenericAliasObject>("GenericAlias", Some(&OBJECT_TYPE), crate::types::BASETYPE).in_module("types");

#[repr(C)]
pub struct UnionObject {
    pub header: ObjHeader,
    /// A tuple of the distinct member types (None as NoneType).
    args: Value,
}

unsafe impl PyObj for UnionObject {
    fn class() -> &'static TypeObject {
        &UNION_TYPE
    }
}

pub static UNION_TYPE: TypeObject = TypeObject::builtin::<UnionObject>("UnionType", Some(&OBJECT_TYPE), 0).in_module("types");

/// `Py_GenericAlias(origin, args)`: `args` is wrapped in a tuple unless it is one.
pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    let args = if tuple_items(&args).is_some() && args.is_type(&crate::objects::tuple::TUPLE_TYPE) {
        args
    } else {
        new_tuple(vec![args])
    };
    crate::types::new_object(GenericAliasObject { header: ObjHeader::new(std::ptr::null()), origin, args })
}

/// `cls.__class_getitem__(item)` for the built-in generic classes.
fn class_getitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("__class_getitem__", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("__class_getitem__() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Ok(new_generic_alias(args[0].clone(), args[1].clone()))
}

/// Gives a built-in class CPython's `__class_getitem__` (PEP 585).
pub fn add_class_getitem(t: &'static TypeObject) {
    build::classmethod(t, "__class_getitem__", class_getitem);
}

fn ga(v: &Value) -> PyResult<&GenericAliasObject> {
    v.downcast::<GenericAliasObject>().ok_or_else(|| type_error("expected a types.GenericAlias"))
}

/// CPython's ga_repr_item (also used for union members).
fn repr_item(v: &Value) -> PyResult<String> {
    if v.is(&ellipsis()) {
        return Ok("...".into());
    }
    if v.downcast::<GenericAliasObject>().is_some() {
        return ops::repr_string(v);
    }
    let qualname = ops::getattr_opt(v, &intern_static("__qualname__"));
    let module = ops::getattr_opt(v, &intern_static("__module__"));
    if let (Ok(Some(q)), Ok(Some(m))) = (qualname, module) {
        if let (Some(q), Some(m)) = (as_str(&q), as_str(&m)) {
            if m == "builtins" {
                return Ok(q.to_owned());
            }
            return Ok(format!("{m}.{q}"));
        }
    }
    ops::repr_string(v)
}

fn ga_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = ga(&args[0])?;
    let mut out = repr_item(&g.origin)?;
    out.push('[');
    let items = tuple_items(&g.args).unwrap_or(&[]);
    if items.is_empty() {
        out.push_str("()");
    }
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_item(a)?);
    }
    out.push(']');
    Ok(new_str(out))
}

/// The names a GenericAlias answers itself; every other attribute is the origin's.
const ATTR_EXCEPTIONS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

/// CPython's ga_getattro.
fn ga_getattro(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let g = ga(obj)?;
    if let Some(n) = as_str(name) {
        if !ATTR_EXCEPTIONS.contains(&n) {
            return ops::getattr_opt(&g.origin, name);
        }
        match n {
            "__origin__" => return Ok(Some(g.origin.clone())),
            "__args__" => return Ok(Some(g.args.clone())),
            "__parameters__" => return Ok(Some(new_tuple(Vec::new()))),
            "__unpacked__" => return Ok(Some(new_bool(false))),
            "__typing_unpacked_tuple_args__" => return Ok(Some(none())),
            _ => {}
        }
    }
    crate::objects::instance::generic_getattr(obj, name)
}

/// Calling the alias calls its origin, then records `__orig_class__`.
fn ga_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let g = ga(&args[0])?;
    let r = crate::call::call(&g.origin, &args[1..], kw)?;
    match ops::setattr(&r, &intern_static("__orig_class__"), Some(args[0].clone())) {
        Ok(()) => {}
        Err(e)
            if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR)
                || e.matches(&crate::objects::exception::TYPE_ERROR) => {}
        Err(e) => return Err(e),
    }
    Ok(r)
}

fn ga_mro_entries(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("__mro_entries__", args, kw)?;
    Ok(new_tuple(vec![ga(&args[0])?.origin.clone()]))
}

fn ga_instancecheck(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_eq_impl(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (a.downcast::<GenericAliasObject>(), b.downcast::<GenericAliasObject>()) else {
        return Ok(None);
    };
    Ok(Some(ops::eq(&x.origin, &y.origin)? && ops::eq(&x.args, &y.args)?))
}

fn ga_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(ga_eq_impl(&args[0], &args[1])?.map_or_else(not_implemented, new_bool))
}

fn ga_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(ga_eq_impl(&args[0], &args[1])?.map_or_else(not_implemented, |b| new_bool(!b)))
}

fn ga_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = ga(&args[0])?;
    let h = ops::hash(&g.origin)? ^ ops::hash(&g.args)?;
    Ok(new_int(if h == -1 { -2 } else { h }))
}

fn ga_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = ga(&args[0])?;
    Ok(new_tuple(vec![GENERIC_ALIAS_TYPE.as_value(), new_tuple(vec![g.origin.clone(), g.args.clone()])]))
}

fn ga_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("GenericAlias", kw)?;
    if args.len() != 3 {
        return Err(type_error(format!("GenericAlias expected 2 arguments, got {}", args.len() - 1)));
    }
    Ok(new_generic_alias(args[1].clone(), args[2].clone()))
}

/// CPython's ga_dir: the origin's names plus the alias's own.
fn ga_dir(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = ga(&args[0])?;
    let b = crate::builtins::builtins_dict();
    let dir_fn = crate::objects::dict::as_dict(&b).and_then(|d| d.get_str(&intern_static("dir"))).unwrap_or_else(none);
    let d = crate::call::call(&dir_fn, std::slice::from_ref(&g.origin), None)?;
    for name in ATTR_EXCEPTIONS {
        let n = new_str(*name);
        if !ops::contains(&d, &n)? {
            ops::call_method(&d, "append", &[n])?;
        }
    }
    Ok(d)
}

fn ga_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let _ = args;
    Err(type_error(format!("{} is not a generic class", ops::repr_string(&args[0])?)))
}

// ----- types.UnionType -----------------------------------------------------------

/// CPython's is_unionable: None, classes, generic aliases and unions.
fn is_unionable(v: &Value) -> bool {
    is_none(v)
        || v.downcast::<TypeObject>().is_some()
        || v.downcast::<GenericAliasObject>().is_some()
        || v.downcast::<UnionObject>().is_some()
}

/// The members of an operand, flattened (None becomes NoneType).
fn flatten_into(v: &Value, out: &mut Vec<Value>) {
    if let Some(u) = v.downcast::<UnionObject>() {
        out.extend(tuple_items(&u.args).unwrap_or(&[]).iter().cloned());
    } else if is_none(v) {
        out.push(NONE_TYPE.as_value());
    } else {
        out.push(v.clone());
    }
}

/// CPython's _Py_union_type_or: `a | b`.
pub fn union_or(a: &Value, b: &Value) -> PyResult<Value> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(not_implemented());
    }
    let mut all = Vec::new();
    flatten_into(a, &mut all);
    flatten_into(b, &mut all);
    // Duplicates are dropped (generic aliases compare by value, others by identity).
    let mut args: Vec<Value> = Vec::new();
    for v in all {
        let mut dup = false;
        for w in &args {
            let same = if v.downcast::<GenericAliasObject>().is_some() && w.downcast::<GenericAliasObject>().is_some() {
                ops::eq(&v, w)?
            } else {
                v.is(w)
            };
            if same {
                dup = true;
                break;
            }
        }
        if !dup {
            args.push(v);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().expect("one member"));
    }
    Ok(crate::types::new_object(UnionObject { header: ObjHeader::new(std::ptr::null()), args: new_tuple(args) }))
}

fn un(v: &Value) -> PyResult<&UnionObject> {
    v.downcast::<UnionObject>().ok_or_else(|| type_error("expected a types.UnionType"))
}

fn union_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let u = un(&args[0])?;
    let mut parts = Vec::new();
    for a in tuple_items(&u.args).unwrap_or(&[]) {
        if a.is(&NONE_TYPE.as_value()) {
            parts.push("None".to_owned());
        } else {
            parts.push(repr_item(a)?);
        }
    }
    Ok(new_str(parts.join(" | ")))
}

/// The member tuple of a union (isinstance/issubclass treat a union as it).
pub fn union_args(v: &Value) -> Option<Value> {
    v.downcast::<UnionObject>().map(|u| u.args.clone())
}

fn union_get_args(v: &Value) -> PyResult<Value> {
    Ok(un(v)?.args.clone())
}

fn union_get_parameters(_v: &Value) -> PyResult<Value> {
    Ok(new_tuple(Vec::new()))
}

/// Subscription substitutes type variables, and a union of classes has none.
fn union_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(type_error(format!("{} is not a generic class", ops::repr_string(&args[0])?)))
}

/// Unions are equal when they have the same members, in any order.
fn union_eq_impl(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (a.downcast::<UnionObject>(), b.downcast::<UnionObject>()) else { return Ok(None) };
    let fx = crate::objects::set::new_empty(&crate::objects::set::FROZENSET_TYPE);
    let fy = crate::objects::set::new_empty(&crate::objects::set::FROZENSET_TYPE);
    crate::objects::set::set_update(&fx, &x.args)?;
    crate::objects::set::set_update(&fy, &y.args)?;
    Ok(Some(ops::eq(&fx, &fy)?))
}

fn union_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(union_eq_impl(&args[0], &args[1])?.map_or_else(not_implemented, new_bool))
}

fn union_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(union_eq_impl(&args[0], &args[1])?.map_or_else(not_implemented, |b| new_bool(!b)))
}

fn union_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let u = un(&args[0])?;
    let f = crate::objects::set::new_empty(&crate::objects::set::FROZENSET_TYPE);
    crate::objects::set::set_update(&f, &u.args)?;
    Ok(new_int(ops::hash(&f)?))
}

fn or_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    union_or(&args[0], &args[1])
}

fn ror_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    union_or(&args[1], &args[0])
}

pub fn init() {
    let t = &GENERIC_ALIAS_TYPE;
    crate::types::init_builtin_type(t);
    t.getattro.set(Some(ga_getattro));
    build::new(t, ga_new);
    build::method(t, "__repr__", ga_repr);
    build::method(t, "__call__", ga_call);
    build::method(t, "__mro_entries__", ga_mro_entries);
    build::method(t, "__instancecheck__", ga_instancecheck);
    build::method(t, "__subclasscheck__", ga_subclasscheck);
    build::method(t, "__eq__", ga_eq);
    build::method(t, "__ne__", ga_ne);
    build::method(t, "__hash__", ga_hash);
    build::method(t, "__reduce__", ga_reduce);
    build::method(t, "__getitem__", ga_getitem);
    build::method(t, "__dir__", ga_dir);
    build::method(t, "__or__", or_m);
    build::method(t, "__ror__", ror_m);
    let u = &UNION_TYPE;
    crate::types::init_builtin_type(u);
    build::method(u, "__repr__", union_repr);
    build::method(u, "__getitem__", union_getitem);
    build::getset(u, "__args__", union_get_args, None);
    build::getset(u, "__parameters__", union_get_parameters, None);
    build::method(u, "__eq__", union_eq);
    build::method(u, "__ne__", union_ne);
    build::method(u, "__hash__", union_hash);
    build::method(u, "__or__", or_m);
    build::method(u, "__ror__", ror_m);
    // `int | None`: type.__or__ / type.__ror__.
    build::method(&TYPE_TYPE, "__or__", or_m);
    build::method(&TYPE_TYPE, "__ror__", ror_m);
    for c in [
        &crate::objects::list::LIST_TYPE,
        &crate::objects::tuple::TUPLE_TYPE,
        &crate::objects::dict::DICT_TYPE,
        &crate::objects::set::SET_TYPE,
        &crate::objects::set::FROZENSET_TYPE,
        &crate::objects::iter::ENUMERATE_TYPE,
    ] {
        add_class_getitem(c);
    }
}
