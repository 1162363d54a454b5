//! tern's runtime: values and objects, the tier-0 interpreter, built-in
//! types, functions and modules, and the entry points that run programs.
//!
//! Module map:
//! - `value`, `types`: the value word, object header, type objects
//! - `objects/*`: one module per built-in type (`*_methods` hold method tables)
//! - `ops`, `call`: the protocols (attributes, operators, calls) every tier uses
//! - `interp/*`: frames and the bytecode loop
//! - `builtins`, `modules/*`: the `builtins` module and native modules
//! - `import`, `traceback`, `format`: imports, error reports, text formatting
//! - `thread`: per-thread state (frame chain, handled exceptions, frame arena)

pub mod attrcache;
pub mod builtins;
pub mod call;
pub mod config;
pub mod error;
pub mod feedback;
pub mod format;
pub mod import;
pub mod interp;
pub mod jit;
pub mod modules;
pub mod objects;
pub mod ops;
pub mod perf;
pub mod stdlib;
pub mod thread;
pub mod traceback;
pub mod types;
pub mod value;

use error::{PyErr, PyResult};
use objects::str::{intern_static, new_str};
use tern_frontend::{CompileError, ErrorKind, Mode};
use value::Value;

/// Initialises every built-in type and the `builtins` and `sys` modules.
pub fn init(argv: Vec<String>, script_dir: Option<String>) {
    use objects::*;
    instance::init();
    typeobj::init();
    bool_none::init();
    int::init();
    float::init();
    complex::init();
    str::init();
    bytes::init();
    tuple::init();
    list::init();
    dict::init();
    set::init();
    range::init();
    slice::init();
    function::init();
    descr::init();
    module::init();
    namespace::init();
    cell::init();
    code::init();
    exception::init();
    frameobj::init();
    iter::init();
    generator::init();
    super_::init();
    file::init();
    int_methods::init();
    float_methods::init();
    str_methods::init();
    list_methods::init();
    tuple_methods::init();
    dict_methods::init();
    builtins::init();
    modules::sys::init(argv, script_dir);
    let sysm = modules::sys::sys_module();
    import::register_module("sys", &sysm);
    import::register_module("builtins", &builtins::builtins_module());
    if let Err(e) = modules::sys::init_late() {
        traceback::print_exception(&e);
    }
}

/// Turns a compile error into the Python exception CPython raises for it.
pub fn compile_error_to_exc(e: &CompileError) -> PyErr {
    use objects::exception as ex;
    let cls: &types::TypeObject = match e.kind {
        ErrorKind::SyntaxError => &ex::SYNTAX_ERROR,
        ErrorKind::IndentationError => &ex::INDENTATION_ERROR,
        ErrorKind::TabError => &ex::TAB_ERROR,
        ErrorKind::RecursionError => &ex::RECURSION_ERROR,
        ErrorKind::MemoryError => &ex::MEMORY_ERROR,
    };
    if e.bare || matches!(e.kind, ErrorKind::RecursionError | ErrorKind::MemoryError) {
        if e.kind == ErrorKind::MemoryError {
            return PyErr::with_args(cls, vec![]);
        }
        return PyErr::new(cls, e.msg.clone());
    }
    use objects::bool_none::none;
    use objects::int::new_int;
    let text = e.text.clone().map(|t| new_str(format!("{t}\n"))).unwrap_or_else(none);
    let details = objects::tuple::new_tuple(vec![
        new_str(e.filename.clone()),
        new_int(e.line as i64),
        new_int(e.offset as i64),
        text,
        new_int(e.end_line as i64),
        new_int(e.end_offset as i64),
    ]);
    PyErr::with_args(cls, vec![new_str(e.msg.clone()), details])
}

/// Compiles source text into a code object.
pub fn compile_source(text: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    compile_source_flags(text, filename, mode, 0)
}

/// `compile_source` with future flags (CPython's PyCF_* future bits).
pub fn compile_source_flags(text: &str, filename: &str, mode: Mode, future_flags: u32) -> PyResult<Value> {
    traceback::register_source(filename, text);
    let code = tern_frontend::compile::compile_with_flags(text, filename, mode, future_flags);
    for (msg, line) in tern_frontend::compile::take_warnings() {
        emit_syntax_warning(&msg, filename, line)?;
    }
    let code = code.map_err(|e| compile_error_to_exc(&e))?;
    if config::get("TERN_DUMP") == "bytecode" {
        eprint!("{}", tern_frontend::dis::disassemble(&code));
    }
    Ok(objects::code::new_code(code))
}

