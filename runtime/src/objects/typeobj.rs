//! The methods of `type`: calling a class, creating classes (`type(name,
//! bases, ns)` and the `class` statement), and attribute access on classes.

use crate::error::{attribute_error, type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::dict::{as_dict, new_dict, DictObject};
use crate::objects::function::{FunctionObject, Kw, StaticMethodObject, CLASSMETHOD_TYPE, STATICMETHOD_TYPE};
use crate::objects::instance::{descr_get, is_data_descriptor};
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{build, c3_mro, new_heap_type, Slot, TypeObject, BASETYPE, OBJECT_TYPE, TYPE_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

pub fn type_repr_string(t: &TypeObject) -> String {
    let m = t.module_name();
    if m == "builtins" {
        format!("<class '{}'>", t.qualname())
    } else {
        format!("<class '{}.{}'>", m, t.qualname())
    }
}

fn as_type(v: &Value) -> PyResult<&TypeObject> {
    v.downcast::<TypeObject>().ok_or_else(|| type_error(format!("descriptor requires a 'type' object but received a '{}'", v.ty().name())))
}

/// Calls a class: `__new__` then `__init__`.
pub fn call_type(cls: &TypeObject, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    // `type(x)` answers x's type; otherwise type() needs (name, bases, dict).
    if std::ptr::eq(cls, &TYPE_TYPE) {
        if args.len() == 1 && kw.map_or(true, |k| k.is_empty()) {
            return Ok(args[0].ty().as_value());
        }
        if args.len() != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
    }
    if let Some(r) = construct_plain(cls, args, kw) {
        return r;
    }
    if let Some(r) = construct_builtin(cls, args, kw) {
        return r;
    }
    let new = cls.slot(Slot::New).ok_or_else(|| type_error(format!("cannot create '{}' instances", cls.name())))?;
    // A built-in type without a constructor of its own (CPython's NULL tp_new).
    if !cls.is_heap() && !std::ptr::eq(cls, &OBJECT_TYPE) {
        if crate::objects::instance::is_object_new(&new) {
            return Err(type_error(format!("cannot create '{}' instances", cls.name())));
        }
    }
    let new = match new.downcast::<StaticMethodObject>() {
        Some(s) if new.isinstance(&STATICMETHOD_TYPE) => s.func().clone(),
        _ => new,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(cls.as_value());
    full.extend_from_slice(args);
    let obj = crate::call::call(&new, &full, kw)?;
    if !obj.ty().is_subtype(cls) {
        return Ok(obj);
    }
    let ot = obj.ty();
    if let Some(init) = ot.slot(Slot::Init) {
        if crate::objects::instance::object_init_is_noop(ot, &init, full.len() - 1, kw) {
            return Ok(obj);
        }
        full[0] = obj.clone();
        let r = crate::call::call_with_self(&init, &full, kw)?;
        if !is_none(&r) {
            return Err(type_error(format!("__init__() should return None, not '{}'", r.ty().name())));
        }
    }
    Ok(obj)
}

/// The common case of `call_type`: a class with `object.__new__` and a plain
/// Python `__init__` taking exactly the positional arguments given. The
/// instance and the arguments go straight into `__init__`'s frame (no
/// argument vectors, no generic call). None: not that case.
fn construct_plain(cls: &TypeObject, args: &[Value], kw: Option<&Kw>) -> Option<PyResult<Value>> {
    if args.len() + 1 > crate::interp::MAX_POSITIONAL || kw.is_some_and(|k| !k.is_empty()) {
        return None;
    }
    let init = plain_init(cls, args.len())?;
    let obj = crate::objects::instance::alloc_instance(cls);
    // The arity was checked: the call is made.
    let r = crate::interp::call_positional(&init, Some(&obj), args)?;
    Some(init_result(r, obj))
}

/// A call of a built-in type (`range(n)`, `set(xs)`, `float(x)`...) whose
/// `__new__` is its own built-in function: that function is called directly
/// with the class and the arguments gathered on the stack, then `__init__`
/// as `call_type` does. None: not that case (a heap class, a `__new__` from
/// a base, eight arguments or more).
fn construct_builtin(cls: &TypeObject, args: &[Value], kw: Option<&Kw>) -> Option<PyResult<Value>> {
    const MAX: usize = 8;
    if cls.is_heap() || args.len() >= MAX {
        return None;
    }
    let new = cls.slot(Slot::New)?;
    let b = new.downcast_exact::<crate::objects::function::BuiltinFunctionObject>()?;
    // Its own `__new__`, unbound: `check_new_args` has nothing to refuse.
    if b.self_.is_some() || !b.owner.is_some_and(|o| std::ptr::eq(o, cls)) {
        return None;
    }
    let mut full: [Option<Value>; MAX] = Default::default();
    full[0] = Some(cls.as_value());
    for (slot, a) in full[1..].iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    let n = args.len() + 1;
    // The first `n` slots are set, and `Option<Value>` is then a `Value`.
    let full_values = |full: &[Option<Value>; MAX]| unsafe { std::slice::from_raw_parts(full.as_ptr() as *const Value, n) };
    let obj = match (b.func)(full_values(&full), kw) {
        Ok(o) => o,
        Err(e) => return Some(Err(e)),
    };
    let ot = obj.ty();
    if !ot.is_subtype(cls) {
        return Some(Ok(obj));
    }
    if let Some(init) = ot.slot(Slot::Init) {
        // The class's own `__new__` is not `object.__new__`: `object.__init__`
        // does nothing, whatever the arguments.
        let noop = if std::ptr::eq(ot, cls) {
            crate::objects::instance::is_object_init(&init)
        } else {
            crate::objects::instance::object_init_is_noop(ot, &init, n - 1, kw)
        };
        if !noop {
            full[0] = Some(obj.clone());
            return Some(init_result(crate::call::call_with_self(&init, full_values(&full), kw), obj));
        }
    }
    Some(Ok(obj))
}

/// The `__init__` that a call of the class `cls` (metaclass `type`) with
/// `n` positional arguments runs on a new instance, when making the instance
/// and running that function is all the call does: a class statement's
/// class with `object.__new__` and an `__init__` that is a plain Python
/// function taking the instance and the `n`, nothing abstract. None otherwise.
pub fn plain_init(cls: &TypeObject, n: usize) -> Option<Value> {
    if !cls.is_heap() || cls.flags.get() & IS_ABSTRACT != 0 || !std::ptr::eq(cls.solid_base(), &OBJECT_TYPE) {
        return None;
    }
    if !crate::objects::instance::new_is_object_new(cls) {
        return None;
    }
    cls.slot(Slot::Init).filter(|f| crate::interp::takes_positional(f, n + 1))
}

/// A class call's result once `__init__` returned `r` for the new instance `obj`.
pub fn init_result(r: PyResult<Value>, obj: Value) -> PyResult<Value> {
    match r {
        Ok(r) if is_none(&r) => Ok(obj),
        Ok(r) => Err(type_error(format!("__init__() should return None, not '{}'", r.ty().name()))),
        Err(e) => Err(e),
    }
}

fn type_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = as_type(&args[0])?;
    call_type(cls, &args[1..], kw)
}

/// The most derived metaclass among `meta` and the types of `bases`.
pub fn calculate_metaclass(meta: &TypeObject, bases: &[Value]) -> PyResult<Value> {
    let mut winner: &TypeObject = meta;
    for b in bases {
        let bt = b.ty();
        if winner.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner.as_value())
}

/// `type.__new__(meta, name, bases, ns, **kwds)`: creates a class.
pub fn type_new_class(meta: &TypeObject, name: &str, bases: &[Value], ns: &DictObject, kw: Option<&Kw>) -> PyResult<Value> {
    let bases: Vec<Value> = if bases.is_empty() { vec![OBJECT_TYPE.as_value()] } else { bases.to_vec() };
    let mut base_types: Vec<&TypeObject> = Vec::new();
    for b in &bases {
        let bt = b
            .downcast::<TypeObject>()
            .ok_or_else(|| type_error(format!("bases must be types")))?;
        if bt.flags.get() & BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", bt.name())));
        }
        base_types.push(bt);
    }
    for (i, a) in base_types.iter().enumerate() {
        for b in &base_types[i + 1..] {
            if std::ptr::eq(*a, *b) {
                return Err(type_error(format!("duplicate base class {}", a.name())));
            }
        }
    }
    // The base that decides the layout: the one with the most derived built-in ancestor.
    let mut best = base_types[0];
    for bt in &base_types[1..] {
        let (s1, s2) = (layout_base(best), layout_base(bt));
        if s1.is_subtype(s2) {
            continue;
        }
        if s2.is_subtype(s1) {
            best = bt;
            continue;
        }
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let tv = new_heap_type(meta, name, best);
    let t = unsafe { tv.downcast_unchecked::<TypeObject>() };
    t.set_bases(bases.clone());
    let mro = c3_mro(t as *const TypeObject, &base_types).map_err(type_error)?;
    t.set_mro(mro);
    for bt in &base_types {
        bt.add_subclass(t as *const TypeObject);
    }
    // Pattern matching's sequence/mapping flag: from the first class of the
    // MRO that has one (CPython's inherit_patma_flags).
    if let Some(f) = t.mro()[1..].iter().map(|&m| unsafe { (*m).flags.get() } & crate::types::COLLECTION_FLAGS).find(|&f| f != 0) {
        t.flags.set(t.flags.get() | f);
    }
    if ns.get_str(&intern_static("__new__")).is_some() || t.mro()[1..].iter().any(|&m| unsafe { (*m).flags.get() } & crate::types::NEW_OVERRIDDEN != 0) {
        t.flags.set(t.flags.get() | crate::types::NEW_OVERRIDDEN);
    }
    // The namespace becomes the class dict.
    let d = t.dict();
    for (k, v) in ns.items() {
        d.set(k, v)?;
    }
    let qn_key = intern_static("__qualname__");
    if let Some(q) = d.get_str(&qn_key) {
        match as_str(&q) {
            Some(s) => t.set_qualname(s.to_owned()),
            None => {
                return Err(type_error(format!("type __qualname__ must be a str, not {}", q.ty().name())));
            }
        }
        d.remove(&qn_key)?;
    }
    if d.get_str(&intern_static("__module__")).is_none() {
        if let Some(m) = crate::interp::current_globals().and_then(|g| as_dict(&g).and_then(|gd| gd.get_str(&intern_static("__name__")))) {
            d.set_str(intern_static("__module__"), m);
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if d.get_str(&intern_static("__eq__")).is_some() && d.get_str(&intern_static("__hash__")).is_none() {
        d.set_str(intern_static("__hash__"), none());
    }
    // Implicit staticmethod / classmethod wrappers.
    if let Some(f) = d.get_str(&intern_static("__new__")) {
        if f.downcast::<FunctionObject>().is_some() {
            d.set_str(intern_static("__new__"), new_staticmethod_obj(&STATICMETHOD_TYPE, f));
        }
    }
    for name in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = d.get_str(&intern(name)) {
            if f.downcast::<FunctionObject>().is_some() {
                d.set_str(intern(name), new_staticmethod_obj(&CLASSMETHOD_TYPE, f));
            }
        }
    }
    // Instances get an attribute dict unless the layout already has one
    // (with __slots__ it only stores the slot values).
    let (no_dict, weakref_slot) = init_slots(t, &base_types, best)?;
    // After the slots: `__doc__` may be one of them.
    if d.get_str(&intern_static("__doc__")).is_none() {
        d.set_str(intern_static("__doc__"), none());
    }
    if t.dict_offset.get() == 0 {
        let off = t.basicsize.get();
        t.dict_offset.set(off);
        t.basicsize.set(off + std::mem::size_of::<Option<Value>>());
    }
    if no_dict {
        t.flags.set(t.flags.get() | NO_INSTANCE_DICT);
    } else if t.lookup_str("__dict__").is_none() {
        crate::objects::instance::add_dict_getset_heap(t);
    }
    // `__weakref__`, unless a base has it, __slots__ leave it out, or the
    // layout is variable-sized (int, tuple, bytes).
    let var_sized = [&crate::objects::int::INT_TYPE, &crate::objects::tuple::TUPLE_TYPE, &crate::objects::bytes::BYTES_TYPE]
        .iter()
        .any(|v| t.solid_base().is_subtype(v));
    if weakref_slot != Some(false) && !var_sized && t.lookup_str("__weakref__").is_none() {
        crate::objects::instance::add_weakref_getset_heap(t);
    }
    // The __class__ cell of methods that use super().
    let cc = intern_static("__classcell__");
    if let Some(cell) = d.get_str(&cc) {
        match cell.downcast::<crate::objects::cell::CellObject>() {
            Some(c) => c.set(Some(tv.clone())),
            None => {
                return Err(type_error(format!("__classcell__ must be a nonlocal cell, not {}", crate::objects::typeobj::type_repr_string(cell.ty()))));
            }
        }
        d.remove(&cc)?;
    }
    t.modified();
    // __set_name__ on descriptors.
    for (k, v) in d.items() {
        if let Some(set_name) = v.ty().lookup_str("__set_name__") {
            crate::call::call_with_self(&set_name, &[v.clone(), tv.clone(), k.clone()], None).map_err(|e| {
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    v.ty().name(),
                    crate::ops::repr_string(&k).unwrap_or_default(),
                    name
                );
                let new = PyErr::new(&crate::objects::exception::RUNTIME_ERROR, msg);
                if let Some(ne) = crate::objects::exception::as_exc(&new.exc) {
                    ne.set_cause(Some(e.exc.clone()));
                }
                new
            })?;
        }
    }
    // super(cls, cls).__init_subclass__(**kw)
    let mro = t.mro().to_vec();
    for &p in &mro[1..] {
        let p = unsafe { &*p };
        if let Some(f) = p.dict().get_str(&intern_static("__init_subclass__")) {
            let bound = descr_get(f, None, t)?;
            let kwv: Vec<Value> = kw.map(|k| k.values.to_vec()).unwrap_or_default();
            let kwn: Vec<Value> = kw.map(|k| k.names.to_vec()).unwrap_or_default();
            let kwa = Kw { names: &kwn, values: &kwv };
            crate::call::call(&bound, &[], if kwn.is_empty() { None } else { Some(&kwa) })?;
            break;
        }
    }
    Ok(tv)
}

/// Flag of classes whose instances have no `__dict__` (all `__slots__`):
/// their hidden dict only holds slot values.
pub const NO_INSTANCE_DICT: u32 = 1 << 20;

/// Does a type's instances lack a `__dict__` of their own?
pub fn lacks_instance_dict(t: &TypeObject) -> bool {
    t.flags.get() & NO_INSTANCE_DICT != 0
}

/// Processes `__slots__` of a new class: a member descriptor per slot (in
/// the class dict). Returns whether instances go without a `__dict__`, and
/// (with `__slots__`) whether they list `__weakref__`.
fn init_slots(t: &TypeObject, bases: &[&TypeObject], best: &TypeObject) -> PyResult<(bool, Option<bool>)> {
    let d = t.dict();
    let Some(slots) = d.get_str(&intern_static("__slots__")) else { return Ok((false, None)) };
    let names: Vec<Value> = if as_str(&slots).is_some() { vec![slots.clone()] } else { crate::ops::collect(&slots)? };
    // Bases that already give instances a dict.
    let base_has_dict = bases.iter().any(|b| {
        if std::ptr::eq(*b, &OBJECT_TYPE) {
            false
        } else if b.is_heap() {
            !lacks_instance_dict(b)
        } else {
            b.dict_offset.get() != 0
        }
    });
    let mut wants_dict = false;
    let mut wants_weakref = false;
    // Variable-sized layouts (CPython's tp_itemsize != 0) take no slot fields.
    let var_sized = [&crate::objects::int::INT_TYPE, &crate::objects::tuple::TUPLE_TYPE, &crate::objects::bytes::BYTES_TYPE]
        .iter()
        .any(|v| best.solid_base().is_subtype(v));
    let mut fields: Vec<Value> = Vec::new();
    for n in &names {
        let Some(s) = as_str(n) else {
            return Err(type_error(format!("__slots__ items must be strings, not '{}'", n.ty().name())));
        };
        match s {
            "__dict__" => {
                if wants_dict || base_has_dict {
                    return Err(type_error("__dict__ slot disallowed: we already got one"));
                }
                wants_dict = true;
                continue;
            }
            "__weakref__" => {
                if wants_weakref || var_sized || best.lookup_str("__weakref__").is_some() {
                    return Err(type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                wants_weakref = true;
                continue;
            }
            _ => {}
        }
        if !crate::objects::str_methods::is_identifier(s) {
            return Err(type_error("__slots__ must be identifiers"));
        }
        let mangled = tern_frontend::symtable::mangle(Some(t.name()), s);
        let key = intern(&mangled);
        // Against the class body's names only: a slot may be listed twice.
        if d.get_str(&key).is_some() {
            return Err(crate::error::value_error(format!("'{mangled}' in __slots__ conflicts with class variable")));
        }
        fields.push(key);
    }
    if !fields.is_empty() && var_sized {
        return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", best.name())));
    }
    for key in fields {
        // Instances laid out by object.__new__ get a field per slot; others
        // keep slot values in their hidden dict.
        let offset = if std::ptr::eq(t.solid_base(), &OBJECT_TYPE) {
            let off = t.basicsize.get();
            t.basicsize.set(off + std::mem::size_of::<Option<Value>>());
            off
        } else {
            0
        };
        d.set_str(key.clone(), new_member_descr(key, t.as_value(), offset));
    }
    Ok((!wants_dict && !base_has_dict, Some(wants_weakref)))
}

/// Calls `f` with the byte offset of each slot field of an instance of `t` (classes based
/// on `object` only): what each class along the layout chain added after its
/// base, but the dict; the most derived class's slots first, as CPython
/// clears them.
pub fn for_each_slot_field(t: &TypeObject, mut f: impl FnMut(usize)) {
    // The common case: an object header and the dict, nothing else.
    if t.basicsize.get() == OBJECT_TYPE.basicsize.get() + std::mem::size_of::<Option<Value>>() {
        return;
    }
    if !t.is_heap() || !std::ptr::eq(t.solid_base(), &OBJECT_TYPE) {
        return;
    }
    let dict = t.dict_offset.get();
    let mut cur = t;
    while cur.is_heap() {
        let Some(base) = cur.base() else { break };
        let step = std::mem::size_of::<Option<Value>>();
        (base.basicsize.get()..cur.basicsize.get()).step_by(step).filter(|&o| o != dict).for_each(&mut f);
        cur = base;
    }
}

// ----- member descriptors (__slots__) -----------------------------------------

/// A slot of a class with `__slots__` (`member_descriptor`); the value lives
/// in the instance's hidden dict under the slot's name.
#[repr(C)]
pub struct MemberDescrObject {
    pub header: ObjHeader,
    pub name: Value,
    pub owner: Value,
    /// Byte offset of the slot's field in the instance (0: kept in the hidden dict).
    pub offset: usize,
}

unsafe impl PyObj for MemberDescrObject {
    fn class() -> &'static TypeObject {
        &MEMBER_DESCR_TYPE
    }
}

pub static MEMBER_DESCR_TYPE: TypeObject =
    TypeObject::builtin::<MemberDescrObject>("member_descriptor", Some(&OBJECT_TYPE), 0);

fn new_member_descr(name: Value, owner: Value, offset: usize) -> Value {
    crate::types::new_object(MemberDescrObject { header: ObjHeader::new(std::ptr::null()), name, owner, offset })
}

impl MemberDescrObject {
    pub fn owner_type(&self) -> &TypeObject {
        unsafe { self.owner.downcast_unchecked::<TypeObject>() }
    }

    fn check(&self, obj: &Value) -> PyResult<()> {
        if obj.isinstance(self.owner_type()) {
            return Ok(());
        }
        Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            as_str(&self.name).unwrap_or("?"),
            self.owner_type().name(),
            obj.ty().name()
        )))
    }

    /// The slot's field in `obj` (which `check` showed has the owner's layout).
    #[allow(clippy::mut_from_ref)]
    fn field<'o>(&self, obj: &'o Value) -> &'o mut Option<Value> {
        unsafe { &mut *((obj.as_ptr() as *mut u8).add(self.offset) as *mut Option<Value>) }
    }

    /// The slot's value in `obj`.
    pub fn get(&self, obj: &Value) -> PyResult<Value> {
        self.check(obj)?;
        let v = if self.offset != 0 { self.field(obj).clone() } else { crate::objects::instance::dict_get(obj, &self.name) };
        match v {
            Some(v) => Ok(v),
            None => Err(crate::objects::instance::no_attribute(obj, &self.name)),
        }
    }

    /// Sets (or, for None, deletes) the slot's value in `obj`.
    pub fn set(&self, obj: &Value, v: Option<&Value>) -> PyResult<()> {
        self.check(obj)?;
        if self.offset != 0 {
            let f = self.field(obj);
            if v.is_none() && f.is_none() {
                return Err(attribute_error(as_str(&self.name).unwrap_or("?").to_owned()));
            }
            let old = std::mem::replace(f, v.cloned());
            drop(old);
            return Ok(());
        }
        match v {
            Some(v) => {
                crate::objects::instance::dict_set(obj, &self.name, v.clone());
                Ok(())
            }
            None => {
                let removed = match crate::objects::instance::instance_dict(obj) {
                    Some(d) => d.remove(&self.name)?.is_some(),
                    None => false,
                };
                if removed {
                    Ok(())
                } else {
                    Err(attribute_error(as_str(&self.name).unwrap_or("?").to_owned()))
                }
            }
        }
    }
}

