//! Functions: Python functions, native (built-in) functions and methods, and
//! bound methods.

use crate::error::{type_error, PyResult};
use crate::objects::code::CodeObj;
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell, UnsafeCell};

/// Keyword arguments passed to a native function: names (str) and values.
pub struct Kw<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl<'a> Kw<'a> {
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.names.iter().map(|n| crate::objects::str::as_str(n).unwrap_or("")).zip(self.values.iter())
    }

    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// A native function: positional arguments (self first for methods) and
/// optional keywords.
pub type NativeFn = fn(&[Value], Option<&Kw>) -> PyResult<Value>;
/// A native attribute getter.
pub type Getter = fn(&Value) -> PyResult<Value>;
/// A native attribute setter (`None` value: delete).
pub type Setter = fn(&Value, Option<&Value>) -> PyResult<()>;

// ----- Python functions ------------------------------------------------------

#[repr(C)]
pub struct FunctionObject {
    pub header: ObjHeader,
    /// `__code__` (replaceable).
    pub code: UnsafeCell<Value>,
    pub globals: Value,
    pub builtins: Value,
    pub name: UnsafeCell<Value>,
    pub qualname: UnsafeCell<Value>,
    pub defaults: UnsafeCell<Option<Value>>,
    pub kwdefaults: UnsafeCell<Option<Value>>,
    pub closure: Option<Value>,
    pub doc: UnsafeCell<Value>,
    pub module: UnsafeCell<Value>,
    pub annotations: UnsafeCell<Option<Value>>,
    pub dict: Option<Value>,
    /// Unique across functions, renewed when `__code__` is replaced: call
    /// sites' caches (`attrcache::CALL`) compare it after the function's
    /// address, so neither a new function at a freed one's address nor a
    /// replaced code object can match an old entry.
    pub serial: Cell<u64>,
}

/// The next function serial (one Python thread runs at a time).
fn next_serial() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
    static SERIALS: AtomicU64 = AtomicU64::new(1);
    let v = SERIALS.load(Relaxed) + 1;
    SERIALS.store(v, Relaxed);
    v
}

unsafe impl PyObj for FunctionObject {
    fn class() -> &'static TypeObject {
        &FUNCTION_TYPE
    }
}

pub static FUNCTION_TYPE: TypeObject =
    TypeObject::builtin::<FunctionObject>("function", Some(&crate::types::OBJECT_TYPE), 0)
        .with_dict_at(std::mem::offset_of!(FunctionObject, dict));

impl FunctionObject {
    #[inline]
    pub fn code(&self) -> &CodeObj {
        unsafe { (*self.code.get()).downcast_unchecked::<CodeObj>() }
    }

    /// The code object as a value (a new reference).
    #[inline]
    pub fn code_value(&self) -> Value {
        unsafe { (*self.code.get()).clone() }
    }

    pub fn defaults(&self) -> Option<&Value> {
        unsafe { (*self.defaults.get()).as_ref() }
    }

    pub fn kwdefaults(&self) -> Option<&Value> {
        unsafe { (*self.kwdefaults.get()).as_ref() }
    }

    pub fn name(&self) -> &Value {
        unsafe { &*self.name.get() }
    }

    pub fn qualname(&self) -> &Value {
        unsafe { &*self.qualname.get() }
    }
}

thread_local! {
    /// The globals state (a dict version: unique to one dict in one state)
    /// `globals_names` last read, and what it found.
    static LAST_GLOBALS: RefCell<(u64, Option<(Value, Value)>)> = const { RefCell::new((0, None)) };
}

/// A new function's `__module__` (the globals' `__name__`) and builtins
/// (`interp::builtins_for`). Functions made in a loop (closures, genexprs)
/// find them in the same globals, unchanged: the two lookups are made once
/// per state of the globals.
fn globals_names(gd: &crate::objects::dict::DictObject, globals: &Value) -> (Value, Value) {
    let version = gd.version.get();
    LAST_GLOBALS.with(|c| {
        let mut c = c.borrow_mut();
        if c.0 == version {
            if let Some((m, b)) = &c.1 {
                return (m.clone(), b.clone());
            }
        }
        let module = gd.get_str(&crate::objects::str::intern_static("__name__")).unwrap_or_else(crate::objects::bool_none::none);
        let builtins = crate::interp::builtins_for(globals);
        *c = (version, Some((module.clone(), builtins.clone())));
        (module, builtins)
    })
}

