//! The `_operator` module of CPython 3.11 (Modules/_operator.c): the
//! operators as functions, `itemgetter`/`attrgetter`/`methodcaller` with
//! their reprs and pickling, `length_hint` and `_compare_digest`.

use crate::error::{type_error, value_error, PyResult};
use crate::modules::support::{cls_arg, native_type, this};
use crate::objects::bool_none::{is_not_implemented, new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{alloc_object, build};
use crate::value::{ObjHeader, Value};
use tern_frontend::bytecode::{BinOp, CmpOp};

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

/// A METH_FASTCALL function's checks: `_operator.add() takes no keyword
/// arguments`, `add expected 2 arguments, got 1`.
fn fixed(name: &str, args: &[Value], kw: Option<&Kw>, n: usize) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if n == 1 {
        if args.len() != 1 {
            return Err(type_error(format!("_operator.{name}() takes exactly one argument ({} given)", args.len())));
        }
        return Ok(());
    }
    crate::objects::clinic::positional(args, None, name, name, n, n)
}

macro_rules! binops {
    ($($fname:ident, $name:literal, $op:ident, $inplace:literal;)*) => {
        $(
            fn $fname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
                fixed($name, args, kw, 2)?;
                if $inplace {
                    ops::inplace_op(&args[0], &args[1], BinOp::$op)
                } else {
                    ops::binary_op(&args[0], &args[1], BinOp::$op)
                }
            }
        )*
        const BINOPS: &[(&str, NativeFn)] = &[$(($name, $fname),)*];
    };
}

binops! {
    add, "add", Add, false;
    sub, "sub", Sub, false;
    mul, "mul", Mul, false;
    matmul, "matmul", MatMul, false;
    truediv, "truediv", TrueDiv, false;
    floordiv, "floordiv", FloorDiv, false;
    mod_, "mod", Mod, false;
    pow, "pow", Pow, false;
    lshift, "lshift", LShift, false;
    rshift, "rshift", RShift, false;
    and_, "and_", And, false;
    or_, "or_", Or, false;
    xor, "xor", Xor, false;
    iadd, "iadd", Add, true;
    isub, "isub", Sub, true;
    imul, "imul", Mul, true;
    imatmul, "imatmul", MatMul, true;
    itruediv, "itruediv", TrueDiv, true;
    ifloordiv, "ifloordiv", FloorDiv, true;
    imod, "imod", Mod, true;
    ipow, "ipow", Pow, true;
    ilshift, "ilshift", LShift, true;
    irshift, "irshift", RShift, true;
    iand, "iand", And, true;
    ior, "ior", Or, true;
    ixor, "ixor", Xor, true;
}

macro_rules! cmpops {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $fname(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
                fixed($name, args, kw, 2)?;
                ops::rich_compare(&args[0], &args[1], CmpOp::$op)
            }
        )*
        const CMPOPS: &[(&str, NativeFn)] = &[$(($name, $fname),)*];
    };
}

cmpops! {
    lt, "lt", Lt;
    le, "le", Le;
    eq, "eq", Eq;
    ne, "ne", Ne;
    gt, "gt", Gt;
    ge, "ge", Ge;
}

fn truth(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("truth", args, kw, 1)?;
    Ok(new_bool(ops::truthy(&args[0])?))
}

fn not_(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("not_", args, kw, 1)?;
    Ok(new_bool(!ops::truthy(&args[0])?))
}

fn abs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("abs", args, kw, 1)?;
    ops::abs(&args[0])
}

fn neg(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("neg", args, kw, 1)?;
    ops::neg(&args[0])
}

fn pos(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("pos", args, kw, 1)?;
    ops::pos(&args[0])
}

fn inv(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("inv", args, kw, 1)?;
    ops::invert(&args[0])
}

fn invert(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("invert", args, kw, 1)?;
    ops::invert(&args[0])
}

fn index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("index", args, kw, 1)?;
    ops::index(&args[0])
}

fn is_(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("is_", args, kw, 2)?;
    Ok(new_bool(args[0].is(&args[1])))
}

fn is_not(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("is_not", args, kw, 2)?;
    Ok(new_bool(!args[0].is(&args[1])))
}