fn member_of(v: &Value) -> &MemberDescrObject {
    unsafe { v.downcast_unchecked::<MemberDescrObject>() }
}

/// `<member 'NAME' of 'CLASS' objects>`.
fn member_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = member_of(&args[0]);
    Ok(new_str(format!("<member '{}' of '{}' objects>", as_str(&m.name).unwrap_or("?"), m.owner_type().name())))
}

fn member_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match args.get(1).filter(|o| !is_none(o)) {
        Some(o) => member_of(&args[0]).get(o),
        None => Ok(args[0].clone()),
    }
}

fn member_set(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let obj = args.get(1).ok_or_else(|| type_error("expected 2 arguments"))?;
    member_of(&args[0]).set(obj, args.get(2)).map(|_| none())
}

fn member_delete(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let obj = args.get(1).ok_or_else(|| type_error("expected 1 argument"))?;
    member_of(&args[0]).set(obj, None).map(|_| none())
}

fn member_name(v: &Value) -> PyResult<Value> {
    Ok(member_of(v).name.clone())
}

fn member_qualname(v: &Value) -> PyResult<Value> {
    let m = member_of(v);
    Ok(new_str(format!("{}.{}", m.owner_type().qualname(), as_str(&m.name).unwrap_or("?"))))
}

fn member_doc(_v: &Value) -> PyResult<Value> {
    Ok(none())
}

