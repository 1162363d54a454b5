//! The methods of `dict`, its views (`keys()`, `values()`, `items()`) and
//! their iterators.

use crate::error::{key_error, type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::dict::{as_dict, new_dict, DictObject, DICT_TYPE};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{build, Slot, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

fn d(v: &Value) -> &DictObject {
    as_dict(v).unwrap()
}

fn dict_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, crate::objects::dict::new_dict_payload()))
}

/// `dict.update(other, **kw)` semantics: a mapping (has keys()) or an iterable of pairs.
pub fn update_from(target: &DictObject, other: &Value) -> PyResult<()> {
    if let Some(o) = as_dict(other) {
        return target.update_from(o);
    }
    if let Some(keys) = ops::getattr_opt(other, &crate::objects::str::intern("keys"))? {
        let ks = ops::collect(&crate::call::call(&keys, &[], None)?)?;
        for k in ks {
            let v = ops::get_item(other, &k)?;
            target.set(k, v)?;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    let mut i = 0;
    while let Some(item) = ops::next(&it)? {
        let pair = ops::collect(&item).map_err(|_| {
            type_error(format!(
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ))
        })?;
        if pair.len() != 2 {
            return Err(crate::error::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        target.set(p.next().unwrap(), p.next().unwrap())?;
        i += 1;
    }
    Ok(())
}

fn dict_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    let dd = d(&args[0]);
    if let Some(o) = args.get(1) {
        update_from(dd, o)?;
    }
    if let Some(kw) = kw {
        for (k, v) in kw.names.iter().zip(kw.values.iter()) {
            dd.set(k.clone(), v.clone())?;
        }
    }
    Ok(none())
}

pub fn dict_repr_string(v: &Value) -> PyResult<String> {
    let dd = d(v);
    if dd.is_empty() {
        return Ok("{}".into());
    }
    if !ops::repr_enter(v) {
        return Ok("{...}".into());
    }
    let r = (|| {
        let mut out = String::from("{");
        for (i, (k, val)) in dd.items().into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&ops::repr_string(&k)?);
            out.push_str(": ");
            out.push_str(&ops::repr_string(&val)?);
        }
        out.push('}');
        Ok::<String, PyErr>(out)
    })();
    ops::repr_leave(v);
    r
}

fn dict_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(dict_repr_string(&args[0])?))
}

fn dict_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(d(&args[0]).len() as i64))
}

fn dict_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    match d(this).get(&args[1])? {
        Some(v) => Ok(v),
        None => {
            if !this.is_type(&DICT_TYPE) {
                if let Some(m) = this.ty().slot(Slot::Missing) {
                    return ops::call_special(&m, this, &[args[1].clone()]);
                }
            }
            Err(key_error(args[1].clone()))
        }
    }
}

fn dict_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    d(&args[0]).set(args[1].clone(), args[2].clone())?;
    Ok(none())
}

fn dict_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    d(&args[0]).del_item(&args[1])?;
    Ok(none())
}

fn dict_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(d(&args[0]).contains(&args[1])?))
}

fn dict_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("get", args.len() - 1, 1, 2)?;
    Ok(d(&args[0]).get(&args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("setdefault", args.len() - 1, 1, 2)?;
    let dd = d(&args[0]);
    if let Some(v) = dd.get(&args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_else(none);
    dd.set(args[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("pop", args.len() - 1, 1, 2)?;
    match d(&args[0]).remove(&args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match d(&args[0]).pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(key_error(new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_update(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", args.len() - 1)));
    }
    dict_init(args, kw)
}

fn dict_clear(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    d(&args[0]).clear();
    Ok(none())
}

fn dict_copy(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(d(&args[0]).copy())
}

fn dict_fromkeys(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("fromkeys", args.len() - 1, 1, 2)?;
    let cls = &args[0];
    let value = args.get(2).cloned().unwrap_or_else(none);
    let r = crate::call::call(cls, &[], None)?;
    let keys = ops::collect(&args[1])?;
    match as_dict(&r) {
        Some(rd) if r.is_type(&DICT_TYPE) => {
            for k in keys {
                rd.set(k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                ops::set_item(&r, &k, value.clone())?;
            }
        }
    }
    Ok(r)
}

fn dict_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_dict_iter(args[0].clone(), IterKind::Keys, false))
}

fn dict_reversed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_dict_iter(args[0].clone(), IterKind::Keys, true))
}

fn dict_eq_impl(a: &DictObject, b: &DictObject) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(&k)? {
            Some(bv) => {
                if !ops::eq(&v, &bv)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = as_dict(&args[1]) else { return Ok(not_implemented()) };
    Ok(new_bool(dict_eq_impl(d(&args[0]), o)?))
}

fn dict_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = as_dict(&args[1]) else { return Ok(not_implemented()) };
    Ok(new_bool(!dict_eq_impl(d(&args[0]), o)?))
}

fn dict_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = as_dict(&args[1]) else { return Ok(not_implemented()) };
    let r = d(&args[0]).copy();
    d(&r).update_from(o)?;
    Ok(r)
}

fn dict_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(o) = as_dict(&args[1]) else { return Ok(not_implemented()) };
    let r = o.copy();
    d(&r).update_from(d(&args[0]))?;
    Ok(r)
}

fn dict_ior(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    update_from(d(&args[0]), &args[1])?;
    Ok(args[0].clone())
}

fn dict_keys(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_view(&KEYS_VIEW_TYPE, args[0].clone()))
}
fn dict_values(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_view(&VALUES_VIEW_TYPE, args[0].clone()))
}
fn dict_items(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_view(&ITEMS_VIEW_TYPE, args[0].clone()))
}

