//! The `sys` module.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::dict::new_dict;
use crate::objects::exception;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{self, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{intern, intern_static, new_str};
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

/// `sys._getframe([depth])`: the frame object `depth` calls below the top of the stack.
fn getframe(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("_getframe", args.len(), 0, 1)?;
    let depth = match args.first() {
        Some(d) => crate::builtins::args::as_c_int(d)?,
        None => 0,
    };
    crate::objects::frameobj::getframe(depth)
}

/// `sys.stdlib_module_names` of CPython 3.11.
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2",
    "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv",
    "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
    "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode",
    "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal",
    "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime",
    "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
    "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity",
    "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb",
    "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd",
    "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
    "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime",
    "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc",
    "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac",
    "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools",
    "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal",
    "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib",
    "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib",
    "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
    "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue",
    "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets",
    "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket",
    "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics",
    "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
    "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
    "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types",
    "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref",
    "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport",
    "zlib", "zoneinfo",
];

/// `sys.displayhook(value)`: prints the repr of a non-None value and keeps it as `builtins._`.
fn displayhook(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("displayhook", args.len(), 1, 1)?;
    let o = &args[0];
    if crate::objects::bool_none::is_none(o) {
        return Ok(none());
    }
    let b = crate::builtins::builtins_module();
    crate::ops::setattr(&b, &intern_static("_"), Some(none()))?;
    let out = stdout();
    if crate::objects::bool_none::is_none(&out) {
        return Err(crate::error::runtime_error("lost sys.stdout"));
    }
    let text = crate::ops::repr_string(o)?;
    crate::objects::file::write_text(&out, &text)?;
    crate::objects::file::write_text(&out, "\n")?;
    crate::ops::setattr(&b, &intern_static("_"), Some(o.clone()))?;
    Ok(none())
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as the interpreter does.
fn excepthook(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("excepthook", args.len(), 3, 3)?;
    let v = &args[1];
    if exception::as_exc(v).is_some() {
        crate::traceback::print_exception(&PyErr::from_value(v.clone()));
    } else {
        let msg = format!("TypeError: print_exception(): Exception expected for value, {} found\n", v.ty().name());
        crate::objects::file::write_text(&stderr(), &msg)?;
    }
    Ok(none())
}

thread_local! {
    static AUDIT_HOOKS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
    static DLOPEN_FLAGS: std::cell::Cell<i64> = const { std::cell::Cell::new(2) };
    static CORO_DEPTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
    static ASYNCGEN_HOOKS: RefCell<(Option<Value>, Option<Value>)> = const { RefCell::new((None, None)) };
    static ASYNCGEN_HOOKS_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `sys.addaudithook(hook)`.
fn addaudithook(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("addaudithook", args.len(), 1, 1)?;
    AUDIT_HOOKS.with(|h| h.borrow_mut().push(args[0].clone()));
    Ok(none())
}

/// `sys.audit(event, *args)`: calls each hook with (event, args).
fn audit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let event = args.first().ok_or_else(|| type_error("audit() missing 1 required positional argument: 'event'"))?;
    if crate::objects::str::as_str(event).is_none() {
        return Err(type_error(format!("expected str for argument 'event', not {}", event.ty().name())));
    }
    let hooks = AUDIT_HOOKS.with(|h| h.borrow().clone());
    let rest = new_tuple(args[1..].to_vec());
    for h in hooks {
        crate::call::call(&h, &[event.clone(), rest.clone()], None)?;
    }
    Ok(none())
}

/// `sys.call_tracing(func, args)`: `func(*args)`.
fn call_tracing(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("call_tracing", args.len(), 2, 2)?;
    let a = crate::objects::tuple::tuple_items(&args[1])
        .ok_or_else(|| type_error(format!("call_tracing() argument 2 must be tuple, not {}", args[1].ty().name())))?
        .to_vec();
    crate::call::call(&args[0], &a, None)
}

fn getswitchinterval(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::float::new_float(SWITCH_INTERVAL.with(|s| s.get())))
}

