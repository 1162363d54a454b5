//! `object` and the generic attribute protocol: descriptors on the type,
//! then the instance dict, in CPython's order. Instances of classes keep
//! their attributes in a dict reached through the type's `dict_offset`
//! (hidden-class shapes can replace it behind `dict_get`/`dict_set`).

use crate::error::{attribute_error, type_error, PyResult};
use crate::objects::bool_none::{new_bool, none, not_implemented};
use crate::objects::dict::{as_dict, new_dict, new_shaped_dict, DictObject};
use crate::objects::function::{
    new_bound_builtin, new_method, BuiltinFunctionObject, GetSetObject, Kw, MethodDescrObject,
    PropertyObject, StaticMethodObject, CLASSMETHOD_TYPE, STATICMETHOD_TYPE,
};
use crate::objects::str::{as_str, new_str};
use crate::types::{build, Slot, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

/// Instances of plain classes (base `object`): just a header and the dict slot.
#[repr(C)]
pub struct InstanceObject {
    pub header: ObjHeader,
    pub dict: Option<Value>,
}

unsafe impl PyObj for InstanceObject {
    fn class() -> &'static TypeObject {
        &OBJECT_TYPE
    }
}

/// A plain `object()`: a header and nothing else.
#[repr(C)]
pub struct BareObject {
    pub header: ObjHeader,
}

unsafe impl PyObj for BareObject {
    fn class() -> &'static TypeObject {
        &OBJECT_TYPE
    }
}

/// The instance's dict slot, if its type has one.
#[inline]
#[allow(clippy::mut_from_ref)]
pub fn dict_slot(obj: &Value) -> Option<&mut Option<Value>> {
    if obj.is_small_int() {
        return None;
    }
    let off = obj.ty().dict_offset.get();
    if off == 0 {
        return None;
    }
    Some(unsafe { &mut *((obj.as_ptr() as *mut u8).add(off) as *mut Option<Value>) })
}

/// The instance dict, created on first use.
pub fn instance_dict(obj: &Value) -> Option<&DictObject> {
    let slot = dict_slot(obj)?;
    if slot.is_none() {
        *slot = Some(new_shaped_dict());
    }
    Some(unsafe { slot.as_ref().unwrap().downcast_unchecked::<DictObject>() })
}

/// An attribute straight from the instance dict.
#[inline]
pub fn dict_get(obj: &Value, name: &Value) -> Option<Value> {
    let slot = dict_slot(obj)?;
    let d = slot.as_ref()?;
    as_dict(d)?.get_str(name)
}

pub fn dict_set(obj: &Value, name: &Value, v: Value) -> bool {
    match instance_dict(obj) {
        Some(d) => {
            d.set_str(name.clone(), v);
            note_dict_len(obj, d);
            true
        }
        None => false,
    }
}

/// After an attribute store into `obj`'s dict `d` on the runtime's path:
/// new instances of its class start with room for as many attributes as
/// `d` holds now, if more than `TypeObject::dict_hint` says (which dying
/// instances also set). Instances that never die (in reference cycles)
/// would otherwise never teach it, and every new one would take the
/// runtime's path to make its dict at its first store and to grow it,
/// where the inline caches' machine code appends in place.
pub fn note_dict_len(obj: &Value, d: &DictObject) {
    let ty = obj.ty();
    if d.shape().is_some() && d.len() as u32 > ty.dict_hint.get() {
        ty.dict_hint.set(d.len() as u32);
    }
}

/// Does this attribute found on a type define `__set__` or `__delete__`?
pub fn is_data_descriptor(d: &Value) -> bool {
    if d.downcast::<GetSetObject>().is_some()
        || d.downcast::<PropertyObject>().is_some()
        || d.downcast::<crate::objects::typeobj::MemberDescrObject>().is_some()
    {
        return true;
    }
    let t = d.ty();
    t.has_slot(Slot::Set) || t.has_slot(Slot::Delete)
}

