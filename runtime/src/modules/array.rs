//! The `array` module of CPython 3.11 (Modules/arraymodule.c): typed arrays
//! of machine values (`b B u h H i I l L q Q f d`) stored as raw native-order
//! bytes, with CPython's conversions and overflow messages, slicing (with
//! slice assignment and deletion), the sequence protocol, comparisons, and
//! the buffer protocol as tern has it (`view_bytes`, memoryview, struct).

use crate::error::{index_error, overflow_error, type_error, value_error, PyErr, PyResult};
use crate::modules::support::{native_type, this, type_name};
use crate::objects::bool_none::{new_bool, none, not_implemented};
use crate::objects::bytes::new_bytes;
use crate::objects::clinic;
use crate::objects::float::new_float;
use crate::objects::function::{Kw, NativeFn};
use crate::objects::int::{int_val, new_int, new_int_u64};
use crate::objects::list::ListObject;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::slice::SliceObject;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, UnsafeCell};
use tern_frontend::bytecode::CmpOp;

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

/// The item size of a typecode (wchar_t is 4 bytes, long 8, as on Linux).
fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

#[repr(C)]
pub struct ArrayObject {
    header: ObjHeader,
    code: u8,
    /// The items, native byte order.
    data: UnsafeCell<Vec<u8>>,
}
native_type!(ARRAY_TYPE, "array", "array", ArrayObject, BASETYPE | crate::types::SEQUENCE);

impl ArrayObject {
    /// The raw storage. Callers must not hold it across code that can run Python.
    #[allow(clippy::mut_from_ref)]
    fn data(&self) -> &mut Vec<u8> {
        unsafe { &mut *self.data.get() }
    }

    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn len(&self) -> usize {
        self.data().len() / self.size()
    }

    fn raw(&self, i: usize) -> u64 {
        let n = self.size();
        let mut b = [0u8; 8];
        b[..n].copy_from_slice(&self.data()[i * n..(i + 1) * n]);
        u64::from_ne_bytes(b)
    }

    /// Item `i` as a Python object (CPython's getitem functions).
    fn get(&self, i: usize) -> PyResult<Value> {
        let u = self.raw(i);
        Ok(match self.code {
            b'b' => new_int(u as u8 as i8 as i64),
            b'h' => new_int(u as u16 as i16 as i64),
            b'i' => new_int(u as u32 as i32 as i64),
            b'l' | b'q' => new_int(u as i64),
            b'f' => new_float(f32::from_bits(u as u32) as f64),
            b'd' => new_float(f64::from_bits(u)),
            b'u' => new_str(unichar(u as u32)?.to_string()),
            _ => new_int_u64(u),
        })
    }

    fn items(&self) -> PyResult<Vec<Value>> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }
}

/// A wchar_t as a character.
fn unichar(c: u32) -> PyResult<char> {
    if c > 0x10ffff {
        return Err(value_error(format!("character U+{c:x} is not in range [U+0000; U+10FFFF]")));
    }
    char::from_u32(c).ok_or_else(|| value_error("surrogate code points are not supported"))
}

fn arr(v: &Value) -> Option<&ArrayObject> {
    v.downcast::<ArrayObject>()
}

/// The raw storage of an array (the buffer it exports); None for other objects.
/// Callers must not hold it across code that can run Python.
pub fn array_data(v: &Value) -> Option<&mut Vec<u8>> {
    arr(v).map(|a| a.data())
}

/// The typecode of an array.
pub fn array_typecode(v: &Value) -> Option<u8> {
    arr(v).map(|a| a.code)
}

/// The byte length of an array (struct's "w*" buffers).
pub fn writable_len(v: &Value) -> Option<usize> {
    arr(v).map(|a| a.data().len())
}

/// Stores `bytes` at byte `offset` of an array's storage.
pub fn write_bytes(v: &Value, offset: usize, bytes: &[u8]) {
    if let Some(dst) = arr(v).and_then(|a| a.data().get_mut(offset..offset + bytes.len())) {
        dst.copy_from_slice(bytes);
    }
}

