//! The methods of `dict`, its views (`keys()`, `values()`, `items()`) and
//! their iterators.

use crate::error::{key_error, type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::dict::{as_dict, new_dict, DictObject, DICT_TYPE};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::builtins::args::{arity, no_kw, noargs, one_arg};
use crate::ops;
use crate::types::{build, Slot, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

fn d(v: &Value) -> &DictObject {
    as_dict(v).unwrap()
}

fn dict_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().ok_or_else(|| type_error("dict.__new__(X): X is not a type object"))?;
    if !cls.is_subtype(&DICT_TYPE) {
        return Err(type_error(format!("dict.__new__({}): {} is not a subtype of dict", cls.name(), cls.name())));
    }
    Ok(crate::types::alloc_object(cls, crate::objects::dict::new_dict_payload()))
}

/// Whether `v` is a dict whose iteration is dict's own (CPython merges such
/// dicts entry by entry, without calling `keys()` or `__getitem__`).
fn plain_dict(v: &Value) -> Option<&DictObject> {
    let dd = as_dict(v)?;
    if v.is_type(&DICT_TYPE) {
        return Some(dd);
    }
    match (v.ty().lookup_str("__iter__"), DICT_TYPE.lookup_str("__iter__")) {
        (Some(a), Some(b)) if a.is(&b) => Some(dd),
        _ => None,
    }
}

/// CPython's PyDict_Merge: a dict entry by entry, else `keys()` and `[]`.
pub fn merge(target: &DictObject, other: &Value) -> PyResult<()> {
    if let Some(o) = plain_dict(other) {
        return target.update_from(o);
    }
    let keys = ops::call_method(other, "keys", &[])?;
    let it = ops::iter(&keys)?;
    while let Some(k) = ops::next(&it)? {
        let v = ops::get_item(other, &k)?;
        target.set(k, v)?;
    }
    Ok(())
}

/// CPython's PyDict_MergeFromSeq2: an iterable of key/value pairs.
fn merge_from_seq2(target: &DictObject, other: &Value) -> PyResult<()> {
    let it = ops::iter(other)?;
    let mut i = 0;
    while let Some(item) = ops::next(&it)? {
        let pair = match ops::collect(&item) {
            Ok(p) => p,
            Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) && !ops::is_iterable(&item) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(crate::error::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            target.set(k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// CPython's dict_update_arg: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(target: &DictObject, other: &Value) -> PyResult<()> {
    if other.is_type(&DICT_TYPE) {
        return merge(target, other);
    }
    if ops::getattr_opt(other, &crate::objects::str::intern_static("keys"))?.is_some() {
        return merge(target, other);
    }
    merge_from_seq2(target, other)
}

/// CPython's dict_update_common: `dict(...)`, `d.update(...)`.
fn update_common(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<()> {
    if args.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", name, args.len() - 1)));
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
    Ok(())
}

fn dict_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    update_common(args, kw, "dict")?;
    Ok(none())
}

pub fn dict_repr_string(v: &Value) -> PyResult<String> {
    let dd = d(v);
    if !ops::repr_enter(v) {
        return Ok("{...}".into());
    }
    if dd.is_empty() {
        ops::repr_leave(v);
        return Ok("{}".into());
    }
    let r = (|| {
        let mut out = String::from("{");
        let mut pos = 0;
        let mut first = true;
        while let Some((next, k, val)) = dd.next_entry(pos) {
            pos = next;
            if !first {
                out.push_str(", ");
            }
            first = false;
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

fn dict_getitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("dict.__getitem__", args, kw)?;
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

fn dict_contains(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one_arg("dict.__contains__", args, kw)?;
    Ok(new_bool(d(&args[0]).contains(&args[1])?))
}

fn dict_get(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("dict.get", kw)?;
    arity("get", args.len() - 1, 1, 2)?;
    Ok(d(&args[0]).get(&args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("dict.setdefault", kw)?;
    arity("setdefault", args.len() - 1, 1, 2)?;
    let dd = d(&args[0]);
    let h = ops::hash(&args[1])?;
    if let Some(v) = dd.get_hashed(&args[1], h)? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_else(none);
    dd.set_hashed(args[1].clone(), h, v.clone())?;
    Ok(v)
}

fn dict_pop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("dict.pop", kw)?;
    arity("pop", args.len() - 1, 1, 2)?;
    let dd = d(&args[0]);
    if dd.is_empty() {
        // CPython answers an empty dict without hashing the key.
        return match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(key_error(args[1].clone())),
        };
    }
    match dd.remove(&args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.popitem", args, kw)?;
    match d(&args[0]).pop_last() {
        Some((k, v)) => Ok(crate::objects::tuple::tuple2(k, v)),
        None => Err(key_error(new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_update(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    update_common(args, kw, "update")?;
    Ok(none())
}

fn dict_clear(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.clear", args, kw)?;
    d(&args[0]).clear();
    Ok(none())
}

fn dict_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.copy", args, kw)?;
    Ok(d(&args[0]).copy())
}

/// CPython's _PyDict_FromKeys.
fn dict_fromkeys(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("dict.fromkeys", kw)?;
    arity("fromkeys", args.len() - 1, 1, 2)?;
    let cls = &args[0];
    let iterable = &args[1];
    let value = args.get(2).cloned().unwrap_or_else(none);
    let r = crate::call::call(cls, &[], None)?;
    if r.is_type(&DICT_TYPE) {
        let rd = d(&r);
        if let Some(src) = iterable.downcast_exact::<DictObject>() {
            for (h, k) in src.hashed_keys() {
                rd.set_hashed(k, h, value.clone())?;
            }
            return Ok(r);
        }
        if iterable.is_type(&crate::objects::set::SET_TYPE) || iterable.is_type(&crate::objects::set::FROZENSET_TYPE) {
            let so = crate::objects::set::as_set(iterable).expect("a set");
            for (h, k) in so.entries() {
                rd.set_hashed(k, h, value.clone())?;
            }
            return Ok(r);
        }
    }
    let it = ops::iter(iterable)?;
    while let Some(k) = ops::next(&it)? {
        match as_dict(&r) {
            Some(rd) if r.is_type(&DICT_TYPE) => rd.set(k, value.clone())?,
            _ => ops::set_item(&r, &k, value.clone())?,
        }
    }
    Ok(r)
}

fn dict_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_dict_iter(args[0].clone(), IterKind::Keys, false))
}

fn dict_reversed(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.__reversed__", args, kw)?;
    Ok(new_dict_iter(args[0].clone(), IterKind::Keys, true))
}

/// CPython's dict_equal: same size, and every key of `a` (looked up in `b`
/// with its stored hash) maps to an equal value.
fn dict_eq_impl(a: &DictObject, b: &DictObject) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((next, h, k, v)) = a.next_entry_hashed(pos) {
        pos = next;
        match b.get_hashed(&k, h)? {
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

/// CPython's dict_or: a copy of the left dict, updated from the right.
fn dict_or_impl(a: &Value, b: &Value) -> PyResult<Value> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(not_implemented());
    }
    let r = d(a).copy();
    update_from(d(&r), b)?;
    Ok(r)
}

fn dict_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dict_or_impl(&args[0], &args[1])
}

fn dict_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    dict_or_impl(&args[1], &args[0])
}

fn dict_ior(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    update_from(d(&args[0]), &args[1])?;
    Ok(args[0].clone())
}

fn dict_keys(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.keys", args, kw)?;
    Ok(new_view(&KEYS_VIEW_TYPE, args[0].clone()))
}
fn dict_values(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.values", args, kw)?;
    Ok(new_view(&VALUES_VIEW_TYPE, args[0].clone()))
}
fn dict_items(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.items", args, kw)?;
    Ok(new_view(&ITEMS_VIEW_TYPE, args[0].clone()))
}

/// CPython's _PyDict_SizeOf.
fn dict_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("dict.__sizeof__", args, kw)?;
    Ok(new_int(d(&args[0]).sizeof() as i64))
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

fn view_contains(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("__contains__", args, kw)?;
    Ok(new_bool(view_has(&args[0], &args[1])?))
}

/// Keys and items views are set-like (CPython's PyDictViewSet_Check).
fn is_view_set(v: &Value) -> bool {
    v.is_type(&KEYS_VIEW_TYPE) || v.is_type(&ITEMS_VIEW_TYPE)
}

/// CPython's dictviews_to_set: a new set from the operand (the dict itself
/// for the keys of an exact dict).
fn views_to_set(v: &Value) -> PyResult<Value> {
    let r = crate::objects::set::new_set();
    let mut left = v.clone();
    if v.is_type(&KEYS_VIEW_TYPE) && view(v).dict.is_type(&DICT_TYPE) {
        left = view(v).dict.clone();
    }
    crate::objects::set::set_update(&r, &left)?;
    Ok(r)
}

/// CPython's dictviews_sub (either operand may be the view).
fn views_sub(a: &Value, b: &Value) -> PyResult<Value> {
    let r = views_to_set(a)?;
    ops::call_method(&r, "difference_update", &[b.clone()])?;
    Ok(r)
}

/// CPython's dictviews_or.
fn views_or(a: &Value, b: &Value) -> PyResult<Value> {
    let r = views_to_set(a)?;
    crate::objects::set::set_update(&r, b)?;
    Ok(r)
}

/// CPython's dictitems_xor: items views on both sides.
fn items_xor(a: &Value, b: &Value) -> PyResult<Value> {
    let temp = d(&view(a).dict).copy();
    let td = d(&temp);
    let result = crate::objects::set::new_set();
    let d2 = d(&view(b).dict);
    let mut pos = 0;
    while let Some((next, key, val2)) = d2.next_entry(pos) {
        pos = next;
        let to_delete = match td.get(&key)? {
            Some(val1) => ops::eq(&val1, &val2)?,
            None => false,
        };
        if to_delete {
            td.del_item(&key)?;
        } else {
            crate::objects::set::set_add(&result, new_tuple(vec![key, val2]))?;
        }
    }
    let remaining = new_view(&ITEMS_VIEW_TYPE, temp.clone());
    crate::objects::set::set_update(&result, &remaining)?;
    Ok(result)
}

/// CPython's dictviews_xor.
fn views_xor(a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_type(&ITEMS_VIEW_TYPE) && b.is_type(&ITEMS_VIEW_TYPE) {
        return items_xor(a, b);
    }
    let r = views_to_set(a)?;
    ops::call_method(&r, "symmetric_difference_update", &[b.clone()])?;
    Ok(r)
}

/// Membership in a keys or items view (CPython's dictkeys_contains / dictitems_contains).
fn view_has(v: &Value, key: &Value) -> PyResult<bool> {
    let dd = d(&view(v).dict);
    if v.is_type(&KEYS_VIEW_TYPE) {
        return dd.contains(key);
    }
    let Some(t) = tuple_items(key) else { return Ok(false) };
    if t.len() != 2 {
        return Ok(false);
    }
    match dd.get(&t[0])? {
        Some(val) => ops::eq(&val, &t[1]),
        None => Ok(false),
    }
}

/// CPython's _PyDictView_Intersect.
fn views_and(a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = (a.clone(), b.clone());
    if !is_view_set(&this) {
        std::mem::swap(&mut this, &mut other);
    }
    let len_self = d(&view(&this).dict).len();
    if other.is_type(&crate::objects::set::SET_TYPE) && len_self <= ops::len(&other)? {
        return ops::call_method(&other, "intersection", &[this]);
    }
    if is_view_set(&other) && d(&view(&other).dict).len() > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = crate::objects::set::new_set();
    let it = ops::iter(&other)?;
    while let Some(key) = ops::next(&it)? {
        if view_has(&this, &key)? {
            crate::objects::set::set_add(&result, key)?;
        }
    }
    Ok(result)
}

fn view_and(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_and(&args[0], &args[1])
}
fn view_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_or(&args[0], &args[1])
}
fn view_sub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_sub(&args[0], &args[1])
}
fn view_xor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_xor(&args[0], &args[1])
}
fn view_rand(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_and(&args[1], &args[0])
}
fn view_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_or(&args[1], &args[0])
}
fn view_rsub(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_sub(&args[1], &args[0])
}
fn view_rxor(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    views_xor(&args[1], &args[0])
}

/// CPython's all_contained_in: every item of `a` is `in` `b`.
fn all_contained_in(a: &Value, b: &Value) -> PyResult<bool> {
    let it = ops::iter(a)?;
    while let Some(x) = ops::next(&it)? {
        if !ops::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's dictview_richcompare.
fn view_cmp(args: &[Value], op: &str) -> PyResult<Value> {
    let (this, other) = (&args[0], &args[1]);
    if crate::objects::set::as_set(other).is_none() && !is_view_set(other) {
        return Ok(not_implemented());
    }
    let len_self = ops::len(this)?;
    let len_other = ops::len(other)?;
    let ok = match op {
        "eq" => len_self == len_other && all_contained_in(this, other)?,
        "ne" => !(len_self == len_other && all_contained_in(this, other)?),
        "lt" => len_self < len_other && all_contained_in(this, other)?,
        "le" => len_self <= len_other && all_contained_in(this, other)?,
        "gt" => len_self > len_other && all_contained_in(other, this)?,
        _ => len_self >= len_other && all_contained_in(other, this)?,
    };
    Ok(new_bool(ok))
}

fn view_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "eq")
}
fn view_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "ne")
}
fn view_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "le")
}
fn view_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "lt")
}
fn view_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "ge")
}
fn view_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    view_cmp(args, "gt")
}

