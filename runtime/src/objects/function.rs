//! Functions: Python functions, native (built-in) functions and methods, and
//! bound methods.

use crate::error::{type_error, PyResult};
use crate::objects::code::CodeObj;
use crate::types::{TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

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
    pub code: Value,
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
        unsafe { self.code.downcast_unchecked::<CodeObj>() }
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
    let module = gd.get_str(&crate::objects::str::intern("__name__")).unwrap_or_else(crate::objects::bool_none::none);
    let builtins = crate::interp::builtins_for(&globals);
    crate::types::new_object(FunctionObject {
        header: ObjHeader::new(std::ptr::null()),
        code,
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
            Some(s) if s.isinstance(self.owner) => (self.func)(args, kw),
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
}