fn new_array(cls: &TypeObject, code: u8, data: Vec<u8>) -> Value {
    alloc_object(cls, ArrayObject { header: hdr(), code, data: UnsafeCell::new(data) })
}

// ----- conversions (CPython's setitem functions) ------------------------------------------------

/// PyLong_AsLong of `v` (after `__index__`).
fn as_long(v: &Value) -> PyResult<i64> {
    let i = ops::index(v)?;
    int_val(&i)
        .and_then(|x| x.as_i64())
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

fn check_range(x: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if x < lo {
        return Err(overflow_error(format!("{what} is less than minimum")));
    }
    if x > hi {
        return Err(overflow_error(format!("{what} is greater than maximum")));
    }
    Ok(x)
}

/// The bytes of one item (native order, `itemsize(code)` long).
fn encode(code: u8, v: &Value) -> PyResult<u64> {
    Ok(match code {
        b'b' => {
            let x = check_range(as_long(v)?, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            check_range(x, -128, 127, "signed char")? as u64
        }
        b'B' => check_range(as_long(v)?, 0, 255, "unsigned byte integer")? as u64,
        b'h' => check_range(as_long(v)?, i16::MIN as i64, i16::MAX as i64, "signed short integer")? as u64,
        b'H' => {
            let x = check_range(as_long(v)?, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            check_range(x, 0, u16::MAX as i64, "unsigned short")? as u64
        }
        b'i' => check_range(as_long(v)?, i32::MIN as i64, i32::MAX as i64, "signed integer")? as u64,
        b'l' => as_long(v)? as u64,
        b'I' | b'L' => {
            let i = ops::index(v)?;
            let n = int_val(&i).map(|x| x.to_big()).unwrap_or_default();
            if n < 0 {
                return Err(overflow_error("can't convert negative value to unsigned int"));
            }
            let x = u64::try_from(&n).map_err(|_| overflow_error("Python int too large to convert to C unsigned long"))?;
            if code == b'I' && x > u32::MAX as u64 {
                return Err(overflow_error("unsigned int is greater than maximum"));
            }
            x
        }
        b'q' => {
            let i = ops::index(v)?;
            int_val(&i).and_then(|x| x.as_i64()).ok_or_else(|| overflow_error("int too big to convert"))? as u64
        }
        b'Q' => {
            let i = ops::index(v)?;
            let n = int_val(&i).map(|x| x.to_big()).unwrap_or_default();
            if n < 0 {
                return Err(overflow_error("can't convert negative int to unsigned"));
            }
            u64::try_from(&n).map_err(|_| overflow_error("int too big to convert"))?
        }
        b'f' => (crate::modules::math::arg_f64(v)? as f32).to_bits() as u64,
        b'd' => crate::modules::math::arg_f64(v)?.to_bits(),
        _ => {
            let c = as_str(v).filter(|s| s.chars().count() == 1).and_then(|s| s.chars().next());
            c.ok_or_else(|| type_error("array item must be unicode character"))? as u64
        }
    })
}

fn push_raw(a: &ArrayObject, u: u64) {
    let n = a.size();
    a.data().extend_from_slice(&u.to_ne_bytes()[..n]);
}

/// Appends one converted item.
fn append_item(a: &ArrayObject, v: &Value) -> PyResult<()> {
    let u = encode(a.code, v)?;
    push_raw(a, u);
    Ok(())
}

/// CPython's array_iter_extend / array_do_extend.
fn extend_from(av: &Value, src: &Value) -> PyResult<()> {
    let a = arr(av).expect("an array");
    if let Some(b) = arr(src) {
        if b.code != a.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let bytes = b.data().clone();
        a.data().extend_from_slice(&bytes);
        return Ok(());
    }
    let it = ops::iter(src)?;
    while let Some(x) = ops::next(&it)? {
        append_item(a, &x)?;
    }
    Ok(())
}

// ----- construction --------------------------------------------------------------------

fn array_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::modules::support::cls_arg(args)?;
    if std::ptr::eq(cls, &ARRAY_TYPE) && kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    clinic::parse_tuple(&args[1..], None, "array", "array", 1, 2)?;
    let tc = &args[1];
    let code = match as_str(tc) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
        Some(_) => {
            return Err(type_error("array() argument 1 must be a unicode character, not str"));
        }
        None => {
            return Err(type_error(format!("array() argument 1 must be a unicode character, not {}", tc.ty().name())));
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let code = code as u8;
    let init = args.get(2);
    let out = new_array(cls, code, Vec::new());
    let a = arr(&out).expect("an array");
    let Some(init) = init else { return Ok(out) };
    if let Some(s) = as_str(init) {
        if code != b'u' {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        for c in s.chars() {
            push_raw(a, c as u64);
        }
        return Ok(out);
    }
    if let Some(b) = arr(init) {
        if b.code == b'u' && code != b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
    }
    let is_bytes = init.downcast::<crate::objects::bytes::BytesObject>().is_some()
        || init.downcast::<crate::objects::bytes::ByteArrayObject>().is_some();
    if is_bytes {
        frombytes_impl(a, init)?;
        return Ok(out);
    }
    if arr(init).is_some_and(|b| b.code == code) {
        extend_from(&out, init)?;
        return Ok(out);
    }
    let it = ops::iter(init)?;
    while let Some(x) = ops::next(&it)? {
        append_item(a, &x)?;
    }
    Ok(out)
}

fn frombytes_impl(a: &ArrayObject, b: &Value) -> PyResult<()> {
    let data = crate::modules::support::buffer(b)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", b.ty().name())))?;
    if data.len() % a.size() != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    a.data().extend_from_slice(&data);
    Ok(())
}

// ----- the sequence protocol -------------------------------------------------------------

/// The index of `key` for an array of `len` items; None when out of range.
fn item_index(key: &Value, len: usize) -> PyResult<Option<usize>> {
    let i = match ops::index_opt(key)? {
        Some(i) => i,
        None => return Err(type_error("array indices must be integers")),
    };
    let Some(i) = int_val(&i).and_then(|x| x.as_i64()) else {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    Ok(if j < 0 || j >= n { None } else { Some(j as usize) })
}

fn array_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(this::<ArrayObject>(args)?.len() as i64))
}

fn array_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let key = &args[1];
    if let Some(s) = key.downcast::<SliceObject>() {
        let (start, _, step, n) = s.indices(a.len())?;
        let size = a.size();
        let data = a.data();
        let mut out = Vec::with_capacity(n * size);
        for k in 0..n {
            let i = (start + k as isize * step) as usize;
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        return Ok(new_array(&ARRAY_TYPE, a.code, out));
    }
    match item_index(key, a.len())? {
        Some(i) => a.get(i),
        None => Err(index_error("array index out of range")),
    }
}

/// Deletes the items of a slice.
fn delete_slice(a: &ArrayObject, s: &SliceObject) -> PyResult<()> {
    let (start, _, step, n) = s.indices(a.len())?;
    let size = a.size();
    let mut doomed: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
    doomed.sort_unstable();
    let old = std::mem::take(a.data());
    let mut out = Vec::with_capacity(old.len() - n * size);
    let mut d = doomed.iter().peekable();
    for i in 0..old.len() / size {
        if d.peek() == Some(&&i) {
            d.next();
            continue;
        }
        out.extend_from_slice(&old[i * size..(i + 1) * size]);
    }
    *a.data() = out;
    Ok(())
}

fn array_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let (key, value) = (&args[1], &args[2]);
    if let Some(s) = key.downcast::<SliceObject>() {
        let Some(b) = arr(value) else {
            return Err(type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                value.ty().name()
            )));
        };
        if b.code != a.code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let src = b.data().clone();
        let size = a.size();
        let (start, stop, step, n) = s.indices(a.len())?;
        if step == 1 {
            let lo = start.max(0) as usize;
            let hi = (stop.max(start)) as usize;
            a.data().splice(lo * size..hi * size, src);
            return Ok(none());
        }
        let m = src.len() / size;
        if m != n {
            return Err(value_error(format!("attempt to assign array of size {m} to extended slice of size {n}")));
        }
        let data = a.data();
        for k in 0..n {
            let i = (start + k as isize * step) as usize;
            data[i * size..(i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
        }
        return Ok(none());
    }
    let Some(i) = item_index(key, a.len())? else { return Err(index_error("array assignment index out of range")) };
    let u = encode(a.code, value)?;
    let size = a.size();
    if let Some(dst) = a.data().get_mut(i * size..(i + 1) * size) {
        dst.copy_from_slice(&u.to_ne_bytes()[..size]);
    }
    Ok(none())
}

fn array_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let key = &args[1];
    if let Some(s) = key.downcast::<SliceObject>() {
        delete_slice(a, s)?;
        return Ok(none());
    }
    let Some(i) = item_index(key, a.len())? else { return Err(index_error("array assignment index out of range")) };
    let size = a.size();
    a.data().drain(i * size..(i + 1) * size);
    Ok(none())
}

/// Does item `i` equal `x`?
fn item_eq(av: &Value, i: usize, x: &Value) -> PyResult<Option<bool>> {
    let a = arr(av).expect("an array");
    if i >= a.len() {
        return Ok(None);
    }
    let item = a.get(i)?;
    ops::eq(&item, x).map(Some)
}

fn array_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<ArrayObject>(args)?;
    let mut i = 0;
    while let Some(eq) = item_eq(&args[0], i, &args[1])? {
        if eq {
            return Ok(new_bool(true));
        }
        i += 1;
    }
    Ok(new_bool(false))
}

