//! The `_abc` module of CPython 3.11 (Modules/_abc.c): the machinery behind
//! `abc.ABCMeta` (abstract-method computation, virtual-subclass registry,
//! the positive and negative subclass caches and the global invalidation
//! counter). Being native, its checks add no Python frames between
//! `ABCMeta.__subclasscheck__` and `__subclasshook__`, which code such as
//! typing's Protocol checks count on (`sys._getframe` depths).
//!
//! Each ABC keeps an `_abc_data` object in `_abc_impl`; its registry and
//! caches are sets of weak references whose callbacks take them out of the
//! set when the class dies, as CPython's.

use crate::error::{type_error, PyErr, PyResult};
use crate::modules::support::native_type;
use crate::objects::bool_none::{is_false_obj, is_not_implemented, is_true_obj, new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::set::{as_set, new_empty, new_set, FROZENSET_TYPE};
use crate::objects::str::{intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, COLLECTION_FLAGS};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, UnsafeCell};

thread_local! {
    /// CPython's `abc_invalidation_counter`: bumped by every registration,
    /// it invalidates the negative caches of all ABCs.
    static INVALIDATION_COUNTER: Cell<i64> = const { Cell::new(0) };
}

fn counter() -> i64 {
    INVALIDATION_COUNTER.with(Cell::get)
}

/// The per-ABC state (`_abc._abc_data`).
#[repr(C)]
pub struct AbcData {
    header: ObjHeader,
    registry: UnsafeCell<Option<Value>>,
    cache: UnsafeCell<Option<Value>>,
    negative_cache: UnsafeCell<Option<Value>>,
    negative_cache_version: Cell<i64>,
}
native_type!(ABC_DATA_TYPE, "_abc", "_abc_data", AbcData, 0);

fn get(c: &UnsafeCell<Option<Value>>) -> Option<Value> {
    unsafe { (*c.get()).clone() }
}

fn set_field(c: &UnsafeCell<Option<Value>>, v: Option<Value>) {
    let old = unsafe { std::mem::replace(&mut *c.get(), v) };
    drop(old);
}

fn new_data(ty: &TypeObject) -> Value {
    alloc_object(
        ty,
        AbcData {
            header: ObjHeader::new(std::ptr::null()),
            registry: UnsafeCell::new(None),
            cache: UnsafeCell::new(None),
            negative_cache: UnsafeCell::new(None),
            negative_cache_version: Cell::new(counter()),
        },
    )
}

fn abc_data_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::modules::support::cls_arg(args)?;
    crate::objects::clinic::positional(&args[1..], kw, "_abc_data", "_abc_data", 0, 0)?;
    Ok(new_data(cls))
}