/// Applies the descriptor protocol to an attribute `d` found on `ty` for
/// instance `obj` (None when looked up on the class itself).
pub fn descr_get(d: Value, obj: Option<&Value>, ty: &TypeObject) -> PyResult<Value> {
    if d.is_small_int() {
        return Ok(d);
    }
    let dt = d.ty();
    if std::ptr::eq(dt, &crate::objects::function::FUNCTION_TYPE) {
        return Ok(match obj {
            Some(o) => new_method(d, o.clone()),
            None => d,
        });
    }
    if let Some(m) = d.downcast_exact::<MethodDescrObject>() {
        return Ok(match obj {
            Some(o) if std::ptr::eq(m.owner, &OBJECT_TYPE) || o.isinstance(m.owner) => {
                new_bound_builtin(m.name, m.func, o.clone(), Some(m.owner))
            }
            Some(o) => {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    m.name,
                    m.owner.name(),
                    o.ty().name()
                )))
            }
            None => d.clone(),
        });
    }
    if let Some(m) = crate::objects::function::as_method_descr(&d) {
        // classmethod_descriptor: bind to the class.
        return Ok(new_bound_builtin(m.name, m.func, ty.as_value(), Some(m.owner)));
    }
    if let Some(g) = d.downcast::<GetSetObject>() {
        return match obj {
            Some(o) => {
                check_getset_owner(g, o)?;
                (g.get)(o)
            }
            None => Ok(d.clone()),
        };
    }
    if let Some(m) = d.downcast::<crate::objects::typeobj::MemberDescrObject>() {
        return match obj {
            Some(o) => m.get(o),
            None => Ok(d.clone()),
        };
    }
    if let Some(p) = d.downcast::<PropertyObject>() {
        return match obj {
            None => Ok(d.clone()),
            Some(o) => match p.fget() {
                Some(f) => crate::call::call(f, &[o.clone()], None),
                None => Err(attribute_error(format!(
                    "property {}of '{}' object has no getter",
                    property_name(p),
                    o.ty().name()
                ))),
            },
        };
    }
    if std::ptr::eq(dt, &STATICMETHOD_TYPE) || dt.is_subtype(&STATICMETHOD_TYPE) {
        return Ok(d.downcast::<StaticMethodObject>().unwrap().func().clone());
    }
    if std::ptr::eq(dt, &CLASSMETHOD_TYPE) || dt.is_subtype(&CLASSMETHOD_TYPE) {
        let f = d.downcast::<StaticMethodObject>().unwrap().func().clone();
        // A wrapped descriptor (a property, say) binds to the class itself
        // (CPython 3.11's cm_descr_get).
        if !std::ptr::eq(f.ty(), &crate::objects::function::FUNCTION_TYPE) && f.ty().has_slot(Slot::Get) {
            let cls = ty.as_value();
            return descr_get(f, Some(&cls), ty);
        }
        return Ok(new_method(f, ty.as_value()));
    }
    {
        // Classes and native descriptor types (functools' lru_cache wrapper,
        // collections' _tuplegetter) define __get__.
        if let Some(get) = dt.slot(Slot::Get) {
            let o = obj.cloned().unwrap_or_else(none);
            return crate::call::call(&get, &[d.clone(), o, ty.as_value()], None);
        }
    }
    Ok(d)
}

/// A native attribute only applies to instances of its type (a getset
/// copied into an unrelated class must not read a foreign layout).
fn check_getset_owner(g: &GetSetObject, o: &Value) -> PyResult<()> {
    if std::ptr::eq(g.owner, &OBJECT_TYPE) || o.isinstance(g.owner) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        g.name,
        g.owner.name(),
        o.ty().name()
    )))
}

pub fn property_name(p: &PropertyObject) -> String {
    match unsafe { (*p.name.get()).as_ref() } {
        Some(n) => format!("'{}' ", as_str(n).unwrap_or("?")),
        None => String::new(),
    }
}