/// `PySequence_Check`: has `__getitem__` and is not a dict.
fn is_sequence(v: &Value) -> bool {
    v.ty().lookup_str("__getitem__").is_some() && v.downcast::<crate::objects::dict::DictObject>().is_none()
}

fn concat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("concat", args, kw, 2)?;
    if !is_sequence(&args[0]) {
        return Err(type_error(format!("'{}' object can't be concatenated", args[0].ty().name())));
    }
    ops::binary_op(&args[0], &args[1], BinOp::Add)
}

fn iconcat(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("iconcat", args, kw, 2)?;
    if !is_sequence(&args[0]) {
        return Err(type_error(format!("'{}' object can't be concatenated", args[0].ty().name())));
    }
    ops::inplace_op(&args[0], &args[1], BinOp::Add)
}

fn contains(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("contains", args, kw, 2)?;
    Ok(new_bool(ops::contains(&args[0], &args[1])?))
}

/// CPython's _PySequence_IterSearch iteration, with its error rewording.
fn iter_search(seq: &Value) -> PyResult<Value> {
    match ops::iter(seq) {
        Ok(it) => Ok(it),
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => {
            Err(type_error(format!("argument of type '{}' is not iterable", seq.ty().name())))
        }
        Err(e) => Err(e),
    }
}

fn count_of(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("countOf", args, kw, 2)?;
    let it = iter_search(&args[0])?;
    let mut n = 0;
    while let Some(v) = ops::next(&it)? {
        if ops::eq(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn index_of(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("indexOf", args, kw, 2)?;
    let it = iter_search(&args[0])?;
    let mut n = 0;
    while let Some(v) = ops::next(&it)? {
        if ops::eq(&v, &args[1])? {
            return Ok(new_int(n));
        }
        n += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn getitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("getitem", args, kw, 2)?;
    ops::get_item(&args[0], &args[1])
}

fn setitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("setitem", args, kw, 3)?;
    ops::set_item(&args[0], &args[1], args[2].clone())?;
    Ok(none())
}

fn delitem(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("delitem", args, kw, 2)?;
    ops::del_item(&args[0], &args[1])?;
    Ok(none())
}

/// CPython's PyObject_LengthHint: `len()`, else `__length_hint__`, else the default.
pub fn length_hint_of(o: &Value, default: i64) -> PyResult<i64> {
    if o.ty().lookup_str("__len__").is_some() {
        match ops::len(o) {
            Ok(n) => return Ok(n as i64),
            Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(f) = o.ty().lookup_str("__length_hint__") else { return Ok(default) };
    let r = match ops::call_special(&f, o, &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => return Ok(default),
        Err(e) => return Err(e),
    };
    if is_not_implemented(&r) {
        return Ok(default);
    }
    if crate::objects::int::int_val(&r).is_none() {
        return Err(type_error(format!("__length_hint__ must be an integer, not {}", r.ty().name())));
    }
    let n = crate::builtins::args::as_ssize(&r)?;
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

/// `length_hint(obj, default=0)`.
fn length_hint(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("_operator.length_hint() takes no keyword arguments"));
    }
    crate::objects::clinic::positional(args, None, "length_hint", "length_hint", 1, 2)?;
    let default = match args.get(1) {
        Some(d) => {
            if crate::objects::int::int_val(d).is_none() && ops::index_opt(d)?.is_none() {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", d.ty().name())));
            }
            crate::builtins::args::as_ssize(d)?
        }
        None => 0,
    };
    Ok(new_int(length_hint_of(&args[0], default)?))
}

/// `call(obj, /, *args, **kwargs)`.
fn call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(type_error("call expected at least 1 argument, got 0"));
    }
    crate::call::call(&args[0], &args[1..], kw)
}

/// `_compare_digest(a, b)`: a comparison whose time does not depend on where the inputs differ.
fn compare_digest(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    fixed("_compare_digest", args, kw, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let (x, y): (Vec<u8>, Vec<u8>) = match (as_str(a), as_str(b)) {
        (Some(s), Some(t)) => {
            if !s.is_ascii() || !t.is_ascii() {
                return Err(type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        _ => {
            let (x, y) = (crate::modules::support::buffer(a), crate::modules::support::buffer(b));
            if x.is_none() && y.is_none() {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    a.ty().name(),
                    b.ty().name()
                )));
            }
            let need = |v: &Value| type_error(format!("a bytes-like object is required, not '{}'", v.ty().name()));
            (x.ok_or_else(|| need(a))?, y.ok_or_else(|| need(b))?)
        }
    };
    // Always walk all of `b`, as CPython's _tscmp does.
    let mut result: u8 = (x.len() != y.len()) as u8;
    let left = if x.len() == y.len() { &x } else { &y };
    for (i, c) in y.iter().enumerate() {
        result |= left[i] ^ c;
    }
    Ok(new_bool(result == 0))
}

// ----- itemgetter ----------------------------------------------------------------

#[repr(C)]
pub struct ItemGetterObject {
    header: ObjHeader,
    items: Vec<Value>,
}
native_type!(ITEMGETTER_TYPE, "operator", "itemgetter", ItemGetterObject, 0);

fn itemgetter_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    crate::builtins::args::no_kw("itemgetter", kw)?;
    if args.len() < 2 {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(alloc_object(cls, ItemGetterObject { header: hdr(), items: args[1..].to_vec() }))
}

fn itemgetter_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<ItemGetterObject>(args)?;
    crate::builtins::args::no_kw("itemgetter", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("itemgetter expected 1 argument, got {}", args.len() - 1)));
    }
    if g.items.len() == 1 {
        return ops::get_item(&args[1], &g.items[0]);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for k in &g.items {
        out.push(ops::get_item(&args[1], k)?);
    }
    Ok(new_tuple(out))
}

/// The `operator.X(a, b)` repr shared by the getters, with recursion guarded.
fn getter_repr(v: &Value, parts: impl FnOnce() -> PyResult<Vec<String>>) -> PyResult<Value> {
    let name = v.ty().name().to_owned();
    if !ops::repr_enter(v) {
        return Ok(new_str(format!("{name}(...)")));
    }
    let r = parts();
    ops::repr_leave(v);
    Ok(new_str(format!("{name}({})", r?.join(", "))))
}

fn itemgetter_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<ItemGetterObject>(args)?;
    getter_repr(&args[0], || g.items.iter().map(ops::repr_string).collect())
}