/// `_get_impl`: `self._abc_impl`, which must be an `_abc_data`.
fn impl_of(cls: &Value) -> PyResult<Value> {
    let v = ops::getattr(cls, &intern_static("_abc_impl"))?;
    if !std::ptr::eq(v.ty(), &ABC_DATA_TYPE) {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(v)
}

fn data(v: &Value) -> &AbcData {
    v.downcast::<AbcData>().expect("checked by impl_of")
}

fn weakref(obj: &Value, callback: Option<Value>) -> PyResult<Value> {
    crate::modules::weakref::new_ref(obj, callback)
}

fn is_type_error(e: &PyErr) -> bool {
    e.matches(&crate::objects::exception::TYPE_ERROR)
}

/// `_in_weak_set`: is a weak reference to `obj` in the set? (False for
/// objects that cannot be weakly referenced.)
fn in_weak_set(set: &UnsafeCell<Option<Value>>, obj: &Value) -> PyResult<bool> {
    let Some(s) = get(set) else { return Ok(false) };
    let so = as_set(&s).expect("a set");
    if so.is_empty() {
        return Ok(false);
    }
    let r = match weakref(obj, None) {
        Ok(r) => r,
        Err(e) if is_type_error(&e) => return Ok(false),
        Err(e) => return Err(e),
    };
    so.contains(&r)
}

/// `_add_to_weak_set`: adds a weak reference to `obj` whose callback takes
/// it out of the set again when `obj` dies.
fn add_to_weak_set(set: &UnsafeCell<Option<Value>>, obj: &Value) -> PyResult<()> {
    let s = match get(set) {
        Some(s) => s,
        None => {
            let s = new_set();
            set_field(set, Some(s.clone()));
            s
        }
    };
    let discard = ops::getattr(&s, &intern_static("discard"))?;
    let r = weakref(obj, Some(discard))?;
    as_set(&s).expect("a set").add(r)
}

fn clear_set(set: &UnsafeCell<Option<Value>>) {
    if let Some(s) = get(set) {
        as_set(&s).expect("a set").clear();
    }
}

/// `_PyObject_LookupAttr`: the attribute, or None when getting it raised AttributeError.
fn lookup_attr(v: &Value, name: &Value) -> PyResult<Option<Value>> {
    match ops::getattr_opt(v, name) {
        Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => Ok(None),
        r => r,
    }
}

/// `_PyObject_IsAbstract`: a true `__isabstractmethod__`.
fn is_abstract(v: &Value) -> PyResult<bool> {
    match lookup_attr(v, &intern_static("__isabstractmethod__"))? {
        Some(f) => ops::truthy(&f),
        None => Ok(false),
    }
}

/// `compute_abstract_methods`: the class's own abstract attributes, then the
/// names still abstract among its bases' `__abstractmethods__`.
fn compute_abstract_methods(cls: &Value) -> PyResult<()> {
    let abstracts = new_empty(&FROZENSET_TYPE);
    let add = |k: Value| as_set(&abstracts).expect("a frozenset").add(k);
    let ns = ops::getattr(cls, &intern_static("__dict__"))?;
    let items = ops::call_method(&ns, "items", &[])?;
    for item in ops::collect(&items)? {
        let pair = match tuple_items(&item) {
            Some(t) => t.to_vec(),
            None => match item.downcast::<crate::objects::list::ListObject>() {
                Some(l) => l.snapshot(),
                None => return Err(type_error("items() returned item which is not a tuple")),
            },
        };
        if pair.len() != 2 {
            return Err(type_error("items() returned item which size is not 2"));
        }
        if is_abstract(&pair[1])? {
            add(pair[0].clone())?;
        }
    }
    let bases = ops::getattr(cls, &intern_static("__bases__"))?;
    let Some(bases) = tuple_items(&bases).map(|b| b.to_vec()) else {
        return Err(type_error("__bases__ is not tuple"));
    };
    for base in &bases {
        let Some(base_abstracts) = lookup_attr(base, &intern_static("__abstractmethods__"))? else { continue };
        for key in ops::collect(&base_abstracts)? {
            let Some(value) = lookup_attr(cls, &key)? else { continue };
            if is_abstract(&value)? {
                add(key)?;
            }
        }
    }
    ops::setattr(cls, &intern_static("__abstractmethods__"), Some(abstracts))
}

fn abc_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::objects::clinic::one_arg(args, kw, "_abc._abc_init")?;
    compute_abstract_methods(cls)?;
    ops::setattr(cls, &intern_static("_abc_impl"), Some(new_data(&ABC_DATA_TYPE)))?;
    // `__abc_tpflags__` in the class body (collections.abc's Sequence and
    // Mapping) becomes the type's pattern-matching flags, and leaves the dict.
    if let Some(t) = cls.downcast::<TypeObject>() {
        let key = intern_static("__abc_tpflags__");
        if let Some(f) = t.dict().get_str(&key) {
            if std::ptr::eq(f.ty(), &crate::objects::int::INT_TYPE) {
                let val = crate::objects::int::as_i64(&f)
                    .ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?;
                let flags = val as u32 & COLLECTION_FLAGS;
                if flags == COLLECTION_FLAGS {
                    return Err(type_error("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING"));
                }
                t.flags.set(t.flags.get() | flags);
            }
            t.dict().remove(&key)?;
            t.modified();
        }
    }
    Ok(none())
}

