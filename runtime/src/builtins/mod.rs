//! The `builtins` module: built-in functions, the type constructors and the
//! exception classes.

pub mod args;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{ellipsis, is_none, new_bool, none, not_implemented};
use crate::objects::dict::{as_dict, new_dict, DictObject};
use crate::objects::exception;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{self, int_val, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{TypeObject, Slot};
use crate::value::Value;
use args::{arity, bind, no_kw};
use std::cell::RefCell;
use tern_frontend::bytecode::{BinOp, CmpOp};

thread_local! {
    static BUILTINS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The builtins module.
pub fn builtins_module() -> Value {
    BUILTINS.with(|b| b.borrow().clone().expect("builtins initialised"))
}

/// The builtins module's namespace.
pub fn builtins_dict() -> Value {
    builtins_module().downcast::<ModuleObject>().unwrap().dict.clone().unwrap()
}

fn print(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let mut sep: Option<Value> = None;
    let mut end: Option<Value> = None;
    let mut file: Option<Value> = None;
    let mut flush = false;
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match k {
                "sep" => sep = Some(v.clone()),
                "end" => end = Some(v.clone()),
                "file" => file = Some(v.clone()),
                "flush" => flush = ops::truthy(v)?,
                other => return Err(type_error(format!("'{other}' is an invalid keyword argument for print()"))),
            }
        }
    }
    let text_of = |v: &Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(v) if is_none(v) => Ok(default.to_owned()),
            Some(v) => as_str(v)
                .map(str::to_owned)
                .ok_or_else(|| type_error(format!("{what} must be None or a string, not {}", v.ty().name()))),
        }
    };
    let sep = text_of(&sep, " ", "sep")?;
    let end = text_of(&end, "\n", "end")?;
    let file = match file {
        Some(f) if !is_none(&f) => f,
        _ => crate::modules::sys::stdout(),
    };
    if is_none(&file) {
        return Ok(none());
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&ops::str_of(a)?);
    }
    out.push_str(&end);
    crate::objects::file::write_text(&file, &out)?;
    if flush {
        crate::objects::file::flush_file(&file)?;
    }
    Ok(none())
}

fn len(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("len", kw)?;
    arity("len", args.len(), 1, 1)?;
    Ok(new_int(ops::len(&args[0])? as i64))
}

fn repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("repr", args.len(), 1, 1)?;
    ops::repr(&args[0])
}

fn ascii(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("ascii", args.len(), 1, 1)?;
    let r = ops::repr_string(&args[0])?;
    Ok(new_str(crate::objects::str::ascii_escape(&r)))
}

fn format(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => as_str(s)
            .ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", s.ty().name())))?,
        None => "",
    };
    ops::format(&args[0], spec)
}

fn hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("hash", args.len(), 1, 1)?;
    Ok(new_int(ops::hash(&args[0])?))
}

fn id(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("id", args.len(), 1, 1)?;
    Ok(int::new_int_u64(args[0].id()))
}

fn abs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("abs", args.len(), 1, 1)?;
    ops::abs(&args[0])
}

fn callable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("callable", args.len(), 1, 1)?;
    Ok(new_bool(crate::call::callable(&args[0])))
}

fn isinstance(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("isinstance", args.len(), 2, 2)?;
    Ok(new_bool(ops::isinstance(&args[0], &args[1])?))
}

fn issubclass(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("issubclass", args.len(), 2, 2)?;
    Ok(new_bool(ops::issubclass(&args[0], &args[1])?))
}

fn attr_name(v: &Value) -> PyResult<Value> {
    match as_str(v) {
        Some(_) => Ok(crate::objects::str::intern_value(v)),
        None => Err(type_error(format!("attribute name must be string, not '{}'", v.ty().name()))),
    }
}

fn getattr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("getattr", args.len(), 2, 3)?;
    let name = attr_name(&args[1])?;
    match args.get(2) {
        None => ops::getattr(&args[0], &name),
        Some(d) => match ops::getattr_opt(&args[0], &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(d.clone()),
            Err(e) if e.matches(&exception::ATTRIBUTE_ERROR) => Ok(d.clone()),
            Err(e) => Err(e),
        },
    }
}

fn setattr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("setattr", args.len(), 3, 3)?;
    let name = attr_name(&args[1])?;
    ops::setattr(&args[0], &name, Some(args[2].clone()))?;
    Ok(none())
}

fn delattr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("delattr", args.len(), 2, 2)?;
    let name = attr_name(&args[1])?;
    ops::setattr(&args[0], &name, None)?;
    Ok(none())
}