fn member_objclass(v: &Value) -> PyResult<Value> {
    Ok(member_of(v).owner.clone())
}

/// CPython's `solid_base`: the nearest built-in ancestor that adds fields to
/// the instance layout (built-in types that only reuse their base's layout,
/// like most exception classes, do not count).
fn layout_base(t: &TypeObject) -> &TypeObject {
    // A class whose own __slots__ add fields decides its layout (CPython's extra_ivars).
    let mut h = t;
    while h.is_heap() {
        let adds_slots = h.dict().items().iter().any(|(_, v)| {
            v.downcast::<MemberDescrObject>().is_some_and(|m| std::ptr::eq(m.owner_type(), h))
        });
        if adds_slots {
            return h;
        }
        h = h.base().expect("heap types have a base");
    }
    let mut t = t.solid_base();
    while let Some(b) = t.base() {
        let same = b.basicsize.get() == t.basicsize.get() && b.dict_offset.get() == t.dict_offset.get();
        if !same || (t.is_exception() && crate::objects::exception::has_own_layout(t)) {
            break;
        }
        t = b;
    }
    t
}

pub fn new_staticmethod_obj(ty: &TypeObject, f: Value) -> Value {
    crate::types::alloc_object(ty, StaticMethodObject { header: ObjHeader::new(std::ptr::null()), func: UnsafeCell::new(f), dict: None })
}