/// CPython's `set_collection_flag_recursive`: a class registered with a
/// sequence or mapping ABC, and its subclasses, match patterns that way
/// (built-in types never change).
fn set_collection_flag_recursive(t: &TypeObject, flag: u32) {
    if !t.is_heap() || t.flags.get() & COLLECTION_FLAGS == flag {
        return;
    }
    t.flags.set(t.flags.get() & !COLLECTION_FLAGS | flag);
    for sub in t.subclasses() {
        set_collection_flag_recursive(unsafe { &*sub }, flag);
    }
}

fn abc_register(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "_abc_register", "_abc_register", 2, 2)?;
    let (cls, subclass) = (&args[0], &args[1]);
    if subclass.downcast::<TypeObject>().is_none() {
        return Err(type_error("Can only register classes"));
    }
    if ops::issubclass(subclass, cls)? {
        return Ok(subclass.clone());
    }
    // Cycles are tested after "already a subclass", so X.register(X) is a no-op.
    if ops::issubclass(cls, subclass)? {
        return Err(crate::error::runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(cls)?;
    add_to_weak_set(&data(&imp).registry, subclass)?;
    INVALIDATION_COUNTER.with(|c| c.set(c.get() + 1));
    if let (Some(ct), Some(st)) = (cls.downcast::<TypeObject>(), subclass.downcast::<TypeObject>()) {
        let flag = ct.flags.get() & COLLECTION_FLAGS;
        if flag != 0 {
            set_collection_flag_recursive(st, flag);
        }
    }
    Ok(subclass.clone())
}

fn abc_instancecheck(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "_abc_instancecheck", "_abc_instancecheck", 2, 2)?;
    let (cls, instance) = (&args[0], &args[1]);
    let imp = impl_of(cls)?;
    let d = data(&imp);
    let subclass = ops::getattr(instance, &intern_static("__class__"))?;
    if in_weak_set(&d.cache, &subclass)? {
        return Ok(new_bool(true));
    }
    let subtype = instance.ty().as_value();
    if subtype.is(&subclass) {
        if d.negative_cache_version.get() == counter() && in_weak_set(&d.negative_cache, &subclass)? {
            return Ok(new_bool(false));
        }
        return ops::call_method(cls, "__subclasscheck__", &[subclass]);
    }
    let r = ops::call_method(cls, "__subclasscheck__", &[subclass])?;
    if ops::truthy(&r)? {
        return Ok(r);
    }
    ops::call_method(cls, "__subclasscheck__", &[subtype])
}

/// Step 5 of the subclass check: a subclass of a registered class.
fn check_registry(d: &AbcData, subclass: &Value) -> PyResult<bool> {
    if in_weak_set(&d.registry, subclass)? {
        return Ok(true);
    }
    let Some(reg) = get(&d.registry) else { return Ok(false) };
    // Callbacks may shrink the set while subclass checks run: a snapshot.
    let refs = as_set(&reg).expect("a set").items();
    for r in refs {
        let target = crate::call::call(&r, &[], None)?;
        if crate::objects::bool_none::is_none(&target) {
            continue;
        }
        if ops::issubclass(subclass, &target)? {
            add_to_weak_set(&d.cache, subclass)?;
            return Ok(true);
        }
    }
    Ok(false)
}

