//! The `_functools` module of CPython 3.11 (Modules/_functoolsmodule.c):
//! `reduce`, `partial` (flattening, repr, pickling), `cmp_to_key` and its
//! `KeyWrapper`, and `_lru_cache_wrapper` with CPython's key making, hit and
//! miss counting, LRU eviction and method binding.

use crate::error::{attribute_error, type_error, PyResult};
use crate::modules::support::{class_getitem, cls_arg, this};
use crate::objects::bool_none::{is_none, none};
use crate::objects::dict::{as_dict, new_dict, DictObject};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell, UnsafeCell};
use tern_frontend::bytecode::CmpOp;

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

fn cell_get(c: &UnsafeCell<Value>) -> Value {
    unsafe { (*c.get()).clone() }
}

fn cell_set(c: &UnsafeCell<Value>, v: Value) {
    let old = unsafe { std::mem::replace(&mut *c.get(), v) };
    drop(old);
}

// ----- reduce ------------------------------------------------------------------

/// `reduce(function, iterable[, initial])`.
fn reduce(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("reduce", kw)?;
    crate::objects::clinic::positional(args, None, "reduce", "reduce", 2, 3)?;
    let it = match ops::iter(&args[1]) {
        Ok(it) => it,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => {
            return Err(type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut result = args.get(2).cloned();
    while let Some(v) = ops::next(&it)? {
        result = Some(match result {
            None => v,
            Some(r) => crate::call::call(&args[0], &[r, v], None)?,
        });
    }
    result.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

// ----- partial -----------------------------------------------------------------

#[repr(C)]
pub struct PartialObject {
    header: ObjHeader,
    func: UnsafeCell<Value>,
    args: UnsafeCell<Value>,
    kw: UnsafeCell<Value>,
    dict: Option<Value>,
}
pub static PARTIAL_TYPE: TypeObject = TypeObject::builtin::<PartialObject>("functools.partial", Some(&OBJECT_TYPE), BASETYPE)
    .in_module("functools")
    .with_qualname("partial")
    .with_dict_at(std::mem::offset_of!(PartialObject, dict));
unsafe impl PyObj for PartialObject {
    fn class() -> &'static TypeObject {
        &PARTIAL_TYPE
    }
}

/// Is `v` called through partial's own `__call__` (CPython's `tp_call == partial_call`)?
fn uses_partial_call(v: &Value) -> bool {
    v.downcast::<PartialObject>().is_some()
        && match (v.ty().lookup_str("__call__"), PARTIAL_TYPE.lookup_str("__call__")) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        }
}

fn partial_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    if args.len() < 2 {
        return Err(type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args[1].clone();
    let mut pargs: Vec<Value> = Vec::new();
    let mut pkw: Option<Value> = None;
    if uses_partial_call(&func) {
        let p = func.downcast::<PartialObject>().unwrap();
        let no_dict = crate::objects::instance::instance_dict(&func).map_or(true, |d| d.is_empty());
        if no_dict {
            pargs = tuple_items(&cell_get(&p.args)).map(<[Value]>::to_vec).unwrap_or_default();
            pkw = Some(cell_get(&p.kw));
            let inner = cell_get(&p.func);
            func = inner;
        }
    }
    if !crate::call::callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    pargs.extend(args[2..].iter().cloned());
    let kwd = new_dict();
    let kd = as_dict(&kwd).unwrap();
    if let Some(p) = &pkw {
        if let Some(pd) = as_dict(p) {
            kd.update_from(pd)?;
        }
    }
    if let Some(k) = kw {
        for (n, v) in k.names.iter().zip(k.values) {
            kd.set(n.clone(), v.clone())?;
        }
    }
    Ok(alloc_object(
        cls,
        PartialObject {
            header: hdr(),
            func: UnsafeCell::new(func),
            args: UnsafeCell::new(new_tuple(pargs)),
            kw: UnsafeCell::new(kwd),
            dict: None,
        },
    ))
}

fn partial_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PartialObject>(args)?;
    let func = cell_get(&p.func);
    let pargs = cell_get(&p.args);
    let mut all: Vec<Value> = tuple_items(&pargs).map(<[Value]>::to_vec).unwrap_or_default();
    all.extend(args[1..].iter().cloned());
    let pkw = cell_get(&p.kw);
    let pd = as_dict(&pkw);
    if pd.map_or(true, |d| d.is_empty()) {
        return crate::call::call(&func, &all, kw);
    }
    let merged = new_dict();
    let md = as_dict(&merged).unwrap();
    if let Some(d) = pd {
        md.update_from(d)?;
    }
    if let Some(k) = kw {
        for (n, v) in k.names.iter().zip(k.values) {
            md.set(n.clone(), v.clone())?;
        }
    }
    let (names, values): (Vec<Value>, Vec<Value>) = md.items().into_iter().unzip();
    crate::call::call(&func, &all, Some(&Kw { names: &names, values: &values }))
}

fn partial_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PartialObject>(args)?;
    let me = &args[0];
    if !ops::repr_enter(me) {
        return Ok(new_str("..."));
    }
    let r = (|| -> PyResult<String> {
        let mut s = ops::repr_string(&cell_get(&p.func))?;
        let pargs = cell_get(&p.args);
        for a in tuple_items(&pargs).unwrap_or(&[]) {
            s.push_str(", ");
            s.push_str(&ops::repr_string(a)?);
        }
        let pkw = cell_get(&p.kw);
        if let Some(d) = as_dict(&pkw) {
            for (k, v) in d.items() {
                s.push_str(&format!(", {}={}", ops::str_of(&k)?, ops::repr_string(&v)?));
            }
        }
        Ok(s)
    })();
    ops::repr_leave(me);
    Ok(new_str(format!("{}({})", me.ty().name(), r?)))
}

fn partial_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = this::<PartialObject>(args)?;
    let func = cell_get(&p.func);
    let dict = match crate::objects::instance::instance_dict(&args[0]) {
        Some(d) if !d.is_empty() => crate::objects::instance::dict_slot(&args[0]).and_then(|d| d.clone()).unwrap_or_else(none),
        _ => none(),
    };
    Ok(new_tuple(vec![
        args[0].ty().as_value(),
        new_tuple(vec![func.clone()]),
        new_tuple(vec![func, cell_get(&p.args), cell_get(&p.kw), dict]),
    ]))
}