pub fn new_function(
    code: Value,
    globals: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    closure: Option<Value>,
    annotations: Option<Value>,
) -> Value {
    let c = unsafe { code.downcast_unchecked::<CodeObj>() };
    let name = c.name.clone();
    let qualname = c.qualname.clone();
    let doc = c.doc.clone().unwrap_or_else(crate::objects::bool_none::none);
    let gd = unsafe { globals.downcast_unchecked::<crate::objects::dict::DictObject>() };
    let (module, builtins) = globals_names(gd, &globals);
    crate::types::new_object(FunctionObject {
        header: ObjHeader::new(std::ptr::null()),
        code: UnsafeCell::new(code),
        globals,
        builtins,
        name: UnsafeCell::new(name),
        qualname: UnsafeCell::new(qualname),
        defaults: UnsafeCell::new(defaults),
        kwdefaults: UnsafeCell::new(kwdefaults),
        closure,
        doc: UnsafeCell::new(doc),
        module: UnsafeCell::new(module),
        annotations: UnsafeCell::new(annotations),
        dict: None,
        serial: Cell::new(next_serial()),
    })
}

// ----- native functions ------------------------------------------------------

/// A built-in function, or a built-in method bound to `self_`.
#[repr(C)]
pub struct BuiltinFunctionObject {
    pub header: ObjHeader,
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// The type the method belongs to, for `__qualname__`.
    pub owner: Option<&'static TypeObject>,
    pub module: Option<&'static str>,
}

unsafe impl PyObj for BuiltinFunctionObject {
    fn class() -> &'static TypeObject {
        &BUILTIN_FUNCTION_TYPE
    }
}

pub static BUILTIN_FUNCTION_TYPE: TypeObject =
    TypeObject::builtin::<BuiltinFunctionObject>("builtin_function_or_method", Some(&crate::types::OBJECT_TYPE), 0);

pub fn new_builtin(name: &'static str, func: NativeFn, module: Option<&'static str>) -> Value {
    crate::types::new_object(BuiltinFunctionObject {
        header: ObjHeader::new(std::ptr::null()),
        name,
        func,
        self_: None,
        owner: None,
        module,
    })
}

pub fn new_bound_builtin(name: &'static str, func: NativeFn, self_: Value, owner: Option<&'static TypeObject>) -> Value {
    crate::types::new_object(BuiltinFunctionObject {
        header: ObjHeader::new(std::ptr::null()),
        name,
        func,
        self_: Some(self_),
        owner,
        module: None,
    })
}

/// `T.__new__` for built-in types: a function taking the class first.
pub fn new_static_builtin(owner: &'static TypeObject, name: &'static str, func: NativeFn) -> Value {
    crate::types::new_object(BuiltinFunctionObject {
        header: ObjHeader::new(std::ptr::null()),
        name,
        func,
        self_: None,
        owner: Some(owner),
        module: None,
    })
}

/// A method of a built-in type, unbound (found in the type's dict).
#[repr(C)]
pub struct MethodDescrObject {
    pub header: ObjHeader,
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: &'static TypeObject,
    /// A class method (`dict.fromkeys`): binds to the class.
    pub is_class: bool,
}

unsafe impl PyObj for MethodDescrObject {
    fn class() -> &'static TypeObject {
        &METHOD_DESCR_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        std::ptr::eq(t, &METHOD_DESCR_TYPE) || std::ptr::eq(t, &CLASSMETHOD_DESCR_TYPE)
    }
}

pub static METHOD_DESCR_TYPE: TypeObject =
    TypeObject::builtin::<MethodDescrObject>("method_descriptor", Some(&crate::types::OBJECT_TYPE), 0);
pub static CLASSMETHOD_DESCR_TYPE: TypeObject =
    TypeObject::builtin::<MethodDescrObject>("classmethod_descriptor", Some(&crate::types::OBJECT_TYPE), 0);

pub fn new_method_descr(owner: &'static TypeObject, name: &'static str, func: NativeFn) -> Value {
    crate::types::new_object(MethodDescrObject { header: ObjHeader::new(std::ptr::null()), name, func, owner, is_class: false })
}

pub fn new_classmethod_descr(owner: &'static TypeObject, name: &'static str, func: NativeFn) -> Value {
    crate::types::alloc_object(
        &CLASSMETHOD_DESCR_TYPE,
        MethodDescrObject { header: ObjHeader::new(std::ptr::null()), name, func, owner, is_class: true },
    )
}

/// The payload of a method or classmethod descriptor.
pub fn as_method_descr(v: &Value) -> Option<&MethodDescrObject> {
    if v.is_type(&METHOD_DESCR_TYPE) || v.is_type(&CLASSMETHOD_DESCR_TYPE) {
        Some(unsafe { v.downcast_unchecked::<MethodDescrObject>() })
    } else {
        None
    }
}

impl MethodDescrObject {
    /// Calls the unbound method: `args[0]` must be an instance of the owner.
    pub fn call(&self, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
        if self.is_class {
            return (self.func)(args, kw);
        }
        match args.first() {
            Some(s) if s.isinstance(self.owner) => {
                check_wrapper_arity(self.owner, self.name, args.len() - 1)?;
                (self.func)(args, kw)
            }
            Some(s) if is_slot_wrapper_name(self.name) => Err(type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                self.name,
                self.owner.name(),
                s.ty().name()
            ))),
            Some(s) => Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.owner.name(),
                s.ty().name()
            ))),
            None => Err(type_error(format!(
                "unbound method {}.{}() needs an argument",
                self.owner.name(),
                self.name
            ))),
        }
    }
}