fn array_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let name = type_name(&args[0]);
    let code = a.code as char;
    if a.len() == 0 {
        return Ok(new_str(format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' {
        ops::repr_string(&tounicode_value(a)?)?
    } else {
        ops::repr_string(&crate::objects::list::new_list(a.items()?))?
    };
    Ok(new_str(format!("{name}('{code}', {body})")))
}

fn tounicode_value(a: &ArrayObject) -> PyResult<Value> {
    let mut s = String::with_capacity(a.len());
    for i in 0..a.len() {
        s.push(unichar(a.raw(i) as u32)?);
    }
    Ok(new_str(s))
}

// ----- comparison, concatenation, repetition -----------------------------------------------

fn compare(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (arr(&args[0]), arr(&args[1])) else { return Ok(not_implemented()) };
    let (na, nb) = (a.len(), b.len());
    if na != nb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(new_bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (a, b) = (arr(&args[0]).expect("an array"), arr(&args[1]).expect("an array"));
        if i >= a.len() || i >= b.len() {
            break;
        }
        let (x, y) = (a.get(i)?, b.get(i)?);
        if !ops::eq(&x, &y)? {
            return match op {
                CmpOp::Eq => Ok(new_bool(false)),
                CmpOp::Ne => Ok(new_bool(true)),
                _ => ops::rich_compare(&x, &y, op),
            };
        }
        i += 1;
    }
    let (na, nb) = (arr(&args[0]).map_or(0, |a| a.len()), arr(&args[1]).map_or(0, |b| b.len()));
    Ok(new_bool(op.holds(na, nb)))
}

fn array_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, CmpOp::Eq)
}
fn array_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, CmpOp::Ne)
}
fn array_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, CmpOp::Lt)
}
fn array_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, CmpOp::Le)
}
fn array_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, CmpOp::Gt)
}
fn array_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, CmpOp::Ge)
}