fn partial_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("__setstate__", args, kw)?;
    let p = this::<PartialObject>(args)?;
    let bad = || type_error("invalid partial state");
    let state = tuple_items(&args[1]).ok_or_else(bad)?;
    if state.len() != 4 {
        return Err(bad());
    }
    let (func, fargs, fkw, dict) = (&state[0], &state[1], &state[2], &state[3]);
    if !crate::call::callable(func) || tuple_items(fargs).is_none() || (!is_none(fkw) && as_dict(fkw).is_none()) {
        return Err(bad());
    }
    let fargs = new_tuple(tuple_items(fargs).unwrap().to_vec());
    let fkw = match as_dict(fkw) {
        None => new_dict(),
        Some(d) if fkw.is_type(&crate::objects::dict::DICT_TYPE) => {
            let _ = d;
            fkw.clone()
        }
        Some(d) => d.copy(),
    };
    cell_set(&p.func, func.clone());
    cell_set(&p.args, fargs);
    cell_set(&p.kw, fkw);
    if let Some(slot) = crate::objects::instance::dict_slot(&args[0]) {
        *slot = if is_none(dict) { None } else { Some(dict.clone()) };
    }
    Ok(none())
}

fn readonly(_v: &Value, _x: Option<&Value>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

fn partial_func(v: &Value) -> PyResult<Value> {
    Ok(cell_get(&v.downcast::<PartialObject>().ok_or_else(|| type_error("expected a partial"))?.func))
}

fn partial_args(v: &Value) -> PyResult<Value> {
    Ok(cell_get(&v.downcast::<PartialObject>().ok_or_else(|| type_error("expected a partial"))?.args))
}

fn partial_keywords(v: &Value) -> PyResult<Value> {
    Ok(cell_get(&v.downcast::<PartialObject>().ok_or_else(|| type_error("expected a partial"))?.kw))
}

// ----- cmp_to_key ----------------------------------------------------------------

#[repr(C)]
pub struct KeyObject {
    header: ObjHeader,
    cmp: Value,
    obj: UnsafeCell<Option<Value>>,
}
crate::modules::support::native_type!(KEYWRAPPER_TYPE, "functools", "KeyWrapper", KeyObject, 0);

fn new_key(cmp: Value, obj: Option<Value>) -> Value {
    crate::types::new_object(KeyObject { header: hdr(), cmp, obj: UnsafeCell::new(obj) })
}

/// `cmp_to_key(mycmp)`.
fn cmp_to_key(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::parse_args("cmp_to_key", args, kw, &["mycmp"], 0, 1, 1)?;
    Ok(new_key(a[0].clone().unwrap_or_else(none), None))
}

fn key_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let k = this::<KeyObject>(args)?;
    let a = crate::builtins::args::parse_args("K", &args[1..], kw, &["obj"], 0, 1, 1)?;
    Ok(new_key(k.cmp.clone(), a[0].clone()))
}

