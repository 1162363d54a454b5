//! Built-in iterators: over lists, tuples and strs, over `__getitem__`
//! sequences, `iter(f, sentinel)`, and `enumerate`, `zip`, `map`, `filter`,
//! `reversed`. Each has a native `iternext` so loops avoid method calls.

use crate::error::{type_error, value_error, PyResult};
use crate::objects::bool_none::none;
use crate::objects::exception::{INDEX_ERROR, STOP_ITERATION};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::list::ListObject;
use crate::objects::str::StrObject;
use crate::objects::tuple::{new_tuple, TupleObject};
use crate::types::{build, IterNextFn, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, UnsafeCell};

macro_rules! iter_type {
    ($static:ident, $name:literal, $ty:ty, $flags:expr) => {
        pub static $static: TypeObject = TypeObject::builtin::<$ty>($name, Some(&OBJECT_TYPE), $flags);
        unsafe impl PyObj for $ty {
            fn class() -> &'static TypeObject {
                &$static
            }
        }
    };
}

/// Iterates a list, tuple or str by index (`seq` holds the container).
#[repr(C)]
pub struct SeqIterObject {
    pub header: ObjHeader,
    seq: UnsafeCell<Option<Value>>,
    index: Cell<usize>,
    /// For str: the byte offset matching `index`.
    byte: Cell<usize>,
}

impl SeqIterObject {
    /// Byte offsets of the sequence (0 once exhausted) and the index, for
    /// compiled code that steps `for` loops over lists in place.
    pub const FIELD_OFFSETS: [usize; 2] = [std::mem::offset_of!(SeqIterObject, seq), std::mem::offset_of!(SeqIterObject, index)];
}

pub static LIST_ITER_TYPE: TypeObject = TypeObject::builtin::<SeqIterObject>("list_iterator", Some(&OBJECT_TYPE), 0);
unsafe impl PyObj for SeqIterObject {
    fn class() -> &'static TypeObject {
        &LIST_ITER_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        [&LIST_ITER_TYPE, &TUPLE_ITER_TYPE, &STR_ITER_TYPE, &SEQ_ITER_TYPE, &LIST_REV_ITER_TYPE].iter().any(|x| std::ptr::eq(*x, t))
    }
}

pub static TUPLE_ITER_TYPE: TypeObject = TypeObject::builtin::<SeqIterObject>("tuple_iterator", Some(&OBJECT_TYPE), 0);
pub static STR_ITER_TYPE: TypeObject = TypeObject::builtin::<SeqIterObject>("str_ascii_iterator", Some(&OBJECT_TYPE), 0);
pub static SEQ_ITER_TYPE: TypeObject = TypeObject::builtin::<SeqIterObject>("iterator", Some(&OBJECT_TYPE), 0);
pub static LIST_REV_ITER_TYPE: TypeObject =
    TypeObject::builtin::<SeqIterObject>("list_reverseiterator", Some(&OBJECT_TYPE), 0);

/// An iterator of type `ty` (list, tuple, str or reversed-list iterator) over `seq` from `index`.
pub fn new_seq_iter_of(ty: &TypeObject, seq: Value, index: usize) -> Value {
    crate::types::alloc_object(
        ty,
        SeqIterObject {
            header: ObjHeader::new(std::ptr::null()),
            seq: UnsafeCell::new(Some(seq)),
            index: Cell::new(index),
            byte: Cell::new(0),
        },
    )
}

impl SeqIterObject {
    fn seq(&self) -> Option<&Value> {
        unsafe { (*self.seq.get()).as_ref() }
    }

    fn exhaust(&self) {
        let old = unsafe { (*self.seq.get()).take() };
        drop(old);
    }
}

/// The list iterator's step, inline for `for` loops.
#[inline]
pub fn list_iter_next(it: &Value) -> Option<Option<Value>> {
    if !it.is_type(&LIST_ITER_TYPE) {
        return None;
    }
    let s = unsafe { it.downcast_unchecked::<SeqIterObject>() };
    let Some(seq) = s.seq() else { return Some(None) };
    let l = unsafe { seq.downcast_unchecked::<ListObject>() };
    let i = s.index.get();
    match l.get(i) {
        Some(v) => {
            s.index.set(i + 1);
            Some(Some(v))
        }
        None => {
            s.exhaust();
            Some(None)
        }
    }
}