/// The argument count CPython's slot wrappers (and the few METH_O special
/// methods) insist on, with their messages, for a native special method of
/// `owner` called with `nargs` arguments besides self. Native functions can
/// then index their arguments.
#[inline]
pub fn check_wrapper_arity(owner: &TypeObject, name: &str, nargs: usize) -> PyResult<()> {
    if !name.starts_with("__") {
        return Ok(());
    }
    wrapper_arity_slow(owner, name, nargs)
}

fn wrapper_arity_slow(owner: &TypeObject, name: &str, nargs: usize) -> PyResult<()> {
    use crate::objects as o;
    let is = |t: &TypeObject| std::ptr::eq(owner, t);
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    // PyArg_UnpackTuple(args, "", ...): the message starts with the empty name.
    let unpack = |want: usize| {
        if nargs == want {
            Ok(())
        } else {
            Err(type_error(format!(" expected {want} argument{}, got {nargs}", plural(want))))
        }
    };
    match name {
        "__mul__" | "__rmul__" | "__imul__"
            if [&o::list::LIST_TYPE, &o::tuple::TUPLE_TYPE, &o::str::STR_TYPE, &o::bytes::BYTES_TYPE, &o::bytes::BYTEARRAY_TYPE]
                .iter()
                .any(|t| is(t))
                || is(&crate::modules::collections::DEQUE_TYPE)
                || is(&crate::modules::array::ARRAY_TYPE) =>
        {
            unpack(1)
        }
        "__setitem__" => unpack(2),
        "__pow__" | "__rpow__" => match nargs {
            0 => Err(type_error(" expected at least 1 argument, got 0")),
            1 | 2 => Ok(()),
            n => Err(type_error(format!(" expected at most 2 arguments, got {n}"))),
        },
        "__getitem__" | "__contains__"
            if (name == "__getitem__" && (is(&o::list::LIST_TYPE) || is(&o::dict::DICT_TYPE)))
                || (name == "__contains__" && (is(&o::dict::DICT_TYPE) || is(&o::set::SET_TYPE) || is(&o::set::FROZENSET_TYPE))) =>
        {
            if nargs == 1 {
                Ok(())
            } else {
                Err(type_error(format!("{}.{}() takes exactly one argument ({nargs} given)", owner.name(), name)))
            }
        }
        "__add__" | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__" | "__truediv__" | "__rtruediv__"
        | "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__" | "__divmod__" | "__rdivmod__" | "__lshift__"
        | "__rlshift__" | "__rshift__" | "__rrshift__" | "__and__" | "__rand__" | "__or__" | "__ror__" | "__xor__"
        | "__rxor__" | "__matmul__" | "__rmatmul__" | "__iadd__" | "__isub__" | "__imul__" | "__itruediv__"
        | "__ifloordiv__" | "__imod__" | "__ilshift__" | "__irshift__" | "__iand__" | "__ior__" | "__ixor__"
        | "__imatmul__" | "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__contains__"
        | "__getitem__" | "__delitem__" => {
            if nargs == 1 {
                Ok(())
            } else {
                Err(type_error(format!("expected 1 argument, got {nargs}")))
            }
        }
        "__len__" | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__" | "__index__"
        | "__bool__" | "__hash__" | "__iter__" | "__next__" | "__repr__" | "__str__" => {
            if nargs == 0 {
                Ok(())
            } else {
                Err(type_error(format!("expected 0 arguments, got {nargs}")))
            }
        }
        _ => Ok(()),
    }
}

/// Is this special method one CPython implements as a type slot (a
/// `wrapper_descriptor`) rather than as a plain method?
pub fn is_slot_wrapper_name(name: &str) -> bool {
    const PLAIN_METHODS: &[&str] = &[
        "__format__", "__dir__", "__reduce__", "__reduce_ex__", "__sizeof__", "__subclasshook__",
        "__init_subclass__", "__getstate__", "__setstate__", "__class_getitem__", "__length_hint__",
        "__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__",
        "__getnewargs_ex__", "__enter__", "__exit__", "__copy__", "__deepcopy__", "__fspath__",
        "__missing__", "__prepare__", "__instancecheck__", "__subclasscheck__", "__subclasses__",
        "__mro_entries__", "__set_name__", "__bytes__", "__complex__", "__aenter__", "__aexit__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !PLAIN_METHODS.contains(&name)
}

/// A native attribute (`getset_descriptor`), e.g. `function.__name__`.
#[repr(C)]
pub struct GetSetObject {
    pub header: ObjHeader,
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: &'static TypeObject,
}

unsafe impl PyObj for GetSetObject {
    fn class() -> &'static TypeObject {
        &GETSET_TYPE
    }
}