/// A compiler SyntaxWarning, through `warnings.warn_explicit`; a warning
/// turned into an error becomes a SyntaxError (CPython's compiler_warn).
fn emit_syntax_warning(msg: &str, filename: &str, line: u32) -> PyResult<()> {
    let warn = || -> PyResult<()> {
        let w = import::import_module("warnings")?;
        let f = ops::getattr_str(&w, "warn_explicit")?;
        let args = [
            objects::str::new_str(msg),
            objects::exception::SYNTAX_WARNING.as_value(),
            objects::str::new_str(filename),
            objects::int::new_int(line as i64),
        ];
        call::call(&f, &args, None).map(|_| ())
    };
    match warn() {
        Err(e) if e.matches(&objects::exception::SYNTAX_WARNING) => {
            Err(compile_error_to_exc(&tern_frontend::error::CompileError::syntax(msg, filename, line, 0)))
        }
        other => other,
    }
}

/// Decodes (PEP 263) and compiles a source file's bytes.
pub fn compile_bytes(bytes: &[u8], filename: &str) -> PyResult<Value> {
    let text = tern_frontend::source::decode_source(bytes, filename).map_err(|e| compile_error_to_exc(&e))?;
    compile_source(&text, filename, Mode::Exec)
}

/// How a program run ended.
pub enum Outcome {
    /// Exit with this status.
    Exit(i32),
    /// Re-raise SIGINT so the parent sees the program killed by Ctrl-C (as CPython does).
    Interrupted,
}

/// Creates the `__main__` module.
fn main_module(file: Option<&str>) -> Value {
    let m = objects::module::new_module("__main__");
    let mo = m.downcast::<objects::module::ModuleObject>().unwrap();
    mo.set("__builtins__", builtins::builtins_module());
    if let Some(f) = file {
        mo.set("__file__", new_str(f));
    }
    import::register_module("__main__", &m);
    m
}

/// Runs code in `__main__` and converts the result into an exit outcome.
fn run_main_code(code: PyResult<Value>, file: Option<&str>) -> Outcome {
    let m = main_module(file);
    let r = code.and_then(|c| {
        let d = m.downcast::<objects::module::ModuleObject>().unwrap().dict.clone().unwrap();
        interp::run_code(&c, &d, None)
    });
    finish(r.map(|_| ()))
}

/// Runs a program file as `__main__`.
pub fn run_file(path: &str) -> Outcome {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let exe = std::env::args().next().unwrap_or_else(|| "tern".into());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = objects::file::strerror(errno).unwrap_or_else(|| e.to_string());
            traceback::write_stderr(&format!("{exe}: can't open file '{path}': [Errno {errno}] {msg}\n"));
            return Outcome::Exit(2);
        }
    };
    let code = compile_bytes(&bytes, path);
    run_main_code(code, Some(path))
}

/// Runs `-c` code.
pub fn run_string(text: &str) -> Outcome {
    let code = compile_source(text, "<string>", Mode::Exec);
    run_main_code(code, None)
}