fn list_iternext(it: &Value) -> PyResult<Option<Value>> {
    Ok(list_iter_next(it).unwrap())
}

fn tuple_iternext(it: &Value) -> PyResult<Option<Value>> {
    let s = unsafe { it.downcast_unchecked::<SeqIterObject>() };
    let Some(seq) = s.seq() else { return Ok(None) };
    let t = unsafe { seq.downcast_unchecked::<TupleObject>() };
    let i = s.index.get();
    match t.items().get(i) {
        Some(v) => {
            s.index.set(i + 1);
            Ok(Some(v.clone()))
        }
        None => {
            s.exhaust();
            Ok(None)
        }
    }
}

fn str_iternext(it: &Value) -> PyResult<Option<Value>> {
    let s = unsafe { it.downcast_unchecked::<SeqIterObject>() };
    let Some(seq) = s.seq() else { return Ok(None) };
    let st = unsafe { seq.downcast_unchecked::<StrObject>() };
    let b = s.byte.get();
    match st.as_str()[b..].chars().next() {
        Some(c) => {
            s.byte.set(b + c.len_utf8());
            s.index.set(s.index.get() + 1);
            Ok(Some(crate::objects::str::char_str(c)))
        }
        None => {
            s.exhaust();
            Ok(None)
        }
    }
}