// ----- views -------------------------------------------------------------------

#[repr(C)]
pub struct DictViewObject {
    pub header: ObjHeader,
    pub dict: Value,
}

unsafe impl PyObj for DictViewObject {
    fn class() -> &'static TypeObject {
        &KEYS_VIEW_TYPE
    }
}

pub static KEYS_VIEW_TYPE: TypeObject = TypeObject::builtin::<DictViewObject>("dict_keys", Some(&OBJECT_TYPE), 0);
pub static VALUES_VIEW_TYPE: TypeObject = TypeObject::builtin::<DictViewObject>("dict_values", Some(&OBJECT_TYPE), 0);
pub static ITEMS_VIEW_TYPE: TypeObject = TypeObject::builtin::<DictViewObject>("dict_items", Some(&OBJECT_TYPE), 0);

fn new_view(ty: &TypeObject, dict: Value) -> Value {
    crate::types::alloc_object(ty, DictViewObject { header: ObjHeader::new(std::ptr::null()), dict })
}

fn view(v: &Value) -> &DictViewObject {
    unsafe { v.downcast_unchecked::<DictViewObject>() }
}

fn view_kind(v: &Value) -> IterKind {
    if v.is_type(&KEYS_VIEW_TYPE) {
        IterKind::Keys
    } else if v.is_type(&VALUES_VIEW_TYPE) {
        IterKind::Values
    } else {
        IterKind::Items
    }
}

fn view_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(d(&view(&args[0]).dict).len() as i64))
}

fn view_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_dict_iter(view(&args[0]).dict.clone(), view_kind(&args[0]), false))
}

fn view_reversed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_dict_iter(view(&args[0]).dict.clone(), view_kind(&args[0]), true))
}

fn view_items(v: &Value) -> Vec<Value> {
    let dd = d(&view(v).dict);
    match view_kind(v) {
        IterKind::Keys => dd.keys(),
        IterKind::Values => dd.values(),
        IterKind::Items => dd.items().into_iter().map(|(k, val)| new_tuple(vec![k, val])).collect(),
    }
}

fn view_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let v = &args[0];
    if !ops::repr_enter(v) {
        return Ok(new_str("..."));
    }
    let r = (|| {
        let parts: Vec<String> = view_items(v).iter().map(ops::repr_string).collect::<PyResult<_>>()?;
        Ok::<String, PyErr>(format!("{}([{}])", v.ty().name(), parts.join(", ")))
    })();
    ops::repr_leave(v);
    Ok(new_str(r?))
}

fn view_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let v = &args[0];
    let dd = d(&view(v).dict);
    match view_kind(v) {
        IterKind::Keys => Ok(new_bool(dd.contains(&args[1])?)),
        IterKind::Values => {
            for val in dd.values() {
                if ops::eq(&val, &args[1])? {
                    return Ok(new_bool(true));
                }
            }
            Ok(new_bool(false))
        }
        IterKind::Items => {
            let Some(t) = tuple_items(&args[1]) else { return Ok(new_bool(false)) };
            if t.len() != 2 {
                return Ok(new_bool(false));
            }
            match dd.get(&t[0])? {
                Some(val) => Ok(new_bool(ops::eq(&val, &t[1])?)),
                None => Ok(new_bool(false)),
            }
        }
    }
}

/// Set operations on keys/items views produce sets.
fn view_setop(args: &[Value], op: &str, reflected: bool) -> PyResult<Value> {
    let a = crate::objects::set::new_set_from(view_items(&args[0]))?;
    let (x, y) = if reflected { (args[1].clone(), a) } else { (a, args[1].clone()) };
    let x = if reflected { crate::objects::set::new_set_from(ops::collect(&x)?)? } else { x };
    ops::call_method(&x, op, &[y])
}