/// `object.__getattribute__`: Ok(None) when the attribute does not exist.
pub fn generic_getattr(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        // A data descriptor without __get__ (only __set__/__delete__) lets the instance dict answer.
        if is_data_descriptor(d) && (d.downcast::<GetSetObject>().is_some()
            || d.downcast::<PropertyObject>().is_some()
            || d.downcast::<crate::objects::typeobj::MemberDescrObject>().is_some()
            || d.ty().has_slot(Slot::Get))
        {
            return descr_get(d.clone(), Some(obj), ty).map(Some);
        }
    }
    if !crate::objects::typeobj::lacks_instance_dict(ty) {
        if let Some(v) = dict_get(obj, name) {
            return Ok(Some(v));
        }
    }
    match descr {
        Some(d) => descr_get(d, Some(obj), ty).map(Some),
        None => Ok(None),
    }
}

pub fn no_attribute(obj: &Value, name: &Value) -> crate::error::PyErr {
    let n = as_str(name).unwrap_or("?");
    let e = attribute_error(format!("'{}' object has no attribute '{}'", obj.ty().name(), n));
    set_name_obj(&e.exc, name, Some(obj));
    e
}

/// Records `name` (and `obj`) on an AttributeError or NameError, for suggestions.
pub fn set_name_obj(exc: &Value, name: &Value, obj: Option<&Value>) {
    dict_set(exc, &crate::objects::str::intern_static("name"), name.clone());
    if let Some(o) = obj {
        dict_set(exc, &crate::objects::str::intern_static("obj"), o.clone());
    }
}

/// `object.__setattr__` (value None: delete).
pub fn generic_setattr(obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(d) = ty.lookup(name) {
        if let Some(g) = d.downcast::<GetSetObject>() {
            check_getset_owner(g, obj)?;
            return match g.set {
                Some(set) => set(obj, value.as_ref()),
                None => Err(attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    g.name,
                    g.owner.name()
                ))),
            };
        }
        if let Some(m) = d.downcast::<crate::objects::typeobj::MemberDescrObject>() {
            return m.set(obj, value.as_ref());
        }
        if let Some(p) = d.downcast::<PropertyObject>() {
            return match &value {
                Some(v) => match p.fset() {
                    Some(f) => crate::call::call(f, &[obj.clone(), v.clone()], None).map(|_| ()),
                    None => Err(attribute_error(format!(
                        "property {}of '{}' object has no setter",
                        property_name(p),
                        ty.name()
                    ))),
                },
                None => match p.fdel() {
                    Some(f) => crate::call::call(f, &[obj.clone()], None).map(|_| ()),
                    None => Err(attribute_error(format!(
                        "property {}of '{}' object has no deleter",
                        property_name(p),
                        ty.name()
                    ))),
                },
            };
        }
        let dt = d.ty();
        {
            match &value {
                Some(v) => {
                    if let Some(set) = dt.slot(Slot::Set) {
                        return crate::call::call(&set, &[d.clone(), obj.clone(), v.clone()], None).map(|_| ());
                    }
                    if dt.has_slot(Slot::Delete) {
                        return Err(attribute_error("__set__"));
                    }
                }
                None => {
                    if let Some(del) = dt.slot(Slot::Delete) {
                        return crate::call::call(&del, &[d.clone(), obj.clone()], None).map(|_| ());
                    }
                    if dt.has_slot(Slot::Set) {
                        return Err(attribute_error("__delete__"));
                    }
                }
            }
        }
    }
    if crate::objects::typeobj::lacks_instance_dict(ty) {
        if ty.lookup(name).is_some() {
            return Err(attribute_error(format!("'{}' object attribute '{}' is read-only", ty.name(), as_str(name).unwrap_or("?"))));
        }
        return Err(no_attribute(obj, name));
    }
    match value {
        Some(v) => {
            if dict_set(obj, name, v) {
                Ok(())
            } else if ty.lookup(name).is_some() {
                Err(attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    ty.name(),
                    as_str(name).unwrap_or("?")
                )))
            } else {
                Err(no_attribute(obj, name))
            }
        }
        None => {
            let removed = match dict_slot(obj).and_then(|s| s.as_ref().cloned()) {
                Some(d) => as_dict(&d).unwrap().remove(name)?.is_some(),
                None => false,
            };
            if removed {
                Ok(())
            } else {
                Err(no_attribute(obj, name))
            }
        }
    }
}