fn array_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let Some(b) = arr(&args[1]) else {
        return Err(type_error(format!("can only append array (not \"{}\") to array", args[1].ty().name())));
    };
    if a.code != b.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut data = a.data().clone();
    data.extend_from_slice(b.data());
    Ok(new_array(&ARRAY_TYPE, a.code, data))
}

fn array_iadd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<ArrayObject>(args)?;
    if arr(&args[1]).is_none() {
        return Err(type_error(format!("can only extend array with array (not \"{}\")", args[1].ty().name())));
    }
    extend_from(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// The repeat count of `array.__mul__(n)` (sq_repeat's wrapper).
fn repeat_count(other: &Value) -> PyResult<i64> {
    Ok(ops::repeat_count_arg(other)? as i64)
}

fn repeated(a: &ArrayObject, n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    let total = a.data().len().checked_mul(n).ok_or_else(crate::error::memory_error)?;
    clinic::check_alloc(total)?;
    Ok(a.data().repeat(n))
}

fn array_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let n = repeat_count(&args[1])?;
    Ok(new_array(&ARRAY_TYPE, a.code, repeated(a, n)?))
}

fn array_imul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let n = repeat_count(&args[1])?;
    let data = repeated(a, n)?;
    *a.data() = data;
    Ok(args[0].clone())
}

