//! The `itertools` module of CPython 3.11 (Modules/itertoolsmodule.c): every
//! iterator type with CPython's argument handling, error messages, reprs and
//! stepping rules (groupby's shared `_grouper`, tee's shared buffer, islice's
//! index validation, the combinatoric generators' index algorithms).

use crate::error::{runtime_error, type_error, value_error, PyResult};
use crate::modules::support::{cls_arg, native_type, ssize, ssize_clip, this, type_static};
use crate::objects::bool_none::{is_none, none};
use crate::objects::function::{new_builtin, Kw};
use crate::objects::int::{int_val, new_int};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;
use tern_frontend::bytecode::BinOp;

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

/// Reads an `UnsafeCell<Option<Value>>` field (a new reference).
fn get(c: &UnsafeCell<Option<Value>>) -> Option<Value> {
    unsafe { (*c.get()).clone() }
}

/// Replaces an `UnsafeCell<Option<Value>>` field, dropping the old value after the swap.
fn set(c: &UnsafeCell<Option<Value>>, v: Option<Value>) {
    let old = unsafe { std::mem::replace(&mut *c.get(), v) };
    drop(old);
}

/// Rejects keyword arguments of a type's `__new__` (`_PyArg_NoKeywords`).
fn no_kw(name: &str, kw: Option<&Kw>) -> PyResult<()> {
    crate::builtins::args::no_kw(name, kw)
}

/// `_PyArg_CheckPositional`: `name expected N arguments, got M`.
fn positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min || n > max {
        let (how, k) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(type_error(format!("{name} expected {how}{k} argument{}, got {n}", if k == 1 { "" } else { "s" })));
    }
    Ok(())
}

// ----- count -------------------------------------------------------------------

#[repr(C)]
pub struct CountObject {
    header: ObjHeader,
    cnt: UnsafeCell<Option<Value>>,
    step: Value,
}
native_type!(COUNT_TYPE, "itertools", "count", CountObject, BASETYPE);

/// `PyNumber_Check`: ints, floats, complex numbers and objects with `__index__`/`__int__`/`__float__`.
fn is_number(v: &Value) -> bool {
    int_val(v).is_some()
        || crate::objects::float::float_val(v).is_some()
        || v.downcast::<crate::objects::complex::ComplexObject>().is_some()
        || ["__index__", "__int__", "__float__"].iter().any(|n| v.ty().lookup_str(n).is_some())
}

/// `count(start=0, step=1)`.
fn count_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("count", &args[1..], kw, &["start", "step"], 0, 0, 2)?;
    let start = a[0].clone().unwrap_or_else(|| new_int(0));
    let step = a[1].clone().unwrap_or_else(|| new_int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    Ok(alloc_object(cls, CountObject { header: hdr(), cnt: UnsafeCell::new(Some(start)), step }))
}

fn count_next(it: &Value) -> PyResult<Option<Value>> {
    let c = unsafe { it.downcast_unchecked::<CountObject>() };
    let cur = get(&c.cnt).unwrap_or_else(|| new_int(0));
    let next = ops::binary_op(&cur, &c.step, BinOp::Add)?;
    set(&c.cnt, Some(next));
    Ok(Some(cur))
}

/// Is the step exactly the int 1 (omitted from the repr)?
fn step_is_one(step: &Value) -> bool {
    int_val(step).and_then(|i| i.as_i64()) == Some(1)
}

fn count_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<CountObject>(args)?;
    let name = crate::modules::support::type_name(&args[0]);
    let cnt = ops::repr_string(&get(&c.cnt).unwrap_or_else(|| new_int(0)))?;
    if step_is_one(&c.step) {
        return Ok(new_str(format!("{name}({cnt})")));
    }
    Ok(new_str(format!("{name}({cnt}, {})", ops::repr_string(&c.step)?)))
}

fn count_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<CountObject>(args)?;
    let cnt = get(&c.cnt).unwrap_or_else(|| new_int(0));
    let a = if step_is_one(&c.step) { vec![cnt] } else { vec![cnt, c.step.clone()] };
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(a)]))
}

// ----- cycle -------------------------------------------------------------------

#[repr(C)]
pub struct CycleObject {
    header: ObjHeader,
    it: UnsafeCell<Option<Value>>,
    /// The items of the first pass: a list (shared with `__reduce__`'s state, as CPython's).
    saved: UnsafeCell<Option<Value>>,
    index: Cell<usize>,
    firstpass: Cell<bool>,
}
native_type!(CYCLE_TYPE, "itertools", "cycle", CycleObject, BASETYPE);

fn cycle_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    no_kw("cycle", kw)?;
    positional("cycle", args.len() - 1, 1, 1)?;
    let it = ops::iter(&args[1])?;
    Ok(alloc_object(
        cls,
        CycleObject {
            header: hdr(),
            it: UnsafeCell::new(Some(it)),
            saved: UnsafeCell::new(Some(crate::objects::list::new_list(Vec::new()))),
            index: Cell::new(0),
            firstpass: Cell::new(false),
        },
    ))
}

fn cycle_next(it: &Value) -> PyResult<Option<Value>> {
    let c = unsafe { it.downcast_unchecked::<CycleObject>() };
    if let Some(src) = get(&c.it) {
        match ops::next(&src)? {
            Some(v) => {
                if !c.firstpass.get() {
                    if let Some(l) = get(&c.saved).as_ref().and_then(crate::objects::list::as_list) {
                        l.push(v.clone());
                    }
                }
                return Ok(Some(v));
            }
            None => set(&c.it, None),
        }
    }
    let Some(saved) = get(&c.saved) else { return Ok(None) };
    let Some(l) = crate::objects::list::as_list(&saved) else { return Ok(None) };
    let n = l.len();
    if n == 0 {
        return Ok(None);
    }
    // The list can shrink behind the iterator's back: stay in range.
    let i = if c.index.get() >= n { 0 } else { c.index.get() };
    let v = l.get(i);
    c.index.set(if i + 1 >= n { 0 } else { i + 1 });
    Ok(v)
}