/// CPython's dictviews_isdisjoint.
fn view_isdisjoint(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("isdisjoint", args, kw)?;
    let (mut this, mut other) = (args[0].clone(), args[1].clone());
    if this.is(&other) {
        return Ok(new_bool(d(&view(&this).dict).is_empty()));
    }
    if crate::objects::set::as_set(&other).is_some() || is_view_set(&other) {
        let len_self = d(&view(&this).dict).len();
        if ops::len(&other)? > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = ops::iter(&other)?;
    while let Some(x) = ops::next(&it)? {
        if ops::contains(&this, &x)? {
            return Ok(new_bool(false));
        }
    }
    Ok(new_bool(true))
}

fn view_mapping(v: &Value) -> PyResult<Value> {
    Ok(crate::objects::typeobj::new_mappingproxy(view(v).dict.clone()))
}

// ----- mappingproxy extras (the type lives in typeobj.rs) -------------------------

fn proxied(v: &Value) -> PyResult<Value> {
    v.downcast::<crate::objects::typeobj::MappingProxyObject>()
        .map(|m| m.mapping.clone())
        .ok_or_else(|| type_error("expected a mappingproxy"))
}

/// `str(proxy)` is `str` of the mapping (CPython's mappingproxy_str).
fn mp_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ops::str_(&proxied(&args[0])?)
}