fn hasattr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("hasattr", args.len(), 2, 2)?;
    let name = attr_name(&args[1])?;
    match ops::getattr_opt(&args[0], &name) {
        Ok(v) => Ok(new_bool(v.is_some())),
        Err(e) if e.matches(&exception::ATTRIBUTE_ERROR) => Ok(new_bool(false)),
        Err(e) => Err(e),
    }
}

fn iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        if !crate::call::callable(&args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::objects::iter::new_call_iter(args[0].clone(), args[1].clone()));
    }
    ops::iter(&args[0])
}

fn next(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("next", args.len(), 1, 2)?;
    let it = &args[0];
    if !ops::is_iterator(it) {
        return Err(type_error(format!("'{}' object is not an iterator", it.ty().name())));
    }
    let ty = it.ty();
    if ty.iternext.get().is_none() {
        // Call __next__ directly so the StopIteration value is kept.
        let f = ty.slot(Slot::Next).unwrap();
        return match ops::call_special(&f, it, &[]) {
            Err(e) if e.matches(&exception::STOP_ITERATION) && args.len() == 2 => Ok(args[1].clone()),
            r => r,
        };
    }
    match ops::next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::error::stop_iteration(None)),
        },
    }
}

fn all(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("all", args.len(), 1, 1)?;
    let mut r = true;
    ops::for_each(&args[0], |v| {
        if !ops::truthy(&v)? {
            r = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(new_bool(r))
}

fn any(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("any", args.len(), 1, 1)?;
    let mut r = false;
    ops::for_each(&args[0], |v| {
        if ops::truthy(&v)? {
            r = true;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(new_bool(r))
}

fn sum(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("sum", args, kw, &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or_else(|| new_int(0));
    if as_str(&acc).is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::objects::bytes::as_bytes(&acc).is_some() {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    // Exact float accumulation mirrors CPython's float fast path.
    let mut fsum: Option<f64> = None;
    ops::for_each(a[0].as_ref().unwrap(), |v| {
        if let Some(f) = fsum {
            if let Some(x) = crate::objects::float::as_exact_float(&v) {
                fsum = Some(f + x);
                return Ok(true);
            }
            if let (Some(i), true) = (int_val(&v), v.is_small_int()) {
                if let Some(x) = i.as_i64() {
                    fsum = Some(f + x as f64);
                    return Ok(true);
                }
            }
            acc = crate::objects::float::new_float(f);
            fsum = None;
        } else if crate::objects::float::as_exact_float(&acc).is_some() && crate::objects::float::as_exact_float(&v).is_some() {
            fsum = Some(crate::objects::float::as_exact_float(&acc).unwrap());
            fsum = Some(fsum.unwrap() + crate::objects::float::as_exact_float(&v).unwrap());
            return Ok(true);
        }
        acc = ops::binary_op(&acc, &v, BinOp::Add)?;
        Ok(true)
    })?;
    if let Some(f) = fsum {
        return Ok(crate::objects::float::new_float(f));
    }
    Ok(acc)
}

fn minmax(args: &[Value], kw: Option<&Kw>, name: &str, op: CmpOp) -> PyResult<Value> {
    let mut key: Option<Value> = None;
    let mut default: Option<Value> = None;
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match k {
                "key" => key = Some(v.clone()).filter(|v| !is_none(v)),
                "default" => default = Some(v.clone()),
                other => return Err(type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
            }
        }
    }
    let items: Vec<Value> = match args.len() {
        0 => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => ops::collect(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => crate::call::call(f, &[it.clone()], None)?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                if ops::compare(&k, bk, op)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    minmax(args, kw, "min", CmpOp::Lt)
}

fn max(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    minmax(args, kw, "max", CmpOp::Gt)
}

fn sorted(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = ops::collect(&args[0])?;
    let l = new_list(items);
    crate::objects::list_methods::sort_list(&l, kw)?;
    Ok(l)
}

fn divmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (int_val(a), int_val(b)) {
        let (q, r) = int::divmod(x, y)?;
        return Ok(new_tuple(vec![q, r]));
    }
    let fa = crate::objects::float::float_val(a).or_else(|| int_val(a).and_then(|i| int::to_f64(i).ok()));
    let fb = crate::objects::float::float_val(b).or_else(|| int_val(b).and_then(|i| int::to_f64(i).ok()));
    if let (Some(x), Some(y)) = (fa, fb) {
        if y == 0.0 {
            return Err(crate::error::zero_division("float divmod()"));
        }
        let (q, r) = crate::objects::float::float_divmod(x, y);
        return Ok(new_tuple(vec![crate::objects::float::new_float(q), crate::objects::float::new_float(r)]));
    }
    let r = ops::call_special_opt(a, "__divmod__", b)?;
    if let Some(r) = r {
        return Ok(r);
    }
    if let Some(r) = ops::call_special_opt(b, "__rdivmod__", a)? {
        return Ok(r);
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    )))
}

fn pow(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("pow", args, kw, &["base", "exp", "mod"], 2)?;
    match &a[2] {
        None => ops::binary_op(a[0].as_ref().unwrap(), a[1].as_ref().unwrap(), BinOp::Pow),
        Some(m) => ops::ternary_pow(a[0].as_ref().unwrap(), a[1].as_ref().unwrap(), m),
    }
}

fn round(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("round", args, kw, &["number", "ndigits"], 1)?;
    let x = a[0].as_ref().unwrap();
    let nd = a[1].clone().filter(|v| !is_none(v));
    match x.ty().lookup_str("__round__") {
        Some(f) => {
            let mut fa = vec![];
            if let Some(n) = nd {
                fa.push(n);
            }
            ops::call_special(&f, x, &fa)
        }
        None => Err(type_error(format!("type {} doesn't define __round__ method", x.ty().name()))),
    }
}

fn ord(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("ord", args.len(), 1, 1)?;
    if let Some(s) = as_str(&args[0]) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(new_int(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = crate::objects::bytes::as_bytes(&args[0]) {
        if b.len() == 1 {
            return Ok(new_int(b[0] as i64));
        }
        return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", args[0].ty().name())))
}

fn chr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("chr", args.len(), 1, 1)?;
    let i = ops::index(&args[0])?;
    let n = int::as_i64(&i).ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?;
    if !(0..=0x10ffff).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(crate::objects::str::char_str(c)),
        None => Err(value_error("surrogate code points are not supported")),
    }
}

fn base_repr(args: &[Value], name: &str, base: u8, prefix: &str) -> PyResult<Value> {
    arity(name, args.len(), 1, 1)?;
    let i = ops::index(&args[0])?;
    let v = int_val(&i).unwrap();
    let digits = int::to_base(v, base);
    Ok(new_str(if v.is_negative() { format!("-{prefix}{digits}") } else { format!("{prefix}{digits}") }))
}

fn hex(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    base_repr(args, "hex", 16, "0x")
}

fn oct(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    base_repr(args, "oct", 8, "0o")
}

fn bin(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    base_repr(args, "bin", 2, "0b")
}

fn input(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("input", args.len(), 0, 1)?;
    let stdout = crate::modules::sys::stdout();
    if let Some(p) = args.first() {
        crate::objects::file::write_text(&stdout, &ops::str_of(p)?)?;
    }
    crate::objects::file::flush_file(&stdout)?;
    let stdin = crate::modules::sys::stdin();
    let line = ops::call_method(&stdin, "readline", &[])?;
    let s = as_str(&line).unwrap_or("").to_owned();
    if s.is_empty() {
        return Err(PyErr::new(&exception::EOF_ERROR, "EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(&s).to_owned()))
}

fn globals(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::interp::current_globals().unwrap_or_else(new_dict))
}

fn locals(_args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::interp::current_locals().unwrap_or_else(new_dict))
}

fn vars(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("vars", args.len(), 0, 1)?;
    match args.first() {
        None => locals(&[], None),
        Some(o) => match ops::getattr_opt(o, &intern("__dict__")) {
            Ok(Some(d)) => Ok(d),
            _ => Err(type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    arity("dir", args.len(), 0, 1)?;
    let names = match args.first() {
        None => {
            let l = crate::interp::current_locals().unwrap_or_else(new_dict);
            ops::collect(&l)?
        }
        Some(o) => {
            if let Some(t) = o.downcast::<TypeObject>() {
                // Attributes of the class and its bases.
                let d = new_dict();
                let dd = as_dict(&d).unwrap();
                for &c in t.mro() {
                    for k in unsafe { &*c }.dict().keys() {
                        dd.set(k, none())?;
                    }
                }
                dd.keys()
            } else {
                let r = ops::call_method(o, "__dir__", &[])?;
                ops::collect(&r)?
            }
        }
    };
    let l = new_list(names);
    crate::objects::list_methods::sort_list(&l, None)?;
    Ok(l)
}

/// `exec`/`eval`: source text or a code object, run with the given namespaces.
fn run_source(args: &[Value], kw: Option<&Kw>, name: &str, mode: tern_frontend::Mode) -> PyResult<Value> {
    let a = bind(name, args, kw, &["source", "globals", "locals"], 1)?;
    let src = a[0].as_ref().unwrap();
    let globals = match &a[1] {
        Some(g) if !is_none(g) => {
            if as_dict(g).is_none() {
                return Err(type_error(format!("{}() globals must be a dict, not {}", name, g.ty().name())));
            }
            g.clone()
        }
        _ => crate::interp::current_globals().unwrap_or_else(new_dict),
    };
    let locals = match &a[2] {
        Some(l) if !is_none(l) => Some(l.clone()),
        _ => {
            if a[1].as_ref().is_some_and(|g| !is_none(g)) {
                Some(globals.clone())
            } else {
                crate::interp::current_locals()
            }
        }
    };
    let gd = as_dict(&globals).unwrap();
    if gd.get_str(&intern("__builtins__")).is_none() {
        gd.set_str(intern("__builtins__"), builtins_module());
    }
    let code = if src.downcast::<crate::objects::code::CodeObj>().is_some() {
        src.clone()
    } else {
        let text = match as_str(src) {
            Some(s) => s.to_owned(),
            None => match crate::objects::bytes::as_bytes(src) {
                Some(b) => String::from_utf8_lossy(b).into_owned(),
                None => {
                    return Err(type_error(format!(
                        "{}() arg 1 must be a string, bytes or code object",
                        name
                    )))
                }
            },
        };
        let text = if mode == tern_frontend::Mode::Eval { text.trim_start_matches([' ', '\t']).to_owned() } else { text };
        crate::compile_source(&text, "<string>", mode)?
    };
    let r = crate::interp::run_code(&code, &globals, locals.as_ref())?;
    Ok(if mode == tern_frontend::Mode::Eval { r } else { none() })
}

fn exec(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    run_source(args, kw, "exec", tern_frontend::Mode::Exec)
}

fn eval(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    run_source(args, kw, "eval", tern_frontend::Mode::Eval)
}

fn compile(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("compile", args, kw, &["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3)?;
    let src = a[0].as_ref().and_then(as_str).ok_or_else(|| type_error("compile() arg 1 must be a string"))?;
    let filename = a[1].as_ref().and_then(as_str).unwrap_or("<string>");
    let mode = match a[2].as_ref().and_then(as_str) {
        Some("exec") | Some("single") => tern_frontend::Mode::Exec,
        Some("eval") => tern_frontend::Mode::Eval,
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    crate::compile_source(src, filename, mode)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &args[0];
    let name = &args[1];
    let bases_in = &args[2..];
    // PEP 560: __mro_entries__ on non-class bases.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in bases_in {
        if b.downcast::<TypeObject>().is_none() {
            if let Some(me) = ops::getattr_opt(b, &intern("__mro_entries__"))? {
                let r = crate::call::call(&me, &[new_tuple(bases_in.to_vec())], None)?;
                bases.extend(ops::collect(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    if let Some(kw) = kw {
        for (n, v) in kw.names.iter().zip(kw.values.iter()) {
            if as_str(n) == Some("metaclass") {
                meta = Some(v.clone());
            } else {
                kw_names.push(n.clone());
                kw_values.push(v.clone());
            }
        }
    }
    let is_class_meta = meta.as_ref().is_none_or(|m| m.downcast::<TypeObject>().is_some());
    let meta = match meta {
        Some(m) if is_class_meta => crate::objects::typeobj::calculate_metaclass(m.downcast::<TypeObject>().unwrap(), &bases)?,
        Some(m) => m,
        None => match bases.first() {
            Some(b) => crate::objects::typeobj::calculate_metaclass(b.ty(), &bases)?,
            None => crate::types::TYPE_TYPE.as_value(),
        },
    };
    let bases_t = new_tuple(bases);
    let kwa = Kw { names: &kw_names, values: &kw_values };
    let kwo = if kw_names.is_empty() { None } else { Some(&kwa) };
    let ns = match ops::getattr_opt(&meta, &intern("__prepare__"))? {
        Some(p) => crate::call::call(&p, &[name.clone(), bases_t.clone()], kwo)?,
        None => new_dict(),
    };
    if as_dict(&ns).is_none() && !ns.ty().has_slot(Slot::GetItem) {
        return Err(type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            meta.downcast::<TypeObject>().map_or("?".into(), |t| t.name().to_owned()),
            ns.ty().name()
        )));
    }
    if changed {
        ops::set_item(&ns, &intern("__orig_bases__"), new_tuple(bases_in.to_vec()))?;
    }
    let cell = crate::interp::run_class_body(func, &ns)?;
    let cls = crate::call::call(&meta, &[name.clone(), bases_t, ns], kwo)?;
    if let Some(c) = cell.downcast::<crate::objects::cell::CellObject>() {
        if let Some(v) = c.get() {
            if !v.is(&cls) && cls.downcast::<TypeObject>().is_some() {
                return Err(type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    ops::repr_string(&v)?,
                    as_str(name).unwrap_or("?"),
                    ops::repr_string(&cls)?
                )));
            }
        } else {
            c.set(Some(cls.clone()));
        }
    }
    Ok(cls)
}

fn import(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = bind("__import__", args, kw, &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = crate::objects::str::intern_value(a[0].as_ref().unwrap());
    let globals = a[1].clone().filter(|g| !is_none(g)).unwrap_or_else(new_dict);
    let fromlist = a[3].clone().unwrap_or_else(none);
    let level = a[4].clone().unwrap_or_else(|| new_int(0));
    crate::import::import_name(&name, &globals, &fromlist, &level)
}

fn bool_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("bool", kw)?;
    arity("bool", args.len() - 1, 0, 1)?;
    Ok(new_bool(match args.get(1) {
        Some(v) => ops::truthy(v)?,
        None => false,
    }))
}

fn exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Err(PyErr::with_args(&exception::SYSTEM_EXIT, args.to_vec()))
}

fn register(d: &DictObject, name: &'static str, f: NativeFn) {
    d.set_str(intern(name), new_builtin(name, f, Some("builtins")));
}

/// Creates the builtins module.
pub fn init() {
    let m = new_module("builtins");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let d = mo.dict();
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
        ("hash", hash),
        ("id", id),
        ("abs", abs),
        ("callable", callable),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("iter", iter),
        ("next", next),
        ("all", all),
        ("any", any),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("sorted", sorted),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("ord", ord),
        ("chr", chr),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("input", input),
        ("open", crate::objects::file::open),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__build_class__", build_class),
        ("__import__", import),
        ("exit", exit),
        ("quit", exit),
    ];
    for (name, f) in fns {
        register(d, name, *f);
    }
    crate::types::build::new(&crate::objects::bool_none::BOOL_TYPE, bool_new);
    use crate::objects as o;
    let types: &[(&str, &TypeObject)] = &[
        ("object", &crate::types::OBJECT_TYPE),
        ("type", &crate::types::TYPE_TYPE),
        ("int", &o::int::INT_TYPE),
        ("bool", &o::bool_none::BOOL_TYPE),
        ("float", &o::float::FLOAT_TYPE),
        ("complex", &o::complex::COMPLEX_TYPE),
        ("str", &o::str::STR_TYPE),
        ("bytes", &o::bytes::BYTES_TYPE),
        ("tuple", &o::tuple::TUPLE_TYPE),
        ("list", &o::list::LIST_TYPE),
        ("dict", &o::dict::DICT_TYPE),
        ("set", &o::set::SET_TYPE),
        ("frozenset", &o::set::FROZENSET_TYPE),
        ("range", &o::range::RANGE_TYPE),
        ("slice", &o::slice::SLICE_TYPE),
        ("enumerate", &o::iter::ENUMERATE_TYPE),
        ("zip", &o::iter::ZIP_TYPE),
        ("map", &o::iter::MAP_TYPE),
        ("filter", &o::iter::FILTER_TYPE),
        ("reversed", &o::iter::REVERSED_TYPE),
        ("property", &o::function::PROPERTY_TYPE),
        ("staticmethod", &o::function::STATICMETHOD_TYPE),
        ("classmethod", &o::function::CLASSMETHOD_TYPE),
        ("super", &o::super_::SUPER_TYPE),
    ];
    for (name, t) in types {
        d.set_str(intern(name), t.as_value());
    }
    for t in exception::ALL {
        d.set_str(intern(t.name()), t.as_value());
    }
    d.set_str(intern("EnvironmentError"), exception::OS_ERROR.as_value());
    d.set_str(intern("IOError"), exception::OS_ERROR.as_value());
    d.set_str(intern("None"), none());
    d.set_str(intern("True"), new_bool(true));
    d.set_str(intern("False"), new_bool(false));
    d.set_str(intern("NotImplemented"), not_implemented());
    d.set_str(intern("Ellipsis"), ellipsis());
    d.set_str(intern("__debug__"), new_bool(true));
    d.set_str(intern("__name__"), new_str("builtins"));
    BUILTINS.with(|b| *b.borrow_mut() = Some(m));
}