fn type_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let meta = as_type(&args[0])?;
    let rest = &args[1..];
    if rest.len() != 3 {
        return Err(type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", rest.len())));
    }
    let name = as_str(&rest[0]).ok_or_else(|| {
        type_error(format!("type.__new__() argument 1 must be str, not {}", rest[0].ty().name()))
    })?;
    let bases = tuple_items(&rest[1]).ok_or_else(|| {
        type_error(format!("type.__new__() argument 2 must be tuple, not {}", rest[1].ty().name()))
    })?;
    let ns = as_dict(&rest[2]).ok_or_else(|| {
        type_error(format!("type.__new__() argument 3 must be dict, not {}", rest[2].ty().name()))
    })?;
    for b in bases {
        if b.downcast::<TypeObject>().is_none() && crate::ops::getattr_opt(b, &intern_static("__mro_entries__"))?.is_some() {
            return Err(type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
        }
    }
    // A metaclass given implicitly by the bases wins if more derived.
    let winner = calculate_metaclass(meta, bases)?;
    let wt = unsafe { winner.downcast_unchecked::<TypeObject>() };
    if !std::ptr::eq(wt, meta) {
        // The winner's own __new__ runs instead (CPython's type_new).
        if let Some(wnew) = wt.lookup_str("__new__") {
            let own = TYPE_TYPE.dict().get_str(&intern_static("__new__"));
            if !own.map_or(false, |o| o.is(&wnew)) {
                let f = match wnew.downcast::<StaticMethodObject>() {
                    Some(s) if wnew.isinstance(&STATICMETHOD_TYPE) => s.func().clone(),
                    _ => wnew,
                };
                let mut full = Vec::with_capacity(4);
                full.push(winner.clone());
                full.extend_from_slice(rest);
                return crate::call::call(&f, &full, kw);
            }
        }
    }
    type_new_class(wt, name, bases, ns, kw)
}

fn type_init(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(none())
}

fn type_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(type_repr_string(as_type(&args[0])?)))
}