fn view_and(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "intersection", false)
}
fn view_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "union", false)
}
fn view_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "difference", false)
}
fn view_xor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "symmetric_difference", false)
}
fn view_rand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "intersection", true)
}
fn view_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "union", true)
}
fn view_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "difference", true)
}
fn view_rxor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_setop(args, "symmetric_difference", true)
}

fn view_cmp(args: &[Value], op: &str) -> PyResult<Value> {
    let other = &args[1];
    let is_setlike = crate::objects::set::as_set(other).is_some()
        || other.is_type(&KEYS_VIEW_TYPE)
        || other.is_type(&ITEMS_VIEW_TYPE);
    if !is_setlike {
        return Ok(not_implemented());
    }
    let a = crate::objects::set::new_set_from(view_items(&args[0]))?;
    let b = crate::objects::set::new_set_from(ops::collect(other)?)?;
    ops::call_method(&a, op, &[b])
}

fn view_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "__eq__")
}
fn view_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "__ne__")
}
fn view_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "__le__")
}
fn view_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "__lt__")
}
fn view_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "__ge__")
}
fn view_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "__gt__")
}

fn view_isdisjoint(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::set::new_set_from(view_items(&args[0]))?;
    ops::call_method(&a, "isdisjoint", &[args[1].clone()])
}

fn view_mapping(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::typeobj::new_mappingproxy(view(v).dict.clone()))
}

// ----- iterators ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

#[repr(C)]
pub struct DictIterObject {
    pub header: ObjHeader,
    dict: UnsafeCell<Option<Value>>,
    pos: Cell<usize>,
    len: usize,
    kind: IterKind,
    reversed: bool,
    remaining: Cell<usize>,
}

unsafe impl PyObj for DictIterObject {
    fn class() -> &'static TypeObject {
        &KEY_ITER_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        [&KEY_ITER_TYPE, &VALUE_ITER_TYPE, &ITEM_ITER_TYPE, &REV_KEY_ITER_TYPE, &REV_VALUE_ITER_TYPE, &REV_ITEM_ITER_TYPE]
            .iter()
            .any(|x| std::ptr::eq(*x, t))
    }
}

pub static KEY_ITER_TYPE: TypeObject = TypeObject::builtin::<DictIterObject>("dict_keyiterator", Some(&OBJECT_TYPE), 0);
pub static VALUE_ITER_TYPE: TypeObject = TypeObject::builtin::<DictIterObject>("dict_valueiterator", Some(&OBJECT_TYPE), 0);
pub static ITEM_ITER_TYPE: TypeObject = TypeObject::builtin::<DictIterObject>("dict_itemiterator", Some(&OBJECT_TYPE), 0);
pub static REV_KEY_ITER_TYPE: TypeObject =
    TypeObject::builtin::<DictIterObject>("dict_reversekeyiterator", Some(&OBJECT_TYPE), 0);
pub static REV_VALUE_ITER_TYPE: TypeObject =
    TypeObject::builtin::<DictIterObject>("dict_reversevalueiterator", Some(&OBJECT_TYPE), 0);
pub static REV_ITEM_ITER_TYPE: TypeObject =
    TypeObject::builtin::<DictIterObject>("dict_reverseitemiterator", Some(&OBJECT_TYPE), 0);

pub fn new_dict_iter(dict: Value, kind: IterKind, reversed: bool) -> Value {
    let ty: &TypeObject = match (kind, reversed) {
        (IterKind::Keys, false) => &KEY_ITER_TYPE,
        (IterKind::Values, false) => &VALUE_ITER_TYPE,
        (IterKind::Items, false) => &ITEM_ITER_TYPE,
        (IterKind::Keys, true) => &REV_KEY_ITER_TYPE,
        (IterKind::Values, true) => &REV_VALUE_ITER_TYPE,
        (IterKind::Items, true) => &REV_ITEM_ITER_TYPE,
    };
    let dd = d(&dict);
    let len = dd.len();
    // Reversed iteration walks a snapshot of the keys from the end.
    crate::types::alloc_object(
        ty,
        DictIterObject {
            header: ObjHeader::new(std::ptr::null()),
            dict: UnsafeCell::new(Some(dict)),
            pos: Cell::new(if reversed { len } else { 0 }),
            len,
            kind,
            reversed,
            remaining: Cell::new(len),
        },
    )
}