/// Iteration through `__getitem__` with 0, 1, 2... until IndexError or StopIteration.
fn seq_iternext(it: &Value) -> PyResult<Option<Value>> {
    let s = unsafe { it.downcast_unchecked::<SeqIterObject>() };
    let Some(seq) = s.seq().cloned() else { return Ok(None) };
    let i = s.index.get();
    match crate::ops::get_item(&seq, &new_int(i as i64)) {
        Ok(v) => {
            s.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => {
            s.exhaust();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn list_rev_iternext(it: &Value) -> PyResult<Option<Value>> {
    let s = unsafe { it.downcast_unchecked::<SeqIterObject>() };
    let Some(seq) = s.seq() else { return Ok(None) };
    let l = unsafe { seq.downcast_unchecked::<ListObject>() };
    let i = s.index.get();
    if i == 0 || i > l.len() {
        s.exhaust();
        return Ok(None);
    }
    s.index.set(i - 1);
    Ok(l.get(i - 1))
}

pub fn new_seq_iter(seq: Value) -> Value {
    new_seq_iter_of(&SEQ_ITER_TYPE, seq, 0)
}

pub fn new_list_rev_iter(list: Value) -> Value {
    let n = list.downcast::<ListObject>().map_or(0, |l| l.len());
    new_seq_iter_of(&LIST_REV_ITER_TYPE, list, n)
}

/// Does `fast_iter` handle this exact type?
pub fn fast_iter_type(t: &TypeObject) -> bool {
    [&crate::objects::list::LIST_TYPE, &crate::objects::tuple::TUPLE_TYPE, &crate::objects::str::STR_TYPE, &crate::objects::range::RANGE_TYPE]
        .iter()
        .any(|x| std::ptr::eq(*x, t))
}

/// `iter(v)` for the exact built-in containers, without method calls.
pub fn fast_iter(v: &Value) -> Option<Value> {
    if v.is_type(&crate::objects::list::LIST_TYPE) {
        return Some(new_seq_iter_of(&LIST_ITER_TYPE, v.clone(), 0));
    }
    if v.is_type(&crate::objects::tuple::TUPLE_TYPE) {
        return Some(new_seq_iter_of(&TUPLE_ITER_TYPE, v.clone(), 0));
    }
    if v.is_type(&crate::objects::str::STR_TYPE) {
        return Some(new_seq_iter_of(&STR_ITER_TYPE, v.clone(), 0));
    }
    if v.is_type(&crate::objects::range::RANGE_TYPE) {
        return Some(crate::objects::range::range_iter(v));
    }
    None
}

fn seq_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<SeqIterObject>().unwrap();
    let n = match s.seq() {
        None => 0,
        Some(seq) => {
            // The storage's length for the built-in iterators (a subclass's __len__ is not used).
            let generic = args[0].is_type(&SEQ_ITER_TYPE);
            let len = if let Some(l) = seq.downcast::<ListObject>().filter(|_| !generic) {
                l.len()
            } else if let Some(t) = crate::objects::tuple::tuple_items(seq).filter(|_| !generic) {
                t.len()
            } else {
                crate::ops::len(seq).unwrap_or(0)
            };
            if args[0].is_type(&LIST_REV_ITER_TYPE) {
                // CPython's listreviter_len: 0 once the list is shorter.
                if len < s.index.get() { 0 } else { s.index.get() }
            } else {
                len.saturating_sub(s.index.get())
            }
        }
    };
    Ok(new_int(n as i64))
}

// ----- iter(callable, sentinel) ----------------------------------------------

#[repr(C)]
pub struct CallIterObject {
    pub header: ObjHeader,
    func: UnsafeCell<Option<Value>>,
    sentinel: Value,
}
iter_type!(CALL_ITER_TYPE, "callable_iterator", CallIterObject, 0);

pub fn new_call_iter(func: Value, sentinel: Value) -> Value {
    crate::types::new_object(CallIterObject { header: ObjHeader::new(std::ptr::null()), func: UnsafeCell::new(Some(func)), sentinel })
}

fn call_iternext(it: &Value) -> PyResult<Option<Value>> {
    let c = unsafe { it.downcast_unchecked::<CallIterObject>() };
    let Some(f) = (unsafe { (*c.func.get()).clone() }) else { return Ok(None) };
    match crate::call::call(&f, &[], None) {
        Ok(v) => {
            if crate::ops::eq(&c.sentinel, &v)? {
                unsafe { *c.func.get() = None };
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        Err(e) if e.matches(&STOP_ITERATION) => {
            unsafe { *c.func.get() = None };
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

// ----- enumerate ---------------------------------------------------------------

#[repr(C)]
pub struct EnumerateObject {
    pub header: ObjHeader,
    it: Value,
    count: UnsafeCell<Value>,
}
iter_type!(ENUMERATE_TYPE, "enumerate", EnumerateObject, BASETYPE);

/// CPython's enum_vectorcall argument handling: `enumerate(iterable, start=0)`.
fn enumerate_args(args: &[Value], kw: Option<&Kw>) -> PyResult<(Value, Option<Value>)> {
    if kw.is_none_or(|k| k.is_empty()) && matches!(args.len(), 1 | 2) {
        return Ok((args[0].clone(), args.get(1).cloned()));
    }
    let bad = |k: &str| type_error(format!("'{k}' is an invalid keyword argument for enumerate()"));
    let names: Vec<&str> = kw.map(|k| k.iter().map(|(n, _)| n).collect()).unwrap_or_default();
    let kwvals: Vec<Value> = kw.map(|k| k.iter().map(|(_, v)| v.clone()).collect()).unwrap_or_default();
    let mut all: Vec<Value> = args.to_vec();
    all.extend(kwvals);
    let (nargs, nkw) = (args.len(), names.len());
    match nargs + nkw {
        2 => {
            if nkw == 1 && names[0] != "start" {
                return Err(bad(names[0]));
            }
            if nkw == 2 {
                if names[0] == "start" {
                    if names[1] != "iterable" {
                        return Err(bad(names[1]));
                    }
                    return Ok((all[1].clone(), Some(all[0].clone())));
                }
                if names[0] != "iterable" {
                    return Err(bad(names[0]));
                }
                if names[1] != "start" {
                    return Err(bad(names[1]));
                }
            }
            Ok((all[0].clone(), Some(all[1].clone())))
        }
        1 => {
            if nkw == 1 && names[0] != "iterable" {
                return Err(bad(names[0]));
            }
            Ok((all[0].clone(), None))
        }
        _ if nargs == 0 => Err(type_error("enumerate() missing required argument 'iterable'")),
        n => Err(type_error(format!("enumerate() takes at most 2 arguments ({n} given)"))),
    }
}

fn enumerate_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (iterable, start) = enumerate_args(&args[1..], kw)?;
    // The start is converted before the iterable is iterated, as in CPython.
    let start = match start {
        Some(s) => crate::ops::index(&s)?,
        None => new_int(0),
    };
    let it = crate::ops::iter(&iterable)?;
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, EnumerateObject { header: ObjHeader::new(std::ptr::null()), it, count: UnsafeCell::new(start) }))
}

fn enumerate_iternext(it: &Value) -> PyResult<Option<Value>> {
    Ok(enumerate_next_pair(it)?.map(|(c, v)| crate::objects::tuple::tuple2(c, v)))
}

/// The next count and item of the enumerate object `it`.
fn enumerate_next_pair(it: &Value) -> PyResult<Option<(Value, Value)>> {
    let e = unsafe { it.downcast_unchecked::<EnumerateObject>() };
    match crate::ops::next(&e.it)? {
        Some(v) => {
            let c = unsafe { (*e.count.get()).clone() };
            let next = match c.as_small().and_then(|x| x.checked_add(1)) {
                Some(n) => new_int(n),
                None => crate::ops::binary_op(&c, &new_int(1), tern_frontend::bytecode::BinOp::Add)?,
            };
            unsafe { *e.count.get() = next };
            Ok(Some((c, v)))
        }
        None => Ok(None),
    }
}

/// The next item of `it` as its two values, for an iterator whose items
/// are new pairs nobody else sees (an exact enumerate, an exact zip of two
/// iterables that is not strict, a dict's items iterator): `for i, x in
/// enumerate(xs)` in compiled code takes them without the tuple. None for
/// other iterators.
pub fn next_pair(it: &Value) -> Option<PyResult<Option<(Value, Value)>>> {
    if it.is_type(&ENUMERATE_TYPE) {
        return Some(enumerate_next_pair(it));
    }
    if let Some(r) = crate::objects::dict_methods::next_item_pair(it) {
        return Some(r);
    }
    let z = it.downcast_exact::<ZipObject>().filter(|z| z.its.len() == 2 && !z.strict.get())?;
    // As `zip_iternext`: the first iterable's item is dropped when the second ends.
    Some((|| {
        let Some(a) = crate::ops::next(&z.its[0])? else { return Ok(None) };
        let Some(b) = crate::ops::next(&z.its[1])? else { return Ok(None) };
        Ok(Some((a, b)))
    })())
}

// ----- zip ---------------------------------------------------------------------

#[repr(C)]
pub struct ZipObject {
    pub header: ObjHeader,
    its: Vec<Value>,
    strict: Cell<bool>,
}
iter_type!(ZIP_TYPE, "zip", ZipObject, BASETYPE);

fn zip_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let mut strict = false;
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            if k == "strict" {
                strict = crate::ops::truthy(v)?;
            } else {
                return Err(type_error(format!("'{k}' is an invalid keyword argument for zip()")));
            }
        }
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(crate::ops::iter(a)?);
    }
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, ZipObject { header: ObjHeader::new(std::ptr::null()), its, strict: Cell::new(strict) }))
}