thread_local! {
    /// Addresses of live instances whose `__del__` already ran (they resurrected themselves).
    static RESURRECTED: std::cell::RefCell<std::collections::HashSet<usize>> = std::cell::RefCell::new(std::collections::HashSet::new());
}

/// Runs `__del__` of a dying instance, if its class defines one.
///
/// # Safety
/// `h` must be an instance whose count just reached zero.
pub unsafe fn call_del(h: *mut ObjHeader) {
    let ty = &*(*h).ty.get();
    // PEP 442: an object resurrected by its `__del__` is not finalized twice.
    let finalized = || RESURRECTED.with(|r| !r.borrow().is_empty() && r.borrow_mut().remove(&(h as usize)));
    if ty.has_slot(Slot::Del) && !finalized() {
        run_del(h, ty);
        if (*h).refcnt.get() > 0 {
            RESURRECTED.with(|r| r.borrow_mut().insert(h as usize));
            return; // resurrected
        }
    }
    // The instance dies: release its `__slots__` fields.
    crate::objects::typeobj::for_each_slot_field(ty, |off| {
        let field = &mut *((h as *mut u8).add(off) as *mut Option<Value>);
        drop(field.take());
    });
}

/// Calls `__del__` on an instance whose count reached zero.
///
/// # Safety
/// As for `call_del`.
unsafe fn run_del(h: *mut ObjHeader, ty: &TypeObject) {
    let Some(del) = ty.slot(Slot::Del) else { return };
    // Resurrect temporarily for the call.
    (*h).refcnt.set(1);
    let obj = Value::from_owned_ptr(h);
    if let Err(e) = crate::call::call(&del, &[obj.clone()], None) {
        crate::traceback::write_unraisable(&e, "Exception ignored in", &del);
    }
    let n = obj.refcnt();
    std::mem::forget(obj);
    (*h).refcnt.set(n - 1);
}

// ----- object's methods ------------------------------------------------------

pub(crate) fn object_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args.first().ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    let ty = cls
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error(format!("object.__new__(X): X is not a type object ({})", cls.ty().name())))?;
    let has_args = args.len() > 1 || kw.is_some_and(|k| !k.is_empty());
    if has_args {
        let new_overridden = !new_is_object_new(ty);
        let init_is_object = ty.slot(crate::types::Slot::Init).is_some_and(|i| is_object_init(&i));
        if new_overridden {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if init_is_object {
            return Err(type_error(format!("{}() takes no arguments", ty.name())));
        }
    }
    if !std::ptr::eq(ty.solid_base(), &OBJECT_TYPE) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ty.name(),
            ty.solid_base().name()
        )));
    }
    if std::ptr::eq(ty, &OBJECT_TYPE) {
        return Ok(crate::types::alloc_object(ty, BareObject { header: ObjHeader::new(std::ptr::null()) }));
    }
    if ty.flags.get() & crate::types::HEAPTYPE == 0 {
        return Err(type_error(format!("cannot create '{}' instances", ty.name())));
    }
    if ty.flags.get() & crate::objects::typeobj::IS_ABSTRACT != 0 {
        return Err(crate::objects::typeobj::abstract_instantiation_error(ty));
    }
    Ok(alloc_instance(ty))
}