/// `type.__getattribute__`: Ok(None) if missing.
pub fn type_getattr(cls: &Value, name: &Value) -> PyResult<Option<Value>> {
    let t = unsafe { cls.downcast_unchecked::<TypeObject>() };
    let meta = cls.ty();
    let meta_attr = meta.lookup(name);
    if let Some(m) = &meta_attr {
        if is_data_descriptor(m) {
            return descr_get(m.clone(), Some(cls), meta).map(Some);
        }
    }
    if let Some(a) = t.lookup(name) {
        return descr_get(a, None, t).map(Some);
    }
    match meta_attr {
        Some(m) => descr_get(m, Some(cls), meta).map(Some),
        None => Ok(None),
    }
}

pub fn type_no_attribute(cls: &TypeObject, name: &Value) -> PyErr {
    let e = attribute_error(format!("type object '{}' has no attribute '{}'", cls.name(), as_str(name).unwrap_or("?")));
    crate::objects::instance::set_name_obj(&e.exc, name, Some(&cls.as_value()));
    e
}

fn type_getattribute(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let name = crate::objects::str::intern_value(&args[1]);
    match type_getattr(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(type_no_attribute(as_type(&args[0])?, &name)),
    }
}

/// `type.__setattr__` (value None: delete).
pub fn type_setattr(cls: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let t = unsafe { cls.downcast_unchecked::<TypeObject>() };
    let meta = cls.ty();
    if let Some(m) = meta.lookup(name) {
        if is_data_descriptor(&m) {
            if let Some(g) = m.downcast::<crate::objects::function::GetSetObject>() {
                return match g.set {
                    Some(set) => set(cls, value.as_ref()),
                    None => Err(attribute_error(format!(
                        "attribute '{}' of 'type' objects is not writable",
                        g.name
                    ))),
                };
            }
            return crate::objects::instance::generic_setattr(cls, name, value);
        }
    }
    let n = as_str(name).unwrap_or("?");
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            t.name()
        )));
    }
    // The replaced value stays alive until the version tag has changed: its
    // finalizer may look the name up again (the method cache borrows values).
    let _old = match value {
        Some(v) => {
            let old = t.dict().get_hashed(name, crate::ops::hash(name)?)?;
            t.dict().set(name.clone(), v)?;
            old
        }
        None => match t.dict().remove(name)? {
            Some(old) => Some(old),
            None => return Err(type_no_attribute(t, name)),
        },
    };
    if as_str(name) == Some("__new__") {
        mark_new_overridden(t);
    }
    t.modified();
    Ok(())
}

