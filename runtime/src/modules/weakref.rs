//! The `_weakref` module of CPython 3.11 (Objects/weakrefobject.c,
//! Modules/_weakref.c): `ref` (`weakref.ReferenceType`, subclassable),
//! `proxy` (`ProxyType` / `CallableProxyType`), `getweakrefcount`,
//! `getweakrefs` and `_remove_dead_weakref`.
//!
//! Objects have no weak-reference list field: the references to an object
//! live in a per-thread side table keyed by the object's address, in
//! CPython's list order (the basic ref, then the basic proxy, then the
//! others newest first). A type whose instances ever got a weak reference is
//! flagged `WEAKLY_REFERENCED`; only the deallocation of instances of
//! flagged types looks at the table (`clear_weakrefs`), so objects that were
//! never weakly referenced pay one flag test when they die.

use crate::error::{type_error, PyErr, PyResult};
use crate::modules::support::class_getitem;
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE, OBJECT_TYPE, WEAKLY_REFERENCED};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::HashMap;
use tern_frontend::bytecode::{BinOp, CmpOp};

/// A weak reference or proxy: the referent's address (0 once it died), the
/// callback, and the referent's hash once computed (CPython's `wr_object`,
/// `wr_callback`, `hash`).
#[repr(C)]
pub struct WeakRefObject {
    header: ObjHeader,
    referent: Cell<u64>,
    callback: UnsafeCell<Option<Value>>,
    hash: Cell<Option<i64>>,
}

pub static REF_TYPE: TypeObject =
    TypeObject::builtin::<WeakRefObject>("weakref.ReferenceType", Some(&OBJECT_TYPE), BASETYPE)
        .in_module("weakref")
        .with_qualname("ReferenceType");
pub static PROXY_TYPE: TypeObject =
    TypeObject::builtin::<WeakRefObject>("weakref.ProxyType", Some(&OBJECT_TYPE), 0).in_module("weakref").with_qualname("ProxyType");
pub static CALLABLE_PROXY_TYPE: TypeObject =
    TypeObject::builtin::<WeakRefObject>("weakref.CallableProxyType", Some(&OBJECT_TYPE), 0)
        .in_module("weakref")
        .with_qualname("CallableProxyType");

unsafe impl PyObj for WeakRefObject {
    fn class() -> &'static TypeObject {
        &REF_TYPE
    }
    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(&REF_TYPE) || std::ptr::eq(t, &PROXY_TYPE) || std::ptr::eq(t, &CALLABLE_PROXY_TYPE)
    }
}

impl WeakRefObject {
    /// The referent, or None once it died.
    pub fn get(&self) -> Option<Value> {
        match self.referent.get() {
            0 => None,
            bits => Some(unsafe { Value::from_borrowed_ptr(bits as *const ObjHeader) }),
        }
    }

    fn callback(&self) -> Option<Value> {
        unsafe { (*self.callback.get()).clone() }
    }

    fn take_callback(&self) -> Option<Value> {
        unsafe { (*self.callback.get()).take() }
    }
}

impl Drop for WeakRefObject {
    fn drop(&mut self) {
        let r = self.referent.get();
        if r != 0 {
            unlink(r, self as *const WeakRefObject);
        }
    }
}

/// Hashes object addresses (8-aligned, so the low bits carry nothing) with
/// one multiplication: deallocating an object of a flagged type looks here.
#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (x >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Table = HashMap<u64, Vec<*const WeakRefObject>, std::hash::BuildHasherDefault<AddrHasher>>;