fn dict_iternext(it: &Value) -> PyResult<Option<Value>> {
    let di = unsafe { it.downcast_unchecked::<DictIterObject>() };
    let Some(dv) = (unsafe { (*di.dict.get()).clone() }) else { return Ok(None) };
    let dd = d(&dv);
    if dd.len() != di.len {
        unsafe { *di.dict.get() = None };
        return Err(crate::error::runtime_error("dictionary changed size during iteration"));
    }
    let next = if di.reversed {
        let p = di.pos.get();
        if p == 0 {
            None
        } else {
            let items = dd.items();
            di.pos.set(p - 1);
            items.into_iter().nth(p - 1).map(|(k, v)| (0, k, v))
        }
    } else {
        dd.next_entry(di.pos.get())
    };
    match next {
        Some((pos, k, v)) => {
            if !di.reversed {
                di.pos.set(pos);
            }
            di.remaining.set(di.remaining.get().saturating_sub(1));
            Ok(Some(match di.kind {
                IterKind::Keys => k,
                IterKind::Values => v,
                IterKind::Items => new_tuple(vec![k, v]),
            }))
        }
        None => {
            unsafe { *di.dict.get() = None };
            Ok(None)
        }
    }
}

fn dict_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let di = args[0].downcast::<DictIterObject>().unwrap();
    let alive = unsafe { (*di.dict.get()).is_some() };
    Ok(new_int(if alive { di.remaining.get() as i64 } else { 0 }))
}

pub fn init() {
    let t = &DICT_TYPE;
    build::new(t, dict_new);
    build::method(t, "__init__", dict_init);
    build::method(t, "__repr__", dict_repr);
    build::method(t, "__len__", dict_len);
    build::method(t, "__getitem__", dict_getitem);
    build::method(t, "__setitem__", dict_setitem);
    build::method(t, "__delitem__", dict_delitem);
    build::method(t, "__contains__", dict_contains);
    build::method(t, "__iter__", dict_iter);
    build::method(t, "__reversed__", dict_reversed);
    build::method(t, "__eq__", dict_eq);
    build::method(t, "__ne__", dict_ne);
    build::method(t, "__or__", dict_or);
    build::method(t, "__ror__", dict_ror);
    build::method(t, "__ior__", dict_ior);
    build::method(t, "get", dict_get);
    build::method(t, "setdefault", dict_setdefault);
    build::method(t, "pop", dict_pop);
    build::method(t, "popitem", dict_popitem);
    build::method(t, "update", dict_update);
    build::method(t, "clear", dict_clear);
    build::method(t, "copy", dict_copy);
    build::method(t, "keys", dict_keys);
    build::method(t, "values", dict_values);
    build::method(t, "items", dict_items);
    build::classmethod(t, "fromkeys", dict_fromkeys);
    build::attr(t, "__hash__", none());
    for vt in [&KEYS_VIEW_TYPE, &VALUES_VIEW_TYPE, &ITEMS_VIEW_TYPE] {
        crate::types::init_builtin_type(vt);
        build::method(vt, "__len__", view_len);
        build::method(vt, "__iter__", view_iter);
        build::method(vt, "__reversed__", view_reversed);
        build::method(vt, "__repr__", view_repr);
        build::method(vt, "__contains__", view_contains);
        build::getset(vt, "mapping", view_mapping, None);
    }
    for vt in [&KEYS_VIEW_TYPE, &ITEMS_VIEW_TYPE] {
        build::method(vt, "__and__", view_and);
        build::method(vt, "__or__", view_or);
        build::method(vt, "__sub__", view_sub);
        build::method(vt, "__xor__", view_xor);
        build::method(vt, "__rand__", view_rand);
        build::method(vt, "__ror__", view_ror);
        build::method(vt, "__rsub__", view_rsub);
        build::method(vt, "__rxor__", view_rxor);
        build::method(vt, "__eq__", view_eq);
        build::method(vt, "__ne__", view_ne);
        build::method(vt, "__le__", view_le);
        build::method(vt, "__lt__", view_lt);
        build::method(vt, "__ge__", view_ge);
        build::method(vt, "__gt__", view_gt);
        build::method(vt, "isdisjoint", view_isdisjoint);
        build::attr(vt, "__hash__", none());
    }
    for it in [&KEY_ITER_TYPE, &VALUE_ITER_TYPE, &ITEM_ITER_TYPE, &REV_KEY_ITER_TYPE, &REV_VALUE_ITER_TYPE, &REV_ITEM_ITER_TYPE] {
        crate::objects::iter::register_iterator(it, dict_iternext);
        build::method(it, "__length_hint__", dict_iter_len);
    }
    let _ = (new_dict, is_none);
}