// ----- methods -------------------------------------------------------------------------

fn array_append(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let v = clinic::one_arg(&args[1..], kw, "array.append")?;
    append_item(a, v)?;
    Ok(none())
}

fn array_extend(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this::<ArrayObject>(args)?;
    let v = clinic::one_arg(&args[1..], kw, "array.extend")?;
    extend_from(&args[0], v)?;
    Ok(none())
}

fn array_insert(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::positional(&args[1..], kw, "insert", "array.insert", 2, 2)?;
    let i = clinic::ssize_arg(&args[1])?;
    let u = encode(a.code, &args[2])?;
    let n = a.len() as i64;
    let mut i = if i < 0 { (i + n).max(0) } else { i };
    if i > n {
        i = n;
    }
    let size = a.size();
    let at = i as usize * size;
    a.data().splice(at..at, u.to_ne_bytes()[..size].iter().copied());
    Ok(none())
}

fn array_pop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::positional(&args[1..], kw, "pop", "array.pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => clinic::ssize_arg(v)?,
        None => -1,
    };
    let n = a.len() as i64;
    if n == 0 {
        return Err(index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    let v = a.get(j as usize)?;
    let size = a.size();
    a.data().drain(j as usize * size..(j as usize + 1) * size);
    Ok(v)
}

fn array_remove(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this::<ArrayObject>(args)?;
    let x = clinic::one_arg(&args[1..], kw, "array.remove")?;
    let mut i = 0;
    while let Some(eq) = item_eq(&args[0], i, x)? {
        if eq {
            let a = arr(&args[0]).expect("an array");
            let size = a.size();
            a.data().drain(i * size..(i + 1) * size);
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("array.remove(x): x not in array"))
}

fn array_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::positional(&args[1..], kw, "index", "array.index", 1, 3)?;
    let n = a.len() as i64;
    let clip = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let i = match v {
            Some(v) => crate::builtins::args::slice_index(v)?,
            None => default,
        };
        Ok(if i < 0 { (i + n).max(0) } else { i })
    };
    let start = clip(args.get(2), 0)?;
    let stop = clip(args.get(3), i64::MAX)?;
    let mut i = start;
    while i < stop {
        match item_eq(&args[0], i as usize, &args[1])? {
            Some(true) => return Ok(new_int(i)),
            Some(false) => i += 1,
            None => break,
        }
    }
    Err(value_error("array.index(x): x not in array"))
}

fn array_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this::<ArrayObject>(args)?;
    let x = clinic::one_arg(&args[1..], kw, "array.count")?;
    let (mut i, mut c) = (0, 0);
    while let Some(eq) = item_eq(&args[0], i, x)? {
        c += eq as i64;
        i += 1;
    }
    Ok(new_int(c))
}

fn array_reverse(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.reverse")?;
    let size = a.size();
    let data = a.data();
    let items: Vec<Vec<u8>> = data.chunks(size).rev().map(<[u8]>::to_vec).collect();
    *data = items.concat();
    Ok(none())
}

fn array_byteswap(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.byteswap")?;
    let size = a.size();
    for chunk in a.data().chunks_mut(size) {
        chunk.reverse();
    }
    Ok(none())
}

fn array_buffer_info(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.buffer_info")?;
    let addr = if a.data().is_empty() { 0 } else { a.data().as_ptr() as usize as u64 };
    Ok(new_tuple(vec![new_int_u64(addr), new_int(a.len() as i64)]))
}

fn array_tobytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.tobytes")?;
    Ok(new_bytes(a.data().clone()))
}