fn zip_iternext(it: &Value) -> PyResult<Option<Value>> {
    let z = unsafe { it.downcast_unchecked::<ZipObject>() };
    if z.its.is_empty() {
        return Ok(None);
    }
    // Up to eight items are gathered on the stack (the tuple then comes
    // from its free list with no allocation at all).
    let n = z.its.len();
    let mut short: [Option<Value>; 8] = Default::default();
    let mut long: Vec<Option<Value>> = Vec::new();
    let items: &mut [Option<Value>] = if n <= short.len() {
        &mut short[..n]
    } else {
        long.resize(n, None);
        &mut long
    };
    for (i, sub) in z.its.iter().enumerate() {
        match crate::ops::next(sub)? {
            Some(v) => items[i] = Some(v),
            None => {
                if z.strict.get() {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!(
                            "zip() argument {} is shorter than argument{}{}",
                            i + 1,
                            plural,
                            i
                        )));
                    }
                    for (j, other) in z.its.iter().enumerate().skip(1) {
                        if crate::ops::next(other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!(
                                "zip() argument {} is longer than argument{}{}",
                                j + 1,
                                plural,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    // Every slot is set (`Option<Value>` is a `Value` then): the values move.
    let t = unsafe { crate::objects::tuple::new_tuple_moved(items.as_ptr() as *const Value, n) };
    items.iter_mut().for_each(|v| std::mem::forget(v.take()));
    Ok(Some(t))
}

// ----- map, filter -----------------------------------------------------------

#[repr(C)]
pub struct MapObject {
    pub header: ObjHeader,
    func: Value,
    its: Vec<Value>,
}
iter_type!(MAP_TYPE, "map", MapObject, BASETYPE);

fn map_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("map() takes no keyword arguments"));
    }
    if args.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = args[2..].iter().map(crate::ops::iter).collect::<PyResult<Vec<_>>>()?;
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, MapObject { header: ObjHeader::new(std::ptr::null()), func: args[1].clone(), its }))
}