/// `__new__` was assigned or deleted on `t`: it and its subclasses keep
/// CPython's `tp_new` dispatcher from now on (`types::NEW_OVERRIDDEN`).
fn mark_new_overridden(t: &TypeObject) {
    t.flags.set(t.flags.get() | crate::types::NEW_OVERRIDDEN);
    for sub in t.subclasses() {
        mark_new_overridden(unsafe { &*sub });
    }
}

fn type_setattr_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let name = crate::objects::str::intern_value(&args[1]);
    type_setattr(&args[0], &name, Some(args[2].clone()))?;
    Ok(none())
}

fn type_delattr_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let name = crate::objects::str::intern_value(&args[1]);
    type_setattr(&args[0], &name, None)?;
    Ok(none())
}

fn type_mro(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = as_type(&args[0])?;
    Ok(crate::objects::list::new_list(t.mro().iter().map(|&p| unsafe { (*p).as_value() }).collect()))
}

fn type_subclasses(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = as_type(&args[0])?;
    Ok(crate::objects::list::new_list(t.subclasses().iter().map(|&p| unsafe { (*p).as_value() }).collect()))
}

fn type_instancecheck(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = as_type(&args[0])?;
    Ok(new_bool(args[1].isinstance(t)))
}

fn type_subclasscheck(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = as_type(&args[0])?;
    let sub = args[1]
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    Ok(new_bool(sub.is_subtype(t)))
}

fn type_prepare(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_dict())
}

fn get_name(v: &Value) -> PyResult<Value> {
    let t = as_type(v)?;
    if t.is_heap() {
        return Ok(new_str(t.name()));
    }
    // A static type's dotted tp_name (`collections.deque`) ends with its __name__.
    Ok(new_str(t.name().rsplit('.').next().unwrap_or("")))
}

fn set_name(v: &Value, n: Option<&Value>) -> PyResult<()> {
    let t = as_type(v)?;
    if !t.is_heap() {
        return Err(type_error(format!("cannot set '__name__' attribute of immutable type '{}'", t.name())));
    }
    let n = n.ok_or_else(|| type_error("cannot delete '__name__' attribute of immutable type"))?;
    let s = as_str(n).ok_or_else(|| {
        type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), n.ty().name()))
    })?;
    t.set_name(s.to_owned());
    Ok(())
}

fn get_qualname(v: &Value) -> PyResult<Value> {
    Ok(new_str(as_type(v)?.qualname()))
}

fn set_qualname(v: &Value, n: Option<&Value>) -> PyResult<()> {
    let t = as_type(v)?;
    if !t.is_heap() {
        return Err(type_error(format!("cannot set '__qualname__' attribute of immutable type '{}'", t.name())));
    }
    let n = n.ok_or_else(|| type_error("cannot delete '__qualname__'"))?;
    let s = as_str(n).ok_or_else(|| {
        type_error(format!("can only assign string to {}.__qualname__, not '{}'", t.name(), n.ty().name()))
    })?;
    t.set_qualname(s.to_owned());
    Ok(())
}

fn get_module(v: &Value) -> PyResult<Value> {
    let t = as_type(v)?;
    if t.is_heap() {
        if let Some(m) = t.dict().get_str(&intern_static("__module__")) {
            return Ok(m);
        }
    }
    Ok(new_str(t.module_name()))
}

fn set_module(v: &Value, m: Option<&Value>) -> PyResult<()> {
    let t = as_type(v)?;
    if !t.is_heap() {
        return Err(type_error(format!("cannot set '__module__' attribute of immutable type '{}'", t.name())));
    }
    t.dict().set_str(intern_static("__module__"), m.cloned().unwrap_or_else(none));
    t.modified();
    Ok(())
}

fn get_bases(v: &Value) -> PyResult<Value> {
    Ok(new_tuple(as_type(v)?.bases().to_vec()))
}

/// Recomputes the MRO of `t` and its subclasses after a `__bases__` change.
fn remro(t: &TypeObject) -> PyResult<()> {
    let bases: Vec<Value> = t.bases().to_vec();
    let bts: Vec<&TypeObject> = bases.iter().filter_map(|b| b.downcast::<TypeObject>()).collect();
    let mro = c3_mro(t as *const TypeObject, &bts).map_err(type_error)?;
    t.set_mro(mro);
    for s in t.subclasses() {
        remro(unsafe { &*s })?;
    }
    Ok(())
}