fn array_frombytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let b = clinic::one_arg(&args[1..], kw, "array.frombytes")?;
    frombytes_impl(a, b)?;
    Ok(none())
}

fn array_tolist(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.tolist")?;
    Ok(crate::objects::list::new_list(a.items()?))
}

fn array_fromlist(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let l = clinic::one_arg(&args[1..], kw, "array.fromlist")?;
    let Some(list) = l.downcast::<ListObject>() else { return Err(type_error("arg must be list")) };
    let items: Vec<Value> = list.vec().clone();
    let mut raw = Vec::with_capacity(items.len());
    for x in &items {
        raw.push(encode(a.code, x)?);
    }
    for u in raw {
        push_raw(a, u);
    }
    Ok(none())
}

fn array_tounicode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.tounicode")?;
    if a.code != b'u' {
        return Err(value_error("tounicode() may only be called on unicode type arrays"));
    }
    tounicode_value(a)
}

fn array_fromunicode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let s = clinic::one_arg(&args[1..], kw, "array.fromunicode")?;
    let Some(s) = as_str(s) else {
        return Err(type_error(format!("fromunicode() argument must be str, not {}", s.ty().name())));
    };
    if a.code != b'u' {
        return Err(value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let s = s.to_owned();
    for c in s.chars() {
        push_raw(a, c as u64);
    }
    Ok(none())
}

/// `tofile(f)`: writes the bytes in blocks of 64 KiB as CPython does.
fn array_tofile(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let f = clinic::one_arg(&args[1..], kw, "array.tofile")?;
    let data = a.data().clone();
    for chunk in data.chunks(64 * 1024) {
        ops::call_method(f, "write", &[new_bytes(chunk.to_vec())])?;
    }
    Ok(none())
}

/// `fromfile(f, n)`: reads n items with `f.read`.
fn array_fromfile(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::positional(&args[1..], kw, "fromfile", "array.fromfile", 2, 2)?;
    let n = clinic::ssize_arg(&args[2])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let size = a.size() as i64;
    if n > i64::MAX / size {
        return Err(crate::error::memory_error());
    }
    let nbytes = n * size;
    let b = ops::call_method(&args[1], "read", &[new_int(nbytes)])?;
    let Some(data) = b.downcast::<crate::objects::bytes::BytesObject>() else {
        return Err(type_error("read() didn't return bytes"));
    };
    let data = data.data.to_vec();
    let whole = data.len() - data.len() % a.size();
    a.data().extend_from_slice(&data[..whole]);
    if (data.len() as i64) != nbytes {
        return Err(PyErr::new(&crate::objects::exception::EOF_ERROR, "read() didn't return enough bytes"));
    }
    Ok(none())
}

fn array_copy(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    Ok(new_array(&ARRAY_TYPE, a.code, a.data().clone()))
}

fn array_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    clinic::noargs(&args[1..], kw, "array.__sizeof__")?;
    Ok(new_int(64 + a.data().capacity() as i64))
}

fn array_typecode_get(v: &Value) -> PyResult<Value> {
    let a = arr(v).ok_or_else(|| type_error("expected an array"))?;
    Ok(new_str((a.code as char).to_string()))
}

fn array_itemsize_get(v: &Value) -> PyResult<Value> {
    let a = arr(v).ok_or_else(|| type_error("expected an array"))?;
    Ok(new_int(a.size() as i64))
}

// ----- pickling ---------------------------------------------------------------------------

/// CPython's machine format codes: (size, signed, little-endian, kind) per code,
/// kind 0 integer, 1 IEEE float, 2 UTF-16, 3 UTF-32.
fn mformat(code: i64) -> Option<(usize, bool, bool, u8)> {
    Some(match code {
        0 => (1, false, true, 0),
        1 => (1, true, true, 0),
        2..=13 => {
            let k = code - 2;
            let size = [2, 4, 8][(k / 4) as usize];
            (size, k % 4 >= 2, k % 2 == 0, 0)
        }
        14 => (4, true, true, 1),
        15 => (4, true, false, 1),
        16 => (8, true, true, 1),
        17 => (8, true, false, 1),
        18 => (2, false, true, 2),
        19 => (2, false, false, 2),
        20 => (4, false, true, 3),
        21 => (4, false, false, 3),
        _ => return None,
    })
}