/// `cycle.__reduce__`: the type, the source iterator (or an iterator over the
/// saved items positioned at the current index once the source is exhausted)
/// and the state `(saved, firstpass)`.
fn cycle_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<CycleObject>(args)?;
    let saved = get(&c.saved).unwrap_or_else(|| crate::objects::list::new_list(Vec::new()));
    let (it, firstpass) = match get(&c.it) {
        Some(it) => (it, c.firstpass.get()),
        None => {
            let it = ops::iter(&saved)?;
            if c.index.get() != 0 {
                ops::call_method(&it, "__setstate__", &[new_int(c.index.get() as i64)])?;
            }
            (it, true)
        }
    };
    let state = new_tuple(vec![saved, crate::objects::bool_none::new_bool(firstpass)]);
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![it]), state]))
}

/// The `PyArg_ParseTuple` arity message for an unnamed state tuple.
fn state_arity(state: &[Value], min: usize, max: usize) -> PyResult<()> {
    if state.len() < min || state.len() > max {
        let which = if min == max { "exactly" } else if state.len() < min { "at least" } else { "at most" };
        let n = if state.len() < min { min } else { max };
        return Err(type_error(format!(
            "function takes {which} {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            state.len()
        )));
    }
    Ok(())
}

fn cycle_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::one_arg(&args[1..], kw, "__setstate__")?;
    let c = this::<CycleObject>(args)?;
    let Some(state) = tuple_items(&args[1]).map(|t| t.to_vec()) else {
        return Err(type_error("state is not a tuple"));
    };
    state_arity(&state, 2, 2)?;
    if crate::objects::list::as_list(&state[0]).is_none() {
        return Err(type_error(format!("argument 1 must be list, not {}", state[0].ty().name())));
    }
    let firstpass = crate::builtins::args::as_c_int(&state[1])? != 0;
    set(&c.saved, Some(state[0].clone()));
    c.firstpass.set(firstpass);
    c.index.set(0);
    Ok(none())
}

// ----- repeat ------------------------------------------------------------------

#[repr(C)]
pub struct RepeatObject {
    header: ObjHeader,
    element: Value,
    /// Remaining repetitions; -1 repeats forever.
    cnt: Cell<i64>,
}
native_type!(REPEAT_TYPE, "itertools", "repeat", RepeatObject, BASETYPE);

fn repeat_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("repeat", &args[1..], kw, &["object", "times"], 0, 1, 2)?;
    let element = a[0].clone().unwrap_or_else(none);
    let cnt = match &a[1] {
        Some(t) => ssize(t)?.max(0),
        None => -1,
    };
    Ok(alloc_object(cls, RepeatObject { header: hdr(), element, cnt: Cell::new(cnt) }))
}

fn repeat_next(it: &Value) -> PyResult<Option<Value>> {
    let r = unsafe { it.downcast_unchecked::<RepeatObject>() };
    match r.cnt.get() {
        0 => Ok(None),
        -1 => Ok(Some(r.element.clone())),
        n => {
            r.cnt.set(n - 1);
            Ok(Some(r.element.clone()))
        }
    }
}

fn repeat_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = this::<RepeatObject>(args)?;
    let name = crate::modules::support::type_name(&args[0]);
    let e = ops::repr_string(&r.element)?;
    Ok(new_str(match r.cnt.get() {
        -1 => format!("{name}({e})"),
        n => format!("{name}({e}, {n})"),
    }))
}

fn repeat_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = this::<RepeatObject>(args)?;
    match r.cnt.get() {
        -1 => Err(type_error("len() of unsized object")),
        n => Ok(new_int(n)),
    }
}

fn repeat_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = this::<RepeatObject>(args)?;
    let a = match r.cnt.get() {
        -1 => vec![r.element.clone()],
        n => vec![r.element.clone(), new_int(n)],
    };
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(a)]))
}

// ----- accumulate --------------------------------------------------------------

#[repr(C)]
pub struct AccumulateObject {
    header: ObjHeader,
    it: Value,
    func: Option<Value>,
    total: UnsafeCell<Option<Value>>,
    initial: UnsafeCell<Option<Value>>,
}
native_type!(ACCUMULATE_TYPE, "itertools", "accumulate", AccumulateObject, BASETYPE);

/// `accumulate(iterable, func=None, *, initial=None)`.
fn accumulate_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("accumulate", &args[1..], kw, &["iterable", "func", "initial"], 0, 1, 2)?;
    let it = ops::iter(a[0].as_ref().unwrap_or(&none()))?;
    let func = a[1].clone().filter(|f| !is_none(f));
    let initial = a[2].clone().filter(|f| !is_none(f));
    Ok(alloc_object(
        cls,
        AccumulateObject { header: hdr(), it, func, total: UnsafeCell::new(None), initial: UnsafeCell::new(initial) },
    ))
}

fn accumulate_next(it: &Value) -> PyResult<Option<Value>> {
    let a = unsafe { it.downcast_unchecked::<AccumulateObject>() };
    if let Some(init) = get(&a.initial) {
        set(&a.initial, None);
        set(&a.total, Some(init.clone()));
        return Ok(Some(init));
    }
    let Some(val) = ops::next(&a.it)? else { return Ok(None) };
    let total = match get(&a.total) {
        None => val,
        Some(t) => match &a.func {
            Some(f) => crate::call::call(f, &[t, val], None)?,
            None => ops::binary_op(&t, &val, BinOp::Add)?,
        },
    };
    set(&a.total, Some(total.clone()));
    Ok(Some(total))
}