fn abc_subclasscheck(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "_abc_subclasscheck", "_abc_subclasscheck", 2, 2)?;
    let (cls, subclass) = (&args[0], &args[1]);
    let Some(sub_t) = subclass.downcast::<TypeObject>() else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let imp = impl_of(cls)?;
    let d = data(&imp);
    // 1. The positive cache.
    if in_weak_set(&d.cache, subclass)? {
        return Ok(new_bool(true));
    }
    // 2. The negative cache, dropped when a registration happened since.
    if d.negative_cache_version.get() < counter() {
        clear_set(&d.negative_cache);
        d.negative_cache_version.set(counter());
    } else if in_weak_set(&d.negative_cache, subclass)? {
        return Ok(new_bool(false));
    }
    // 3. The subclass hook.
    let ok = ops::call_method(cls, "__subclasshook__", &[subclass.clone()])?;
    if is_true_obj(&ok) {
        add_to_weak_set(&d.cache, subclass)?;
        return Ok(ok);
    }
    if is_false_obj(&ok) {
        add_to_weak_set(&d.negative_cache, subclass)?;
        return Ok(ok);
    }
    if !is_not_implemented(&ok) {
        return Err(PyErr::new(
            &crate::objects::exception::ASSERTION_ERROR,
            "__subclasshook__ must return either False, True, or NotImplemented",
        ));
    }
    // 4. A direct subclass: cls in the subclass's MRO.
    let cls_ptr = cls.as_ptr() as *const TypeObject;
    if sub_t.mro().iter().any(|&m| std::ptr::eq(m, cls_ptr)) {
        add_to_weak_set(&d.cache, subclass)?;
        return Ok(new_bool(true));
    }
    // 5. A subclass of a registered class (recursively).
    if check_registry(d, subclass)? {
        return Ok(new_bool(true));
    }
    // 6. A subclass of a subclass (recursively).
    let subclasses = ops::call_method(cls, "__subclasses__", &[])?;
    let Some(list) = subclasses.downcast::<crate::objects::list::ListObject>().map(|l| l.snapshot()) else {
        return Err(type_error("__subclasses__() must return a list"));
    };
    for scls in list {
        if ops::issubclass(subclass, &scls)? {
            add_to_weak_set(&d.cache, subclass)?;
            return Ok(new_bool(true));
        }
    }
    // No dice: remember the answer.
    add_to_weak_set(&d.negative_cache, subclass)?;
    Ok(new_bool(false))
}

fn copy_of(set: &UnsafeCell<Option<Value>>) -> PyResult<Value> {
    match get(set) {
        Some(s) => crate::objects::set::new_set_from(as_set(&s).expect("a set").items()),
        None => Ok(new_set()),
    }
}

fn get_dump(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::objects::clinic::one_arg(args, kw, "_abc._get_dump")?;
    let imp = impl_of(cls)?;
    let d = data(&imp);
    Ok(new_tuple(vec![
        copy_of(&d.registry)?,
        copy_of(&d.cache)?,
        copy_of(&d.negative_cache)?,
        new_int(d.negative_cache_version.get()),
    ]))
}

fn reset_registry(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::objects::clinic::one_arg(args, kw, "_abc._reset_registry")?;
    let imp = impl_of(cls)?;
    clear_set(&data(&imp).registry);
    Ok(none())
}

fn reset_caches(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::objects::clinic::one_arg(args, kw, "_abc._reset_caches")?;
    let imp = impl_of(cls)?;
    let d = data(&imp);
    clear_set(&d.cache);
    clear_set(&d.negative_cache);
    Ok(none())
}

fn get_cache_token(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "_abc.get_cache_token")?;
    Ok(new_int(counter()))
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(|| {
        crate::types::init_builtin_type(&ABC_DATA_TYPE);
        build::new(&ABC_DATA_TYPE, abc_data_new);
        build::doc(&ABC_DATA_TYPE, "Internal state held by ABC machinery.");
    });
    let m = new_module("_abc");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("get_cache_token", get_cache_token),
        ("_abc_init", abc_init),
        ("_abc_register", abc_register),
        ("_abc_instancecheck", abc_instancecheck),
        ("_abc_subclasscheck", abc_subclasscheck),
        ("_get_dump", get_dump),
        ("_reset_registry", reset_registry),
        ("_reset_caches", reset_caches),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_abc")));
    }
    mo.set("_abc_data", ABC_DATA_TYPE.as_value());
    mo.set("__doc__", new_str("Module contains faster C implementation of abc.ABCMeta"));
    m
}