pub static GETSET_TYPE: TypeObject =
    TypeObject::builtin::<GetSetObject>("getset_descriptor", Some(&crate::types::OBJECT_TYPE), 0);

pub fn new_getset(owner: &'static TypeObject, name: &'static str, get: Getter, set: Option<Setter>) -> Value {
    crate::types::new_object(GetSetObject { header: ObjHeader::new(std::ptr::null()), name, get, set, owner })
}

// ----- bound methods ---------------------------------------------------------

/// A Python function bound to an instance.
#[repr(C)]
pub struct MethodObject {
    pub header: ObjHeader,
    pub func: Value,
    pub self_: Value,
}

unsafe impl PyObj for MethodObject {
    fn class() -> &'static TypeObject {
        &METHOD_TYPE
    }
}

pub static METHOD_TYPE: TypeObject = TypeObject::builtin::<MethodObject>("method", Some(&crate::types::OBJECT_TYPE), 0);

pub fn new_method(func: Value, self_: Value) -> Value {
    crate::types::new_object(MethodObject { header: ObjHeader::new(std::ptr::null()), func, self_ })
}

/// `builtin_function_or_method.__reduce__` (CPython's meth_reduce): a
/// module-level function pickles as its name, a bound one as
/// `getattr(self, name)`.
fn builtin_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let b = args[0].downcast::<BuiltinFunctionObject>().ok_or_else(|| type_error("expected a builtin function"))?;
    match &b.self_ {
        Some(s) if s.downcast::<crate::objects::module::ModuleObject>().is_none() => {
            let getattr = crate::ops::getattr_str(&crate::builtins::builtins_module(), "getattr")?;
            Ok(crate::objects::tuple::new_tuple(vec![
                getattr,
                crate::objects::tuple::new_tuple(vec![s.clone(), crate::objects::str::new_str(b.name)]),
            ]))
        }
        _ => Ok(crate::objects::str::new_str(b.name)),
    }
}

/// `types.MethodType(function, instance)`.
fn method_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("method", kw)?;
    crate::objects::clinic::positional(&args[1..], None, "method", "method", 2, 2)?;
    if !crate::call::callable(&args[1]) {
        return Err(type_error("first argument must be callable"));
    }
    if crate::objects::bool_none::is_none(&args[2]) {
        return Err(type_error("instance must not be None"));
    }
    Ok(new_method(args[1].clone(), args[2].clone()))
}

// ----- staticmethod, classmethod, property -----------------------------------

#[repr(C)]
pub struct StaticMethodObject {
    pub header: ObjHeader,
    pub func: UnsafeCell<Value>,
    pub dict: Option<Value>,
}

unsafe impl PyObj for StaticMethodObject {
    fn class() -> &'static TypeObject {
        &STATICMETHOD_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        t.is_subtype(&STATICMETHOD_TYPE) || t.is_subtype(&CLASSMETHOD_TYPE)
    }
}

pub static STATICMETHOD_TYPE: TypeObject =
    TypeObject::builtin::<StaticMethodObject>("staticmethod", Some(&crate::types::OBJECT_TYPE), BASETYPE)
        .with_dict_at(std::mem::offset_of!(StaticMethodObject, dict));
pub static CLASSMETHOD_TYPE: TypeObject =
    TypeObject::builtin::<StaticMethodObject>("classmethod", Some(&crate::types::OBJECT_TYPE), BASETYPE)
        .with_dict_at(std::mem::offset_of!(StaticMethodObject, dict));

impl StaticMethodObject {
    pub fn func(&self) -> &Value {
        unsafe { &*self.func.get() }
    }
}

#[repr(C)]
pub struct PropertyObject {
    pub header: ObjHeader,
    pub fget: UnsafeCell<Option<Value>>,
    pub fset: UnsafeCell<Option<Value>>,
    pub fdel: UnsafeCell<Option<Value>>,
    pub doc: UnsafeCell<Option<Value>>,
    pub name: UnsafeCell<Option<Value>>,
}

unsafe impl PyObj for PropertyObject {
    fn class() -> &'static TypeObject {
        &PROPERTY_TYPE
    }
}

pub static PROPERTY_TYPE: TypeObject =
    TypeObject::builtin::<PropertyObject>("property", Some(&crate::types::OBJECT_TYPE), BASETYPE);

impl PropertyObject {
    pub fn fget(&self) -> Option<&Value> {
        unsafe { (*self.fget.get()).as_ref() }
    }
    pub fn fset(&self) -> Option<&Value> {
        unsafe { (*self.fset.get()).as_ref() }
    }
    pub fn fdel(&self) -> Option<&Value> {
        unsafe { (*self.fdel.get()).as_ref() }
    }
}