// ----- chain -------------------------------------------------------------------

#[repr(C)]
pub struct ChainObject {
    header: ObjHeader,
    source: UnsafeCell<Option<Value>>,
    active: UnsafeCell<Option<Value>>,
}
native_type!(CHAIN_TYPE, "itertools", "chain", ChainObject, BASETYPE);

fn new_chain(cls: &TypeObject, source: Value) -> Value {
    alloc_object(cls, ChainObject { header: hdr(), source: UnsafeCell::new(Some(source)), active: UnsafeCell::new(None) })
}

fn chain_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    no_kw("chain", kw)?;
    let src = ops::iter(&new_tuple(args[1..].to_vec()))?;
    Ok(new_chain(cls, src))
}

/// `chain.from_iterable(iterable)`.
fn chain_from_iterable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::one_arg(&args[1..], kw, "chain.from_iterable")?;
    let cls = cls_arg(args)?;
    let src = ops::iter(&args[1])?;
    Ok(new_chain(cls, src))
}

fn chain_next(it: &Value) -> PyResult<Option<Value>> {
    let c = unsafe { it.downcast_unchecked::<ChainObject>() };
    while let Some(src) = get(&c.source) {
        let active = match get(&c.active) {
            Some(a) => a,
            None => {
                let iterable = match ops::next(&src) {
                    Ok(Some(v)) => v,
                    Ok(None) => {
                        set(&c.source, None);
                        return Ok(None);
                    }
                    Err(e) => {
                        set(&c.source, None);
                        return Err(e);
                    }
                };
                match ops::iter(&iterable) {
                    Ok(a) => {
                        set(&c.active, Some(a.clone()));
                        a
                    }
                    Err(e) => {
                        set(&c.source, None);
                        return Err(e);
                    }
                }
            }
        };
        if let Some(v) = ops::next(&active)? {
            return Ok(Some(v));
        }
        set(&c.active, None);
    }
    Ok(None)
}

/// `chain.__reduce__`: `(type, (), (source[, active]))`, or `(type, ())` once exhausted.
fn chain_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = this::<ChainObject>(args)?;
    let ty = args[0].ty().as_value();
    Ok(match get(&c.source) {
        Some(src) => {
            let state = match get(&c.active) {
                Some(a) => vec![src, a],
                None => vec![src],
            };
            new_tuple(vec![ty, new_tuple(vec![]), new_tuple(state)])
        }
        None => new_tuple(vec![ty, new_tuple(vec![])]),
    })
}

fn chain_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::one_arg(&args[1..], kw, "__setstate__")?;
    let c = this::<ChainObject>(args)?;
    let Some(state) = tuple_items(&args[1]).map(|t| t.to_vec()) else {
        return Err(type_error("state is not a tuple"));
    };
    state_arity(&state, 1, 2)?;
    if !ops::is_iterator(&state[0]) || state.get(1).is_some_and(|a| !ops::is_iterator(a)) {
        return Err(type_error("Arguments must be iterators."));
    }
    set(&c.source, Some(state[0].clone()));
    set(&c.active, state.get(1).cloned());
    Ok(none())
}

// ----- compress, dropwhile, takewhile, filterfalse, starmap --------------------

#[repr(C)]
pub struct CompressObject {
    header: ObjHeader,
    data: Value,
    selectors: Value,
}
native_type!(COMPRESS_TYPE, "itertools", "compress", CompressObject, BASETYPE);

fn compress_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("compress", &args[1..], kw, &["data", "selectors"], 0, 2, 2)?;
    let data = ops::iter(a[0].as_ref().unwrap_or(&none()))?;
    let selectors = ops::iter(a[1].as_ref().unwrap_or(&none()))?;
    Ok(alloc_object(cls, CompressObject { header: hdr(), data, selectors }))
}

fn compress_next(it: &Value) -> PyResult<Option<Value>> {
    let c = unsafe { it.downcast_unchecked::<CompressObject>() };
    loop {
        let Some(d) = ops::next(&c.data)? else { return Ok(None) };
        let Some(s) = ops::next(&c.selectors)? else { return Ok(None) };
        if ops::truthy(&s)? {
            return Ok(Some(d));
        }
    }
}

/// The layout shared by dropwhile, takewhile, filterfalse and starmap.
#[repr(C)]
pub struct FuncIterObject {
    header: ObjHeader,
    func: Value,
    it: Value,
    /// dropwhile: the predicate has failed once; takewhile: stopped.
    flag: Cell<bool>,
}
native_type!(DROPWHILE_TYPE, "itertools", "dropwhile", FuncIterObject, BASETYPE);
type_static!(TAKEWHILE_TYPE, "itertools", "takewhile", FuncIterObject, BASETYPE);
type_static!(FILTERFALSE_TYPE, "itertools", "filterfalse", FuncIterObject, BASETYPE);
type_static!(STARMAP_TYPE, "itertools", "starmap", FuncIterObject, BASETYPE);

fn func_iter_new(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    no_kw(name, kw)?;
    positional(name, args.len() - 1, 2, 2)?;
    let it = ops::iter(&args[2])?;
    Ok(alloc_object(cls, FuncIterObject { header: hdr(), func: args[1].clone(), it, flag: Cell::new(false) }))
}

fn dropwhile_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    func_iter_new(args, kw, "dropwhile")
}

fn takewhile_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    func_iter_new(args, kw, "takewhile")
}

fn filterfalse_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    func_iter_new(args, kw, "filterfalse")
}

fn starmap_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    func_iter_new(args, kw, "starmap")
}