/// `cls.__bases__ = (...)` (CPython's type_set_bases).
fn set_bases(v: &Value, new: Option<&Value>) -> PyResult<()> {
    let t = as_type(v)?;
    if !t.is_heap() {
        return Err(type_error(format!("cannot set '__bases__' attribute of immutable type '{}'", t.name())));
    }
    let Some(new) = new else {
        return Err(type_error(format!("cannot delete '__bases__' attribute of immutable type '{}'", t.name())));
    };
    let Some(items) = tuple_items(new) else {
        return Err(type_error(format!("can only assign tuple to {}.__bases__, not {}", t.name(), new.ty().name())));
    };
    if items.is_empty() {
        return Err(type_error(format!("can only assign non-empty tuple to {}.__bases__, not ()", t.name())));
    }
    let mut bts: Vec<&TypeObject> = Vec::new();
    for b in items {
        let Some(bt) = b.downcast::<TypeObject>() else {
            return Err(type_error(format!("{}.__bases__ must be tuple of classes, not '{}'", t.name(), b.ty().name())));
        };
        if bt.is_subtype(t) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        bts.push(bt);
    }
    let mut best = bts[0];
    for bt in &bts[1..] {
        let (s1, s2) = (layout_base(best), layout_base(bt));
        if s1.is_subtype(s2) {
            continue;
        }
        if s2.is_subtype(s1) {
            best = bt;
            continue;
        }
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let old_base = t.base().expect("heap types have a base");
    if !std::ptr::eq(layout_base(old_base), layout_base(best)) && !std::ptr::eq(old_base.solid_base(), best.solid_base()) {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            best.name(),
            old_base.name()
        )));
    }
    let old_bases: Vec<Value> = t.bases().to_vec();
    let old_mro = t.mro().to_vec();
    let old_best = t.base.get();
    t.set_bases(items.to_vec());
    t.base.set(best as *const TypeObject);
    if let Err(e) = remro(t) {
        t.set_bases(old_bases);
        t.base.set(old_best);
        t.set_mro(old_mro);
        return Err(e);
    }
    for b in &old_bases {
        if let Some(bt) = b.downcast::<TypeObject>() {
            bt.remove_subclass(t as *const TypeObject);
        }
    }
    for bt in &bts {
        bt.add_subclass(t as *const TypeObject);
    }
    Ok(())
}

fn get_base(v: &Value) -> PyResult<Value> {
    Ok(as_type(v)?.base().map(|b| b.as_value()).unwrap_or_else(none))
}

fn get_mro(v: &Value) -> PyResult<Value> {
    let t = as_type(v)?;
    Ok(new_tuple(t.mro().iter().map(|&p| unsafe { (*p).as_value() }).collect()))
}

fn get_dict(v: &Value) -> PyResult<Value> {
    Ok(new_mappingproxy(as_type(v)?.dict_value()))
}

/// `cls.__doc__ = value` (heap types only, as CPython's type_set_doc).
fn set_doc(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = as_type(v)?;
    let Some(value) = value.filter(|_| t.is_heap()) else {
        let what = if value.is_some() { "set" } else { "delete" };
        return Err(type_error(format!("cannot {} '__doc__' attribute of immutable type '{}'", what, t.name())));
    };
    t.dict().set_str(intern_static("__doc__"), value.clone());
    t.modified();
    Ok(())
}

fn get_doc(v: &Value) -> PyResult<Value> {
    let t = as_type(v)?;
    if let Some(d) = t.dict().get_str(&intern_static("__doc__")) {
        if let Some(g) = d.downcast::<crate::objects::function::GetSetObject>() {
            return (g.get)(v);
        }
        return Ok(d);
    }
    Ok(none())
}

/// Flag of classes with abstract methods left (set through `__abstractmethods__`):
/// `object.__new__` refuses to instantiate them.
pub const IS_ABSTRACT: u32 = 1 << 21;

/// `type.__abstractmethods__`: only the class's own dict, and never on `type` itself.
fn get_abstract(v: &Value) -> PyResult<Value> {
    let t = as_type(v)?;
    let own = if std::ptr::eq(t, &TYPE_TYPE) { None } else { t.dict().get_str(&intern_static("__abstractmethods__")) };
    own.ok_or_else(|| attribute_error("__abstractmethods__"))
}

/// Setting `__abstractmethods__` stores it and marks the class abstract when it is true
/// (what `abc.ABCMeta` does); deleting it clears the mark.
fn set_abstract(v: &Value, value: Option<&Value>) -> PyResult<()> {
    let t = as_type(v)?;
    if !t.is_heap() {
        return Err(type_error(format!("cannot set '__abstractmethods__' attribute of immutable type '{}'", t.name())));
    }
    let key = intern_static("__abstractmethods__");
    let abstract_ = match value {
        Some(v) => {
            let abstract_ = crate::ops::truthy(v)?;
            t.dict().set_str(key, v.clone());
            abstract_
        }
        None => {
            if t.dict().remove(&key)?.is_none() {
                return Err(attribute_error("__abstractmethods__"));
            }
            false
        }
    };
    t.modified();
    let flags = t.flags.get() & !IS_ABSTRACT;
    t.flags.set(if abstract_ { flags | IS_ABSTRACT } else { flags });
    Ok(())
}

/// CPython's message for instantiating a class that still has abstract methods.
pub fn abstract_instantiation_error(t: &TypeObject) -> PyErr {
    let names = get_abstract(&t.as_value()).and_then(|m| {
        let l = crate::objects::list::new_list(crate::ops::collect(&m)?);
        crate::objects::list_methods::sort_list(&l, None)?;
        crate::ops::collect(&l)?.iter().map(crate::ops::str_of).collect::<PyResult<Vec<String>>>()
    });
    match names {
        Ok(names) => type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            t.name(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )),
        Err(e) => e,
    }
}

// ----- mappingproxy ----------------------------------------------------------

#[repr(C)]
pub struct MappingProxyObject {
    pub header: ObjHeader,
    pub mapping: Value,
}

unsafe impl PyObj for MappingProxyObject {
    fn class() -> &'static TypeObject {
        &MAPPINGPROXY_TYPE
    }
}

pub static MAPPINGPROXY_TYPE: TypeObject =
    TypeObject::builtin::<MappingProxyObject>("mappingproxy", Some(&OBJECT_TYPE), crate::types::MAPPING);

pub fn new_mappingproxy(d: Value) -> Value {
    crate::types::new_object(MappingProxyObject { header: ObjHeader::new(std::ptr::null()), mapping: d })
}