thread_local! {
    /// Referent address → its weak references, in CPython's list order.
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

fn unlink(referent: u64, w: *const WeakRefObject) {
    let _ = TABLE.try_with(|t| {
        let mut t = t.borrow_mut();
        if let Some(list) = t.get_mut(&referent) {
            list.retain(|&x| !std::ptr::eq(x, w));
            if list.is_empty() {
                t.remove(&referent);
            }
        }
    });
}

/// The weak references to the object at `addr`, as new references.
fn refs_of(addr: u64) -> Vec<Value> {
    TABLE
        .try_with(|t| {
            t.borrow()
                .get(&addr)
                .map(|l| {
                    l.iter()
                        .filter(|&&w| unsafe { (*w).header.refcnt.get() } > 0)
                        .map(|&w| unsafe { Value::from_borrowed_ptr(w) })
                        .collect()
                })
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

fn is_proxy_type(t: &TypeObject) -> bool {
    std::ptr::eq(t, &PROXY_TYPE) || std::ptr::eq(t, &CALLABLE_PROXY_TYPE)
}

/// CPython's get_basic_refs: the callback-less exact ref and proxy at the head of the list.
fn basic_refs(list: &[*const WeakRefObject]) -> (Option<usize>, Option<usize>) {
    let mut i = 0;
    let (mut r, mut p) = (None, None);
    unsafe {
        if let Some(&h) = list.first() {
            if (*h).callback().is_none() {
                if std::ptr::eq((*h).header.ty.get(), &REF_TYPE) {
                    r = Some(0);
                    i = 1;
                }
                if let Some(&n) = list.get(i) {
                    if (*n).callback().is_none() && is_proxy_type(&*(*n).header.ty.get()) {
                        p = Some(i);
                    }
                }
            }
        }
    }
    (r, p)
}

/// Clears the weak references to an object being deallocated, then calls
/// their callbacks (CPython's PyObject_ClearWeakRefs): called for instances
/// of `WEAKLY_REFERENCED` types whose count reached zero.
///
/// # Safety
/// `h` must be an object whose count reached zero and is not freed yet.
pub unsafe fn clear_weakrefs(h: *mut ObjHeader) {
    let Ok(Some(list)) = TABLE.try_with(|t| t.borrow_mut().remove(&(h as u64))) else { return };
    let mut pending: Vec<(Value, Value)> = Vec::new();
    for &w in &list {
        (*w).referent.set(0);
        let cb = (*w).take_callback();
        if let Some(cb) = cb {
            if (*w).header.refcnt.get() > 0 {
                pending.push((Value::from_borrowed_ptr(w), cb));
            }
        }
    }
    drop(list);
    if pending.is_empty() {
        return;
    }
    // The exception being handled (if any) survives the callbacks.
    for (w, cb) in pending {
        if let Err(e) = crate::call::call(&cb, &[w], None) {
            crate::traceback::write_unraisable(&e, "Exception ignored in", &cb);
        }
    }
}

/// `obj.__weakref__`: the first weak reference to `obj`, or None.
pub fn first_weakref(obj: &Value) -> Value {
    if obj.is_small_int() {
        return none();
    }
    refs_of(obj.bits()).into_iter().next().unwrap_or_else(none)
}

/// Built-in types whose instances can be weakly referenced (CPython's
/// `tp_weaklistoffset != 0`).
fn builtin_weakrefable(t: &TypeObject) -> bool {
    matches!(
        t.name(),
        "type"
            | "function"
            | "builtin_function_or_method"
            | "method"
            | "set"
            | "frozenset"
            | "generator"
            | "coroutine"
            | "async_generator"
            | "module"
            | "code"
            | "memoryview"
            | "functools.partial"
            | "functools._lru_cache_wrapper"
            | "collections.deque"
            | "collections.OrderedDict"
            | "_thread.lock"
            | "_thread.RLock"
            | "_thread._local"
            | "array.array"
    ) || (t.name() == "Pattern" && t.builtin_module == "re")
        || t.builtin_module == "_io"
}

/// Can instances of `t` be weakly referenced?
pub fn weakrefable(t: &TypeObject) -> bool {
    if t.flags.get() & WEAKLY_REFERENCED != 0 {
        return true;
    }
    if !t.is_heap() {
        return builtin_weakrefable(t);
    }
    if let Some(d) = t.lookup_str("__weakref__") {
        if d.downcast::<crate::objects::function::GetSetObject>().is_some_and(|g| g.name == "__weakref__") {
            return true;
        }
    }
    builtin_weakrefable(t.solid_base())
}

fn check_weakrefable(ob: &Value) -> PyResult<()> {
    if ob.is_small_int() || !weakrefable(ob.ty()) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", ob.ty().name())));
    }
    Ok(())
}

fn new_weakref(ty: &TypeObject, ob: &Value, callback: Option<Value>) -> Value {
    alloc_object(
        ty,
        WeakRefObject {
            header: ObjHeader::new(std::ptr::null()),
            referent: Cell::new(ob.bits()),
            callback: UnsafeCell::new(callback),
            hash: Cell::new(None),
        },
    )
}

/// Adds `w` to the list of `ob` at `pos` (None: the head).
fn insert(ob: &Value, w: &Value, after: Option<usize>) {
    let t = ob.ty();
    t.flags.set(t.flags.get() | WEAKLY_REFERENCED);
    let p = w.as_ptr() as *const WeakRefObject;
    TABLE.with(|tb| {
        let mut tb = tb.borrow_mut();
        let list = tb.entry(ob.bits()).or_default();
        match after {
            None => list.insert(0, p),
            Some(i) => list.insert(i + 1, p),
        }
    });
}

fn list_of(ob: &Value) -> Vec<*const WeakRefObject> {
    TABLE.with(|t| t.borrow().get(&ob.bits()).cloned().unwrap_or_default())
}

/// `ref.__new__(type, ob, callback=None)`; keyword arguments are ignored
/// (they are for subclasses' `__init__`), as in CPython.
fn ref_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::modules::support::cls_arg(args)?;
    let rest = &args[1..];
    crate::objects::clinic::positional(rest, None, "__new__", "__new__", 1, 2)?;
    let ob = &rest[0];
    let callback = rest.get(1).filter(|c| !is_none(c)).cloned();
    check_weakrefable(ob)?;
    let list = list_of(ob);
    let (r, p) = basic_refs(&list);
    let exact = std::ptr::eq(cls, &REF_TYPE);
    if callback.is_none() && exact {
        if let Some(i) = r {
            return Ok(unsafe { Value::from_borrowed_ptr(list[i]) });
        }
    }
    let w = new_weakref(cls, ob, callback.clone());
    if callback.is_none() && exact {
        insert(ob, &w, None);
    } else {
        insert(ob, &w, p.or(r));
    }
    Ok(w)
}

/// `ref.__init__(self, ob, callback=None)`: checks the arguments only.
fn ref_init(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], None, "__init__", "__init__", 1, 2)?;
    Ok(none())
}