fn itemgetter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<ItemGetterObject>(args)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(g.items.clone())]))
}

// ----- attrgetter ----------------------------------------------------------------

#[repr(C)]
pub struct AttrGetterObject {
    header: ObjHeader,
    /// Each attribute path, split at the dots (interned names).
    attrs: Vec<Vec<Value>>,
}
native_type!(ATTRGETTER_TYPE, "operator", "attrgetter", AttrGetterObject, 0);

fn attrgetter_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    crate::builtins::args::no_kw("attrgetter", kw)?;
    if args.len() < 2 {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut attrs = Vec::new();
    for a in &args[1..] {
        let Some(s) = as_str(a) else { return Err(type_error("attribute name must be a string")) };
        attrs.push(s.split('.').map(crate::objects::str::intern).collect());
    }
    Ok(alloc_object(cls, AttrGetterObject { header: hdr(), attrs }))
}

fn dotted_get(obj: &Value, path: &[Value]) -> PyResult<Value> {
    let mut o = obj.clone();
    for name in path {
        o = ops::getattr(&o, name)?;
    }
    Ok(o)
}

fn attrgetter_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<AttrGetterObject>(args)?;
    crate::builtins::args::no_kw("attrgetter", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("attrgetter expected 1 argument, got {}", args.len() - 1)));
    }
    if g.attrs.len() == 1 {
        return dotted_get(&args[1], &g.attrs[0]);
    }
    let mut out = Vec::with_capacity(g.attrs.len());
    for p in &g.attrs {
        out.push(dotted_get(&args[1], p)?);
    }
    Ok(new_tuple(out))
}

fn attr_names(g: &AttrGetterObject) -> Vec<Value> {
    g.attrs
        .iter()
        .map(|p| new_str(p.iter().map(|n| as_str(n).unwrap_or("")).collect::<Vec<_>>().join(".")))
        .collect()
}

fn attrgetter_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<AttrGetterObject>(args)?;
    getter_repr(&args[0], || attr_names(g).iter().map(ops::repr_string).collect())
}

fn attrgetter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let g = this::<AttrGetterObject>(args)?;
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(attr_names(g))]))
}