/// A new instance of the heap class `ty` (whose solid base is `object`), as
/// `object.__new__` makes it: no dict yet, `__slots__` fields empty.
pub(crate) fn alloc_instance(ty: &TypeObject) -> Value {
    let obj = crate::types::alloc_object(ty, InstanceObject { header: ObjHeader::new(std::ptr::null()), dict: None });
    crate::objects::typeobj::for_each_slot_field(ty, |off| unsafe { std::ptr::write((obj.as_ptr() as *mut u8).add(off) as *mut Option<Value>, None) });
    // Instances of this class had attributes: the dict comes now, with room
    // for as many (see `TypeObject::dict_hint`).
    let hint = ty.dict_hint.get();
    if hint > 0 && !crate::objects::typeobj::lacks_instance_dict(ty) {
        if let Some(slot) = dict_slot(&obj) {
            *slot = Some(crate::objects::dict::new_shaped_dict_with_room(hint as usize));
        }
    }
    obj
}

pub(crate) fn is_object_new(v: &Value) -> bool {
    v.downcast::<BuiltinFunctionObject>()
        .is_some_and(|b| b.owner.is_some_and(|o| std::ptr::eq(o, &OBJECT_TYPE)) && b.name == "__new__")
}

pub(crate) fn is_object_init(v: &Value) -> bool {
    v.downcast::<MethodDescrObject>().is_some_and(|m| std::ptr::eq(m.owner, &OBJECT_TYPE) && m.name == "__init__")
}

/// Would `init` (the `__init__` of `ty`), called with `nargs` arguments and
/// `kw`, be `object.__init__` doing nothing? (It only checks its
/// arguments: none are fine, and so are any when `__new__` is not
/// `object.__new__`, as for most built-in types.)
pub(crate) fn object_init_is_noop(ty: &TypeObject, init: &Value, nargs: usize, kw: Option<&Kw>) -> bool {
    is_object_init(init) && ((nargs == 0 && kw.is_none_or(|k| k.is_empty())) || !new_is_object_new(ty))
}

/// Is `ty`'s `__new__` `object.__new__` as CPython's `tp_new == object_new`
/// sees it (a class that ever had `__new__` of its own keeps the
/// dispatcher: `types::NEW_OVERRIDDEN`)?
pub(crate) fn new_is_object_new(ty: &TypeObject) -> bool {
    ty.flags.get() & crate::types::NEW_OVERRIDDEN == 0 && ty.slot(crate::types::Slot::New).is_some_and(|n| is_object_new(&n))
}

fn object_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let this = &args[0];
    let has_args = args.len() > 1 || kw.is_some_and(|k| !k.is_empty());
    if has_args {
        let ty = this.ty();
        let init_overridden = !ty.slot(crate::types::Slot::Init).is_some_and(|i| is_object_init(&i));
        let new_is_object = new_is_object_new(ty);
        if init_overridden {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if new_is_object {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.name()
            )));
        }
    }
    Ok(none())
}

/// `<module.Class object at 0x...>`
pub fn default_repr(v: &Value) -> String {
    let ty = v.ty();
    let module = ty.module_name();
    if module == "builtins" {
        format!("<{} object at {:#x}>", ty.qualname(), v.id())
    } else {
        format!("<{}.{} object at {:#x}>", module, ty.qualname(), v.id())
    }
}

fn object_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(default_repr(&args[0])))
}

fn object_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::ops::repr(&args[0])
}

/// The argument count check of a METH_O slot wrapper (`object.__eq__(x)`).
fn one_other(args: &[Value]) -> PyResult<()> {
    if args.len() != 2 {
        return Err(crate::error::type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    Ok(())
}

fn object_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    one_other(args)?;
    Ok(if args[0].is(&args[1]) { new_bool(true) } else { not_implemented() })
}

fn object_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    // Inverts type(self).__eq__ unless it returned NotImplemented (the
    // special method of the type, never an attribute of the instance: for a
    // class, `cls.__eq__` would be the unbound method its instances use).
    one_other(args)?;
    let Some(eq) = args[0].ty().slot(crate::types::Slot::Eq) else {
        return Ok(not_implemented());
    };
    let r = crate::ops::call_special(&eq, &args[0], &[args[1].clone()])?;
    if crate::objects::bool_none::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(new_bool(!crate::ops::truthy(&r)?))
}

