//! The `builtins` module: built-in functions, the type constructors and the
//! exception classes.

pub mod args;
pub mod generic_alias;
pub mod memoryview;
pub mod object_extras;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{ellipsis, is_none, new_bool, none, not_implemented};
use crate::objects::dict::{as_dict, new_dict, DictObject};
use crate::objects::exception;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{self, int_val, new_int};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, intern, intern_static, new_str};
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
    let file = match file {
        Some(f) if !is_none(&f) => f,
        _ => crate::modules::sys::stdout(),
    };
    if is_none(&file) {
        return Ok(none());
    }
    let sep = text_of(&sep, " ", "sep")?;
    let end = text_of(&end, "\n", "end")?;
    // Piece by piece, as CPython writes them (a failing __str__ leaves the
    // earlier pieces written).
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            crate::objects::file::write_text(&file, &sep)?;
        }
        let text = ops::str_(a)?;
        write_str_value(&file, &text)?;
    }
    crate::objects::file::write_text(&file, &end)?;
    if flush {
        ops::call_method(&file, "flush", &[])?;
    }
    Ok(none())
}

/// Writes a str object to a file (CPython's PyFile_WriteObject with Py_PRINT_RAW).
fn write_str_value(file: &Value, text: &Value) -> PyResult<()> {
    match as_str(text) {
        Some(t) if crate::objects::file::is_native_text(file) => crate::objects::file::write_text(file, t),
        _ => ops::call_method(file, "write", &[text.clone()]).map(|_| ()),
    }
}

fn len(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("len", kw)?;
    arity("len", args.len(), 1, 1)?;
    Ok(new_int(ops::len(&args[0])? as i64))
}

fn repr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("repr", kw)?;
    arity("repr", args.len(), 1, 1)?;
    ops::repr(&args[0])
}

fn ascii(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("ascii", kw)?;
    arity("ascii", args.len(), 1, 1)?;
    let r = ops::repr_string(&args[0])?;
    Ok(new_str(crate::objects::str::ascii_escape(&r)))
}

fn format(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("format", kw)?;
    arity("format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => as_str(s)
            .ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", s.ty().name())))?,
        None => "",
    };
    ops::format(&args[0], spec)
}

fn hash(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("hash", kw)?;
    arity("hash", args.len(), 1, 1)?;
    Ok(new_int(ops::hash(&args[0])?))
}

fn id(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("id", kw)?;
    arity("id", args.len(), 1, 1)?;
    Ok(int::new_int_u64(args[0].id()))
}

fn abs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("abs", kw)?;
    arity("abs", args.len(), 1, 1)?;
    ops::abs(&args[0])
}

fn callable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("callable", kw)?;
    arity("callable", args.len(), 1, 1)?;
    Ok(new_bool(crate::call::callable(&args[0])))
}

fn isinstance(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("isinstance", kw)?;
    arity("isinstance", args.len(), 2, 2)?;
    Ok(new_bool(ops::isinstance(&args[0], &args[1])?))
}

fn issubclass(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("issubclass", kw)?;
    arity("issubclass", args.len(), 2, 2)?;
    Ok(new_bool(ops::issubclass(&args[0], &args[1])?))
}

fn attr_name(v: &Value) -> PyResult<Value> {
    match as_str(v) {
        Some(_) => Ok(crate::objects::str::intern_value(v)),
        None => Err(type_error(format!("attribute name must be string, not '{}'", v.ty().name()))),
    }
}

fn getattr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("getattr", kw)?;
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

fn setattr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("setattr", kw)?;
    arity("setattr", args.len(), 3, 3)?;
    let name = attr_name(&args[1])?;
    ops::setattr(&args[0], &name, Some(args[2].clone()))?;
    Ok(none())
}

fn delattr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("delattr", kw)?;
    arity("delattr", args.len(), 2, 2)?;
    let name = attr_name(&args[1])?;
    ops::setattr(&args[0], &name, None)?;
    Ok(none())
}

fn hasattr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("hasattr", kw)?;
    arity("hasattr", args.len(), 2, 2)?;
    let name = attr_name(&args[1])?;
    match ops::getattr_opt(&args[0], &name) {
        Ok(v) => Ok(new_bool(v.is_some())),
        Err(e) if e.matches(&exception::ATTRIBUTE_ERROR) => Ok(new_bool(false)),
        Err(e) => Err(e),
    }
}

fn iter(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("iter", kw)?;
    arity("iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        if !crate::call::callable(&args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::objects::iter::new_call_iter(args[0].clone(), args[1].clone()));
    }
    ops::iter(&args[0])
}