// ----- methodcaller --------------------------------------------------------------

#[repr(C)]
pub struct MethodCallerObject {
    header: ObjHeader,
    name: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvalues: Vec<Value>,
}
native_type!(METHODCALLER_TYPE, "operator", "methodcaller", MethodCallerObject, 0);

fn methodcaller_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    if args.len() < 2 {
        return Err(type_error("methodcaller needs at least one argument, the method name"));
    }
    if as_str(&args[1]).is_none() {
        return Err(type_error("method name must be a string"));
    }
    let (kwnames, kwvalues) = match kw {
        Some(k) => (k.names.to_vec(), k.values.to_vec()),
        None => (Vec::new(), Vec::new()),
    };
    Ok(alloc_object(
        cls,
        MethodCallerObject {
            header: hdr(),
            name: crate::objects::str::intern_value(&args[1]),
            args: args[2..].to_vec(),
            kwnames,
            kwvalues,
        },
    ))
}

fn methodcaller_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = this::<MethodCallerObject>(args)?;
    crate::builtins::args::no_kw("methodcaller", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!("methodcaller expected 1 argument, got {}", args.len() - 1)));
    }
    let f = ops::getattr(&args[1], &m.name)?;
    let k = Kw { names: &m.kwnames, values: &m.kwvalues };
    crate::call::call(&f, &m.args, if m.kwnames.is_empty() { None } else { Some(&k) })
}

fn methodcaller_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = this::<MethodCallerObject>(args)?;
    getter_repr(&args[0], || {
        let mut parts = vec![ops::repr_string(&m.name)?];
        for a in &m.args {
            parts.push(ops::repr_string(a)?);
        }
        for (k, v) in m.kwnames.iter().zip(&m.kwvalues) {
            parts.push(format!("{}={}", ops::str_of(k)?, ops::repr_string(v)?));
        }
        Ok(parts)
    })
}

fn methodcaller_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = this::<MethodCallerObject>(args)?;
    let cls = args[0].ty().as_value();
    if m.kwnames.is_empty() {
        let mut a = vec![m.name.clone()];
        a.extend(m.args.iter().cloned());
        return Ok(new_tuple(vec![cls, new_tuple(a)]));
    }
    let functools = crate::import::import_module("functools")?;
    let partial = ops::getattr_str(&functools, "partial")?;
    let k = Kw { names: &m.kwnames, values: &m.kwvalues };
    let p = crate::call::call(&partial, &[cls, m.name.clone()], Some(&k))?;
    Ok(new_tuple(vec![p, new_tuple(m.args.clone())]))
}

// ----- the module --------------------------------------------------------------

fn init_types() {
    for (t, new, call, repr, reduce) in [
        (&ITEMGETTER_TYPE, itemgetter_new as NativeFn, itemgetter_call as NativeFn, itemgetter_repr as NativeFn, itemgetter_reduce as NativeFn),
        (&ATTRGETTER_TYPE, attrgetter_new, attrgetter_call, attrgetter_repr, attrgetter_reduce),
        (&METHODCALLER_TYPE, methodcaller_new, methodcaller_call, methodcaller_repr, methodcaller_reduce),
    ] {
        crate::types::init_builtin_type(t);
        build::new(t, new);
        build::method(t, "__call__", call);
        build::method(t, "__repr__", repr);
        build::method(t, "__reduce__", reduce);
    }
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_operator");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("truth", truth),
        ("not_", not_),
        ("abs", abs),
        ("neg", neg),
        ("pos", pos),
        ("inv", inv),
        ("invert", invert),
        ("index", index),
        ("is_", is_),
        ("is_not", is_not),
        ("concat", concat),
        ("iconcat", iconcat),
        ("contains", contains),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("length_hint", length_hint),
        ("call", call),
        ("_compare_digest", compare_digest),
    ];
    for (name, f) in fns.iter().chain(BINOPS).chain(CMPOPS) {
        mo.set(name, new_builtin(name, *f, Some("_operator")));
    }
    for t in [&ITEMGETTER_TYPE, &ATTRGETTER_TYPE, &METHODCALLER_TYPE] {
        mo.set(t.qualname(), t.as_value());
    }
    mo.set(
        "__doc__",
        new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    );
    m
}