/// Comparisons are the mapping's (CPython's mappingproxy_richcompare).
fn mp_cmp(args: &[Value], op: tern_frontend::bytecode::CmpOp) -> PyResult<Value> {
    ops::rich_compare(&proxied(&args[0])?, &args[1], op)
}
fn mp_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_cmp(args, tern_frontend::bytecode::CmpOp::Eq)
}
fn mp_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_cmp(args, tern_frontend::bytecode::CmpOp::Ne)
}

fn mp_reversed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = proxied(&args[0])?;
    let f = crate::builtins::builtins_dict();
    let rev = as_dict(&f).and_then(|d| d.get_str(&crate::objects::str::intern_static("reversed"))).unwrap_or_else(none);
    crate::call::call(&rev, &[m], None)
}

/// `proxy | other`: the mapping's `|` (CPython's mappingproxy_or).
fn mp_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (mut a, mut b) = (args[0].clone(), args[1].clone());
    if let Ok(m) = proxied(&a) {
        a = m;
    }
    if let Ok(m) = proxied(&b) {
        b = m;
    }
    ops::binary_op(&a, &b, tern_frontend::bytecode::BinOp::Or)
}

/// `proxy |= other` is refused (CPython's mappingproxy_ior).
fn mp_ior(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(type_error(format!("'|=' is not supported by {}; use '|' instead", args[0].ty().name())))
}