fn key_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let k = this::<KeyObject>(args)?;
    let Some(o) = args[1].downcast_exact::<KeyObject>() else {
        return Err(type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (unsafe { (*k.obj.get()).clone() }, unsafe { (*o.obj.get()).clone() }) else {
        return Err(attribute_error("object"));
    };
    let res = crate::call::call(&k.cmp, &[x, y], None)?;
    ops::rich_compare(&res, &new_int(0), op)
}

fn key_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    key_compare(args, CmpOp::Lt)
}
fn key_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    key_compare(args, CmpOp::Le)
}
fn key_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    key_compare(args, CmpOp::Eq)
}
fn key_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    key_compare(args, CmpOp::Ne)
}
fn key_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    key_compare(args, CmpOp::Gt)
}
fn key_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    key_compare(args, CmpOp::Ge)
}

fn key_get_obj(v: &Value) -> PyResult<Value> {
    let k = v.downcast::<KeyObject>().ok_or_else(|| type_error("expected a KeyWrapper"))?;
    unsafe { (*k.obj.get()).clone() }.ok_or_else(|| attribute_error("obj"))
}

fn key_set_obj(v: &Value, x: Option<&Value>) -> PyResult<()> {
    let k = v.downcast::<KeyObject>().ok_or_else(|| type_error("expected a KeyWrapper"))?;
    let old = unsafe { std::mem::replace(&mut *k.obj.get(), x.cloned()) };
    drop(old);
    Ok(())
}

// ----- _lru_cache_wrapper ----------------------------------------------------------

#[repr(C)]
pub struct LruCacheObject {
    header: ObjHeader,
    func: Value,
    /// key -> result, oldest first (hits move a key to the end).
    cache: Value,
    /// None: unbounded; Some(0): no caching.
    maxsize: Option<i64>,
    typed: bool,
    hits: Cell<u64>,
    misses: Cell<u64>,
    cache_info_type: Value,
    /// Bounded caches: keys (with their hashes) from least to most recently used.
    order: RefCell<std::collections::BTreeMap<u64, (Value, i64)>>,
    tick: Cell<u64>,
    dict: Option<Value>,
}
pub static LRU_TYPE: TypeObject = TypeObject::builtin::<LruCacheObject>("functools._lru_cache_wrapper", Some(&OBJECT_TYPE), BASETYPE)
    .in_module("functools")
    .with_qualname("_lru_cache_wrapper")
    .with_dict_at(std::mem::offset_of!(LruCacheObject, dict));
unsafe impl PyObj for LruCacheObject {
    fn class() -> &'static TypeObject {
        &LRU_TYPE
    }
}