fn func_iter(it: &Value) -> &FuncIterObject {
    unsafe { it.downcast_unchecked::<FuncIterObject>() }
}

fn dropwhile_next(it: &Value) -> PyResult<Option<Value>> {
    let d = func_iter(it);
    loop {
        let Some(v) = ops::next(&d.it)? else { return Ok(None) };
        if d.flag.get() {
            return Ok(Some(v));
        }
        let r = crate::call::call(&d.func, &[v.clone()], None)?;
        if !ops::truthy(&r)? {
            d.flag.set(true);
            return Ok(Some(v));
        }
    }
}

fn takewhile_next(it: &Value) -> PyResult<Option<Value>> {
    let t = func_iter(it);
    if t.flag.get() {
        return Ok(None);
    }
    let Some(v) = ops::next(&t.it)? else { return Ok(None) };
    let r = crate::call::call(&t.func, &[v.clone()], None)?;
    if ops::truthy(&r)? {
        return Ok(Some(v));
    }
    t.flag.set(true);
    Ok(None)
}

fn filterfalse_next(it: &Value) -> PyResult<Option<Value>> {
    let f = func_iter(it);
    loop {
        let Some(v) = ops::next(&f.it)? else { return Ok(None) };
        let ok = if is_none(&f.func) {
            ops::truthy(&v)?
        } else {
            let r = crate::call::call(&f.func, &[v.clone()], None)?;
            ops::truthy(&r)?
        };
        if !ok {
            return Ok(Some(v));
        }
    }
}

fn starmap_next(it: &Value) -> PyResult<Option<Value>> {
    let s = func_iter(it);
    let Some(v) = ops::next(&s.it)? else { return Ok(None) };
    let items = match tuple_items(&v) {
        Some(t) => t.to_vec(),
        None => ops::collect(&v)?,
    };
    crate::call::call(&s.func, &items, None).map(Some)
}

// ----- groupby -----------------------------------------------------------------

#[repr(C)]
pub struct GroupByObject {
    header: ObjHeader,
    it: Value,
    keyfunc: Value,
    tgtkey: UnsafeCell<Option<Value>>,
    currkey: UnsafeCell<Option<Value>>,
    currvalue: UnsafeCell<Option<Value>>,
    /// The token of the grouper that may still yield (CPython's borrowed `currgrouper`).
    currgrouper: Cell<u64>,
}
native_type!(GROUPBY_TYPE, "itertools", "groupby", GroupByObject, BASETYPE);

#[repr(C)]
pub struct GrouperObject {
    header: ObjHeader,
    parent: Value,
    tgtkey: Value,
    token: u64,
}
native_type!(GROUPER_TYPE, "itertools", "_grouper", GrouperObject, 0);

thread_local! {
    static GROUPER_TOKENS: Cell<u64> = const { Cell::new(0) };
}

/// `groupby(iterable, key=None)`.
fn groupby_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("groupby", &args[1..], kw, &["iterable", "key"], 0, 1, 2)?;
    let it = ops::iter(a[0].as_ref().unwrap_or(&none()))?;
    Ok(alloc_object(
        cls,
        GroupByObject {
            header: hdr(),
            it,
            keyfunc: a[1].clone().unwrap_or_else(none),
            tgtkey: UnsafeCell::new(None),
            currkey: UnsafeCell::new(None),
            currvalue: UnsafeCell::new(None),
            currgrouper: Cell::new(0),
        },
    ))
}

/// CPython's groupby_step: reads the next value and its key. Ok(false) at the end.
fn groupby_step(g: &GroupByObject) -> PyResult<bool> {
    let Some(v) = ops::next(&g.it)? else { return Ok(false) };
    let key = if is_none(&g.keyfunc) { v.clone() } else { crate::call::call(&g.keyfunc, &[v.clone()], None)? };
    set(&g.currkey, Some(key));
    set(&g.currvalue, Some(v));
    Ok(true)
}