fn next(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("next", kw)?;
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
    // The native step directly, so a StopIteration carrying a value is kept.
    let step = ty.iternext.get().unwrap();
    match step(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::error::stop_iteration(None)),
        },
        Err(e) if e.matches(&exception::STOP_ITERATION) && args.len() == 2 => Ok(args[1].clone()),
        Err(e) => Err(e),
    }
}

fn all(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("all", kw)?;
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

fn any(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("any", kw)?;
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

/// Whether `v`'s class is (a subclass of) the built-in class named `name`.
fn is_builtin_kind(v: &Value, name: &str) -> bool {
    v.ty().mro().iter().any(|&t| {
        let t = unsafe { &*t };
        t.name() == name && t.builtin_module == "builtins" && !t.is_heap()
    })
}

/// CPython's builtin_sum, with its int and float fast paths (which decide
/// the exact float result).
fn sum(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = args::parse_args("sum", args, kw, &["iterable", "start"], 1, 1, 2)?;
    let it = ops::iter(a[0].as_ref().expect("required"))?;
    let mut result = match &a[1] {
        None => new_int(0),
        Some(start) => {
            if as_str(start).is_some() {
                return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            if crate::objects::bytes::as_bytes(start).is_some() && !is_builtin_kind(start, "bytearray") {
                return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
            }
            if is_builtin_kind(start, "bytearray") {
                return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
            }
            start.clone()
        }
    };
    use crate::objects::float::{as_exact_float, new_float};
    let exact_int = |v: &Value| v.is_small_int() || v.is_type(&int::INT_TYPE) || v.is_type(&crate::objects::bool_none::BOOL_TYPE);
    if exact_int(&result) && !result.is_type(&crate::objects::bool_none::BOOL_TYPE) {
        if let Some(mut acc) = int::as_i64(&result) {
            loop {
                let Some(item) = ops::next(&it)? else { return Ok(new_int(acc)) };
                if exact_int(&item) {
                    if let Some(b) = int::as_i64(&item) {
                        if let Some(r) = acc.checked_add(b) {
                            acc = r;
                            continue;
                        }
                    }
                }
                result = ops::binary_op(&new_int(acc), &item, BinOp::Add)?;
                break;
            }
        }
    }
    if let Some(mut f) = as_exact_float(&result) {
        loop {
            let Some(item) = ops::next(&it)? else { return Ok(new_float(f)) };
            if let Some(x) = as_exact_float(&item) {
                f += x;
                continue;
            }
            if let Some(x) = int_val(&item).and_then(|i| i.as_i64()) {
                f += x as f64;
                continue;
            }
            result = ops::binary_op(&new_float(f), &item, BinOp::Add)?;
            break;
        }
    }
    while let Some(item) = ops::next(&it)? {
        result = ops::binary_op(&result, &item, BinOp::Add)?;
    }
    Ok(result)
}

/// CPython's min_max: lazy iteration, `key` and `default` keyword-only.
fn minmax(args: &[Value], kw: Option<&Kw>, name: &str, op: CmpOp) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
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
    let positional = args.len() > 1;
    if positional && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let seq = if positional { new_tuple(args.to_vec()) } else { args[0].clone() };
    let it = ops::iter(&seq)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = ops::next(&it)? {
        let val = match &key {
            Some(f) => crate::call::call(f, &[item.clone()], None)?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((val, item)),
            Some((bv, _)) => {
                if ops::compare(&val, bv, op)? {
                    best = Some((val, item));
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

fn divmod(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("divmod", kw)?;
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

fn ord(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("ord", kw)?;
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

fn chr(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("chr", kw)?;
    arity("chr", args.len(), 1, 1)?;
    let n = args::as_c_int(&args[0])?;
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

fn hex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("hex", kw)?;
    base_repr(args, "hex", 16, "0x")
}

fn oct(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("oct", kw)?;
    base_repr(args, "oct", 8, "0o")
}

fn bin(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("bin", kw)?;
    base_repr(args, "bin", 2, "0b")
}

/// CPython's builtin_input (the non-interactive path).
fn input(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("input", kw)?;
    arity("input", args.len(), 0, 1)?;
    let lost = |what: &str| PyErr::new(&exception::RUNTIME_ERROR, format!("input(): lost sys.{what}"));
    let fin = crate::modules::sys::stdin();
    let fout = crate::modules::sys::stdout();
    let ferr = crate::modules::sys::stderr();
    for (f, what) in [(&fin, "stdin"), (&fout, "stdout"), (&ferr, "stderr")] {
        if is_none(f) {
            return Err(lost(what));
        }
    }
    let _ = ops::call_method(&ferr, "flush", &[]);
    if let Some(p) = args.first() {
        let text = ops::str_(p)?;
        write_str_value(&fout, &text)?;
    }
    let _ = ops::call_method(&fout, "flush", &[]);
    let line = ops::call_method(&fin, "readline", &[])?;
    if let Some(s) = as_str(&line) {
        if s.is_empty() {
            return Err(PyErr::new(&exception::EOF_ERROR, "EOF when reading a line"));
        }
        return Ok(new_str(s.strip_suffix('\n').unwrap_or(s)));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(&line) {
        if b.is_empty() {
            return Err(PyErr::new(&exception::EOF_ERROR, "EOF when reading a line"));
        }
        return Ok(crate::objects::bytes::new_bytes(b.strip_suffix(b"\n").unwrap_or(b).to_vec()));
    }
    Err(type_error("object.readline() returned non-string"))
}

fn globals(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("globals", kw)?;
    arity("globals", args.len(), 0, 0)?;
    Ok(crate::interp::current_globals().unwrap_or_else(new_dict))
}

fn locals(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("locals", kw)?;
    arity("locals", args.len(), 0, 0)?;
    Ok(crate::interp::current_locals().unwrap_or_else(new_dict))
}

/// CPython's builtin_vars.
fn vars(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("vars", kw)?;
    arity("vars", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(crate::interp::current_locals().unwrap_or_else(new_dict)),
        Some(o) => match ops::getattr_opt(o, &intern_static("__dict__")) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err(type_error("vars() argument must have __dict__ attribute")),
            Err(e) if e.matches(&exception::ATTRIBUTE_ERROR) => Err(type_error("vars() argument must have __dict__ attribute")),
            Err(e) => Err(e),
        },
    }
}

fn dir(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("dir", kw)?;
    arity("dir", args.len(), 0, 1)?;
    let names = match args.first() {
        None => {
            let l = crate::interp::current_locals().unwrap_or_else(new_dict);
            ops::collect(&l)?
        }
        Some(o) => {
            // `__dir__` is looked up on the type (CPython's _dir_object).
            let dirfunc = o.ty().lookup_str("__dir__");
            let native = |f: &Value| {
                f.downcast::<crate::objects::function::MethodDescrObject>().is_some_and(|m| {
                    std::ptr::eq(m.owner, &crate::types::OBJECT_TYPE) || std::ptr::eq(m.owner, &crate::types::TYPE_TYPE)
                })
            };
            match (o.downcast::<TypeObject>(), dirfunc) {
                (Some(t), f) if f.as_ref().is_none_or(native) => {
                    // type.__dir__: the class's attributes and its bases'.
                    let d = new_dict();
                    let dd = as_dict(&d).expect("a dict");
                    for &c in t.mro() {
                        for k in unsafe { &*c }.dict().keys() {
                            dd.set(k, none())?;
                        }
                    }
                    dd.keys()
                }
                (_, Some(f)) => {
                    let r = ops::call_special(&f, o, &[])?;
                    ops::collect(&r)?
                }
                (_, None) => return Err(type_error("object does not provide __dir__")),
            }
        }
    };
    let l = new_list(names);
    crate::objects::list_methods::sort_list(&l, None)?;
    Ok(l)
}

/// CPython's PyMapping_Check: the type has `__getitem__`.
fn is_mapping(v: &Value) -> bool {
    as_dict(v).is_some() || v.ty().has_slot(Slot::GetItem)
}

/// CPython's _Py_SourceAsString: the text of a str, bytes or bytearray source.
fn source_text(src: &Value, fname: &str, what: &str) -> PyResult<String> {
    let text = match as_str(src) {
        Some(s) => s.to_owned(),
        None => match crate::objects::bytes::as_bytes(src) {
            Some(b) => tern_frontend::source::decode_source(b, "<string>").map_err(|e| crate::compile_error_to_exc(&e))?,
            None => return Err(type_error(format!("{fname}() arg 1 must be a {what} object"))),
        },
    };
    if text.contains('\0') {
        return Err(PyErr::new(&exception::SYNTAX_ERROR, "source code string cannot contain null bytes"));
    }
    Ok(text)
}

/// Ensures `globals['__builtins__']` exists (CPython inserts the builtins module).
fn ensure_builtins(globals: &Value) -> PyResult<()> {
    let gd = as_dict(globals).expect("a dict");
    if !gd.contains(&intern_static("__builtins__"))? {
        gd.set_str(intern_static("__builtins__"), builtins_module());
    }
    Ok(())
}

fn code_free_vars(code: &Value) -> usize {
    code.downcast::<crate::objects::code::CodeObj>().map_or(0, |c| c.code.freevars.len())
}

/// CPython's builtin_eval: `eval(source, globals=None, locals=None, /)`.
fn eval(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("eval", kw)?;
    arity("eval", args.len(), 1, 3)?;
    let src = &args[0];
    let g = args.get(1).filter(|v| !is_none(v)).cloned();
    let l = args.get(2).filter(|v| !is_none(v)).cloned();
    if let Some(l) = &l {
        if !is_mapping(l) {
            return Err(type_error("locals must be a mapping"));
        }
    }
    if let Some(g) = &g {
        if as_dict(g).is_none() {
            return Err(type_error(if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
    }
    let (globals, locals) = match g {
        None => {
            let globals = crate::interp::current_globals().unwrap_or_else(new_dict);
            let locals = l.or_else(crate::interp::current_locals).unwrap_or_else(|| globals.clone());
            (globals, locals)
        }
        Some(g) => {
            let locals = l.unwrap_or_else(|| g.clone());
            (g, locals)
        }
    };
    ensure_builtins(&globals)?;
    if src.downcast::<crate::objects::code::CodeObj>().is_some() {
        if code_free_vars(src) > 0 {
            return Err(type_error("code object passed to eval() may not contain free variables"));
        }
        return crate::interp::run_code(src, &globals, Some(&locals));
    }
    let text = source_text(src, "eval", "string, bytes or code")?;
    let text = text.trim_start_matches([' ', '\t']);
    let code = crate::compile_source_flags(text, "<string>", tern_frontend::Mode::Eval, caller_future_flags())?;
    crate::interp::run_code(&code, &globals, Some(&locals))
}

/// The future flags of the running Python code, which compile(), exec() and
/// eval() of source text inherit (CPython's PyEval_MergeCompilerFlags).
fn caller_future_flags() -> u32 {
    crate::interp::current_frame().map_or(0, |f| f.code().code.flags & tern_frontend::code::flags::FUTURE_ANNOTATIONS)
}

/// CPython's builtin_exec: `exec(source, globals=None, locals=None, /, *, closure=None)`.
fn exec(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = args::parse_args("exec", args, kw, &["source", "globals", "locals", "closure"], 3, 1, 3)?;
    let src = a[0].as_ref().expect("required");
    let g = a[1].clone().filter(|v| !is_none(v));
    let l = a[2].clone().filter(|v| !is_none(v));
    let closure = a[3].clone().filter(|v| !is_none(v));
    let (globals, locals) = match g {
        None => {
            let globals = crate::interp::current_globals().unwrap_or_else(new_dict);
            let locals = l.or_else(crate::interp::current_locals).unwrap_or_else(|| globals.clone());
            (globals, locals)
        }
        Some(g) => {
            let locals = l.unwrap_or_else(|| g.clone());
            (g, locals)
        }
    };
    if as_dict(&globals).is_none() {
        return Err(type_error(format!("exec() globals must be a dict, not {}", globals.ty().name())));
    }
    if !is_mapping(&locals) {
        return Err(type_error(format!("locals must be a mapping or None, not {}", locals.ty().name())));
    }
    ensure_builtins(&globals)?;
    if src.downcast::<crate::objects::code::CodeObj>().is_some() {
        let nfree = code_free_vars(src);
        if nfree == 0 {
            if closure.is_some() {
                return Err(type_error("cannot use a closure with this code object"));
            }
        } else {
            return Err(type_error(format!("code object requires a closure of exactly length {nfree}")));
        }
        crate::interp::run_code(src, &globals, Some(&locals))?;
        return Ok(none());
    }
    if closure.is_some() {
        return Err(type_error("closure can only be used when source is a code object"));
    }
    let text = source_text(src, "exec", "string, bytes or code")?;
    let code = crate::compile_source_flags(&text, "<string>", tern_frontend::Mode::Exec, caller_future_flags())?;
    crate::interp::run_code(&code, &globals, Some(&locals))?;
    Ok(none())
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = args::parse_args(
        "compile",
        args,
        kw,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        0,
        3,
        6,
    )?;
    let fname_v = a[1].as_ref().expect("required");
    let filename = match as_str(fname_v) {
        Some(f) => f.to_owned(),
        None => match crate::objects::bytes::as_bytes(fname_v) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    fname_v.ty().name()
                )))
            }
        },
    };
    let mode_v = a[2].as_ref().expect("required");
    let mode_s = as_str(mode_v)
        .ok_or_else(|| type_error(format!("compile() argument 'mode' must be str, not {}", mode_v.ty().name())))?;
    let mut future_flags = 0;
    if let Some(f) = &a[3] {
        let flags = args::as_c_int(f)?;
        // PyCF_MASK (the CO_FUTURE_* bits) | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK
        if flags & !0x1ffe000 & !0x0010 & !0x6c00 != 0 {
            return Err(value_error("compile(): unrecognised flags"));
        }
        future_flags = flags as u32 & tern_frontend::code::flags::FUTURE_ANNOTATIONS;
        // PyCF_ONLY_AST (`ast.parse`): tern's compiler has no Python-level
        // syntax trees to return; a code object instead would be a wrong answer.
        if flags & 0x400 != 0 {
            return Err(crate::error::not_implemented_error("compile() with PyCF_ONLY_AST (ast.parse): tern cannot build Python syntax trees yet"));
        }
    }
    let dont_inherit = match &a[4] {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    if !dont_inherit {
        future_flags |= caller_future_flags();
    }
    if let Some(o) = &a[5] {
        let opt = args::as_c_int(o)?;
        if !(-1..=2).contains(&opt) {
            return Err(value_error("compile(): invalid optimize value"));
        }
    }
    let mode = match mode_s {
        "exec" | "single" => tern_frontend::Mode::Exec,
        "eval" => tern_frontend::Mode::Eval,
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let src = a[0].as_ref().expect("required");
    let text = source_text(src, "compile", "string, bytes or AST")?;
    crate::compile_source_flags(&text, &filename, mode, future_flags)
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
            if let Some(me) = ops::getattr_opt(b, &intern_static("__mro_entries__"))? {
                let r = crate::call::call(&me, &[new_tuple(bases_in.to_vec())], None)?;
                let items = crate::objects::tuple::tuple_items(&r)
                    .filter(|_| r.ty().is_subtype(&crate::objects::tuple::TUPLE_TYPE))
                    .ok_or_else(|| type_error("__mro_entries__ must return a tuple"))?;
                bases.extend(items.iter().cloned());
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
    let ns = match ops::getattr_opt(&meta, &intern_static("__prepare__"))? {
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
        ops::set_item(&ns, &intern_static("__orig_bases__"), new_tuple(bases_in.to_vec()))?;
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


fn register(d: &DictObject, name: &'static str, f: NativeFn) {
    d.set_str(intern(name), new_builtin(name, f, Some("builtins")));
}

/// The bits of the `len` built-in function object (0 before `init`). The
/// object is never freed (this holds a reference), so no other object can
/// take its address: compiled code recognises `len` by it.
static LEN_BITS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[inline(always)]
pub fn len_bits() -> u64 {
    LEN_BITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Creates the builtins module.
pub fn init() {
    generic_alias::init();
    object_extras::init();
    memoryview::init();
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
        ("aiter", object_extras::aiter),
        ("anext", object_extras::anext),
        ("breakpoint", object_extras::breakpoint),
        ("__build_class__", build_class),
        ("__import__", import),
    ];
    for (name, f) in fns {
        register(d, name, *f);
    }
    if let Some(l) = d.get_str(&intern_static("len")) {
        LEN_BITS.store(l.into_raw(), std::sync::atomic::Ordering::Relaxed);
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
        ("bytearray", &o::bytes::BYTEARRAY_TYPE),
        ("tuple", &o::tuple::TUPLE_TYPE),
        ("list", &o::list::LIST_TYPE),
        ("dict", &o::dict::DICT_TYPE),
        ("set", &o::set::SET_TYPE),
        ("frozenset", &o::set::FROZENSET_TYPE),
        ("memoryview", &memoryview::MEMORYVIEW_TYPE),
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
    d.set_str(intern_static("EnvironmentError"), exception::OS_ERROR.as_value());
    d.set_str(intern_static("IOError"), exception::OS_ERROR.as_value());
    d.set_str(intern_static("None"), none());
    d.set_str(intern_static("True"), new_bool(true));
    d.set_str(intern_static("False"), new_bool(false));
    d.set_str(intern_static("NotImplemented"), not_implemented());
    d.set_str(intern_static("Ellipsis"), ellipsis());
    d.set_str(intern_static("__debug__"), new_bool(true));
    d.set_str(intern_static("__name__"), new_str("builtins"));
    BUILTINS.with(|b| *b.borrow_mut() = Some(m));
}