/// Runs `-m module`: finds the module on sys.path and runs it as `__main__`.
pub fn run_module(name: &str) -> Outcome {
    let r = (|| -> PyResult<Value> {
        // Import the parent package first, then find the file of the module itself.
        let path = modules::sys::path();
        let dirs: Vec<std::path::PathBuf> = ops::collect(&path)?
            .iter()
            .filter_map(|d| objects::str::as_str(d).map(std::path::PathBuf::from))
            .collect();
        let parts: Vec<&str> = name.split('.').collect();
        let mut search = dirs;
        if parts.len() > 1 {
            let parent = import::import_module(&parts[..parts.len() - 1].join("."))?;
            let p = ops::getattr(&parent, &intern_static("__path__"))?;
            search = ops::collect(&p)?.iter().filter_map(|d| objects::str::as_str(d).map(std::path::PathBuf::from)).collect();
        }
        let short = parts[parts.len() - 1];
        for d in &search {
            let main = d.join(short).join("__main__.py");
            let file = d.join(format!("{short}.py"));
            let is_pkg = d.join(short).join("__init__.py").is_file() && main.is_file();
            let target = if is_pkg {
                // A package runs as its `__main__` submodule, with the package imported first.
                import::import_module(name)?;
                main
            } else if file.is_file() {
                file
            } else {
                continue;
            };
            let p = std::fs::canonicalize(&target).unwrap_or(target);
            let ps = p.display().to_string();
            if let Some(argv0) = ops::collect(&modules::sys::sys_module().downcast::<objects::module::ModuleObject>().unwrap().get("argv").unwrap())?.first() {
                let _ = argv0;
                ops::set_item(&modules::sys::sys_module().downcast::<objects::module::ModuleObject>().unwrap().get("argv").unwrap(), &objects::int::new_int(0), new_str(ps.clone()))?;
            }
            let bytes = std::fs::read(&p).map_err(|e| objects::file::os_error_from(e, Some(&ps)))?;
            let m = main_module(Some(&ps));
            let mo = m.downcast::<objects::module::ModuleObject>().unwrap();
            mo.set("__package__", new_str(if is_pkg { name.to_owned() } else { parts[..parts.len() - 1].join(".") }));
            let code = compile_bytes(&bytes, &ps)?;
            let d = mo.dict.clone().unwrap();
            return interp::run_code(&code, &d, None);
        }
        let exe = std::env::args().next().unwrap_or_else(|| "tern".into());
        Err(PyErr::new(&objects::exception::RUNTIME_ERROR, format!("{exe}: No module named {name}")))
    })();
    match r {
        Err(e) if e.matches(&objects::exception::RUNTIME_ERROR) && ops::str_of(&e.exc).unwrap_or_default().contains("No module named") => {
            traceback::write_stderr(&format!("{}\n", ops::str_of(&e.exc).unwrap_or_default()));
            Outcome::Exit(1)
        }
        other => finish(other.map(|_| ())),
    }
}

/// Flushes output and turns an uncaught exception into CPython's exit behaviour.
pub fn finish(r: PyResult<()>) -> Outcome {
    let outcome = match r {
        Ok(()) => Outcome::Exit(0),
        Err(e) => handle_uncaught(e),
    };
    modules::atexit::run_exitfuncs();
    import::finalize_at_exit();
    match (flush_std_streams(), outcome) {
        // As CPython's Py_RunMain: a failed flush at exit makes the status 120.
        (false, Outcome::Exit(_)) => Outcome::Exit(120),
        (_, outcome) => outcome,
    }
}

/// Flushes sys.stdout and sys.stderr at exit (CPython's `flush_std_files`):
/// false if one of them failed (stdout's error is reported as unraisable).
fn flush_std_streams() -> bool {
    let mut ok = true;
    let out = modules::sys::stdout();
    if !objects::bool_none::is_none(&out) {
        if let Err(e) = objects::file::flush_file(&out) {
            traceback::write_unraisable(&e, "Exception ignored in", &out);
            ok = false;
        }
    }
    let err = modules::sys::stderr();
    if !objects::bool_none::is_none(&err) && objects::file::flush_file(&err).is_err() {
        ok = false;
    }
    objects::file::flush_stdout();
    ok
}

fn handle_uncaught(e: PyErr) -> Outcome {
    use objects::exception::{KEYBOARD_INTERRUPT, SYSTEM_EXIT};
    if e.matches(&SYSTEM_EXIT) {
        let code = objects::instance::dict_get(&e.exc, &intern_static("code")).unwrap_or_else(objects::bool_none::none);
        if objects::bool_none::is_none(&code) {
            return Outcome::Exit(0);
        }
        if let Some(i) = objects::int::as_i64(&code) {
            return Outcome::Exit(i as i32);
        }
        let text = ops::str_of(&code).unwrap_or_default();
        traceback::write_stderr(&format!("{text}\n"));
        return Outcome::Exit(1);
    }
    traceback::print_exception(&e);
    if e.matches(&KEYBOARD_INTERRUPT) {
        return Outcome::Interrupted;
    }
    Outcome::Exit(1)
}