/// The machine format code of a typecode on this machine.
fn typecode_mformat(code: u8) -> i64 {
    let le = cfg!(target_endian = "little");
    let e = if le { 0 } else { 1 };
    match code {
        b'b' => 1,
        b'B' => 0,
        b'u' => 20 + e,
        b'f' => 14 + e,
        b'd' => 16 + e,
        c => {
            let signed = matches!(c, b'h' | b'i' | b'l' | b'q');
            let base = match itemsize(c) {
                2 => 2,
                4 => 6,
                _ => 10,
            };
            base + if signed { 2 } else { 0 } + e
        }
    }
}

fn array_reduce_ex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = this::<ArrayObject>(args)?;
    let p = clinic::one_arg(&args[1..], kw, "array.__reduce_ex__")?;
    let protocol = clinic::ssize_arg(p)?;
    let dict = ops::getattr_opt(&args[0], &new_str("__dict__"))?.unwrap_or_else(none);
    let cls = args[0].ty().as_value();
    let code = new_str((a.code as char).to_string());
    if protocol < 3 {
        let list = crate::objects::list::new_list(a.items()?);
        return Ok(new_tuple(vec![cls, new_tuple(vec![code, list]), dict]));
    }
    let recon = reconstructor();
    let state = new_tuple(vec![cls, code, new_int(typecode_mformat(a.code)), new_bytes(a.data().clone())]);
    Ok(new_tuple(vec![recon, state, dict]))
}