fn map_iternext(it: &Value) -> PyResult<Option<Value>> {
    let m = unsafe { it.downcast_unchecked::<MapObject>() };
    let mut items = Vec::with_capacity(m.its.len());
    for sub in &m.its {
        match crate::ops::next(sub)? {
            Some(v) => items.push(v),
            None => return Ok(None),
        }
    }
    crate::call::call(&m.func, &items, None).map(Some)
}

#[repr(C)]
pub struct FilterObject {
    pub header: ObjHeader,
    func: Value,
    it: Value,
}
iter_type!(FILTER_TYPE, "filter", FilterObject, BASETYPE);

fn filter_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(type_error(format!("filter expected 2 arguments, got {}", args.len() - 1)));
    }
    let it = crate::ops::iter(&args[2])?;
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(cls, FilterObject { header: ObjHeader::new(std::ptr::null()), func: args[1].clone(), it }))
}

fn filter_iternext(it: &Value) -> PyResult<Option<Value>> {
    let f = unsafe { it.downcast_unchecked::<FilterObject>() };
    while let Some(v) = crate::ops::next(&f.it)? {
        let keep = if crate::objects::bool_none::is_none(&f.func) {
            crate::ops::truthy(&v)?
        } else {
            let r = crate::call::call(&f.func, &[v.clone()], None)?;
            crate::ops::truthy(&r)?
        };
        if keep {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

// ----- reversed ----------------------------------------------------------------

#[repr(C)]
pub struct ReversedObject {
    pub header: ObjHeader,
    seq: UnsafeCell<Option<Value>>,
    index: Cell<isize>,
}
iter_type!(REVERSED_TYPE, "reversed", ReversedObject, BASETYPE);

fn reversed_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!("reversed expected 1 argument, got {}", args.len() - 1)));
    }
    let seq = &args[1];
    if let Some(f) = seq.ty().slot(crate::types::Slot::Reversed) {
        if crate::objects::bool_none::is_none(&f) {
            return Err(type_error(format!("'{}' object is not reversible", seq.ty().name())));
        }
        return crate::ops::call_special(&f, seq, &[]);
    }
    if !seq.ty().has_slot(crate::types::Slot::GetItem) || seq.downcast::<crate::objects::dict::DictObject>().is_some() {
        return Err(type_error(format!("'{}' object is not reversible", seq.ty().name())));
    }
    let n = crate::ops::len(seq)?;
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(
        cls,
        ReversedObject { header: ObjHeader::new(std::ptr::null()), seq: UnsafeCell::new(Some(seq.clone())), index: Cell::new(n as isize - 1) },
    ))
}

