//! The `sys` module.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::dict::new_dict;
use crate::objects::exception;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{self, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{intern, new_str};
use crate::objects::tuple::new_tuple;
use crate::thread::ts;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static SYS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub fn sys_module() -> Value {
    SYS.with(|s| s.borrow().clone().expect("sys initialised"))
}

fn sys_get(name: &str) -> Option<Value> {
    sys_module().downcast::<ModuleObject>().unwrap().get(name)
}

/// `sys.stdout` as the program currently sees it.
pub fn stdout() -> Value {
    sys_get("stdout").unwrap_or_else(none)
}

pub fn stderr() -> Value {
    sys_get("stderr").unwrap_or_else(none)
}

pub fn stdin() -> Value {
    sys_get("stdin").unwrap_or_else(none)
}

/// `sys.modules`.
pub fn modules() -> Value {
    sys_get("modules").expect("sys.modules")
}

/// `sys.path`.
pub fn path() -> Value {
    sys_get("path").expect("sys.path")
}

fn exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("exit", args.len(), 0, 1)?;
    Err(PyErr::with_args(&exception::SYSTEM_EXIT, args.to_vec()))
}

fn getrecursionlimit(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(ts().recursion_limit.get() as i64))
}

fn setrecursionlimit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("setrecursionlimit", args.len(), 1, 1)?;
    if crate::objects::float::float_val(&args[0]).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int::as_i64(&crate::ops::index(&args[0])?).unwrap_or(-1);
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = ts().depth.get() as i64;
    if n <= depth {
        return Err(PyErr::new(
            &exception::RECURSION_ERROR,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    ts().recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(none())
}

fn exc_info(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(match ts().current_handled() {
        Some(e) => {
            let tb = exception::as_exc(&e).and_then(|x| x.traceback()).unwrap_or_else(none);
            new_tuple(vec![e.ty().as_value(), e, tb])
        }
        None => new_tuple(vec![none(), none(), none()]),
    })
}

fn exception_fn(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(ts().current_handled().unwrap_or_else(none))
}

fn getsizeof(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("getsizeof", args.len(), 1, 2)?;
    let v = &args[0];
    let size = if v.is_small_int() { 28 } else { v.ty().basicsize.get() as i64 };
    Ok(new_int(size))
}

fn intern_fn(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("intern", args.len(), 1, 1)?;
    if crate::objects::str::as_str(&args[0]).is_none() {
        return Err(type_error(format!("intern() argument must be str, not {}", args[0].ty().name())));
    }
    Ok(crate::objects::str::intern_value(&args[0]))
}

fn get_int_max_str_digits(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(int::max_str_digits() as i64))
}

fn set_int_max_str_digits(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("set_int_max_str_digits", args, kw, &["maxdigits"], 1)?;
    let n = int::as_i64(&crate::ops::index(a[0].as_ref().unwrap())?).unwrap_or(-1);
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    int::MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(none())
}

fn getdefaultencoding(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn getrefcount(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("getrefcount", args.len(), 1, 1)?;
    Ok(new_int(args[0].refcnt() as i64))
}

fn getframe(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let _ = args;
    Err(value_error("call stack is not deep enough"))
}

/// Python source run at start-up for the struct-sequence values of `sys`.
const BOOTSTRAP: &str = r#"
def _structseq(name, fields):
    ns = {'n_fields': len(fields), 'n_sequence_fields': len(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    def __repr__(self):
        return name + '(' + ', '.join(f + '=' + repr(self[i]) for i, f in enumerate(fields)) + ')'
    ns['__repr__'] = __repr__
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    ns['__new__'] = __new__
    ns['__module__'] = 'sys'
    return type(name.rpartition('.')[2], (tuple,), ns)

version_info = _structseq('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))((3, 11, 7, 'final', 0))
float_info = _structseq('sys.float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _structseq('sys.int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'))((30, 4, 4300, 640))
hash_info = _structseq('sys.hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'))((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
flags = _structseq('sys.flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'))((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
del _structseq
"#;

/// Creates the `sys` module (before `builtins` users run).
pub fn init(argv: Vec<String>, script_dir: Option<String>) {
    let m = new_module("sys");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception_fn),
        ("getsizeof", getsizeof),
        ("intern", intern_fn),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("getrefcount", getrefcount),
        ("_getframe", getframe),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("sys")));
    }
    let (stdin, stdout, stderr) = crate::objects::file::std_streams();
    mo.set("stdin", stdin.clone());
    mo.set("stdout", stdout.clone());
    mo.set("stderr", stderr.clone());
    mo.set("__stdin__", stdin);
    mo.set("__stdout__", stdout);
    mo.set("__stderr__", stderr);
    mo.set("argv", new_list(argv.into_iter().map(new_str).collect()));
    let mut path = Vec::new();
    if let Some(d) = script_dir {
        path.push(new_str(d));
    }
    mo.set("path", new_list(path));
    mo.set("modules", new_dict());
    mo.set("version", new_str("3.11.7 (tern) [Rust]"));
    mo.set("hexversion", new_int(0x030b07f0));
    mo.set("api_version", new_int(1013));
    mo.set("maxsize", new_int(i64::MAX));
    mo.set("maxunicode", new_int(0x10ffff));
    mo.set("byteorder", new_str("little"));
    mo.set("platform", new_str("linux"));
    mo.set("executable", new_str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    mo.set("prefix", new_str("/usr/local"));
    mo.set("base_prefix", new_str("/usr/local"));
    mo.set("dont_write_bytecode", new_bool(true));
    mo.set("warnoptions", new_list(Vec::new()));
    mo.set("builtin_module_names", new_tuple(crate::modules::BUILTIN_NAMES.iter().map(|n| new_str(*n)).collect()));
    let impl_ns = crate::objects::module::new_module("implementation");
    let io = impl_ns.downcast::<ModuleObject>().unwrap();
    io.set("name", new_str("tern"));
    io.set("cache_tag", none());
    mo.set("implementation", impl_ns);
    mo.dict().set_str(intern("__name__"), new_str("sys"));
    SYS.with(|s| *s.borrow_mut() = Some(m.clone()));
}

/// Finishes `sys` once the interpreter can run Python code.
pub fn init_late() -> PyResult<()> {
    let m = sys_module();
    let d = m.downcast::<ModuleObject>().unwrap().dict.clone().unwrap();
    let code = crate::compile_source(BOOTSTRAP, "<sys bootstrap>", tern_frontend::Mode::Exec)?;
    let g = new_dict();
    let gd = crate::objects::dict::as_dict(&g).unwrap();
    gd.set_str(intern("__builtins__"), crate::builtins::builtins_module());
    gd.set_str(intern("__name__"), new_str("sys"));
    crate::interp::run_code(&code, &g, None)?;
    let dd = crate::objects::dict::as_dict(&d).unwrap();
    for name in ["version_info", "float_info", "int_info", "hash_info", "flags"] {
        if let Some(v) = gd.get_str(&intern(name)) {
            dd.set_str(intern(name), v);
        }
    }
    Ok(())
}