fn object_cmp_ni(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    one_other(args)?;
    Ok(not_implemented())
}

fn object_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(id_hash(&args[0])))
}

/// CPython's pointer hash: the address rotated by 4 bits.
pub fn id_hash(v: &Value) -> i64 {
    let p = v.id();
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn object_getattribute(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    let name = &args[1];
    if as_str(name).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", name.ty().name())));
    }
    let name = crate::objects::str::intern_value(name);
    match generic_getattr(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(&args[0], &name)),
    }
}

fn object_setattr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!("expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    setattr_hackcheck(&args[0], &args[1], "__setattr__")?;
    let name = crate::objects::str::intern_value(&args[1]);
    generic_setattr(&args[0], &name, Some(args[2].clone()))?;
    Ok(none())
}

/// CPython's hackcheck: object's attribute setters do not apply to classes
/// (type has its own), and names must be strings.
fn setattr_hackcheck(obj: &Value, name: &Value, what: &str) -> PyResult<()> {
    if obj.isinstance(&crate::types::TYPE_TYPE) {
        return Err(type_error(format!("can't apply this {} to type object", what)));
    }
    if as_str(name).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", name.ty().name())));
    }
    Ok(())
}

fn object_delattr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    setattr_hackcheck(&args[0], &args[1], "__delattr__")?;
    let name = crate::objects::str::intern_value(&args[1]);
    generic_setattr(&args[0], &name, None)?;
    Ok(none())
}

fn object_format(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let spec = args.get(1).and_then(as_str).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].ty().name()
        )));
    }
    crate::ops::str_(&args[0])
}

fn object_init_subclass(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().map(|t| t.name().to_string()).unwrap_or_default();
    if kw.map_or(false, |k| !k.is_empty()) {
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", cls)));
    }
    if args.len() > 1 {
        return Err(type_error(format!("{}.__init_subclass__() takes no arguments ({} given)", cls, args.len() - 1)));
    }
    Ok(none())
}

fn object_dir(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let obj = &args[0];
    let result = new_dict();
    let rd = as_dict(&result).unwrap();
    if let Some(d) = dict_slot(obj).and_then(|s| s.clone()) {
        for k in as_dict(&d).unwrap().keys() {
            rd.set(k, none())?;
        }
    }
    for &t in obj.ty().mro() {
        let t = unsafe { &*t };
        for k in t.dict().keys() {
            rd.set(k, none())?;
        }
    }
    Ok(crate::objects::list::new_list(rd.keys()))
}

fn get_class(v: &Value) -> PyResult<Value> {
    Ok(v.ty().as_value())
}

/// The `__slots__` fields of a class's layout, base classes' last (CPython's same_slots_added).
fn slot_names(t: &TypeObject) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut h = t;
    while h.is_heap() {
        let mut own: Vec<(usize, String)> = h
            .dict()
            .items()
            .iter()
            .filter_map(|(_, v)| v.downcast::<crate::objects::typeobj::MemberDescrObject>().map(|m| (m.offset, as_str(&m.name).unwrap_or("").to_owned(), m.owner.clone())))
            .filter(|(_, _, o)| o.downcast::<TypeObject>().is_some_and(|o| std::ptr::eq(o, h)))
            .map(|(off, n, _)| (off, n))
            .collect();
        own.sort();
        out.extend(own);
        h = match h.base() {
            Some(b) => b,
            None => break,
        };
    }
    out
}