fn setswitchinterval(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("setswitchinterval", args.len(), 1, 1)?;
    let f = crate::objects::float::float_val(&args[0])
        .or_else(|| int::int_val(&args[0]).and_then(|i| int::to_f64(i).ok()))
        .ok_or_else(|| type_error("must be real number, not ".to_owned() + args[0].ty().name()))?;
    if f <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    SWITCH_INTERVAL.with(|s| s.set(f));
    Ok(none())
}

fn getdlopenflags(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(DLOPEN_FLAGS.with(|s| s.get())))
}

fn setdlopenflags(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("setdlopenflags", args.len(), 1, 1)?;
    let n = crate::builtins::args::as_c_int(&args[0])?;
    DLOPEN_FLAGS.with(|s| s.set(n));
    Ok(none())
}

fn getfilesystemencodeerrors(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str("surrogateescape"))
}

fn is_finalizing(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(false))
}

fn getallocatedblocks(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(0))
}

fn get_coroutine_origin_tracking_depth(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(CORO_DEPTH.with(|s| s.get())))
}

fn set_coroutine_origin_tracking_depth(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("set_coroutine_origin_tracking_depth", args, kw, &["depth"], 1)?;
    let n = crate::builtins::args::as_c_int(a[0].as_ref().expect("required"))?;
    if n < 0 {
        return Err(value_error("depth must be >= 0"));
    }
    CORO_DEPTH.with(|s| s.set(n));
    Ok(none())
}

/// The (firstiter, finalizer) hooks set by `sys.set_asyncgen_hooks`.
pub fn asyncgen_hooks() -> (Option<Value>, Option<Value>) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

/// `sys.get_asyncgen_hooks()`: an `asyncgen_hooks(firstiter, finalizer)` struct sequence.
fn get_asyncgen_hooks(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let (a, b) = ASYNCGEN_HOOKS.with(|h| h.borrow().clone());
    let t = new_tuple(vec![a.unwrap_or_else(none), b.unwrap_or_else(none)]);
    match ASYNCGEN_HOOKS_TYPE.with(|h| h.borrow().clone()) {
        Some(ty) => crate::call::call(&ty, &[t], None),
        None => Ok(t),
    }
}

fn set_asyncgen_hooks(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("set_asyncgen_hooks", args, kw, &["firstiter", "finalizer"], 0)?;
    for (v, what) in [(&a[1], "finalizer"), (&a[0], "firstiter")] {
        if let Some(v) = v {
            if !crate::objects::bool_none::is_none(v) && !crate::call::callable(v) {
                return Err(type_error(format!("callable {what} expected, got {}", v.ty().name())));
            }
        }
    }
    ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = &a[0] {
            h.0 = Some(f.clone()).filter(|v| !crate::objects::bool_none::is_none(v));
        }
        if let Some(f) = &a[1] {
            h.1 = Some(f.clone()).filter(|v| !crate::objects::bool_none::is_none(v));
        }
    });
    Ok(none())
}

/// `sys.unraisablehook(unraisable)`: reports an exception that could not propagate.
fn unraisablehook(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("unraisablehook", args.len(), 1, 1)?;
    let u = &args[0];
    let get = |n: &str| crate::ops::getattr_opt(u, &intern(n)).ok().flatten().unwrap_or_else(none);
    let value = get("exc_value");
    let msg = get("err_msg");
    let obj = get("object");
    let what = crate::objects::str::as_str(&msg).unwrap_or("Exception ignored in").to_owned();
    if exception::as_exc(&value).is_some() {
        crate::traceback::write_unraisable(&PyErr::from_value(value), &what, &obj);
    }
    Ok(none())
}

fn clear_type_cache(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(none())
}

/// Python source run at start-up for the struct-sequence values of `sys`.
const BOOTSTRAP: &str = r#"
from _structseq import structseq as _structseq