/// The `__name__` of any callable, for error messages.
pub fn callable_name(f: &Value) -> String {
    if let Some(func) = f.downcast::<FunctionObject>() {
        return crate::objects::str::as_str(func.qualname()).unwrap_or("?").to_owned();
    }
    if let Some(b) = f.downcast::<BuiltinFunctionObject>() {
        return b.name.to_owned();
    }
    if let Some(m) = f.downcast::<MethodObject>() {
        return callable_name(&m.func);
    }
    if let Some(t) = f.downcast::<TypeObject>() {
        return t.name().to_owned();
    }
    f.ty().name().to_owned()
}

// ----- attributes and reprs ------------------------------------------------------

use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::types::build;

fn func_of(v: &Value) -> &FunctionObject {
    unsafe { v.downcast_unchecked::<FunctionObject>() }
}

/// The AttributeError CPython raises for read-only members.
fn readonly(_v: &Value, _new: Option<&Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

fn func_get_name(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).name().clone())
}

fn func_set_name(v: &Value, new: Option<&Value>) -> PyResult<()> {
    match new.filter(|n| as_str(n).is_some()) {
        Some(n) => {
            unsafe { *func_of(v).name.get() = n.clone() };
            Ok(())
        }
        None => Err(type_error("__name__ must be set to a string object")),
    }
}

fn func_get_qualname(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).qualname().clone())
}

fn func_set_qualname(v: &Value, new: Option<&Value>) -> PyResult<()> {
    match new.filter(|n| as_str(n).is_some()) {
        Some(n) => {
            unsafe { *func_of(v).qualname.get() = n.clone() };
            Ok(())
        }
        None => Err(type_error("__qualname__ must be set to a string object")),
    }
}

fn func_get_defaults(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).defaults().cloned().unwrap_or_else(none))
}

fn func_set_defaults(v: &Value, new: Option<&Value>) -> PyResult<()> {
    let new = new.filter(|n| !is_none(n));
    if let Some(n) = new {
        if n.downcast::<crate::objects::tuple::TupleObject>().is_none() {
            return Err(type_error("__defaults__ must be set to a tuple object"));
        }
    }
    unsafe { *func_of(v).defaults.get() = new.cloned() };
    Ok(())
}

fn func_get_kwdefaults(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).kwdefaults().cloned().unwrap_or_else(none))
}

fn func_set_kwdefaults(v: &Value, new: Option<&Value>) -> PyResult<()> {
    let new = new.filter(|n| !is_none(n));
    if let Some(n) = new {
        if crate::objects::dict::as_dict(n).is_none() {
            return Err(type_error("__kwdefaults__ must be set to a dict object"));
        }
    }
    unsafe { *func_of(v).kwdefaults.get() = new.cloned() };
    Ok(())
}

fn func_get_doc(v: &Value) -> PyResult<Value> {
    Ok(unsafe { (*func_of(v).doc.get()).clone() })
}

fn func_set_doc(v: &Value, new: Option<&Value>) -> PyResult<()> {
    unsafe { *func_of(v).doc.get() = new.cloned().unwrap_or_else(none) };
    Ok(())
}

fn func_get_module(v: &Value) -> PyResult<Value> {
    Ok(unsafe { (*func_of(v).module.get()).clone() })
}

fn func_set_module(v: &Value, new: Option<&Value>) -> PyResult<()> {
    unsafe { *func_of(v).module.get() = new.cloned().unwrap_or_else(none) };
    Ok(())
}

fn func_get_code(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).code_value())
}

fn func_set_code(v: &Value, new: Option<&Value>) -> PyResult<()> {
    let f = func_of(v);
    let c = new
        .and_then(|n| n.downcast::<CodeObj>())
        .ok_or_else(|| type_error("__code__ must be set to code object"))?;
    let nfree = c.code.freevars.len();
    let nclosure = f.closure.as_ref().and_then(crate::objects::tuple::tuple_items).map_or(0, |t| t.len());
    if nfree != nclosure {
        return Err(crate::error::value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            as_str(f.name()).unwrap_or("?"),
            nclosure,
            nfree
        )));
    }
    let new = new.cloned().unwrap_or_else(none);
    let old = unsafe { std::mem::replace(&mut *f.code.get(), new) };
    f.serial.set(next_serial());
    drop(old);
    Ok(())
}

fn func_get_globals(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).globals.clone())
}

fn func_get_builtins(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).builtins.clone())
}

fn func_get_closure(v: &Value) -> PyResult<Value> {
    Ok(func_of(v).closure.clone().unwrap_or_else(none))
}

fn func_get_annotations(v: &Value) -> PyResult<Value> {
    let f = func_of(v);
    unsafe {
        let a = &mut *f.annotations.get();
        if a.is_none() {
            *a = Some(crate::objects::dict::new_dict());
        }
        Ok(a.clone().unwrap_or_else(none))
    }
}