fn mp(v: &Value) -> &Value {
    &v.downcast::<MappingProxyObject>().unwrap().mapping
}

fn mp_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::ops::get_item(mp(&args[0]), &args[1])
}
fn mp_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(crate::ops::contains(mp(&args[0]), &args[1])?))
}
fn mp_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::ops::iter(mp(&args[0]))
}
fn mp_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(crate::ops::len(mp(&args[0]))? as i64))
}
fn mp_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(format!("mappingproxy({})", crate::ops::repr_string(mp(&args[0]))?)))
}
fn mp_forward(args: &[Value], name: &str) -> PyResult<Value> {
    crate::ops::call_method(mp(&args[0]), name, &args[1..])
}
fn mp_keys(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_forward(args, "keys")
}
fn mp_values(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_forward(args, "values")
}
fn mp_items(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_forward(args, "items")
}
fn mp_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_forward(args, "get")
}
fn mp_copy(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_forward(args, "copy")
}

/// `mappingproxy(mapping)`: a read-only view of any mapping but a list or tuple.
fn mp_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(&args[1..], kw, "mappingproxy", &["mapping"], 0, 1)?;
    let m = a[0].clone().unwrap_or_else(none);
    let t = m.ty();
    if !t.has_slot(crate::types::Slot::GetItem)
        || t.is_subtype(&crate::objects::list::LIST_TYPE)
        || t.is_subtype(&crate::objects::tuple::TUPLE_TYPE)
    {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", t.name())));
    }
    Ok(new_mappingproxy(m))
}
fn mp_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::ops::str_(mp(&args[0]))
}
fn mp_reversed(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = crate::ops::getattr(&crate::builtins::builtins_module(), &intern_static("reversed"))?;
    crate::call::call(&f, &[mp(&args[0]).clone()], None)
}
fn mp_compare(args: &[Value], op: tern_frontend::bytecode::CmpOp) -> PyResult<Value> {
    crate::ops::rich_compare(mp(&args[0]), &args[1], op)
}
fn mp_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_compare(args, tern_frontend::bytecode::CmpOp::Eq)
}
fn mp_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_compare(args, tern_frontend::bytecode::CmpOp::Ne)
}
fn mp_or(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = args[0].downcast::<MappingProxyObject>().map_or_else(|| args[0].clone(), |p| p.mapping.clone());
    let b = args[1].downcast::<MappingProxyObject>().map_or_else(|| args[1].clone(), |p| p.mapping.clone());
    crate::ops::binary_op(&a, &b, tern_frontend::bytecode::BinOp::Or)
}
fn mp_ror(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mp_or(&[args[1].clone(), args[0].clone()], None)
}
fn mp_ior(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

pub fn init() {
    crate::types::init_builtin_type(&TYPE_TYPE);
    crate::types::init_builtin_type(&MAPPINGPROXY_TYPE);
    TYPE_TYPE.getattro.set(Some(type_getattr));
    let t = &TYPE_TYPE;
    build::new(t, type_new);
    build::method(t, "__init__", type_init);
    build::method(t, "__call__", type_call);
    build::method(t, "__repr__", type_repr);
    build::method(t, "__getattribute__", type_getattribute);
    build::method(t, "__setattr__", type_setattr_m);
    build::method(t, "__delattr__", type_delattr_m);
    build::method(t, "mro", type_mro);
    build::method(t, "__subclasses__", type_subclasses);
    build::method(t, "__instancecheck__", type_instancecheck);
    build::method(t, "__subclasscheck__", type_subclasscheck);
    build::classmethod(t, "__prepare__", type_prepare);
    build::getset(t, "__name__", get_name, Some(set_name));
    build::getset(t, "__qualname__", get_qualname, Some(set_qualname));
    build::getset(t, "__module__", get_module, Some(set_module));
    build::getset(t, "__bases__", get_bases, Some(set_bases));
    build::getset(t, "__base__", get_base, None);
    build::getset(t, "__mro__", get_mro, None);
    build::getset(t, "__dict__", get_dict, None);
    build::getset(t, "__doc__", get_doc, Some(set_doc));
    build::getset(t, "__abstractmethods__", get_abstract, Some(set_abstract));
    crate::types::init_builtin_type(&MEMBER_DESCR_TYPE);
    let md = &MEMBER_DESCR_TYPE;
    build::method(md, "__repr__", member_repr);
    build::method(md, "__get__", member_get);
    build::method(md, "__set__", member_set);
    build::method(md, "__delete__", member_delete);
    build::getset(md, "__name__", member_name, None);
    build::getset(md, "__objclass__", member_objclass, None);
    build::getset(md, "__qualname__", member_qualname, None);
    build::getset(md, "__doc__", member_doc, None);
    let m = &MAPPINGPROXY_TYPE;
    build::method(m, "__getitem__", mp_getitem);
    build::method(m, "__contains__", mp_contains);
    build::method(m, "__iter__", mp_iter);
    build::method(m, "__len__", mp_len);
    build::method(m, "__repr__", mp_repr);
    build::method(m, "keys", mp_keys);
    build::method(m, "values", mp_values);
    build::method(m, "items", mp_items);
    build::method(m, "get", mp_get);
    build::method(m, "copy", mp_copy);
    build::new(m, mp_new);
    build::method(m, "__str__", mp_str);
    build::method(m, "__reversed__", mp_reversed);
    build::method(m, "__eq__", mp_eq);
    build::method(m, "__ne__", mp_ne);
    build::method(m, "__or__", mp_or);
    build::method(m, "__ror__", mp_ror);
    build::method(m, "__ior__", mp_ior);
    build::attr(m, "__hash__", none());
    build::classmethod(m, "__class_getitem__", crate::modules::support::class_getitem);
}