thread_local! {
    /// CPython's `kwd_mark`: separates positional from keyword arguments in keys.
    static KWD_MARK: Value = crate::types::new_object(crate::objects::instance::BareObject { header: ObjHeader::new(std::ptr::null()) });
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args(
        "lru_cache",
        &args[1..],
        kw,
        &["user_function", "maxsize", "typed", "cache_info_type"],
        0,
        4,
        4,
    )?;
    let func = a[0].clone().unwrap_or_else(none);
    if !crate::call::callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    let m = a[1].clone().unwrap_or_else(none);
    let maxsize = if is_none(&m) {
        None
    } else if ops::index_opt(&m)?.is_some() {
        Some(crate::builtins::args::as_ssize(&m)?.max(0))
    } else {
        return Err(type_error("maxsize should be integer or None"));
    };
    let typed = ops::truthy(a[2].as_ref().unwrap_or(&none()))?;
    Ok(alloc_object(
        cls,
        LruCacheObject {
            header: hdr(),
            func,
            cache: new_dict(),
            maxsize,
            typed,
            hits: Cell::new(0),
            misses: Cell::new(0),
            cache_info_type: a[3].clone().unwrap_or_else(none),
            order: RefCell::new(std::collections::BTreeMap::new()),
            tick: Cell::new(0),
            dict: None,
        },
    ))
}

/// CPython's lru_cache_make_key.
fn make_key(args: &[Value], kw: Option<&Kw>, typed: bool) -> Value {
    let nkw = kw.map_or(0, |k| k.len());
    if !typed && nkw == 0 {
        if args.len() == 1 {
            let k = &args[0];
            if k.is_type(&crate::objects::str::STR_TYPE) || k.is_type(&crate::objects::int::INT_TYPE) {
                return k.clone();
            }
        }
        return new_tuple(args.to_vec());
    }
    let mut key = args.to_vec();
    if let Some(k) = kw.filter(|k| !k.is_empty()) {
        key.push(KWD_MARK.with(|m| m.clone()));
        for (n, v) in k.names.iter().zip(k.values) {
            key.push(n.clone());
            key.push(v.clone());
        }
    }
    if typed {
        for a in args {
            key.push(a.ty().as_value());
        }
        if let Some(k) = kw {
            for v in k.values {
                key.push(v.ty().as_value());
            }
        }
    }
    new_tuple(key)
}

fn lru_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let w = this::<LruCacheObject>(args)?;
    let fargs = &args[1..];
    if w.maxsize == Some(0) {
        w.misses.set(w.misses.get() + 1);
        return crate::call::call(&w.func, fargs, kw);
    }
    let key = make_key(fargs, kw, w.typed);
    let hash = ops::hash(&key)?;
    let cache = w.cache.clone();
    let cd = as_dict(&cache).unwrap();
    let Some(_) = w.maxsize else {
        // Unbounded: a plain dict of results.
        if let Some(r) = cd.get_hashed(&key, hash)? {
            w.hits.set(w.hits.get() + 1);
            return Ok(r);
        }
        w.misses.set(w.misses.get() + 1);
        let result = crate::call::call(&w.func, fargs, kw)?;
        cd.set_hashed(key, hash, result.clone())?;
        return Ok(result);
    };
    // Bounded: the dict maps a key to (result, tick); `order` holds the keys by tick.
    if let Some(entry) = cd.get_hashed(&key, hash)? {
        w.hits.set(w.hits.get() + 1);
        let (result, tick) = lru_entry(&entry);
        let stored = w.order.borrow_mut().remove(&tick);
        if let Some((k, h)) = stored {
            let t = w.next_tick();
            w.order.borrow_mut().insert(t, (k.clone(), h));
            // The stored key compares by identity: no __eq__ runs.
            cd.set_hashed(k, h, new_tuple(vec![result.clone(), new_int(t as i64)]))?;
        }
        return Ok(result);
    }
    w.misses.set(w.misses.get() + 1);
    let result = crate::call::call(&w.func, fargs, kw)?;
    if cd.get_hashed(&key, hash)?.is_some() {
        // Added during the call: the link update is already done.
        return Ok(result);
    }
    let max = w.maxsize.unwrap_or(0);
    if cd.len() as i64 >= max {
        let oldest = w.order.borrow_mut().pop_first();
        if let Some((_, (ok, oh))) = oldest {
            let old = cd.remove_hashed(&ok, oh)?;
            drop(old);
        }
    }
    let t = w.next_tick();
    w.order.borrow_mut().insert(t, (key.clone(), hash));
    cd.set_hashed(key, hash, new_tuple(vec![result.clone(), new_int(t as i64)]))?;
    Ok(result)
}