fn func_set_annotations(v: &Value, new: Option<&Value>) -> PyResult<()> {
    let new = new.filter(|n| !is_none(n));
    if let Some(n) = new {
        if crate::objects::dict::as_dict(n).is_none() {
            return Err(type_error("__annotations__ must be set to a dict object"));
        }
    }
    unsafe { *func_of(v).annotations.get() = new.cloned() };
    Ok(())
}

/// `function.__repr__`: `<function QUALNAME at 0x...>`.
fn func_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = func_of(&args[0]);
    Ok(new_str(format!("<function {} at {:#x}>", as_str(f.qualname()).unwrap_or("?"), args[0].id())))
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for None.
fn func_descr_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match args.get(1) {
        Some(o) if !is_none(o) => Ok(new_method(args[0].clone(), o.clone())),
        Some(_) if args.get(2).is_none_or(is_none) => Err(type_error("__get__(None, None) is invalid")),
        None => Err(type_error("expected at least 1 argument, got 0")),
        _ => Ok(args[0].clone()),
    }
}

/// `f.__call__(*args, **kw)` for any callable built-in kind.
fn generic_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::call::call(&args[0], &args[1..], kw)
}

// bound methods

fn method_of(v: &Value) -> &MethodObject {
    unsafe { v.downcast_unchecked::<MethodObject>() }
}

fn method_get_self(v: &Value) -> PyResult<Value> {
    Ok(method_of(v).self_.clone())
}

fn method_get_func(v: &Value) -> PyResult<Value> {
    Ok(method_of(v).func.clone())
}

fn method_get_doc(v: &Value) -> PyResult<Value> {
    Ok(crate::ops::getattr_opt(&method_of(v).func, &intern_static("__doc__"))?.unwrap_or_else(none))
}

/// `method.__getattribute__`: the method type's attributes, then the function's.
fn method_getattro(v: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = crate::objects::instance::generic_getattr(v, name)? {
        return Ok(Some(r));
    }
    crate::ops::getattr_opt(&method_of(v).func, name)
}

/// `<bound method QUALNAME of REPR>`.
fn method_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = method_of(&args[0]);
    let name = match crate::ops::getattr_opt(&m.func, &intern_static("__qualname__"))? {
        Some(n) => n,
        None => crate::ops::getattr_opt(&m.func, &intern_static("__name__"))?.unwrap_or_else(|| new_str("?")),
    };
    let name = match as_str(&name) {
        Some(s) => s.to_owned(),
        None => "?".to_owned(),
    };
    Ok(new_str(format!("<bound method {} of {}>", name, crate::ops::repr_string(&m.self_)?)))
}

fn method_eq_impl(args: &[Value]) -> PyResult<Option<bool>> {
    let (Some(a), Some(b)) = (args[0].downcast::<MethodObject>(), args.get(1).and_then(|b| b.downcast::<MethodObject>())) else {
        return Ok(None);
    };
    Ok(Some(a.self_.is(&b.self_) && crate::ops::eq(&a.func, &b.func)?))
}

fn method_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(match method_eq_impl(args)? {
        Some(r) => new_bool(r),
        None => crate::objects::bool_none::not_implemented(),
    })
}

fn method_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(match method_eq_impl(args)? {
        Some(r) => new_bool(!r),
        None => crate::objects::bool_none::not_implemented(),
    })
}

fn method_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = method_of(&args[0]);
    let h = crate::objects::instance::id_hash(&m.self_) ^ crate::ops::hash(&m.func)?;
    Ok(crate::objects::int::new_int(if h == -1 { -2 } else { h }))
}

fn method_descr_get_self(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

// built-in functions and methods

fn builtin_of(v: &Value) -> &BuiltinFunctionObject {
    unsafe { v.downcast_unchecked::<BuiltinFunctionObject>() }
}

fn builtin_get_name(v: &Value) -> PyResult<Value> {
    Ok(intern(builtin_of(v).name))
}

fn builtin_get_qualname(v: &Value) -> PyResult<Value> {
    let b = builtin_of(v);
    match (&b.self_, b.owner) {
        (Some(s), _) if s.downcast::<crate::objects::module::ModuleObject>().is_some() => Ok(intern(b.name)),
        (Some(s), None) => {
            let t = match s.downcast::<TypeObject>() {
                Some(t) => t,
                None => s.ty(),
            };
            Ok(new_str(format!("{}.{}", t.qualname(), b.name)))
        }
        (_, Some(o)) => Ok(new_str(format!("{}.{}", o.qualname(), b.name))),
        (None, None) => Ok(intern(b.name)),
    }
}

fn builtin_get_self(v: &Value) -> PyResult<Value> {
    let b = builtin_of(v);
    if let Some(s) = &b.self_ {
        return Ok(s.clone());
    }
    if let Some(o) = b.owner {
        return Ok(o.as_value());
    }
    if let Some(m) = b.module {
        let mods = crate::modules::sys::modules();
        if let Some(d) = crate::objects::dict::as_dict(&mods) {
            if let Some(mv) = d.get_str(&intern(m)) {
                return Ok(mv);
            }
        }
    }
    Ok(none())
}

fn builtin_get_module(v: &Value) -> PyResult<Value> {
    match builtin_of(v).module {
        Some(m) => Ok(intern(m)),
        None => Ok(none()),
    }
}

fn get_none(_v: &Value) -> PyResult<Value> {
    Ok(none())
}

/// `<built-in function NAME>` or `<built-in method NAME of TYPE object at 0x...>`.
fn builtin_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let b = builtin_of(&args[0]);
    let owner_self = match (&b.self_, b.owner) {
        (Some(s), _) if s.downcast::<crate::objects::module::ModuleObject>().is_none() => Some(s.clone()),
        (None, Some(o)) => Some(o.as_value()),
        _ => None,
    };
    Ok(new_str(match owner_self {
        None => format!("<built-in function {}>", b.name),
        Some(s) => format!("<built-in method {} of {} object at {:#x}>", b.name, s.ty().name(), s.id()),
    }))
}