thread_local! {
    static RECONSTRUCTOR: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// The module's one `_array_reconstructor` object (pickle finds it by name and identity).
fn reconstructor() -> Value {
    RECONSTRUCTOR.with(|r| {
        r.borrow_mut()
            .get_or_insert_with(|| {
                crate::objects::function::new_builtin("_array_reconstructor", array_reconstructor, Some("array"))
            })
            .clone()
    })
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`.
fn array_reconstructor(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "_array_reconstructor", "_array_reconstructor", 4, 4)?;
    let Some(cls) = args[0].downcast::<TypeObject>() else {
        return Err(type_error(format!("first argument must be a type object, not {}", args[0].ty().name())));
    };
    if !cls.is_subtype(&ARRAY_TYPE) {
        return Err(type_error(format!("{} is not a subtype of array.array", cls.name())));
    }
    let code = match as_str(&args[1]) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
        _ => {
            let what = args[1].ty().name();
            return Err(type_error(format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {what}"
            )));
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(value_error("second argument must be a valid type code"));
    }
    let code = code as u8;
    let mcode = clinic::int_arg(&args[2])? as i64;
    let Some((size, signed, le, kind)) = mformat(mcode) else {
        return Err(value_error("third argument must be a valid machine format code."));
    };
    let Some(items) = args[3].downcast::<crate::objects::bytes::BytesObject>() else {
        return Err(type_error(format!("fourth argument should be bytes, not {}", args[3].ty().name())));
    };
    let data = items.data.to_vec();
    if mcode == typecode_mformat(code) {
        let out = new_array(cls, code, Vec::new());
        frombytes_impl(arr(&out).expect("an array"), &args[3])?;
        return Ok(out);
    }
    if data.len() % size != 0 {
        return Err(value_error("string length not a multiple of item size"));
    }
    let read = |chunk: &[u8]| -> u64 {
        let mut x: u64 = 0;
        for k in 0..chunk.len() {
            let b = if le { chunk[chunk.len() - 1 - k] } else { chunk[k] };
            x = (x << 8) | b as u64;
        }
        x
    };
    let (code, values): (u8, Vec<Value>) = match kind {
        1 => (
            code,
            data.chunks(size)
                .map(|c| {
                    let u = read(c);
                    new_float(if size == 4 { f32::from_bits(u as u32) as f64 } else { f64::from_bits(u) })
                })
                .collect(),
        ),
        2 | 3 => {
            let mut text = String::new();
            let units: Vec<u32> = data.chunks(size).map(|c| read(c) as u32).collect();
            if kind == 2 {
                for c in char::decode_utf16(units.iter().map(|&u| u as u16)) {
                    text.push(c.map_err(|_| value_error("surrogate code points are not supported"))?);
                }
            } else {
                for u in units {
                    text.push(unichar(u)?);
                }
            }
            let out = new_array(cls, code, Vec::new());
            let a = arr(&out).expect("an array");
            if code != b'u' {
                return Err(type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            for c in text.chars() {
                push_raw(a, c as u64);
            }
            return Ok(out);
        }
        _ => {
            let found = b"bBhHiIlLqQ"
                .iter()
                .copied()
                .filter(|&c| itemsize(c) == size && matches!(c, b'b' | b'h' | b'i' | b'l' | b'q') == signed)
                .last()
                .unwrap_or(code);
            let values = data
                .chunks(size)
                .map(|c| {
                    let u = read(c);
                    if signed {
                        let shift = 64 - 8 * size as u32;
                        new_int(((u << shift) as i64) >> shift)
                    } else {
                        new_int_u64(u)
                    }
                })
                .collect();
            (found, values)
        }
    };
    let out = new_array(cls, code, Vec::new());
    let a = arr(&out).expect("an array");
    for v in &values {
        append_item(a, v)?;
    }
    Ok(out)
}

// ----- iterator ---------------------------------------------------------------------------

#[repr(C)]
pub struct ArrayIterObject {
    header: ObjHeader,
    array: Value,
    index: Cell<usize>,
}
native_type!(ARRAY_ITER_TYPE, "array", "arrayiterator", ArrayIterObject, 0);

fn array_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    this::<ArrayObject>(args)?;
    Ok(alloc_object(&ARRAY_ITER_TYPE, ArrayIterObject { header: hdr(), array: args[0].clone(), index: Cell::new(0) }))
}

fn array_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let i = unsafe { it.downcast_unchecked::<ArrayIterObject>() };
    let a = arr(&i.array).expect("an array");
    let k = i.index.get();
    if k >= a.len() {
        i.index.set(usize::MAX);
        return Ok(None);
    }
    i.index.set(k + 1);
    a.get(k).map(Some)
}

// ----- the module ----------------------------------------------------------------------------

fn init_types() {
    let t = &ARRAY_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, array_new);
    for (name, f) in [
        ("__len__", array_len as NativeFn),
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__contains__", array_contains),
        ("__iter__", array_iter),
        ("__repr__", array_repr),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__imul__", array_imul),
        ("__copy__", array_copy),
        ("__deepcopy__", array_copy),
        ("__sizeof__", array_sizeof),
        ("__reduce_ex__", array_reduce_ex),
        ("append", array_append),
        ("buffer_info", array_buffer_info),
        ("byteswap", array_byteswap),
        ("count", array_count),
        ("extend", array_extend),
        ("frombytes", array_frombytes),
        ("fromfile", array_fromfile),
        ("fromlist", array_fromlist),
        ("fromunicode", array_fromunicode),
        ("index", array_index),
        ("insert", array_insert),
        ("pop", array_pop),
        ("remove", array_remove),
        ("reverse", array_reverse),
        ("tobytes", array_tobytes),
        ("tofile", array_tofile),
        ("tolist", array_tolist),
        ("tounicode", array_tounicode),
    ] {
        build::method(t, name, f);
    }
    build::attr(t, "__hash__", none());
    build::attr(t, "__module__", new_str("array"));
    build::getset(t, "typecode", array_typecode_get, None);
    build::getset(t, "itemsize", array_itemsize_get, None);
    crate::objects::iter::register_iterator(&ARRAY_ITER_TYPE, array_iter_next);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("array");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("array", ARRAY_TYPE.as_value());
    mo.set("ArrayType", ARRAY_TYPE.as_value());
    mo.set("typecodes", new_str(TYPECODES));
    mo.set("_array_reconstructor", reconstructor());
    m
}