fn this(v: &Value) -> PyResult<&WeakRefObject> {
    v.downcast::<WeakRefObject>().ok_or_else(|| type_error(format!("descriptor requires a 'weakref.ReferenceType' object but received a '{}'", v.ty().name())))
}

/// `r()`: the referent or None.
fn ref_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("weakref", kw)?;
    let w = this(&args[0])?;
    crate::objects::clinic::positional(&args[1..], None, "weakref", "weakref", 0, 0)?;
    Ok(w.get().unwrap_or_else(none))
}

fn ref_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let w = this(&args[0])?;
    if let Some(h) = w.hash.get() {
        return Ok(new_int(h));
    }
    let ob = w.get().ok_or_else(|| type_error("weak object has gone away"))?;
    let h = ops::hash(&ob)?;
    w.hash.set(Some(h));
    Ok(new_int(h))
}

fn ref_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args[0].downcast::<WeakRefObject>(), args.get(1).and_then(|v| v.downcast::<WeakRefObject>())) else {
        return Ok(not_implemented());
    };
    match (a.get(), b.get()) {
        (Some(x), Some(y)) => ops::rich_compare(&x, &y, op),
        _ => {
            let same = args[0].is(&args[1]);
            Ok(new_bool(if op == CmpOp::Eq { same } else { !same }))
        }
    }
}

fn ref_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ref_compare(args, CmpOp::Eq)
}

fn ref_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ref_compare(args, CmpOp::Ne)
}

fn ref_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let me = &args[0];
    let w = this(me)?;
    let Some(ob) = w.get() else {
        return Ok(new_str(format!("<weakref at {:#x}; dead>", me.id())));
    };
    let name = ops::getattr_opt(&ob, &crate::objects::str::intern_static("__name__"))?;
    Ok(new_str(match name.as_ref().and_then(|n| as_str(n).map(str::to_owned)) {
        Some(n) => format!("<weakref at {:#x}; to '{}' at {:#x} ({})>", me.id(), ob.ty().name(), ob.id(), n),
        None => format!("<weakref at {:#x}; to '{}' at {:#x}>", me.id(), ob.ty().name(), ob.id()),
    }))
}