version_info = _structseq('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))((3, 11, 7, 'final', 0))
float_info = _structseq('sys.float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _structseq('sys.int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'))((30, 4, 4300, 640))
hash_info = _structseq('sys.hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'))((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
thread_info = _structseq('sys.thread_info', ('name', 'lock', 'version'))(('pthread', 'semaphore', 'NPTL 2.36'))
flags = _structseq('sys.flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'))((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
_asyncgen_hooks = _structseq('asyncgen_hooks', ('firstiter', 'finalizer'))
del _structseq
"#;

/// The objects `site` adds to builtins (CPython's Lib/_sitebuiltins.py).
const SITE_BUILTINS: &str = r#"
import sys

class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        # Shells like IDLE catch the SystemExit, but listen when their
        # stdin wrapper is closed.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)

class _Printer(object):
    """interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__lines = None
        self.__filenames = [dir + '/' + filename for dir in dirs for filename in files]

    def __setup(self):
        if self.__lines:
            return
        data = None
        for filename in self.__filenames:
            try:
                with open(filename, encoding='utf-8') as fp:
                    data = fp.read()
                break
            except OSError:
                pass
        if not data:
            data = self.__data
        self.__lines = data.split('\n')
        self.__linecnt = len(self.__lines)

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return "\n".join(self.__lines)
        else:
            return "Type %s() to see the full %s text" % ((self.__name,)*2)

    def __call__(self):
        self.__setup()
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        lineno = 0
        while 1:
            try:
                for i in range(lineno, lineno + self.MAXLINES):
                    print(self.__lines[i])
            except IndexError:
                break
            else:
                lineno += self.MAXLINES
                key = None
                while key is None:
                    key = input(prompt)
                    if key not in ('', 'q'):
                        key = None
                if key == 'q':
                    break

class _Helper(object):
    """Define the builtin 'help'."""

    def __repr__(self):
        return "Type help() for interactive help, "                "or help(object) for help about object."
    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)

for _c in (Quitter, _Printer, _Helper):
    _c.__module__ = '_sitebuiltins'
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
copyright = _Printer("copyright", sys.copyright)
credits = _Printer("credits", """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
license = _Printer("license", "See https://www.python.org/psf/license/",
                   ["LICENSE.txt", "LICENSE"], [sys.base_prefix + '/lib/python3.11/..', sys.base_prefix + '/lib/python3.11', '.'])
help = _Helper()
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
        ("displayhook", displayhook),
        ("__displayhook__", displayhook),
        ("excepthook", excepthook),
        ("__excepthook__", excepthook),
        ("__breakpointhook__", crate::builtins::object_extras::breakpointhook),
        ("addaudithook", addaudithook),
        ("audit", audit),
        ("call_tracing", call_tracing),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("getdlopenflags", getdlopenflags),
        ("setdlopenflags", setdlopenflags),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("is_finalizing", is_finalizing),
        ("getallocatedblocks", getallocatedblocks),
        ("get_coroutine_origin_tracking_depth", get_coroutine_origin_tracking_depth),
        ("set_coroutine_origin_tracking_depth", set_coroutine_origin_tracking_depth),
        ("get_asyncgen_hooks", get_asyncgen_hooks),
        ("set_asyncgen_hooks", set_asyncgen_hooks),
        ("_clear_type_cache", clear_type_cache),
        ("unraisablehook", unraisablehook),
        ("__unraisablehook__", unraisablehook),
        ("breakpointhook", crate::builtins::object_extras::breakpointhook),
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
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    mo.set("_base_executable", new_str(exe.clone()));
    let mut orig = vec![new_str(exe)];
    orig.extend(argv.iter().cloned().map(new_str));
    mo.set("orig_argv", new_list(orig));
    mo.set("argv", new_list(argv.into_iter().map(new_str).collect()));
    let mut path = Vec::new();
    if let Some(d) = script_dir {
        path.push(new_str(d));
    }
    let stdlib = crate::stdlib::cpython_lib_dir();
    if let Some(lib) = &stdlib {
        path.push(new_str(lib.display().to_string()));
    }
    mo.set("path", new_list(path));
    mo.set("modules", new_dict());
    mo.set("version", new_str("3.11.7 (tern) [Rust]"));
    mo.set(
        "copyright",
        new_str(
            "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.",
        ),
    );
    mo.set("hexversion", new_int(0x030b07f0));
    mo.set("api_version", new_int(1013));
    mo.set("maxsize", new_int(i64::MAX));
    mo.set("maxunicode", new_int(0x10ffff));
    mo.set("byteorder", new_str("little"));
    mo.set("platform", new_str("linux"));
    mo.set("executable", new_str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    mo.set("prefix", new_str("/usr/local"));
    mo.set("base_prefix", new_str("/usr/local"));
    mo.set("exec_prefix", new_str("/usr/local"));
    mo.set("base_exec_prefix", new_str("/usr/local"));
    mo.set("platlibdir", new_str("lib"));
    mo.set("pycache_prefix", none());
    mo.set("abiflags", new_str(""));
    mo.set("float_repr_style", new_str("short"));
    mo.set("meta_path", new_list(Vec::new()));
    mo.set("path_hooks", new_list(Vec::new()));
    mo.set("path_importer_cache", new_dict());
    mo.set("_xoptions", new_dict());
    mo.set("_git", new_tuple(vec![new_str("CPython"), new_str(""), new_str("")]));
    mo.set("_framework", new_str(""));
    mo.set("_home", none());
    mo.set("_stdlib_dir", stdlib.map_or_else(none, |d| new_str(d.display().to_string())));
    let names = crate::objects::set::new_empty(&crate::objects::set::FROZENSET_TYPE);
    for n in STDLIB_MODULE_NAMES {
        crate::objects::set::set_add(&names, new_str(*n)).expect("str names hash");
    }
    mo.set("stdlib_module_names", names);
    mo.set("dont_write_bytecode", new_bool(true));
    mo.set("warnoptions", new_list(Vec::new()));
    let mut names: Vec<&str> = crate::modules::NATIVE.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    mo.set("builtin_module_names", new_tuple(names.into_iter().map(new_str).collect()));
    // `version` is filled in by `init_late`, once `version_info` exists.
    let impl_ns = crate::objects::namespace::new_namespace(vec![
        ("name", new_str("tern")),
        ("cache_tag", none()),
        ("version", none()),
        ("hexversion", new_int(0x030b07f0)),
        ("_multiarch", new_str(format!("{}-linux-gnu", std::env::consts::ARCH))),
    ]);
    mo.set("implementation", impl_ns);
    mo.dict().set_str(intern_static("__name__"), new_str("sys"));
    SYS.with(|s| *s.borrow_mut() = Some(m.clone()));
}

/// Finishes `sys` once the interpreter can run Python code.
pub fn init_late() -> PyResult<()> {
    let m = sys_module();
    let d = m.downcast::<ModuleObject>().unwrap().dict.clone().unwrap();
    let code = crate::compile_source(BOOTSTRAP, "<sys bootstrap>", tern_frontend::Mode::Exec)?;
    let g = new_dict();
    let gd = crate::objects::dict::as_dict(&g).unwrap();
    gd.set_str(intern_static("__builtins__"), crate::builtins::builtins_module());
    gd.set_str(intern_static("__name__"), new_str("sys"));
    crate::interp::run_code(&code, &g, None)?;
    let dd = crate::objects::dict::as_dict(&d).unwrap();
    for name in ["version_info", "float_info", "int_info", "hash_info", "flags", "thread_info"] {
        if let Some(v) = gd.get_str(&intern(name)) {
            dd.set_str(intern(name), v);
        }
    }
    ASYNCGEN_HOOKS_TYPE.with(|h| *h.borrow_mut() = gd.get_str(&intern_static("_asyncgen_hooks")));
    if let (Some(imp), Some(vi)) = (dd.get_str(&intern_static("implementation")), dd.get_str(&intern_static("version_info"))) {
        crate::objects::instance::dict_set(&imp, &intern_static("version"), vi);
    }
    crate::objects::file::init_late()?;
    // What `site` adds to builtins.
    let code = crate::compile_source(SITE_BUILTINS, "<_sitebuiltins>", tern_frontend::Mode::Exec)?;
    let g = new_dict();
    let gd = crate::objects::dict::as_dict(&g).unwrap();
    gd.set_str(intern_static("__builtins__"), crate::builtins::builtins_module());
    gd.set_str(intern_static("__name__"), new_str("_sitebuiltins"));
    crate::interp::run_code(&code, &g, None)?;
    let bd = crate::builtins::builtins_dict();
    let bdd = crate::objects::dict::as_dict(&bd).unwrap();
    for name in ["exit", "quit", "copyright", "credits", "license", "help"] {
        if let Some(v) = gd.get_str(&intern(name)) {
            bdd.set_str(intern(name), v);
        }
    }
    Ok(())
}