fn set_class(v: &Value, new: Option<&Value>) -> PyResult<()> {
    let new = new.ok_or_else(|| type_error("can't delete __class__ attribute"))?;
    let nt = new
        .downcast::<TypeObject>()
        .ok_or_else(|| type_error(format!("__class__ must be set to a class, not '{}' object", new.ty().name())))?;
    let old = v.ty();
    // Modules may change between ModuleType and its subclasses (CPython's rule).
    let module = |t: &TypeObject| t.is_subtype(&crate::objects::module::MODULE_TYPE);
    if !(old.is_heap() && nt.is_heap() || module(old) && module(nt)) {
        return Err(type_error(format!(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
        )));
    }
    if !std::ptr::eq(old.solid_base(), nt.solid_base())
        || old.basicsize.get() != nt.basicsize.get()
        || slot_names(old) != slot_names(nt)
    {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            old.name()
        )));
    }
    // Weak references to the instance must still be cleared when it dies.
    nt.flags.set(nt.flags.get() | (old.flags.get() & crate::types::WEAKLY_REFERENCED));
    // Instances keep a class of ours alive (built-in classes are static).
    unsafe {
        if nt.is_heap() {
            std::mem::forget(nt.as_value());
        }
        let oldp = (*v.as_ptr()).ty.replace(nt as *const TypeObject);
        if old.is_heap() {
            drop(Value::from_owned_ptr(oldp as *mut TypeObject));
        }
    }
    Ok(())
}

fn get_dict(v: &Value) -> PyResult<Value> {
    match instance_dict(v) {
        Some(_) => Ok(dict_slot(v).unwrap().clone().unwrap()),
        None => Err(attribute_error(format!("'{}' object has no attribute '__dict__'", v.ty().name()))),
    }
}

fn set_dict(v: &Value, d: Option<&Value>) -> PyResult<()> {
    let d = d.ok_or_else(|| type_error("cannot delete __dict__"))?;
    if as_dict(d).is_none() {
        return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", d.ty().name())));
    }
    match dict_slot(v) {
        Some(slot) => {
            *slot = Some(d.clone());
            Ok(())
        }
        None => Err(attribute_error(format!("'{}' object has no attribute '__dict__'", v.ty().name()))),
    }
}

pub fn init() {
    crate::types::init_builtin_type(&OBJECT_TYPE);
    let o = &OBJECT_TYPE;
    build::new(o, object_new);
    build::method(o, "__init__", object_init);
    build::method(o, "__repr__", object_repr);
    build::method(o, "__str__", object_str);
    build::method(o, "__eq__", object_eq);
    build::method(o, "__ne__", object_ne);
    build::method(o, "__lt__", object_cmp_ni);
    build::method(o, "__le__", object_cmp_ni);
    build::method(o, "__gt__", object_cmp_ni);
    build::method(o, "__ge__", object_cmp_ni);
    build::method(o, "__hash__", object_hash);
    build::method(o, "__getattribute__", object_getattribute);
    build::method(o, "__setattr__", object_setattr);
    build::method(o, "__delattr__", object_delattr);
    build::method(o, "__format__", object_format);
    build::method(o, "__dir__", object_dir);
    build::classmethod(o, "__init_subclass__", object_init_subclass);
    build::getset(o, "__class__", get_class, Some(set_class));
    build::doc(o, "The base class of the class hierarchy.");
}

/// The `__dict__` getset for types whose instances have a dict.
pub fn add_dict_getset(t: &'static TypeObject) {
    build::getset(t, "__dict__", get_dict, Some(set_dict));
}

fn get_weakref(v: &Value) -> PyResult<Value> {
    Ok(crate::modules::weakref::first_weakref(v))
}

/// Gives a class made by a `class` statement its `__weakref__` attribute.
pub fn add_weakref_getset_heap(t: &TypeObject) {
    let g = crate::objects::function::new_getset(&OBJECT_TYPE, "__weakref__", get_weakref, None);
    t.dict().set_str(crate::objects::str::intern_static("__weakref__"), g);
}

/// Gives a class made by a `class` statement its `__dict__` attribute.
pub fn add_dict_getset_heap(t: &TypeObject) {
    let g = crate::objects::function::new_getset(&OBJECT_TYPE, "__dict__", get_dict, Some(set_dict));
    t.dict().set_str(crate::objects::str::intern_static("__dict__"), g);
}