fn builtin_eq_impl(args: &[Value]) -> Option<bool> {
    let a = args[0].downcast::<BuiltinFunctionObject>()?;
    let b = args.get(1)?.downcast::<BuiltinFunctionObject>()?;
    let same_self = match (&a.self_, &b.self_) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    Some(same_self && a.func as usize == b.func as usize && a.name == b.name)
}

fn builtin_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(builtin_eq_impl(args).map_or_else(crate::objects::bool_none::not_implemented, new_bool))
}

fn builtin_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(builtin_eq_impl(args).map_or_else(crate::objects::bool_none::not_implemented, |r| new_bool(!r)))
}

fn builtin_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let b = builtin_of(&args[0]);
    let x = b.self_.as_ref().map_or(0, crate::objects::instance::id_hash);
    let h = x ^ ((b.func as usize as i64).rotate_right(4));
    Ok(crate::objects::int::new_int(if h == -1 { -2 } else { h }))
}

// method descriptors and getset descriptors

fn mdescr_of(v: &Value) -> &MethodDescrObject {
    unsafe { v.downcast_unchecked::<MethodDescrObject>() }
}

fn mdescr_get_name(v: &Value) -> PyResult<Value> {
    Ok(intern(mdescr_of(v).name))
}

fn mdescr_get_qualname(v: &Value) -> PyResult<Value> {
    let m = mdescr_of(v);
    Ok(new_str(format!("{}.{}", m.owner.qualname(), m.name)))
}

fn mdescr_get_objclass(v: &Value) -> PyResult<Value> {
    Ok(mdescr_of(v).owner.as_value())
}

/// `<method 'NAME' of 'TYPE' objects>`.
fn mdescr_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mdescr_of(&args[0]);
    Ok(new_str(format!("<method '{}' of '{}' objects>", m.name, m.owner.name())))
}

/// `method_descriptor.__get__(obj, type=None)`.
fn mdescr_descr_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mdescr_of(&args[0]);
    let obj = args.get(1).filter(|o| !is_none(o));
    if m.is_class {
        let t = match (obj, args.get(2).filter(|t| !is_none(t))) {
            (_, Some(t)) => t.clone(),
            (Some(o), None) => o.ty().as_value(),
            (None, None) => return Err(type_error(format!("descriptor '{}' for type '{}' needs either an object or a type", m.name, m.owner.name()))),
        };
        return Ok(new_bound_builtin(m.name, m.func, t, Some(m.owner)));
    }
    match obj {
        None => Ok(args[0].clone()),
        Some(o) if o.isinstance(m.owner) => Ok(new_bound_builtin(m.name, m.func, o.clone(), Some(m.owner))),
        Some(o) => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            m.owner.name(),
            o.ty().name()
        ))),
    }
}

fn getset_of(v: &Value) -> &GetSetObject {
    unsafe { v.downcast_unchecked::<GetSetObject>() }
}

fn getset_get_name(v: &Value) -> PyResult<Value> {
    Ok(intern(getset_of(v).name))
}

fn getset_get_qualname(v: &Value) -> PyResult<Value> {
    let g = getset_of(v);
    Ok(new_str(format!("{}.{}", g.owner.qualname(), g.name)))
}

fn getset_get_objclass(v: &Value) -> PyResult<Value> {
    Ok(getset_of(v).owner.as_value())
}

/// `<attribute 'NAME' of 'TYPE' objects>`.
fn getset_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = getset_of(&args[0]);
    Ok(new_str(format!("<attribute '{}' of '{}' objects>", g.name, g.owner.name())))
}