/// A bounded cache's entry: (result, tick).
fn lru_entry(v: &Value) -> (Value, u64) {
    let items = tuple_items(v).unwrap_or(&[]);
    let result = items.first().cloned().unwrap_or_else(none);
    let tick = items.get(1).and_then(crate::objects::int::as_i64).unwrap_or(0) as u64;
    (result, tick)
}

impl LruCacheObject {
    fn next_tick(&self) -> u64 {
        let t = self.tick.get() + 1;
        self.tick.set(t);
        t
    }
}

fn lru_cache_info(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("cache_info", args, kw)?;
    let w = this::<LruCacheObject>(args)?;
    let maxsize = match w.maxsize {
        None => none(),
        Some(m) => new_int(m),
    };
    let size = as_dict(&w.cache).map_or(0, |d| d.len());
    crate::call::call(
        &w.cache_info_type,
        &[new_int(w.hits.get() as i64), new_int(w.misses.get() as i64), maxsize, new_int(size as i64)],
        None,
    )
}

fn lru_cache_clear(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::noargs("cache_clear", args, kw)?;
    let w = this::<LruCacheObject>(args)?;
    w.hits.set(0);
    w.misses.set(0);
    if let Some(d) = w.cache.downcast::<DictObject>() {
        d.clear();
    }
    let old = std::mem::take(&mut *w.order.borrow_mut());
    drop(old);
    Ok(none())
}

fn lru_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ops::getattr_str(&args[0], "__qualname__")
}

fn lru_copy(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn lru_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match args.get(1) {
        Some(obj) if !is_none(obj) => Ok(crate::objects::function::new_method(args[0].clone(), obj.clone())),
        _ => Ok(args[0].clone()),
    }
}

// ----- the module --------------------------------------------------------------

fn init_types() {
    let t = &PARTIAL_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, partial_new);
    build::method(t, "__call__", partial_call);
    build::method(t, "__repr__", partial_repr);
    build::method(t, "__reduce__", partial_reduce);
    build::method(t, "__setstate__", partial_setstate);
    build::getset(t, "func", partial_func, Some(readonly));
    build::getset(t, "args", partial_args, Some(readonly));
    build::getset(t, "keywords", partial_keywords, Some(readonly));
    build::classmethod(t, "__class_getitem__", class_getitem);
    crate::objects::instance::add_dict_getset(t);
    build::doc(t, "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n");

    let t = &KEYWRAPPER_TYPE;
    crate::types::init_builtin_type(t);
    for (name, f) in [
        ("__call__", key_call as NativeFn),
        ("__lt__", key_lt),
        ("__le__", key_le),
        ("__eq__", key_eq),
        ("__ne__", key_ne),
        ("__gt__", key_gt),
        ("__ge__", key_ge),
    ] {
        build::method(t, name, f);
    }
    build::attr(t, "__hash__", none());
    build::getset(t, "obj", key_get_obj, Some(key_set_obj));

    let t = &LRU_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, lru_new);
    build::method(t, "__call__", lru_call);
    build::method(t, "cache_info", lru_cache_info);
    build::method(t, "cache_clear", lru_cache_clear);
    build::method(t, "__reduce__", lru_reduce);
    build::method(t, "__copy__", lru_copy);
    build::method(t, "__deepcopy__", lru_copy);
    build::method(t, "__get__", lru_get);
    crate::objects::instance::add_dict_getset(t);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_functools");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("reduce", new_builtin("reduce", reduce, Some("_functools")));
    mo.set("cmp_to_key", new_builtin("cmp_to_key", cmp_to_key, Some("_functools")));
    mo.set("partial", PARTIAL_TYPE.as_value());
    mo.set("_lru_cache_wrapper", LRU_TYPE.as_value());
    mo.set("KeyWrapper", KEYWRAPPER_TYPE.as_value());
    mo.set("__doc__", new_str("Tools that operate on functions."));
    m
}