fn reversed_iternext(it: &Value) -> PyResult<Option<Value>> {
    let r = unsafe { it.downcast_unchecked::<ReversedObject>() };
    let Some(seq) = (unsafe { (*r.seq.get()).clone() }) else { return Ok(None) };
    let i = r.index.get();
    if i < 0 {
        unsafe { *r.seq.get() = None };
        return Ok(None);
    }
    match crate::ops::get_item(&seq, &new_int(i as i64)) {
        Ok(v) => {
            r.index.set(i - 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => {
            unsafe { *r.seq.get() = None };
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// CPython's reversed_len.
fn reversed_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = args[0].downcast::<ReversedObject>().ok_or_else(|| type_error("expected a reversed object"))?;
    let Some(seq) = (unsafe { (*r.seq.get()).clone() }) else { return Ok(new_int(0)) };
    let position = r.index.get() + 1;
    let n = crate::ops::len(&seq)? as isize;
    Ok(new_int(if n < position { 0 } else { position as i64 }))
}

/// CPython's reversed_reduce: `(reversed, (seq,), index)`.
fn reversed_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = args[0].downcast::<ReversedObject>().ok_or_else(|| type_error("expected a reversed object"))?;
    let cls = args[0].ty().as_value();
    Ok(match unsafe { (*r.seq.get()).clone() } {
        Some(seq) => new_tuple(vec![cls, new_tuple(vec![seq]), new_int(r.index.get() as i64)]),
        None => new_tuple(vec![cls, new_tuple(Vec::new())]),
    })
}

/// CPython's reversed_setstate: clamps the index to the sequence.
fn reversed_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("__setstate__", args, kw)?;
    let r = args[0].downcast::<ReversedObject>().ok_or_else(|| type_error("expected a reversed object"))?;
    let mut index = crate::builtins::args::as_ssize(&args[1])? as isize;
    if let Some(seq) = unsafe { (*r.seq.get()).clone() } {
        let n = crate::ops::len(&seq)? as isize;
        if index < -1 {
            index = -1;
        } else if index > n - 1 {
            index = n - 1;
        }
        r.index.set(index);
    }
    Ok(none())
}

/// `__reduce__` of the index-based iterators: `(iter, (seq,), index)`.
fn seq_iter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<SeqIterObject>().ok_or_else(|| type_error("expected an iterator"))?;
    let b = crate::builtins::builtins_dict();
    let name = if args[0].is_type(&LIST_REV_ITER_TYPE) { "reversed" } else { "iter" };
    let f = crate::objects::dict::as_dict(&b)
        .and_then(|d| d.get_str(&crate::objects::str::intern(name)))
        .unwrap_or_else(none);
    Ok(match s.seq() {
        Some(seq) => {
            let idx = if args[0].is_type(&LIST_REV_ITER_TYPE) { s.index.get() as i64 - 1 } else { s.index.get() as i64 };
            new_tuple(vec![f, new_tuple(vec![seq.clone()]), new_int(idx)])
        }
        None => {
            // An exhausted iterator reduces to iter() of an empty container.
            let empty = if args[0].is_type(&LIST_REV_ITER_TYPE) || args[0].is_type(&LIST_ITER_TYPE) {
                crate::objects::list::new_list(Vec::new())
            } else if args[0].is_type(&STR_ITER_TYPE) {
                crate::objects::str::new_str("")
            } else {
                new_tuple(Vec::new())
            };
            new_tuple(vec![f, new_tuple(vec![empty])])
        }
    })
}

/// `__setstate__` of the index-based iterators: a new position.
fn seq_iter_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("__setstate__", args, kw)?;
    let s = args[0].downcast::<SeqIterObject>().ok_or_else(|| type_error("expected an iterator"))?;
    let i = crate::builtins::args::as_ssize(&args[1])?;
    if s.seq().is_some() {
        if args[0].is_type(&LIST_REV_ITER_TYPE) {
            let n = s.seq().map_or(0, |q| crate::ops::len(q).unwrap_or(0)) as i64;
            s.index.set((i.clamp(-1, n - 1) + 1) as usize);
        } else {
            s.index.set(i.max(0) as usize);
        }
    }
    Ok(none())
}

/// `zip.__reduce__`: `(zip, iterators)`, plus `True` when strict.
fn zip_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let z = args[0].downcast::<ZipObject>().ok_or_else(|| type_error("expected a zip object"))?;
    let cls = args[0].ty().as_value();
    let its = new_tuple(z.its.clone());
    Ok(if z.strict.get() { new_tuple(vec![cls, its, crate::objects::bool_none::new_bool(true)]) } else { new_tuple(vec![cls, its]) })
}

/// `zip.__setstate__(strict)`.
fn zip_setstate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::one_arg("__setstate__", args, kw)?;
    let z = args[0].downcast::<ZipObject>().ok_or_else(|| type_error("expected a zip object"))?;
    z.strict.set(crate::ops::truthy(&args[1])?);
    Ok(none())
}

/// `map.__reduce__`: `(map, (func, *iterators))`.
fn map_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = args[0].downcast::<MapObject>().ok_or_else(|| type_error("expected a map object"))?;
    let mut a = vec![m.func.clone()];
    a.extend(m.its.iter().cloned());
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(a)]))
}

/// `filter.__reduce__`: `(filter, (func, iterator))`.
fn filter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let f = args[0].downcast::<FilterObject>().ok_or_else(|| type_error("expected a filter object"))?;
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![f.func.clone(), f.it.clone()])]))
}

/// `enumerate.__reduce__`: `(enumerate, (iterator, count))`.
fn enumerate_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let e = args[0].downcast::<EnumerateObject>().ok_or_else(|| type_error("expected an enumerate object"))?;
    let c = unsafe { (*e.count.get()).clone() };
    Ok(new_tuple(vec![args[0].ty().as_value(), new_tuple(vec![e.it.clone(), c])]))
}