fn mp_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_or(&[args[1].clone(), args[0].clone()], None)
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
    /// None once exhausted.
    dict: UnsafeCell<Option<Value>>,
    /// The dict's size when iteration began; -1 after a size-change error.
    di_used: Cell<isize>,
    /// Entry position: the next to look at (forwards) or the last (backwards).
    pos: Cell<isize>,
    /// Items left (CPython's `len`).
    remaining: Cell<isize>,
    kind: IterKind,
    reversed: bool,
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
    let len = dd.len() as isize;
    let pos = if reversed { dd.nentries() as isize - 1 } else { 0 };
    crate::types::alloc_object(
        ty,
        DictIterObject {
            header: ObjHeader::new(std::ptr::null()),
            dict: UnsafeCell::new(Some(dict)),
            di_used: Cell::new(len),
            pos: Cell::new(pos),
            remaining: Cell::new(len),
            kind,
            reversed,
        },
    )
}

/// CPython's dictiter_iternext* and dictreviter_iternext.
fn dict_iternext(it: &Value) -> PyResult<Option<Value>> {
    let kind = unsafe { it.downcast_unchecked::<DictIterObject>() }.kind;
    Ok(dict_iter_entry(it)?.map(|(k, v)| match kind {
        IterKind::Keys => k,
        IterKind::Values => v,
        IterKind::Items => crate::objects::tuple::tuple2(k, v),
    }))
}

