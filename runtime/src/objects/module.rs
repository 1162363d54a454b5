//! `module`: a namespace dict with a name.

use crate::error::{attribute_error, type_error, PyResult};
use crate::objects::dict::{as_dict, new_dict, DictObject};
use crate::objects::function::Kw;
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::types::{build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct ModuleObject {
    pub header: ObjHeader,
    /// The namespace (always set; an `Option` so the generic attribute code can reach it).
    pub dict: Option<Value>,
}

unsafe impl PyObj for ModuleObject {
    fn class() -> &'static TypeObject {
        &MODULE_TYPE
    }
}

pub static MODULE_TYPE: TypeObject = TypeObject::builtin::<ModuleObject>("module", Some(&crate::types::OBJECT_TYPE), BASETYPE)
    .with_dict_at(std::mem::offset_of!(ModuleObject, dict));

impl ModuleObject {
    pub fn dict(&self) -> &DictObject {
        unsafe { self.dict.as_ref().unwrap().downcast_unchecked::<DictObject>() }
    }

    pub fn name(&self) -> String {
        self.dict()
            .get_str(&intern_static("__name__"))
            .and_then(|n| as_str(&n).map(str::to_owned))
            .unwrap_or_else(|| "?".into())
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict().get_str(&intern(name))
    }

    pub fn set(&self, name: &str, v: Value) {
        self.dict().set_str(intern(name), v);
    }
}

/// A new module named `name` with a fresh namespace.
pub fn new_module(name: &str) -> Value {
    let d = new_dict();
    let dd = as_dict(&d).unwrap();
    dd.set_str(intern_static("__name__"), new_str(name));
    dd.set_str(intern_static("__doc__"), crate::objects::bool_none::none());
    dd.set_str(intern_static("__package__"), crate::objects::bool_none::none());
    dd.set_str(intern_static("__loader__"), crate::objects::bool_none::none());
    dd.set_str(intern_static("__spec__"), crate::objects::bool_none::none());
    new_module_with_dict(d)
}

pub fn new_module_with_dict(d: Value) -> Value {
    crate::types::new_object(ModuleObject { header: ObjHeader::new(std::ptr::null()), dict: Some(d) })
}

/// Module attribute lookup: the namespace, then `__getattr__` defined in it.
pub fn module_getattr(m: &Value, name: &Value) -> PyResult<Option<Value>> {
    let mo = m.downcast::<ModuleObject>().unwrap();
    if let Some(v) = crate::objects::instance::generic_getattr(m, name)? {
        return Ok(Some(v));
    }
    if let Some(ga) = mo.dict().get_str(&intern_static("__getattr__")) {
        return crate::call::call(&ga, &[name.clone()], None).map(Some);
    }
    Ok(None)
}

pub fn no_module_attribute(m: &Value, name: &Value) -> crate::error::PyErr {
    let mo = m.downcast::<ModuleObject>().unwrap();
    let e = attribute_error(format!("module '{}' has no attribute '{}'", mo.name(), as_str(name).unwrap_or("?")));
    crate::objects::instance::set_name_obj(&e.exc, name, Some(m));
    e
}

fn module_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = args[0].downcast::<ModuleObject>().unwrap();
    let name = m.name();
    match m.get("__file__").and_then(|f| as_str(&f).map(str::to_owned)) {
        Some(f) => Ok(new_str(format!("<module '{name}' from '{f}'>"))),
        None => Ok(new_str(format!("<module '{name}' (built-in)>"))),
    }
}

fn module_dict(v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<ModuleObject>().unwrap().dict.clone().unwrap())
}

fn module_dir(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = args[0].downcast::<ModuleObject>().unwrap();
    Ok(crate::objects::list::new_list(m.dict().keys()))
}

fn module_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let name = args.get(1).and_then(as_str).unwrap_or("?");
    let m = new_module(name);
    match args.first().and_then(|c| c.downcast::<TypeObject>()) {
        // A subclass's instance: the same namespace in an object of its class.
        Some(cls) if cls.is_subtype(&MODULE_TYPE) && !std::ptr::eq(cls, &MODULE_TYPE) => {
            let dict = m.downcast::<ModuleObject>().and_then(|mo| mo.dict.clone());
            Ok(crate::types::alloc_object(cls, ModuleObject { header: ObjHeader::new(std::ptr::null()), dict }))
        }
        _ => Ok(m),
    }
}

/// `ModuleType.__init__(self, name, doc=None)`: sets `__name__` and `__doc__`.
fn module_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = args[0].downcast::<ModuleObject>().ok_or_else(|| type_error("descriptor '__init__' requires a 'module' object"))?;
    let kw_arg = |k: &str| kw.and_then(|kw| kw.get(k)).cloned();
    let name = args.get(1).cloned().or_else(|| kw_arg("name")).ok_or_else(|| type_error("module() missing required argument 'name' (pos 1)"))?;
    if as_str(&name).is_none() {
        return Err(type_error(format!("module() argument 'name' must be str, not {}", name.ty().name())));
    }
    let doc = args.get(2).cloned().or_else(|| kw_arg("doc")).unwrap_or_else(crate::objects::bool_none::none);
    m.dict().set_str(intern_static("__name__"), name);
    m.dict().set_str(intern_static("__doc__"), doc);
    Ok(crate::objects::bool_none::none())
}

pub fn init() {
    crate::types::init_builtin_type(&MODULE_TYPE);
    MODULE_TYPE.getattro.set(Some(module_getattr));
    build::new(&MODULE_TYPE, module_new);
    build::method(&MODULE_TYPE, "__init__", module_init);
    build::method(&MODULE_TYPE, "__repr__", module_repr);
    build::method(&MODULE_TYPE, "__dir__", module_dir);
    build::getset(&MODULE_TYPE, "__dict__", module_dict, None);
}