fn ref_get_callback(v: &Value) -> PyResult<Value> {
    Ok(this(v)?.callback().unwrap_or_else(none))
}

fn readonly(_v: &Value, _x: Option<&Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

// ----- proxies -------------------------------------------------------------------

/// `proxy(object[, callback])`.
fn proxy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("proxy", kw)?;
    crate::objects::clinic::positional(args, None, "proxy", "proxy", 1, 2)?;
    let ob = &args[0];
    let callback = args.get(1).filter(|c| !is_none(c)).cloned();
    check_weakrefable(ob)?;
    let list = list_of(ob);
    let (r, p) = basic_refs(&list);
    if callback.is_none() {
        if let Some(i) = p {
            return Ok(unsafe { Value::from_borrowed_ptr(list[i]) });
        }
    }
    let ty = if crate::call::callable(ob) { &CALLABLE_PROXY_TYPE } else { &PROXY_TYPE };
    let w = new_weakref(ty, ob, callback.clone());
    let after = if callback.is_none() { r } else { p.or(r) };
    insert(ob, &w, after);
    Ok(w)
}

fn dead() -> PyErr {
    PyErr::new(&crate::objects::exception::REFERENCE_ERROR, "weakly-referenced object no longer exists")
}

/// The referent of a proxy (ReferenceError once dead); other values as they are.
fn unwrap(v: &Value) -> PyResult<Value> {
    if is_proxy_type(v.ty()) {
        return v.downcast::<WeakRefObject>().and_then(WeakRefObject::get).ok_or_else(dead);
    }
    Ok(v.clone())
}

fn proxy_getattro(v: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ob = unwrap(v)?;
    ops::getattr_opt(&ob, name)
}

fn proxy_setattr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "__setattr__", "__setattr__", 2, 2)?;
    ops::setattr(&unwrap(&args[0])?, &args[1], Some(args[2].clone()))?;
    Ok(none())
}

fn proxy_delattr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "__delattr__", "__delattr__", 1, 1)?;
    ops::setattr(&unwrap(&args[0])?, &args[1], None)?;
    Ok(none())
}

fn proxy_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let me = &args[0];
    let w = this(me)?;
    let (tn, addr) = match w.get() {
        Some(ob) => (ob.ty().name().to_owned(), ob.id()),
        None => ("NoneType".to_owned(), none().id()),
    };
    Ok(new_str(format!("<weakproxy at {:#x} to {} at {:#x}>", me.id(), tn, addr)))
}

fn arg1(args: &[Value], name: &str) -> PyResult<Value> {
    args.get(1).cloned().ok_or_else(|| type_error(format!("expected 1 argument, got 0 ({name})")))
}

macro_rules! proxy_unary {
    ($($fname:ident => $body:expr;)*) => {
        $(
            fn $fname(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
                let ob = unwrap(&args[0])?;
                let f: fn(&Value) -> PyResult<Value> = $body;
                f(&ob)
            }
        )*
    };
}

proxy_unary! {
    proxy_str => |o| ops::str_(o);
    proxy_bool => |o| Ok(new_bool(ops::truthy(o)?));
    proxy_len => |o| Ok(new_int(ops::len(o)? as i64));
    proxy_iter => |o| ops::iter(o);
    proxy_neg => |o| ops::neg(o);
    proxy_pos => |o| ops::pos(o);
    proxy_abs => |o| ops::abs(o);
    proxy_invert => |o| ops::invert(o);
    proxy_index => |o| ops::index(o);
    proxy_int => |o| crate::call::call(&crate::objects::int::INT_TYPE.as_value(), &[o.clone()], None);
    proxy_float => |o| crate::call::call(&crate::objects::float::FLOAT_TYPE.as_value(), &[o.clone()], None);
    proxy_bytes => |o| crate::call::call(&crate::objects::bytes::BYTES_TYPE.as_value(), &[o.clone()], None);
    proxy_reversed => |o| ops::call_method(o, "__reversed__", &[]);
}

fn proxy_next(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let ob = unwrap(&args[0])?;
    if !ops::is_iterator(&ob) {
        return Err(type_error(format!("Weakref proxy referenced a non-iterator '{}' object", ob.ty().name())));
    }
    match ops::next(&ob)? {
        Some(v) => Ok(v),
        None => Err(crate::error::stop_iteration(None)),
    }
}