/// The next key and value of an items iterator of a dict (forwards or
/// reversed), for `for k, v in d.items()` in compiled code, which takes the
/// two without the tuple (`iter::next_pair`); None for other objects.
pub fn next_item_pair(it: &Value) -> Option<PyResult<Option<(Value, Value)>>> {
    (it.is_type(&ITEM_ITER_TYPE) || it.is_type(&REV_ITEM_ITER_TYPE)).then(|| dict_iter_entry(it))
}

/// A dict iterator's next entry, whatever its kind.
fn dict_iter_entry(it: &Value) -> PyResult<Option<(Value, Value)>> {
    let di = unsafe { it.downcast_unchecked::<DictIterObject>() };
    let Some(dv) = (unsafe { (*di.dict.get()).clone() }) else { return Ok(None) };
    let dd = d(&dv);
    if di.di_used.get() != dd.len() as isize {
        di.di_used.set(-1);
        return Err(crate::error::runtime_error("dictionary changed size during iteration"));
    }
    let found = if di.reversed {
        let mut i = di.pos.get();
        let mut hit = None;
        while i >= 0 {
            if let Some((k, v)) = dd.entry_at(i as usize) {
                hit = Some((k, v));
                break;
            }
            i -= 1;
        }
        di.pos.set(i - 1);
        hit
    } else {
        match dd.next_entry(di.pos.get() as usize) {
            Some((next, k, v)) => {
                if di.remaining.get() == 0 {
                    let old = unsafe { (*di.dict.get()).take() };
                    drop(old);
                    return Err(crate::error::runtime_error("dictionary keys changed during iteration"));
                }
                di.pos.set(next as isize);
                Some((k, v))
            }
            None => None,
        }
    };
    match found {
        Some((k, v)) => {
            di.remaining.set(di.remaining.get() - 1);
            Ok(Some((k, v)))
        }
        None => {
            let old = unsafe { (*di.dict.get()).take() };
            drop(old);
            Ok(None)
        }
    }
}

fn dict_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let di = args[0].downcast::<DictIterObject>().ok_or_else(|| type_error("expected a dict iterator"))?;
    let n = match unsafe { &*di.dict.get() } {
        Some(dv) if di.di_used.get() == d(dv).len() as isize => di.remaining.get(),
        _ => 0,
    };
    Ok(new_int(n as i64))
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
    build::method(t, "__sizeof__", dict_sizeof);
    build::attr(t, "__hash__", none());
    for vt in [&KEYS_VIEW_TYPE, &VALUES_VIEW_TYPE, &ITEMS_VIEW_TYPE] {
        crate::types::init_builtin_type(vt);
        build::method(vt, "__len__", view_len);
        build::method(vt, "__iter__", view_iter);
        build::method(vt, "__reversed__", view_reversed);
        build::method(vt, "__repr__", view_repr);
        build::getset(vt, "mapping", view_mapping, None);
    }
    for vt in [&KEYS_VIEW_TYPE, &ITEMS_VIEW_TYPE] {
        build::method(vt, "__contains__", view_contains);
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
    let m = &crate::objects::typeobj::MAPPINGPROXY_TYPE;
    build::method(m, "__str__", mp_str);
    build::method(m, "__eq__", mp_eq);
    build::method(m, "__ne__", mp_ne);
    build::method(m, "__reversed__", mp_reversed);
    build::method(m, "__or__", mp_or);
    build::method(m, "__ror__", mp_ror);
    build::method(m, "__ior__", mp_ior);
    crate::builtins::generic_alias::add_class_getitem(m);
    let _ = (new_dict, is_none);
}
