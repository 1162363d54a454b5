//! The `pwd` module: the password database (CPython's Modules/pwdmodule.c),
//! which `posixpath.expanduser` uses.

use crate::error::{type_error, PyErr, PyResult};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern_static, new_str};
use crate::value::Value;
use std::cell::RefCell;
use std::ffi::{CStr, CString};

thread_local! {
    static STRUCT_PASSWD: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `pwd.struct_passwd` of a C `struct passwd`.
fn passwd_value(p: &libc::passwd) -> PyResult<Value> {
    let s = |c: *const libc::c_char| {
        if c.is_null() {
            new_str("")
        } else {
            new_str(unsafe { CStr::from_ptr(c) }.to_string_lossy().into_owned())
        }
    };
    let items = vec![s(p.pw_name), s(p.pw_passwd), new_int(p.pw_uid as i64), new_int(p.pw_gid as i64), s(p.pw_gecos), s(p.pw_dir), s(p.pw_shell)];
    let cls = STRUCT_PASSWD.with(|c| c.borrow().clone()).ok_or_else(|| crate::error::runtime_error("pwd.struct_passwd is not ready"))?;
    crate::call::call(&cls, &[crate::objects::tuple::new_tuple(items)], None)
}

/// Runs a reentrant lookup with a growing buffer; Ok(None) when not found.
fn lookup(mut f: impl FnMut(&mut libc::passwd, &mut [libc::c_char], &mut *mut libc::passwd) -> i32) -> PyResult<Option<Value>> {
    let mut buf = vec![0 as libc::c_char; 1024];
    loop {
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut res: *mut libc::passwd = std::ptr::null_mut();
        let r = f(&mut pw, &mut buf, &mut res);
        if r == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if res.is_null() {
            return Ok(None);
        }
        return passwd_value(&pw).map(Some);
    }
}

/// `getpwuid(uid)`.
fn getpwuid(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::one_arg(args, kw, "getpwuid")?;
    let i = crate::ops::index(a)?;
    let uid = crate::objects::int::as_i64(&i).filter(|&u| (0..=u32::MAX as i64).contains(&u));
    let not_found = |msg: String| PyErr::with_args(&crate::objects::exception::KEY_ERROR, vec![new_str(msg)]);
    let Some(uid) = uid else { return Err(not_found("getpwuid(): uid not found".into())) };
    let r = lookup(|pw, buf, res| unsafe { libc::getpwuid_r(uid as libc::uid_t, pw, buf.as_mut_ptr(), buf.len(), res) })?;
    r.ok_or_else(|| not_found(format!("getpwuid(): uid not found: {uid}")))
}

/// `getpwnam(name)`.
fn getpwnam(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::one_arg(args, kw, "getpwnam")?;
    let name = as_str(a).ok_or_else(|| type_error(format!("getpwnam() argument must be str, not {}", a.ty().name())))?;
    let c = CString::new(name).map_err(|_| crate::error::value_error("embedded null character"))?;
    let r = lookup(|pw, buf, res| unsafe { libc::getpwnam_r(c.as_ptr(), pw, buf.as_mut_ptr(), buf.len(), res) })?;
    r.ok_or_else(|| {
        let msg = format!("getpwnam(): name not found: {}", crate::objects::str::repr_str(name));
        PyErr::with_args(&crate::objects::exception::KEY_ERROR, vec![new_str(msg)])
    })
}

/// `getpwall()`: every entry of the database.
fn getpwall(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getpwall")?;
    let mut out = Vec::new();
    unsafe { libc::setpwent() };
    loop {
        let p = unsafe { libc::getpwent() };
        if p.is_null() {
            break;
        }
        match passwd_value(unsafe { &*p }) {
            Ok(v) => out.push(v),
            Err(e) => {
                unsafe { libc::endpwent() };
                return Err(e);
            }
        }
    }
    unsafe { libc::endpwent() };
    Ok(crate::objects::list::new_list(out))
}

const STRUCTS: &str = r#"
from _structseq import structseq as _structseq
struct_passwd = _structseq('pwd.struct_passwd', ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'))
del _structseq
"#;

/// Creates the `pwd` module.
pub fn create() -> Value {
    let m = new_module("pwd");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[("getpwuid", getpwuid), ("getpwnam", getpwnam), ("getpwall", getpwall)];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("pwd")));
    }
    if let Ok(code) = crate::compile_source(STRUCTS, "<pwd>", tern_frontend::Mode::Exec) {
        let d = mo.dict.clone().expect("module dict");
        let dd = crate::objects::dict::as_dict(&d).expect("a dict");
        dd.set_str(intern_static("__builtins__"), crate::builtins::builtins_module());
        if let Err(e) = crate::interp::run_code(&code, &d, None) {
            crate::traceback::print_exception(&e);
        }
        let _ = dd.remove(&intern_static("__builtins__"));
        STRUCT_PASSWD.with(|s| *s.borrow_mut() = dd.get_str(&intern_static("struct_passwd")));
    }
    m
}