fn proxy_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ops::get_item(&unwrap(&args[0])?, &arg1(args, "__getitem__")?)
}

fn proxy_setitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(&args[1..], kw, "__setitem__", "__setitem__", 2, 2)?;
    ops::set_item(&unwrap(&args[0])?, &args[1], args[2].clone())?;
    Ok(none())
}

fn proxy_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    ops::del_item(&unwrap(&args[0])?, &arg1(args, "__delitem__")?)?;
    Ok(none())
}

fn proxy_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(ops::contains(&unwrap(&args[0])?, &arg1(args, "__contains__")?)?))
}

fn proxy_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::call::call(&unwrap(&args[0])?, &args[1..], kw)
}

fn proxy_compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let a = unwrap(&args[0])?;
    let b = unwrap(&arg1(args, "comparison")?)?;
    ops::rich_compare(&a, &b, op)
}

macro_rules! proxy_cmp {
    ($($fname:ident => $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
                proxy_compare(args, $op)
            }
        )*
    };
}

proxy_cmp! {
    proxy_lt => CmpOp::Lt;
    proxy_le => CmpOp::Le;
    proxy_eq => CmpOp::Eq;
    proxy_ne => CmpOp::Ne;
    proxy_gt => CmpOp::Gt;
    proxy_ge => CmpOp::Ge;
}

macro_rules! proxy_binops {
    ($($op:ident: $f:ident, $rf:ident, $if_:ident;)*) => {
        $(
            fn $f(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
                let a = unwrap(&args[0])?;
                let b = unwrap(&arg1(args, stringify!($f))?)?;
                if BinOp::$op == BinOp::Pow {
                    if let Some(m) = args.get(2).filter(|m| !is_none(m)) {
                        return ops::ternary_pow(&a, &b, &unwrap(m)?);
                    }
                }
                ops::binary_op(&a, &b, BinOp::$op)
            }
            fn $rf(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
                let a = unwrap(&args[0])?;
                let b = unwrap(&arg1(args, stringify!($rf))?)?;
                if BinOp::$op == BinOp::Pow {
                    if let Some(m) = args.get(2).filter(|m| !is_none(m)) {
                        return ops::ternary_pow(&b, &a, &unwrap(m)?);
                    }
                }
                ops::binary_op(&b, &a, BinOp::$op)
            }
            fn $if_(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
                let a = unwrap(&args[0])?;
                let b = unwrap(&arg1(args, stringify!($if_))?)?;
                ops::inplace_op(&a, &b, BinOp::$op)
            }
        )*
        const PROXY_BINOPS: &[(BinOp, NativeFn, NativeFn, NativeFn)] = &[$((BinOp::$op, $f, $rf, $if_)),*];
    };
}

proxy_binops! {
    Add: proxy_add, proxy_radd, proxy_iadd;
    Sub: proxy_sub, proxy_rsub, proxy_isub;
    Mul: proxy_mul, proxy_rmul, proxy_imul;
    MatMul: proxy_matmul, proxy_rmatmul, proxy_imatmul;
    TrueDiv: proxy_truediv, proxy_rtruediv, proxy_itruediv;
    FloorDiv: proxy_floordiv, proxy_rfloordiv, proxy_ifloordiv;
    Mod: proxy_mod, proxy_rmod, proxy_imod;
    Pow: proxy_pow, proxy_rpow, proxy_ipow;
    LShift: proxy_lshift, proxy_rlshift, proxy_ilshift;
    RShift: proxy_rshift, proxy_rrshift, proxy_irshift;
    And: proxy_and, proxy_rand, proxy_iand;
    Or: proxy_or, proxy_ror, proxy_ior;
    Xor: proxy_xor, proxy_rxor, proxy_ixor;
}

// ----- module functions ------------------------------------------------------------

fn getweakrefcount(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ob = crate::objects::clinic::one_arg(args, kw, "getweakrefcount")?;
    if ob.is_small_int() {
        return Ok(new_int(0));
    }
    Ok(new_int(refs_of(ob.bits()).len() as i64))
}