fn groupby_next(it: &Value) -> PyResult<Option<Value>> {
    let g = unsafe { it.downcast_unchecked::<GroupByObject>() };
    g.currgrouper.set(0);
    loop {
        if let Some(ck) = get(&g.currkey) {
            match get(&g.tgtkey) {
                None => break,
                Some(tk) => {
                    if !ops::eq(&tk, &ck)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(g)? {
            return Ok(None);
        }
    }
    let ck = get(&g.currkey).unwrap_or_else(none);
    set(&g.tgtkey, Some(ck.clone()));
    let token = GROUPER_TOKENS.with(|t| {
        t.set(t.get() + 1);
        t.get()
    });
    g.currgrouper.set(token);
    let grouper = crate::types::new_object(GrouperObject { header: hdr(), parent: it.clone(), tgtkey: ck.clone(), token });
    Ok(Some(new_tuple(vec![ck, grouper])))
}

fn grouper_next(it: &Value) -> PyResult<Option<Value>> {
    let gr = unsafe { it.downcast_unchecked::<GrouperObject>() };
    let g = unsafe { gr.parent.downcast_unchecked::<GroupByObject>() };
    if g.currgrouper.get() != gr.token {
        return Ok(None);
    }
    if get(&g.currvalue).is_none() && !groupby_step(g)? {
        return Ok(None);
    }
    let ck = get(&g.currkey).unwrap_or_else(none);
    if !ops::eq(&gr.tgtkey, &ck)? {
        return Ok(None);
    }
    let v = get(&g.currvalue);
    set(&g.currvalue, None);
    set(&g.currkey, None);
    Ok(v)
}

// ----- islice ------------------------------------------------------------------

#[repr(C)]
pub struct ISliceObject {
    header: ObjHeader,
    it: UnsafeCell<Option<Value>>,
    next: Cell<i64>,
    /// -1: no stop.
    stop: Cell<i64>,
    step: i64,
    cnt: Cell<i64>,
}
native_type!(ISLICE_TYPE, "itertools", "islice", ISliceObject, BASETYPE);

const STOP_MSG: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// `PyNumber_AsSsize_t(v, NULL)` with errors turned into -1, as islice reads its indices.
fn islice_index(v: &Value) -> i64 {
    ssize_clip(v).unwrap_or(-1)
}

fn islice_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    no_kw("islice", kw)?;
    let a = &args[1..];
    positional("islice", a.len(), 2, 4)?;
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if a.len() == 2 {
        if !is_none(&a[1]) {
            stop = islice_index(&a[1]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    } else {
        if !is_none(&a[1]) {
            start = islice_index(&a[1]);
        }
        if !is_none(&a[2]) {
            stop = islice_index(&a[2]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    if a.len() == 4 && !is_none(&a[3]) {
        step = islice_index(&a[3]);
    }
    if step < 1 {
        return Err(value_error("Step for islice() must be a positive integer or None."));
    }
    let it = ops::iter(&a[0])?;
    Ok(alloc_object(
        cls,
        ISliceObject { header: hdr(), it: UnsafeCell::new(Some(it)), next: Cell::new(start), stop: Cell::new(stop), step, cnt: Cell::new(0) },
    ))
}

fn islice_next(itv: &Value) -> PyResult<Option<Value>> {
    let s = unsafe { itv.downcast_unchecked::<ISliceObject>() };
    let Some(it) = get(&s.it) else { return Ok(None) };
    let stop = s.stop.get();
    let empty = || {
        set(&s.it, None);
        Ok(None)
    };
    while s.cnt.get() < s.next.get() {
        if ops::next(&it)?.is_none() {
            return empty();
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if stop != -1 && s.cnt.get() >= stop {
        return empty();
    }
    let Some(item) = ops::next(&it)? else { return empty() };
    s.cnt.set(s.cnt.get() + 1);
    let old = s.next.get();
    let mut n = old.wrapping_add(s.step);
    if n < old || (stop != -1 && n > stop) {
        n = stop;
    }
    s.next.set(n);
    Ok(Some(item))
}

// ----- pairwise ----------------------------------------------------------------

#[repr(C)]
pub struct PairwiseObject {
    header: ObjHeader,
    it: UnsafeCell<Option<Value>>,
    old: UnsafeCell<Option<Value>>,
}
native_type!(PAIRWISE_TYPE, "itertools", "pairwise", PairwiseObject, BASETYPE);

fn pairwise_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    no_kw("pairwise", kw)?;
    positional("pairwise", args.len() - 1, 1, 1)?;
    let it = ops::iter(&args[1])?;
    Ok(alloc_object(cls, PairwiseObject { header: hdr(), it: UnsafeCell::new(Some(it)), old: UnsafeCell::new(None) }))
}

fn pairwise_next(itv: &Value) -> PyResult<Option<Value>> {
    let p = unsafe { itv.downcast_unchecked::<PairwiseObject>() };
    let Some(it) = get(&p.it) else { return Ok(None) };
    let old = match get(&p.old) {
        Some(o) => o,
        None => match ops::next(&it) {
            Ok(Some(o)) => {
                set(&p.old, Some(o.clone()));
                o
            }
            r => {
                set(&p.it, None);
                return r;
            }
        },
    };
    match ops::next(&it) {
        Ok(Some(new)) => {
            set(&p.old, Some(new.clone()));
            Ok(Some(new_tuple(vec![old, new])))
        }
        r => {
            set(&p.it, None);
            set(&p.old, None);
            r
        }
    }
}

// ----- tee ---------------------------------------------------------------------

/// Items per link of tee's shared buffer (CPython's LINKCELLS).
const LINKCELLS: usize = 57;

/// One link of the buffer shared by tee iterators (CPython's teedataobject).
struct TeeData {
    it: Value,
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<TeeData>>>,
    running: Cell<bool>,
}

impl TeeData {
    fn new(it: Value) -> Rc<TeeData> {
        Rc::new(TeeData { it, values: RefCell::new(Vec::new()), next: RefCell::new(None), running: Cell::new(false) })
    }

    /// The link after this one (created on demand).
    fn jump(&self) -> Rc<TeeData> {
        self.next.borrow_mut().get_or_insert_with(|| TeeData::new(self.it.clone())).clone()
    }

    /// CPython's teedataobject_getitem: the i-th value, reading the source if needed.
    fn getitem(&self, i: usize) -> PyResult<Option<Value>> {
        if let Some(v) = self.values.borrow().get(i) {
            return Ok(Some(v.clone()));
        }
        if self.running.get() {
            return Err(runtime_error("cannot re-enter the tee iterator"));
        }
        self.running.set(true);
        let r = ops::next(&self.it);
        self.running.set(false);
        let Some(v) = r? else { return Ok(None) };
        self.values.borrow_mut().push(v.clone());
        Ok(Some(v))
    }
}

impl Drop for TeeData {
    fn drop(&mut self) {
        // Unlink iteratively so a long chain does not recurse.
        let mut next = self.next.borrow_mut().take();
        while let Some(n) = next {
            match Rc::try_unwrap(n) {
                Ok(d) => next = d.next.borrow_mut().take(),
                Err(_) => break,
            }
        }
    }
}

#[repr(C)]
pub struct TeeObject {
    header: ObjHeader,
    data: RefCell<Rc<TeeData>>,
    index: Cell<usize>,
    dict: Option<Value>,
}
pub static TEE_TYPE: TypeObject = TypeObject::builtin::<TeeObject>("itertools._tee", Some(&crate::types::OBJECT_TYPE), 0)
    .in_module("itertools")
    .with_qualname("_tee")
    .with_dict_at(std::mem::offset_of!(TeeObject, dict));
unsafe impl crate::value::PyObj for TeeObject {
    fn class() -> &'static TypeObject {
        &TEE_TYPE
    }
}

fn new_tee(data: Rc<TeeData>, index: usize) -> Value {
    crate::types::new_object(TeeObject { header: hdr(), data: RefCell::new(data), index: Cell::new(index), dict: None })
}

/// CPython's tee_fromiterable: a tee over any iterable (a copy for tee objects).
fn tee_fromiterable(iterable: &Value) -> PyResult<Value> {
    let it = ops::iter(iterable)?;
    if let Some(t) = it.downcast_exact::<TeeObject>() {
        return Ok(new_tee(t.data.borrow().clone(), t.index.get()));
    }
    Ok(new_tee(TeeData::new(it), 0))
}

fn tee_type_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    cls_arg(args)?;
    let a = crate::builtins::args::parse_args("_tee", &args[1..], kw, &["iterable"], 1, 1, 1)?;
    tee_fromiterable(a[0].as_ref().unwrap_or(&none()))
}

fn tee_next(it: &Value) -> PyResult<Option<Value>> {
    let t = unsafe { it.downcast_unchecked::<TeeObject>() };
    if t.index.get() >= LINKCELLS {
        let link = t.data.borrow().jump();
        *t.data.borrow_mut() = link;
        t.index.set(0);
    }
    let data = t.data.borrow().clone();
    let v = data.getitem(t.index.get())?;
    if v.is_some() {
        t.index.set(t.index.get() + 1);
    }
    Ok(v)
}

fn tee_copy(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = this::<TeeObject>(args)?;
    Ok(new_tee(t.data.borrow().clone(), t.index.get()))
}

/// `tee(iterable, n=2)`: n independent iterators over one iterable.
fn tee(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("tee", kw)?;
    positional("tee", args.len(), 1, 2)?;
    let n = match args.get(1) {
        Some(v) => ssize(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    let it = ops::iter(&args[0])?;
    let copyfunc_name = crate::objects::str::intern_static("__copy__");
    let (first, copyfunc) = match ops::getattr_opt(&it, &copyfunc_name)? {
        Some(f) => (it, f),
        None => {
            let t = tee_fromiterable(&it)?;
            let f = ops::getattr(&t, &copyfunc_name)?;
            (t, f)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(crate::call::call(&copyfunc, &[], None)?);
    }
    Ok(new_tuple(out))
}

// ----- zip_longest -------------------------------------------------------------

#[repr(C)]
pub struct ZipLongestObject {
    header: ObjHeader,
    its: RefCell<Vec<Option<Value>>>,
    numactive: Cell<usize>,
    fillvalue: Value,
}
native_type!(ZIP_LONGEST_TYPE, "itertools", "zip_longest", ZipLongestObject, BASETYPE);

fn zip_longest_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let mut fillvalue = none();
    if let Some(k) = kw {
        if !k.is_empty() {
            match k.get("fillvalue") {
                Some(v) if k.len() == 1 => fillvalue = v.clone(),
                _ => return Err(type_error("zip_longest() got an unexpected keyword argument")),
            }
        }
    }
    let its = args[1..].iter().map(|a| ops::iter(a).map(Some)).collect::<PyResult<Vec<_>>>()?;
    let n = its.len();
    Ok(alloc_object(cls, ZipLongestObject { header: hdr(), its: RefCell::new(its), numactive: Cell::new(n), fillvalue }))
}

fn zip_longest_next(it: &Value) -> PyResult<Option<Value>> {
    let z = unsafe { it.downcast_unchecked::<ZipLongestObject>() };
    let n = z.its.borrow().len();
    if n == 0 || z.numactive.get() == 0 {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let sub = z.its.borrow()[i].clone();
        let item = match sub {
            None => z.fillvalue.clone(),
            Some(s) => match ops::next(&s) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    z.numactive.set(z.numactive.get() - 1);
                    if z.numactive.get() == 0 {
                        return Ok(None);
                    }
                    z.its.borrow_mut()[i] = None;
                    z.fillvalue.clone()
                }
                Err(e) => {
                    z.numactive.set(0);
                    return Err(e);
                }
            },
        };
        items.push(item);
    }
    Ok(Some(new_tuple(items)))
}

// ----- product, permutations, combinations -------------------------------------

/// The state shared by the combinatoric iterators.
#[repr(C)]
pub struct CombObject {
    header: ObjHeader,
    /// product: one pool per position; the others: a single pool.
    pools: Vec<Vec<Value>>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    result: RefCell<Option<Vec<Value>>>,
    stopped: Cell<bool>,
}
native_type!(PRODUCT_TYPE, "itertools", "product", CombObject, BASETYPE);
type_static!(PERMUTATIONS_TYPE, "itertools", "permutations", CombObject, BASETYPE);
type_static!(COMBINATIONS_TYPE, "itertools", "combinations", CombObject, BASETYPE);
type_static!(CWR_TYPE, "itertools", "combinations_with_replacement", CombObject, BASETYPE);

fn new_comb(cls: &TypeObject, pools: Vec<Vec<Value>>, r: usize, indices: Vec<usize>, cycles: Vec<usize>) -> Value {
    alloc_object(
        cls,
        CombObject {
            header: hdr(),
            pools,
            r,
            indices: RefCell::new(indices),
            cycles: RefCell::new(cycles),
            result: RefCell::new(None),
            stopped: Cell::new(false),
        },
    )
}

fn comb(it: &Value) -> &CombObject {
    unsafe { it.downcast_unchecked::<CombObject>() }
}

/// `product(*iterables, repeat=1)`.
fn product_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let mut repeat = 1i64;
    if let Some(k) = kw {
        if !k.is_empty() {
            let a = crate::builtins::args::parse_args("product", &[], Some(k), &["repeat"], 0, 0, 1)?;
            if let Some(r) = &a[0] {
                repeat = ssize(r)?;
            }
            if repeat < 0 {
                return Err(value_error("repeat argument cannot be negative"));
            }
        }
    }
    let nargs = if repeat == 0 { 0 } else { args.len() - 1 };
    if repeat > 0 && nargs > 0 && (nargs as u128) * (repeat as u128) > (i64::MAX as u128) / 8 {
        return Err(crate::error::overflow_error("repeat argument too large"));
    }
    let mut pools = Vec::new();
    for a in &args[1..1 + nargs] {
        pools.push(ops::collect(a)?);
    }
    let mut all = Vec::with_capacity(pools.len() * repeat as usize);
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    let n = all.len();
    Ok(new_comb(cls, all, n, vec![0; n], Vec::new()))
}

fn product_next(it: &Value) -> PyResult<Option<Value>> {
    let p = comb(it);
    if p.stopped.get() {
        return Ok(None);
    }
    let mut result = p.result.borrow_mut();
    let npools = p.pools.len();
    match result.as_mut() {
        None => {
            let mut r = Vec::with_capacity(npools);
            for pool in &p.pools {
                match pool.first() {
                    Some(v) => r.push(v.clone()),
                    None => {
                        p.stopped.set(true);
                        return Ok(None);
                    }
                }
            }
            *result = Some(r);
        }
        Some(r) => {
            let mut indices = p.indices.borrow_mut();
            let mut i = npools as isize - 1;
            while i >= 0 {
                let iu = i as usize;
                let pool = &p.pools[iu];
                indices[iu] += 1;
                if indices[iu] == pool.len() {
                    indices[iu] = 0;
                    r[iu] = pool[0].clone();
                } else {
                    r[iu] = pool[indices[iu]].clone();
                    break;
                }
                i -= 1;
            }
            if i < 0 {
                p.stopped.set(true);
                return Ok(None);
            }
        }
    }
    Ok(Some(new_tuple(result.as_ref().map_or_else(Vec::new, |r| r.clone()))))
}

/// The `r` argument of combinations (a required Py_ssize_t).
fn r_arg(v: &Value) -> PyResult<usize> {
    let r = ssize(v)?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn combinations_common(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<(Vec<Value>, usize)> {
    let a = crate::builtins::args::parse_args(name, &args[1..], kw, &["iterable", "r"], 0, 2, 2)?;
    let pool = ops::collect(a[0].as_ref().unwrap_or(&none()))?;
    let r = r_arg(a[1].as_ref().unwrap_or(&none()))?;
    Ok((pool, r))
}

fn combinations_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let (pool, r) = combinations_common(args, kw, "combinations")?;
    Ok(new_comb(cls, vec![pool], r, (0..r).collect(), Vec::new()))
}

fn cwr_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let (pool, r) = combinations_common(args, kw, "combinations_with_replacement")?;
    Ok(new_comb(cls, vec![pool], r, vec![0; r], Vec::new()))
}

/// `permutations(iterable, r=None)`.
fn permutations_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let a = crate::builtins::args::parse_args("permutations", &args[1..], kw, &["iterable", "r"], 0, 1, 2)?;
    let pool = ops::collect(a[0].as_ref().unwrap_or(&none()))?;
    let n = pool.len();
    let r = match a[1].as_ref().filter(|v| !is_none(v)) {
        None => n,
        Some(v) => {
            if int_val(v).is_none() {
                return Err(type_error("Expected int as r"));
            }
            let r = ssize(v)?;
            if r < 0 {
                return Err(value_error("r must be non-negative"));
            }
            r as usize
        }
    };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(new_comb(cls, vec![pool], r, (0..n).collect(), cycles))
}

fn combinations_next(it: &Value) -> PyResult<Option<Value>> {
    let c = comb(it);
    if c.stopped.get() {
        return Ok(None);
    }
    let pool = &c.pools[0];
    let (n, r) = (pool.len(), c.r);
    let mut result = c.result.borrow_mut();
    let mut indices = c.indices.borrow_mut();
    match result.as_mut() {
        None => {
            if r > n {
                c.stopped.set(true);
                return Ok(None);
            }
            *result = Some(indices.iter().map(|&i| pool[i].clone()).collect());
        }
        Some(res) => {
            let mut i = r as isize - 1;
            while i >= 0 && indices[i as usize] == i as usize + n - r {
                i -= 1;
            }
            if i < 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            let i = i as usize;
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
            for j in i..r {
                res[j] = pool[indices[j]].clone();
            }
        }
    }
    Ok(Some(new_tuple(result.as_ref().map_or_else(Vec::new, |r| r.clone()))))
}

fn cwr_next(it: &Value) -> PyResult<Option<Value>> {
    let c = comb(it);
    if c.stopped.get() {
        return Ok(None);
    }
    let pool = &c.pools[0];
    let (n, r) = (pool.len(), c.r);
    let mut result = c.result.borrow_mut();
    let mut indices = c.indices.borrow_mut();
    match result.as_mut() {
        None => {
            if n == 0 && r > 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            *result = Some((0..r).map(|_| pool[0].clone()).collect());
        }
        Some(res) => {
            let mut i = r as isize - 1;
            while i >= 0 && indices[i as usize] == n - 1 {
                i -= 1;
            }
            if i < 0 {
                c.stopped.set(true);
                return Ok(None);
            }
            let index = indices[i as usize] + 1;
            for j in i as usize..r {
                indices[j] = index;
                res[j] = pool[index].clone();
            }
        }
    }
    Ok(Some(new_tuple(result.as_ref().map_or_else(Vec::new, |r| r.clone()))))
}

fn permutations_next(it: &Value) -> PyResult<Option<Value>> {
    let p = comb(it);
    if p.stopped.get() {
        return Ok(None);
    }
    let pool = &p.pools[0];
    let (n, r) = (pool.len(), p.r);
    let mut result = p.result.borrow_mut();
    let mut indices = p.indices.borrow_mut();
    let mut cycles = p.cycles.borrow_mut();
    match result.as_mut() {
        None => {
            if r > n {
                p.stopped.set(true);
                return Ok(None);
            }
            *result = Some(indices[..r].iter().map(|&i| pool[i].clone()).collect());
        }
        Some(res) => {
            if n == 0 {
                p.stopped.set(true);
                return Ok(None);
            }
            let mut i = r as isize - 1;
            while i >= 0 {
                let iu = i as usize;
                cycles[iu] -= 1;
                if cycles[iu] == 0 {
                    let index = indices[iu];
                    for j in iu..n - 1 {
                        indices[j] = indices[j + 1];
                    }
                    indices[n - 1] = index;
                    cycles[iu] = n - iu;
                } else {
                    let j = cycles[iu];
                    indices.swap(iu, n - j);
                    for k in iu..r {
                        res[k] = pool[indices[k]].clone();
                    }
                    break;
                }
                i -= 1;
            }
            if i < 0 {
                p.stopped.set(true);
                return Ok(None);
            }
        }
    }
    Ok(Some(new_tuple(result.as_ref().map_or_else(Vec::new, |r| r.clone()))))
}

// ----- the module --------------------------------------------------------------

/// Registers an itertools iterator type with its constructor.
fn register(t: &'static TypeObject, new: crate::objects::function::NativeFn, next: crate::types::IterNextFn) {
    crate::objects::iter::register_iterator(t, next);
    build::new(t, new);
}

fn init_types() {
    register(&COUNT_TYPE, count_new, count_next);
    build::method(&COUNT_TYPE, "__repr__", count_repr);
    build::method(&COUNT_TYPE, "__reduce__", count_reduce);
    register(&CYCLE_TYPE, cycle_new, cycle_next);
    build::method(&CYCLE_TYPE, "__reduce__", cycle_reduce);
    build::method(&CYCLE_TYPE, "__setstate__", cycle_setstate);
    register(&REPEAT_TYPE, repeat_new, repeat_next);
    build::method(&REPEAT_TYPE, "__repr__", repeat_repr);
    build::method(&REPEAT_TYPE, "__length_hint__", repeat_len);
    build::method(&REPEAT_TYPE, "__reduce__", repeat_reduce);
    register(&ACCUMULATE_TYPE, accumulate_new, accumulate_next);
    register(&CHAIN_TYPE, chain_new, chain_next);
    build::classmethod(&CHAIN_TYPE, "from_iterable", chain_from_iterable);
    build::method(&CHAIN_TYPE, "__reduce__", chain_reduce);
    build::method(&CHAIN_TYPE, "__setstate__", chain_setstate);
    build::classmethod(&CHAIN_TYPE, "__class_getitem__", crate::modules::support::class_getitem);
    register(&COMPRESS_TYPE, compress_new, compress_next);
    register(&DROPWHILE_TYPE, dropwhile_new, dropwhile_next);
    register(&TAKEWHILE_TYPE, takewhile_new, takewhile_next);
    register(&FILTERFALSE_TYPE, filterfalse_new, filterfalse_next);
    register(&STARMAP_TYPE, starmap_new, starmap_next);
    register(&GROUPBY_TYPE, groupby_new, groupby_next);
    crate::objects::iter::register_iterator(&GROUPER_TYPE, grouper_next);
    register(&ISLICE_TYPE, islice_new, islice_next);
    register(&PAIRWISE_TYPE, pairwise_new, pairwise_next);
    register(&TEE_TYPE, tee_type_new, tee_next);
    build::method(&TEE_TYPE, "__copy__", tee_copy);
    register(&ZIP_LONGEST_TYPE, zip_longest_new, zip_longest_next);
    register(&PRODUCT_TYPE, product_new, product_next);
    register(&PERMUTATIONS_TYPE, permutations_new, permutations_next);
    register(&COMBINATIONS_TYPE, combinations_new, combinations_next);
    register(&CWR_TYPE, cwr_new, cwr_next);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("itertools");
    let mo = m.downcast::<ModuleObject>().unwrap();
    for t in [
        &ACCUMULATE_TYPE,
        &CHAIN_TYPE,
        &COMBINATIONS_TYPE,
        &CWR_TYPE,
        &COMPRESS_TYPE,
        &COUNT_TYPE,
        &CYCLE_TYPE,
        &DROPWHILE_TYPE,
        &FILTERFALSE_TYPE,
        &GROUPBY_TYPE,
        &ISLICE_TYPE,
        &PAIRWISE_TYPE,
        &PERMUTATIONS_TYPE,
        &PRODUCT_TYPE,
        &REPEAT_TYPE,
        &STARMAP_TYPE,
        &TAKEWHILE_TYPE,
        &ZIP_LONGEST_TYPE,
        &GROUPER_TYPE,
        &TEE_TYPE,
    ] {
        mo.set(t.qualname(), t.as_value());
    }
    mo.set("tee", new_builtin("tee", tee, Some("itertools")));
    mo.set(
        "__doc__",
        new_str("Functional tools for creating and using iterators."),
    );
    m
}