/// `callable_iterator.__reduce__`: `(iter, (callable, sentinel))`, or `(iter, ((),))` when done.
fn call_iter_reduce(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let c = args[0].downcast::<CallIterObject>().ok_or_else(|| type_error("expected a callable_iterator"))?;
    let b = crate::builtins::builtins_dict();
    let f = crate::objects::dict::as_dict(&b)
        .and_then(|d| d.get_str(&crate::objects::str::intern_static("iter")))
        .unwrap_or_else(none);
    Ok(match unsafe { (*c.func.get()).clone() } {
        Some(func) => new_tuple(vec![f, new_tuple(vec![func, c.sentinel.clone()])]),
        None => new_tuple(vec![f, new_tuple(vec![new_tuple(Vec::new())])]),
    })
}

// ----- shared methods ----------------------------------------------------------

fn iter_self(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `__next__` for any type with a native iternext.
pub fn iter_next_method(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    // Instances of subclasses step with their built-in base's native step.
    let f = args[0].ty().solid_base().iternext.get().ok_or_else(|| type_error("not an iterator"))?;
    match f(&args[0])? {
        Some(v) => Ok(v),
        None => Err(crate::error::stop_iteration(None)),
    }
}

/// Registers a built-in iterator type: native step, `__iter__` and `__next__`.
pub fn register_iterator(t: &'static TypeObject, next: IterNextFn) {
    crate::types::init_builtin_type(t);
    t.iternext.set(Some(next));
    t.flags.set(t.flags.get() | crate::types::ITER_SELF);
    build::method(t, "__iter__", iter_self);
    build::method(t, "__next__", iter_next_method);
}

pub fn init() {
    register_iterator(&LIST_ITER_TYPE, list_iternext);
    register_iterator(&TUPLE_ITER_TYPE, tuple_iternext);
    register_iterator(&STR_ITER_TYPE, str_iternext);
    register_iterator(&SEQ_ITER_TYPE, seq_iternext);
    register_iterator(&LIST_REV_ITER_TYPE, list_rev_iternext);
    for t in [&LIST_ITER_TYPE, &TUPLE_ITER_TYPE, &STR_ITER_TYPE, &LIST_REV_ITER_TYPE] {
        build::method(t, "__length_hint__", seq_iter_len);
    }
    register_iterator(&CALL_ITER_TYPE, call_iternext);
    register_iterator(&ENUMERATE_TYPE, enumerate_iternext);
    build::new(&ENUMERATE_TYPE, enumerate_new);
    register_iterator(&ZIP_TYPE, zip_iternext);
    build::new(&ZIP_TYPE, zip_new);
    build::method(&ZIP_TYPE, "__reduce__", zip_reduce);
    build::method(&ZIP_TYPE, "__setstate__", zip_setstate);
    build::method(&MAP_TYPE, "__reduce__", map_reduce);
    build::method(&FILTER_TYPE, "__reduce__", filter_reduce);
    build::method(&ENUMERATE_TYPE, "__reduce__", enumerate_reduce);
    build::method(&CALL_ITER_TYPE, "__reduce__", call_iter_reduce);
    register_iterator(&MAP_TYPE, map_iternext);
    build::new(&MAP_TYPE, map_new);
    register_iterator(&FILTER_TYPE, filter_iternext);
    build::new(&FILTER_TYPE, filter_new);
    register_iterator(&REVERSED_TYPE, reversed_iternext);
    build::new(&REVERSED_TYPE, reversed_new);
    build::method(&REVERSED_TYPE, "__length_hint__", reversed_len);
    build::method(&REVERSED_TYPE, "__reduce__", reversed_reduce);
    build::method(&REVERSED_TYPE, "__setstate__", reversed_setstate);
    for t in [&LIST_ITER_TYPE, &TUPLE_ITER_TYPE, &STR_ITER_TYPE, &LIST_REV_ITER_TYPE, &SEQ_ITER_TYPE] {
        build::method(t, "__reduce__", seq_iter_reduce);
    }
    for t in [&LIST_ITER_TYPE, &TUPLE_ITER_TYPE, &STR_ITER_TYPE, &LIST_REV_ITER_TYPE] {
        build::method(t, "__setstate__", seq_iter_setstate);
    }
    let _ = none;
}