fn getweakrefs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let ob = crate::objects::clinic::one_arg(args, kw, "getweakrefs")?;
    if ob.is_small_int() {
        return Ok(new_list(Vec::new()));
    }
    Ok(new_list(refs_of(ob.bits())))
}

/// `_remove_dead_weakref(dct, key)`: deletes `dct[key]` if it is a dead weak reference.
fn remove_dead_weakref(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "_remove_dead_weakref", "_remove_dead_weakref", 2, 2)?;
    let Some(d) = crate::objects::dict::as_dict(&args[0]) else {
        return Err(type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            crate::objects::clinic::arg_type_name(&args[0])
        )));
    };
    let Some(v) = d.get(&args[1])? else { return Ok(none()) };
    let Some(w) = v.downcast::<WeakRefObject>() else { return Err(type_error("not a weakref")) };
    if w.get().is_none() {
        // Gone already (KeyError) is fine.
        let _ = d.remove(&args[1])?;
    }
    Ok(none())
}

fn init_types() {
    let t = &REF_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, ref_new);
    build::method(t, "__init__", ref_init);
    build::method(t, "__call__", ref_call);
    build::method(t, "__hash__", ref_hash);
    build::method(t, "__eq__", ref_eq);
    build::method(t, "__ne__", ref_ne);
    build::method(t, "__repr__", ref_repr);
    build::getset(t, "__callback__", ref_get_callback, Some(readonly));
    build::classmethod(t, "__class_getitem__", class_getitem);

    for t in [&PROXY_TYPE, &CALLABLE_PROXY_TYPE] {
        crate::types::init_builtin_type(t);
        t.getattro.set(Some(proxy_getattro));
        let methods: &[(&'static str, NativeFn)] = &[
            ("__setattr__", proxy_setattr),
            ("__delattr__", proxy_delattr),
            ("__repr__", proxy_repr),
            ("__str__", proxy_str),
            ("__bytes__", proxy_bytes),
            ("__bool__", proxy_bool),
            ("__len__", proxy_len),
            ("__iter__", proxy_iter),
            ("__next__", proxy_next),
            ("__reversed__", proxy_reversed),
            ("__getitem__", proxy_getitem),
            ("__setitem__", proxy_setitem),
            ("__delitem__", proxy_delitem),
            ("__contains__", proxy_contains),
            ("__lt__", proxy_lt),
            ("__le__", proxy_le),
            ("__eq__", proxy_eq),
            ("__ne__", proxy_ne),
            ("__gt__", proxy_gt),
            ("__ge__", proxy_ge),
            ("__neg__", proxy_neg),
            ("__pos__", proxy_pos),
            ("__abs__", proxy_abs),
            ("__invert__", proxy_invert),
            ("__index__", proxy_index),
            ("__int__", proxy_int),
            ("__float__", proxy_float),
        ];
        for (name, f) in methods {
            build::method(t, name, *f);
        }
        for &(op, f, rf, if_) in PROXY_BINOPS {
            let (n, rn, iname) = op.dunders();
            build::method(t, n, f);
            build::method(t, rn, rf);
            build::method(t, iname, if_);
        }
        build::attr(t, "__hash__", none());
    }
    build::method(&CALLABLE_PROXY_TYPE, "__call__", proxy_call);
}

static INIT: std::sync::Once = std::sync::Once::new();

/// `PyWeakref_NewRef(ob, callback)` for native modules (`_abc`), usable
/// before `_weakref` is imported.
pub fn new_ref(ob: &Value, callback: Option<Value>) -> PyResult<Value> {
    INIT.call_once(init_types);
    let mut args = vec![REF_TYPE.as_value(), ob.clone()];
    args.extend(callback);
    ref_new(&args, None)
}

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_weakref");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("ref", REF_TYPE.as_value());
    mo.set("ReferenceType", REF_TYPE.as_value());
    mo.set("ProxyType", PROXY_TYPE.as_value());
    mo.set("CallableProxyType", CALLABLE_PROXY_TYPE.as_value());
    let fns: &[(&'static str, NativeFn)] = &[
        ("proxy", proxy),
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
        ("_remove_dead_weakref", remove_dead_weakref),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_weakref")));
    }
    mo.set("__doc__", new_str("Weak-reference support module."));
    m
}