/// `getset_descriptor.__get__(obj, type=None)`.
fn getset_descr_get(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = getset_of(&args[0]);
    match args.get(1).filter(|o| !is_none(o)) {
        None => Ok(args[0].clone()),
        Some(o) if o.isinstance(g.owner) => (g.get)(o),
        Some(o) => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name,
            g.owner.name(),
            o.ty().name()
        ))),
    }
}

/// `getset_descriptor.__set__(obj, value)`.
fn getset_descr_set(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = getset_of(&args[0]);
    let obj = args.get(1).ok_or_else(|| type_error("expected 2 arguments"))?;
    match g.set {
        Some(set) => set(obj, args.get(2)).map(|_| none()),
        None => Err(crate::error::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            g.name,
            g.owner.name()
        ))),
    }
}

fn getset_descr_delete(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    getset_descr_set(&args[..2.min(args.len())], None)
}

/// Registers the attributes and methods of the function-like types.
fn init_attributes() {
    let f = &FUNCTION_TYPE;
    build::getset(f, "__name__", func_get_name, Some(func_set_name));
    build::getset(f, "__qualname__", func_get_qualname, Some(func_set_qualname));
    build::getset(f, "__defaults__", func_get_defaults, Some(func_set_defaults));
    build::getset(f, "__kwdefaults__", func_get_kwdefaults, Some(func_set_kwdefaults));
    build::getset(f, "__doc__", func_get_doc, Some(func_set_doc));
    build::getset(f, "__module__", func_get_module, Some(func_set_module));
    build::getset(f, "__code__", func_get_code, Some(func_set_code));
    build::getset(f, "__globals__", func_get_globals, Some(readonly));
    build::getset(f, "__builtins__", func_get_builtins, Some(readonly));
    build::getset(f, "__closure__", func_get_closure, Some(readonly));
    build::getset(f, "__annotations__", func_get_annotations, Some(func_set_annotations));
    crate::objects::instance::add_dict_getset(f);
    build::method(f, "__repr__", func_repr);
    build::method(f, "__get__", func_descr_get);
    build::method(f, "__call__", generic_call);

    let m = &METHOD_TYPE;
    METHOD_TYPE.getattro.set(Some(method_getattro));
    build::getset(m, "__self__", method_get_self, None);
    build::getset(m, "__func__", method_get_func, None);
    build::getset(m, "__doc__", method_get_doc, None);
    build::method(m, "__repr__", method_repr);
    build::method(m, "__eq__", method_eq);
    build::method(m, "__ne__", method_ne);
    build::method(m, "__hash__", method_hash);
    build::method(m, "__get__", method_descr_get_self);
    build::method(m, "__call__", generic_call);
    build::new(m, method_new);

    let b = &BUILTIN_FUNCTION_TYPE;
    build::getset(b, "__name__", builtin_get_name, None);
    build::getset(b, "__qualname__", builtin_get_qualname, None);
    build::getset(b, "__self__", builtin_get_self, None);
    build::getset(b, "__module__", builtin_get_module, None);
    build::getset(b, "__doc__", get_none, None);
    build::getset(b, "__text_signature__", get_none, None);
    build::method(b, "__repr__", builtin_repr);
    build::method(b, "__eq__", builtin_eq);
    build::method(b, "__ne__", builtin_ne);
    build::method(b, "__hash__", builtin_hash);
    build::method(b, "__call__", generic_call);
    build::method(b, "__reduce__", builtin_reduce);

    for t in [&METHOD_DESCR_TYPE, &CLASSMETHOD_DESCR_TYPE] {
        build::getset(t, "__name__", mdescr_get_name, None);
        build::getset(t, "__qualname__", mdescr_get_qualname, None);
        build::getset(t, "__objclass__", mdescr_get_objclass, None);
        build::getset(t, "__doc__", get_none, None);
        build::getset(t, "__text_signature__", get_none, None);
        build::method(t, "__repr__", mdescr_repr);
        build::method(t, "__get__", mdescr_descr_get);
        build::method(t, "__call__", generic_call);
    }

    let g = &GETSET_TYPE;
    build::getset(g, "__name__", getset_get_name, None);
    build::getset(g, "__qualname__", getset_get_qualname, None);
    build::getset(g, "__objclass__", getset_get_objclass, None);
    build::getset(g, "__doc__", get_none, None);
    build::method(g, "__repr__", getset_repr);
    build::method(g, "__get__", getset_descr_get);
    build::method(g, "__set__", getset_descr_set);
    build::method(g, "__delete__", getset_descr_delete);
}

pub fn init() {
    for t in [
        &FUNCTION_TYPE,
        &BUILTIN_FUNCTION_TYPE,
        &METHOD_DESCR_TYPE,
        &CLASSMETHOD_DESCR_TYPE,
        &GETSET_TYPE,
        &METHOD_TYPE,
        &STATICMETHOD_TYPE,
        &CLASSMETHOD_TYPE,
        &PROPERTY_TYPE,
    ] {
        crate::types::init_builtin_type(t);
    }
    init_attributes();
}
