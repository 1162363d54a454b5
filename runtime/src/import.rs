//! The import system: `sys.modules`, then built-in (Rust) modules, then
//! frozen modules (tern's own Python, see `stdlib`), then modules and
//! packages found as `.py` files on `sys.path` (or a package's `__path__`).

use crate::error::{type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::dict::{as_dict, DictObject};
use crate::objects::exception::{IMPORT_ERROR, MODULE_NOT_FOUND_ERROR};
use crate::objects::int::as_i64;
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern, intern_static, new_str};
use crate::objects::tuple::tuple_items;
use crate::ops;
use crate::value::Value;
use std::path::{Path, PathBuf};

fn modules_dict() -> Value {
    crate::modules::sys::modules()
}

fn md() -> &'static DictObject {
    let m = modules_dict();
    let p = as_dict(&m).unwrap() as *const DictObject;
    // sys.modules lives as long as the interpreter.
    unsafe { &*p }
}

fn not_found(name: &str) -> PyErr {
    let e = PyErr::new(&MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'"));
    crate::objects::instance::dict_set(&e.exc, &intern_static("name"), new_str(name));
    e
}

/// Resolves a relative import against the importing module's package.
fn resolve_name(name: &str, globals: &Value, level: usize) -> PyResult<String> {
    let g = as_dict(globals);
    let package = g.and_then(|g| g.get_str(&intern_static("__package__"))).filter(|p| !is_none(p));
    let package: String = match package {
        Some(p) => as_str(&p).ok_or_else(|| type_error("package must be a string"))?.to_owned(),
        None => {
            let modname = g.and_then(|g| g.get_str(&intern_static("__name__"))).and_then(|n| as_str(&n).map(str::to_owned));
            let is_pkg = g.is_some_and(|g| g.get_str(&intern_static("__path__")).is_some());
            match modname {
                Some(m) if is_pkg => m,
                Some(m) => m.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default(),
                None => String::new(),
            }
        }
    };
    if package.is_empty() {
        return Err(PyErr::new(&IMPORT_ERROR, "attempted relative import with no known parent package"));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(PyErr::new(&IMPORT_ERROR, "attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// `import name` machinery: returns the module for a fully qualified name,
/// importing its parents first.
pub fn import_module(fullname: &str) -> PyResult<Value> {
    if let Some(m) = md().get_str(&intern(fullname)) {
        if is_none(&m) {
            return Err(PyErr::new(
                &MODULE_NOT_FOUND_ERROR,
                format!("import of {fullname} halted; None in sys.modules"),
            ));
        }
        return Ok(m);
    }
    let (parent, search): (Option<Value>, Vec<PathBuf>) = match fullname.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_module(p)?;
            // A parent import may have imported this module as a side effect.
            if let Some(m) = md().get_str(&intern(fullname)) {
                return Ok(m);
            }
            let path = ops::getattr_opt(&pm, &intern_static("__path__"))?;
            let Some(path) = path else {
                return Err(PyErr::new(
                    &MODULE_NOT_FOUND_ERROR,
                    format!("No module named '{fullname}'; '{p}' is not a package"),
                ));
            };
            let dirs = ops::collect(&path)?.iter().filter_map(|d| as_str(d).map(PathBuf::from)).collect();
            (Some(pm), dirs)
        }
        None => {
            if let Some(m) = crate::modules::create(fullname) {
                md().set_str(intern(fullname), m.clone());
                return Ok(m);
            }
            let path = crate::modules::sys::path();
            let dirs = ops::collect(&path)?
                .iter()
                .filter_map(|d| as_str(d).map(|s| if s.is_empty() { PathBuf::from(".") } else { PathBuf::from(s) }))
                .collect();
            (None, dirs)
        }
    };
    let short = fullname.rsplit('.').next().unwrap();
    let m = match load_frozen(fullname) {
        Some(m) => m?,
        None => {
            let Some((file, is_pkg)) = find_source(&search, short) else {
                return Err(not_found(fullname));
            };
            load_source_module(fullname, &file, is_pkg)?
        }
    };
    if let Some(p) = parent {
        let _ = ops::setattr(&p, &intern(short), Some(m.clone()));
    }
    Ok(m)
}

fn find_source(dirs: &[PathBuf], name: &str) -> Option<(PathBuf, bool)> {
    for d in dirs {
        let pkg = d.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = d.join(format!("{name}.py"));
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

thread_local! {
    /// Modules whose code is running right now (CPython's `__spec__._initializing`).
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Is the module named `name` still running its top-level code?
fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|i| i.borrow().iter().any(|n| n == name))
}

/// Loads and runs a module from a source file.
pub fn load_source_module(fullname: &str, file: &Path, is_pkg: bool) -> PyResult<Value> {
    let path = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let path_s = path.display().to_string();
    let bytes = std::fs::read(&path).map_err(|e| crate::objects::file::os_error_from(e, Some(&path_s)))?;
    let dir = is_pkg.then(|| path.parent().map(|p| p.display().to_string()).unwrap_or_default());
    run_module(fullname, &bytes, &path_s, Some(&path_s), dir)
}

/// Runs a module's source as the module `fullname`, registered in
/// sys.modules before it runs (so circular imports see the partial module).
/// A package (`pkg_dir` given) gets `__path__`; `file` becomes `__file__`.
fn run_module(fullname: &str, source: &[u8], filename: &str, file: Option<&str>, pkg_dir: Option<String>) -> PyResult<Value> {
    let m = new_module(fullname);
    let mo = m.downcast::<ModuleObject>().unwrap();
    if let Some(f) = file {
        mo.set("__file__", new_str(f));
    }
    mo.set("__builtins__", crate::builtins::builtins_module());
    if let Some(dir) = pkg_dir {
        mo.set("__package__", new_str(fullname));
        let path = if dir.is_empty() { Vec::new() } else { vec![new_str(dir)] };
        mo.set("__path__", new_list(path));
    } else {
        mo.set("__package__", new_str(fullname.rsplit_once('.').map(|(p, _)| p).unwrap_or("")));
    }
    md().set_str(intern(fullname), m.clone());
    INITIALIZING.with(|i| i.borrow_mut().push(fullname.to_owned()));
    let r = (|| {
        let code = crate::compile_bytes(source, filename)?;
        crate::interp::run_code(&code, mo.dict.as_ref().unwrap(), None)
    })();
    INITIALIZING.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(p) = i.iter().rposition(|n| n == fullname) {
            i.remove(p);
        }
    });
    if let Err(e) = r {
        let _ = md().remove(&intern(fullname));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(md().get_str(&intern(fullname)).unwrap_or(m))
}

/// Runs a frozen module (one of tern's own in `runtime/lib/`), if `fullname` is one.
fn load_frozen(fullname: &str) -> Option<PyResult<Value>> {
    let (source, is_pkg) = crate::stdlib::frozen(fullname)?;
    let filename = format!("<frozen {fullname}>");
    Some(run_module(fullname, source.as_bytes(), &filename, None, is_pkg.then(String::new)))
}

/// The ImportName instruction: `__import__(name, globals, None, fromlist, level)`.
pub fn import_name(name: &Value, globals: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name_s = as_str(name).ok_or_else(|| type_error("module name must be str"))?;
    let level = as_i64(level).unwrap_or(0).max(0) as usize;
    let fullname = if level > 0 { resolve_name(name_s, globals, level)? } else { name_s.to_owned() };
    if fullname.is_empty() {
        return Err(PyErr::new(&crate::objects::exception::VALUE_ERROR, "Empty module name"));
    }
    let module = import_module(&fullname)?;
    let from: Vec<Value> = if is_none(fromlist) { Vec::new() } else { tuple_items(fromlist).map(|t| t.to_vec()).unwrap_or_else(|| ops::collect(fromlist).unwrap_or_default()) };
    if from.is_empty() {
        if level == 0 || !name_s.is_empty() {
            // `import a.b.c` binds `a`.
            let top = if level == 0 {
                name_s.split('.').next().unwrap().to_owned()
            } else {
                let cut = fullname.len() - name_s.len();
                format!("{}{}", &fullname[..cut], name_s.split('.').next().unwrap())
            };
            return import_module(&top);
        }
        return Ok(module);
    }
    // `from pkg import sub`: import submodules named in the fromlist.
    if has_attr(&module, "__path__")? {
        for f in &from {
            let Some(fs) = as_str(f) else { continue };
            if fs == "*" {
                if let Some(all) = ops::getattr_opt(&module, &intern_static("__all__"))? {
                    for a in ops::collect(&all)? {
                        if let Some(an) = as_str(&a) {
                            if !has_attr(&module, an)? {
                                submodule(&fullname, an)?;
                            }
                        }
                    }
                }
                continue;
            }
            if !has_attr(&module, fs)? {
                submodule(&fullname, fs)?;
            }
        }
    }
    Ok(module)
}

/// `hasattr(module, name)`: an AttributeError (from a module `__getattr__`, say) means no.
fn has_attr(module: &Value, name: &str) -> PyResult<bool> {
    match ops::getattr_opt(module, &intern(name)) {
        Ok(v) => Ok(v.is_some()),
        Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Imports `pkg.name` if it exists; a missing submodule is not an error here.
fn submodule(pkg: &str, name: &str) -> PyResult<()> {
    let full = format!("{pkg}.{name}");
    match import_module(&full) {
        Ok(_) => Ok(()),
        Err(e) if e.matches(&MODULE_NOT_FOUND_ERROR) => {
            let missing = crate::objects::instance::dict_get(&e.exc, &intern_static("name")).and_then(|n| as_str(&n).map(str::to_owned));
            if missing.as_deref() == Some(full.as_str()) {
                Ok(())
            } else {
                Err(e)
            }
        }
        Err(e) => Err(e),
    }
}

/// The ImportFrom instruction.
pub fn import_from(module: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(module, name).or_else(|e| if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) { Ok(None) } else { Err(e) })? {
        return Ok(v);
    }
    let modname = ops::getattr_opt(module, &intern_static("__name__"))?.and_then(|n| as_str(&n).map(str::to_owned));
    if let Some(mn) = &modname {
        let full = format!("{}.{}", mn, as_str(name).unwrap_or(""));
        if let Some(m) = md().get_str(&intern(&full)) {
            return Ok(m);
        }
    }
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let n = as_str(name).unwrap_or("?");
    let file = ops::getattr_opt(module, &intern_static("__file__"))?.and_then(|f| as_str(&f).map(str::to_owned));
    let location = file.unwrap_or_else(|| "unknown location".into());
    let msg = if is_initializing(&mn) {
        format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({location})")
    } else {
        format!("cannot import name '{n}' from '{mn}' ({location})")
    };
    let e = PyErr::new(&IMPORT_ERROR, msg);
    crate::objects::instance::dict_set(&e.exc, &intern_static("name"), new_str(mn));
    Err(e)
}

/// `from module import *` into a locals mapping.
pub fn import_star(module: &Value, locals: &Value) -> PyResult<()> {
    let names: Vec<Value> = match ops::getattr_opt(module, &intern_static("__all__"))? {
        Some(all) => ops::collect(&all)?,
        None => {
            let d = ops::getattr(module, &intern_static("__dict__"))?;
            ops::collect(&d)?.into_iter().filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_'))).collect()
        }
    };
    for n in names {
        let key = crate::objects::str::intern_value(&n);
        let v = ops::getattr(module, &key)?;
        ops::set_item(locals, &key, v)?;
    }
    Ok(())
}

/// Registers `__main__` (or another module run as a program).
pub fn register_module(name: &str, m: &Value) {
    md().set_str(intern(name), m.clone());
}

pub fn none_value() -> Value {
    none()
}

/// CPython's finalization of modules at exit, approximately: objects
/// reachable from the module namespaces (`__main__` first, then the other
/// modules, most recently imported first), breadth first, have their
/// finalizers run in that order: `__del__` methods, and suspended generators
/// are closed. The objects are kept alive afterwards, so nothing is
/// finalized twice before the process exits.
pub fn finalize_at_exit() {
    let mut roots: Vec<Value> = Vec::new();
    let entries = md().items();
    if let Some((_, m)) = entries.iter().find(|(k, _)| as_str(k) == Some("__main__")) {
        roots.push(m.clone());
    }
    for (k, m) in entries.iter().rev() {
        if !matches!(as_str(k), Some("__main__" | "builtins" | "sys")) {
            roots.push(m.clone());
        }
    }
    let mut seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
    let mut order: Vec<Value> = Vec::new();
    for root in roots {
        let Some(mo) = root.downcast::<ModuleObject>() else { continue };
        let Some(d) = mo.dict.clone() else { continue };
        let mut queue: std::collections::VecDeque<Value> = std::collections::VecDeque::new();
        queue.push_back(d);
        while let Some(v) = queue.pop_front() {
            if v.is_small_int() || !seen.insert(v.id()) {
                continue;
            }
            if has_finalizer(&v) {
                order.push(v.clone());
            }
            for c in children(&v) {
                if !c.is_small_int() && !seen.contains(&c.id()) {
                    queue.push_back(c);
                }
            }
        }
    }
    for v in &order {
        if let Some(g) = v.downcast::<crate::objects::generator::GeneratorObject>() {
            if let Err(e) = g.close() {
                crate::traceback::write_unraisable(&e, "Exception ignored in", v);
            }
            continue;
        }
        if let Some(del) = v.ty().slot(crate::types::Slot::Del) {
            if let Err(e) = crate::call::call(&del, &[v.clone()], None) {
                crate::traceback::write_unraisable(&e, "Exception ignored in", &del);
            }
        }
    }
    // Finalized objects stay alive until the process ends.
    std::mem::forget(order);
}

/// Does the object have a finalizer CPython's garbage collector would run?
fn has_finalizer(v: &Value) -> bool {
    if let Some(g) = v.downcast::<crate::objects::generator::GeneratorObject>() {
        return g.is_suspended();
    }
    let t = v.ty();
    (t.is_heap() && t.has_slot(crate::types::Slot::Del)) || crate::modules::io::needs_close_at_exit(v)
}

/// The objects a container, instance or class refers to (as its traversal visits them).
fn children(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(d) = as_dict(v) {
        out.extend(d.values());
    } else if let Some(l) = crate::objects::list::as_list(v) {
        out.extend(l.snapshot());
    } else if let Some(t) = tuple_items(v) {
        out.extend(t.iter().cloned());
    } else if let Some(s) = crate::objects::set::as_set(v) {
        out.extend(s.items());
    }
    if let Some(t) = v.downcast::<crate::types::TypeObject>() {
        if t.is_heap() {
            out.extend(t.dict().values());
        }
        return out;
    }
    if v.ty().is_heap() {
        crate::objects::typeobj::for_each_slot_field(v.ty(), |off| {
            let f = unsafe { &*((v.as_ptr() as *const u8).add(off) as *const Option<Value>) };
            out.extend(f.clone());
        });
        if let Some(d) = crate::objects::instance::dict_slot(v).and_then(|s| s.clone()) {
            out.push(d);
        }
    }
    out
}
