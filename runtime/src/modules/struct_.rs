//! The `_struct` module of CPython 3.11 (Modules/_struct.c): `pack`,
//! `unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack` and the
//! `Struct` class, with CPython's format tables (native sizes and alignment
//! for '@', standard sizes for '=', '<', '>' and '!'), its range checks and
//! `struct.error` messages, and IEEE half floats rounded as PyFloat_Pack2 does.
//!
//! As in CPython on a little-endian machine, the little-endian standard table
//! uses the native packers wherever the sizes agree, which is why `'<h'` and
//! `'>h'` word their range errors differently.

use crate::error::{overflow_error, type_error, PyErr, PyResult};
use crate::modules::support::{cls_arg, native_type, this};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::bytes::{new_bytes, ByteArrayObject, BytesObject};
use crate::objects::clinic;
use crate::objects::float::new_float;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_int, new_int_u64};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use malachite::Integer;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

// ----- struct.error ------------------------------------------------------------------

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Layout>>> = RefCell::new(HashMap::new());
}

/// The `struct.error` class, created on first use.
fn error_class() -> Value {
    ERROR.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                crate::modules::support::new_exception_class("struct", "error", &crate::objects::exception::EXCEPTION)
            })
            .clone()
    })
}

/// A `struct.error` with this message.
pub fn struct_error(msg: impl Into<String>) -> PyErr {
    let cls = error_class();
    let t = cls.downcast::<TypeObject>().expect("struct.error is a class");
    PyErr::new(t, msg)
}

// ----- formats -----------------------------------------------------------------------

/// Which table a format uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// '@' (or nothing): native sizes, alignment and byte order.
    Native,
    /// '<', and '=' on a little-endian machine: standard sizes.
    Little,
    /// '>', '!', and '=' on a big-endian machine: standard sizes.
    Big,
}

/// One packed field: `size` bytes at `offset` (for 's' and 'p', the whole string).
#[derive(Clone, Copy, Debug)]
struct Code {
    ch: u8,
    offset: usize,
    size: usize,
}

/// A compiled format (CPython's `s_codes`, `s_size`, `s_len`).
#[derive(Debug)]
pub struct Layout {
    order: Order,
    codes: Vec<Code>,
    pub size: usize,
    /// Number of values packed or unpacked.
    pub len: usize,
}

/// (size, alignment) of a format character in a table; None: bad char.
fn entry(order: Order, c: u8) -> Option<(usize, usize)> {
    if order == Order::Native {
        return Some(match c {
            b'x' | b'b' | b'B' | b'c' | b's' | b'p' => (1, 0),
            b'?' => (1, 1),
            b'h' | b'H' | b'e' => (2, 2),
            b'i' | b'I' | b'f' => (4, 4),
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => (8, 8),
            _ => return None,
        });
    }
    Some(match c {
        b'x' | b'b' | b'B' | b'c' | b's' | b'p' | b'?' => (1, 0),
        b'h' | b'H' | b'e' => (2, 0),
        b'i' | b'I' | b'l' | b'L' | b'f' => (4, 0),
        b'q' | b'Q' | b'd' => (8, 0),
        _ => return None,
    })
}

/// CPython's prepare_s: parses a format into its layout.
pub fn parse(fmt: &[u8]) -> PyResult<Layout> {
    if fmt.contains(&0) {
        return Err(struct_error("embedded null character"));
    }
    let big_native = cfg!(target_endian = "big");
    let (order, mut rest) = match fmt.first() {
        Some(b'<') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        Some(b'=') => (if big_native { Order::Big } else { Order::Little }, &fmt[1..]),
        Some(b'@') => (Order::Native, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let too_long = || struct_error("total struct size too long");
    const MAX: usize = isize::MAX as usize;
    let mut size: usize = 0;
    let mut len: usize = 0;
    let mut codes = Vec::new();
    while let Some((&c0, tail)) = rest.split_first() {
        rest = tail;
        if c0.is_ascii_whitespace() || c0 == 0x0b {
            continue;
        }
        let (num, c) = if c0.is_ascii_digit() {
            let mut num = (c0 - b'0') as usize;
            loop {
                match rest.split_first() {
                    Some((&d, tail)) if d.is_ascii_digit() => {
                        rest = tail;
                        let d = (d - b'0') as usize;
                        if num >= MAX / 10 && (num > MAX / 10 || d > MAX % 10) {
                            return Err(too_long());
                        }
                        num = num * 10 + d;
                    }
                    Some((&d, tail)) => {
                        rest = tail;
                        break (num, d);
                    }
                    None => return Err(struct_error("repeat count given without format specifier")),
                }
            }
        } else {
            (1, c0)
        };
        let Some((itemsize, align)) = entry(order, c) else { return Err(struct_error("bad char in struct format")) };
        if align > 0 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            if extra > MAX - size {
                return Err(too_long());
            }
            size += extra;
        }
        if num > (MAX - size) / itemsize {
            return Err(too_long());
        }
        match c {
            b's' | b'p' => {
                codes.push(Code { ch: c, offset: size, size: num });
                len += 1;
            }
            b'x' => {}
            _ => {
                for k in 0..num {
                    codes.push(Code { ch: c, offset: size + k * itemsize, size: itemsize });
                }
                len += num;
            }
        }
        size += num * itemsize;
    }
    Ok(Layout { order, codes, size, len })
}

/// The format's bytes: str (ASCII-encoded) or bytes, else TypeError.
fn format_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        return crate::objects::codecs::encode(v, s, "ascii", "strict");
    }
    if let Some(b) = v.downcast::<BytesObject>() {
        return Ok(b.data.to_vec());
    }
    Err(type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        crate::modules::support::type_name(v)
    )))
}

/// The compiled layout of a format object, from the module's cache.
fn cached(fmt: &Value) -> PyResult<Rc<Layout>> {
    let key = format_bytes(fmt)?;
    if let Some(l) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(l);
    }
    let l = Rc::new(parse(&key)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 100 {
            c.clear();
        }
        c.insert(key, l.clone());
    });
    Ok(l)
}

// ----- packing -------------------------------------------------------------------------

/// CPython's get_pylong: an int, or `__index__`, else struct.error.
fn get_int(v: &Value) -> PyResult<Integer> {
    if let Some(i) = int_val(v) {
        return Ok(i.to_big());
    }
    match ops::index_opt(v)? {
        Some(i) => Ok(int_val(&i).map(|i| i.to_big()).unwrap_or_default()),
        None => Err(struct_error("required argument is not an integer")),
    }
}

/// CPython's get_long (a C long is 64 bits here).
fn get_long(v: &Value) -> PyResult<i64> {
    i64::try_from(&get_int(v)?).map_err(|_| struct_error("argument out of range"))
}

/// CPython's get_ulong: negative values are out of range too.
fn get_ulong(v: &Value) -> PyResult<u64> {
    u64::try_from(&get_int(v)?).map_err(|_| struct_error("argument out of range"))
}

/// CPython's _range_error.
fn range_error(ch: u8, size: usize, unsigned: bool) -> PyErr {
    let ulargest: u64 = u64::MAX >> ((8 - size) * 8);
    if unsigned {
        struct_error(format!("'{}' format requires 0 <= number <= {}", ch as char, ulargest))
    } else {
        let largest = (ulargest >> 1) as i64;
        struct_error(format!("'{}' format requires {} <= number <= {}", ch as char, !largest, largest))
    }
}

/// PyFloat_AsDouble, any failure becoming struct.error.
fn get_double(v: &Value) -> PyResult<f64> {
    crate::modules::math::arg_f64(v).map_err(|_| struct_error("required argument is not a float"))
}

/// PyFloat_Pack2: IEEE half precision, rounded half to even.
pub fn pack_half(x: f64) -> PyResult<u16> {
    let overflow = || overflow_error("float too large to pack with e format");
    let (sign, e, bits): (u16, i32, u16);
    if x == 0.0 {
        sign = x.is_sign_negative() as u16;
        e = 0;
        bits = 0;
    } else if x.is_infinite() {
        sign = (x < 0.0) as u16;
        e = 0x1f;
        bits = 0;
    } else if x.is_nan() {
        sign = x.is_sign_negative() as u16;
        e = 0x1f;
        bits = 512;
    } else {
        sign = (x < 0.0) as u16;
        let ax = x.abs();
        let (mut f, mut ex) = crate::objects::float::frexp(ax);
        f *= 2.0;
        ex -= 1;
        if ex >= 16 {
            return Err(overflow());
        } else if ex < -25 {
            f = 0.0;
            ex = 0;
        } else if ex < -14 {
            f = crate::objects::libm::ldexp(f, 14 + ex);
            ex = 0;
        } else {
            ex += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut b = f as u16;
        if (f - b as f64 > 0.5) || (f - b as f64 == 0.5 && b % 2 == 1) {
            b += 1;
            if b == 1024 {
                b = 0;
                ex += 1;
                if ex == 31 {
                    return Err(overflow());
                }
            }
        }
        e = ex;
        bits = b;
    }
    Ok(bits | ((e as u16) << 10) | (sign << 15))
}

/// PyFloat_Unpack2.
pub fn unpack_half(h: u16) -> f64 {
    let sign = (h >> 15) & 1;
    let mut e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    if e == 0x1f {
        let v = if f == 0.0 { f64::INFINITY } else { f64::NAN };
        return if sign == 1 { -v } else { v };
    }
    let mut x = f / 1024.0;
    if e == 0 {
        e = -14;
    } else {
        x += 1.0;
        e -= 15;
    }
    x = crate::objects::libm::ldexp(x, e);
    if sign == 1 {
        -x
    } else {
        x
    }
}

/// Writes the low `out.len()` bytes of `bits` in the order's byte order.
fn put(order: Order, bits: u64, out: &mut [u8]) {
    let n = out.len();
    let le = bits.to_le_bytes();
    let big = match order {
        Order::Big => true,
        Order::Little => false,
        Order::Native => cfg!(target_endian = "big"),
    };
    for k in 0..n {
        out[k] = if big { le[n - 1 - k] } else { le[k] };
    }
}

/// Reads `b` as an unsigned number in the order's byte order.
fn get(order: Order, b: &[u8]) -> u64 {
    let big = match order {
        Order::Big => true,
        Order::Little => false,
        Order::Native => cfg!(target_endian = "big"),
    };
    let mut x: u64 = 0;
    for k in 0..b.len() {
        let byte = if big { b[k] } else { b[b.len() - 1 - k] };
        x = (x << 8) | byte as u64;
    }
    x
}

/// Packs one value of an integer, float, bool or char code into `out`.
fn pack_item(order: Order, ch: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    use Order::*;
    let size = out.len();
    let bits: u64 = match (order, ch) {
        (_, b'b') => {
            let x = get_long(v)?;
            if !(-128..=127).contains(&x) {
                return Err(struct_error("byte format requires -128 <= number <= 127"));
            }
            x as u64
        }
        (_, b'B') => {
            let x = get_long(v)?;
            if !(0..=255).contains(&x) {
                return Err(struct_error("ubyte format requires 0 <= number <= 255"));
            }
            x as u64
        }
        (Native | Little, b'h') => {
            let x = get_long(v)?;
            if !(-32768..=32767).contains(&x) {
                return Err(struct_error("short format requires -32768 <= number <= 32767"));
            }
            x as u64
        }
        (Native | Little, b'H') => {
            let x = get_long(v)?;
            if !(0..=65535).contains(&x) {
                return Err(struct_error("ushort format requires 0 <= number <= 65535"));
            }
            x as u64
        }
        (Native | Little, b'i') | (Little, b'l') | (Big, b'h' | b'i' | b'l') => {
            let x = get_long(v)?;
            let half = 1i64 << (size * 8 - 1);
            if x < -half || x >= half {
                return Err(range_error(ch, size, false));
            }
            x as u64
        }
        (Native | Little, b'I') | (Little, b'L') | (Big, b'H' | b'I' | b'L') => {
            let x = get_ulong(v)?;
            if x >> (size * 8) != 0 {
                return Err(range_error(ch, size, true));
            }
            x
        }
        (Native, b'l' | b'q' | b'n') | (Little, b'q') => get_long(v)? as u64,
        (Native, b'L' | b'Q' | b'N') | (Little, b'Q') => get_ulong(v)?,
        (Big, b'q') => i64::try_from(&get_int(v)?).map_err(|_| struct_error("int too large to convert"))? as u64,
        (Big, b'Q') => u64::try_from(&get_int(v)?).map_err(|_| struct_error("int too large to convert"))?,
        (Native, b'P') => {
            let n = get_int(v)?;
            match (i64::try_from(&n), u64::try_from(&n)) {
                (Ok(i), _) => i as u64,
                (_, Ok(u)) => u,
                _ => return Err(struct_error("int too large to convert")),
            }
        }
        (_, b'?') => ops::truthy(v)? as u64,
        (_, b'e') => pack_half(get_double(v)?)? as u64,
        (_, b'f') => {
            let x = get_double(v)?;
            let y = x as f32;
            if order != Native && y.is_infinite() && !x.is_infinite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            y.to_bits() as u64
        }
        (_, b'd') => get_double(v)?.to_bits(),
        (_, b'c') => match v.downcast::<BytesObject>() {
            Some(b) if b.data.len() == 1 => b.data[0] as u64,
            _ => return Err(struct_error("char format requires a bytes object of length 1")),
        },
        _ => return Err(struct_error("bad char in struct format")),
    };
    put(order, bits, out);
    Ok(())
}

/// The bytes of a bytes or bytearray argument of 's' or 'p'.
fn string_arg(ch: u8, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesObject>() {
        return Ok(b.data.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        return Ok(b.vec().clone());
    }
    Err(struct_error(format!("argument for '{}' must be a bytes object", ch as char)))
}

/// CPython's s_pack_internal: packs `args` into `buf` (zeroed, `layout.size` long).
fn pack_to(layout: &Layout, args: &[Value], buf: &mut [u8]) -> PyResult<()> {
    for (code, v) in layout.codes.iter().zip(args) {
        let at = code.offset;
        match code.ch {
            b's' => {
                let s = string_arg(b's', v)?;
                let n = s.len().min(code.size);
                buf[at..at + n].copy_from_slice(&s[..n]);
            }
            b'p' => {
                let s = string_arg(b'p', v)?;
                if code.size == 0 {
                    // CPython stores the (negative) length byte anyway.
                    if at < buf.len() {
                        buf[at] = 0xff;
                    }
                    continue;
                }
                let n = s.len().min(code.size - 1);
                buf[at + 1..at + 1 + n].copy_from_slice(&s[..n]);
                buf[at] = n.min(255) as u8;
            }
            c => pack_item(layout.order, c, v, &mut buf[at..at + code.size])?,
        }
    }
    Ok(())
}

/// Packs `args` into fresh bytes.
fn pack_values(layout: &Layout, args: &[Value]) -> PyResult<Vec<u8>> {
    if args.len() != layout.len {
        return Err(struct_error(format!("pack expected {} items for packing (got {})", layout.len, args.len())));
    }
    let mut buf = vec![0u8; layout.size];
    pack_to(layout, args, &mut buf)?;
    Ok(buf)
}

// ----- unpacking ---------------------------------------------------------------------

/// Unpacks one value of an integer, float, bool or char code.
fn unpack_item(order: Order, ch: u8, b: &[u8]) -> Value {
    let u = get(order, b);
    let n = b.len();
    match ch {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - 8 * n as u32;
            new_int(((u << shift) as i64) >> shift)
        }
        b'?' => new_bool(u != 0),
        b'e' => new_float(unpack_half(u as u16)),
        b'f' => new_float(f32::from_bits(u as u32) as f64),
        b'd' => new_float(f64::from_bits(u)),
        b'c' => new_bytes(b.to_vec()),
        _ => new_int_u64(u),
    }
}

/// CPython's s_unpack_internal over exactly `layout.size` bytes.
fn unpack_values(layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let mut out = Vec::with_capacity(layout.len);
    for code in &layout.codes {
        let at = code.offset;
        let field = &data[at..at + code.size];
        out.push(match code.ch {
            b's' => new_bytes(field.to_vec()),
            b'p' => {
                if code.size == 0 {
                    return Err(PyErr::new(
                        &crate::objects::exception::SYSTEM_ERROR,
                        "Negative size passed to PyBytes_FromStringAndSize",
                    ));
                }
                let n = (data[at] as usize).min(code.size - 1);
                new_bytes(data[at + 1..at + 1 + n].to_vec())
            }
            c => unpack_item(layout.order, c, field),
        });
    }
    Ok(new_tuple(out))
}

/// The bytes of a buffer argument ("y*").
fn read_buffer(v: &Value) -> PyResult<Vec<u8>> {
    crate::modules::support::buffer(v)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", crate::modules::support::type_name(v))))
}

fn unpack_impl(layout: &Layout, buffer: &Value) -> PyResult<Value> {
    let data = read_buffer(buffer)?;
    if data.len() != layout.size {
        return Err(struct_error(format!("unpack requires a buffer of {} bytes", layout.size)));
    }
    unpack_values(layout, &data)
}

fn unpack_from_impl(layout: &Layout, buffer: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = read_buffer(buffer)?;
    let mut offset = match offset {
        Some(o) => clinic::ssize_arg(o)?,
        None => 0,
    };
    let blen = data.len() as i64;
    if offset < 0 {
        if offset + blen < 0 {
            return Err(struct_error(format!("offset {offset} out of range for {blen}-byte buffer")));
        }
        offset += blen;
    }
    let size = layout.size as i64;
    if blen - offset < size {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            size as u64 + offset as u64,
            size,
            offset,
            blen
        )));
    }
    let o = offset as usize;
    unpack_values(layout, &data[o..o + layout.size])
}

/// CPython's "w*": the length of a writable buffer, or TypeError.
fn writable_len(v: &Value) -> PyResult<usize> {
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        return Ok(b.vec().len());
    }
    if let Some(n) = crate::modules::array::writable_len(v) {
        return Ok(n);
    }
    if let Some(n) = crate::builtins::memoryview::writable_view_len(v) {
        return Ok(n);
    }
    Err(type_error(format!(
        "argument must be read-write bytes-like object, not {}",
        crate::modules::support::type_name(v)
    )))
}

/// Stores `data` at `offset` of a writable buffer checked by `writable_len`.
fn write_buffer(v: &Value, offset: usize, data: &[u8]) {
    if let Some(b) = v.downcast::<ByteArrayObject>() {
        if let Some(dst) = b.vec().get_mut(offset..offset + data.len()) {
            dst.copy_from_slice(data);
        }
        return;
    }
    if crate::modules::array::writable_len(v).is_some() {
        crate::modules::array::write_bytes(v, offset, data);
    } else {
        crate::builtins::memoryview::write_view(v, offset, data);
    }
}

/// CPython's s_pack_into: `args` are (buffer, offset, *values).
fn pack_into_impl(layout: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() != layout.len + 2 {
        return Err(match args.len() {
            0 => struct_error("pack_into expected buffer argument"),
            1 => struct_error("pack_into expected offset argument"),
            n => struct_error(format!("pack_into expected {} items for packing (got {})", layout.len, n - 2)),
        });
    }
    let blen = writable_len(&args[0])? as i64;
    let mut offset = match ops::index(&args[1]).map(|i| int_val(&i).and_then(|x| x.as_i64())) {
        Ok(Some(o)) => o,
        Ok(None) => return Err(crate::error::index_error("cannot fit 'int' into an index-sized integer")),
        Err(e) => return Err(e),
    };
    let size = layout.size as i64;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(format!("no space to pack {size} bytes at offset {offset}")));
        }
        if offset + blen < 0 {
            return Err(struct_error(format!("offset {offset} out of range for {blen}-byte buffer")));
        }
        offset += blen;
    }
    if blen - offset < size {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            size as u64 + offset as u64,
            size,
            offset,
            blen
        )));
    }
    let mut buf = vec![0u8; layout.size];
    pack_to(layout, &args[2..], &mut buf)?;
    write_buffer(&args[0], offset as usize, &buf);
    Ok(none())
}

/// CPython's Struct.iter_unpack checks, then the iterator.
fn iter_unpack_impl(layout: Rc<Layout>, buffer: &Value) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
    }
    let data = read_buffer(buffer)?;
    if data.len() % layout.size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        )));
    }
    Ok(alloc_object(
        &UNPACK_ITER_TYPE,
        UnpackIterObject { header: hdr(), layout, data, index: Cell::new(0) },
    ))
}

// ----- Struct ----------------------------------------------------------------------------

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

#[repr(C)]
pub struct StructObject {
    header: ObjHeader,
    /// The format as bytes (CPython's s_format) and its layout.
    state: RefCell<(Vec<u8>, Rc<Layout>)>,
}
native_type!(STRUCT_TYPE, "_struct", "Struct", StructObject, BASETYPE);

impl StructObject {
    fn layout(&self) -> Rc<Layout> {
        self.state.borrow().1.clone()
    }
}

fn struct_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let empty = Rc::new(Layout { order: Order::Native, codes: Vec::new(), size: 0, len: 0 });
    Ok(alloc_object(cls, StructObject { header: hdr(), state: RefCell::new((Vec::new(), empty)) }))
}

fn struct_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    let a = crate::builtins::args::parse_args("Struct", &args[1..], kw, &["format"], 0, 1, 1)?;
    let fmt = format_bytes(a[0].as_ref().expect("required"))?;
    let layout = Rc::new(parse(&fmt)?);
    *s.state.borrow_mut() = (fmt, layout);
    Ok(none())
}

fn struct_pack(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("Struct.pack() takes no keyword arguments"));
    }
    Ok(new_bytes(pack_values(&s.layout(), &args[1..])?))
}

fn struct_pack_into(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("Struct.pack_into() takes no keyword arguments"));
    }
    pack_into_impl(&s.layout(), &args[1..])
}

fn struct_unpack(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    let b = clinic::one_arg(&args[1..], kw, "Struct.unpack")?;
    unpack_impl(&s.layout(), b)
}

fn struct_unpack_from(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    let a = clinic::keywords(&args[1..], kw, "unpack_from", &["buffer", "offset"], 0, 1)?;
    unpack_from_impl(&s.layout(), a[0].as_ref().expect("required"), a[1].as_ref())
}

fn struct_iter_unpack(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    let b = clinic::one_arg(&args[1..], kw, "Struct.iter_unpack")?;
    iter_unpack_impl(s.layout(), b)
}

fn struct_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = this::<StructObject>(args)?;
    clinic::noargs(&args[1..], kw, "Struct.__sizeof__")?;
    Ok(new_int(40 + 32 * (s.layout().codes.len() as i64 + 1)))
}

fn struct_format(v: &Value) -> PyResult<Value> {
    let s = v.downcast::<StructObject>().ok_or_else(|| type_error("expected a Struct"))?;
    let f = s.state.borrow().0.clone();
    Ok(new_str(String::from_utf8_lossy(&f).into_owned()))
}

fn struct_size(v: &Value) -> PyResult<Value> {
    let s = v.downcast::<StructObject>().ok_or_else(|| type_error("expected a Struct"))?;
    Ok(new_int(s.layout().size as i64))
}

// ----- unpack_iterator -------------------------------------------------------------------

#[repr(C)]
pub struct UnpackIterObject {
    header: ObjHeader,
    layout: Rc<Layout>,
    data: Vec<u8>,
    index: Cell<usize>,
}
native_type!(UNPACK_ITER_TYPE, "_struct", "unpack_iterator", UnpackIterObject, 0);

fn unpack_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let i = unsafe { it.downcast_unchecked::<UnpackIterObject>() };
    let at = i.index.get();
    if at + i.layout.size > i.data.len() {
        return Ok(None);
    }
    i.index.set(at + i.layout.size);
    unpack_values(&i.layout, &i.data[at..at + i.layout.size]).map(Some)
}

fn unpack_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let i = this::<UnpackIterObject>(args)?;
    Ok(new_int(((i.data.len() - i.index.get()) / i.layout.size) as i64))
}

// ----- module functions -------------------------------------------------------------------

fn no_kw(kw: Option<&Kw>, name: &str) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn m_pack(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw(kw, "_struct.pack")?;
    let Some(fmt) = args.first() else { return Err(type_error("missing format argument")) };
    let layout = cached(fmt)?;
    Ok(new_bytes(pack_values(&layout, &args[1..])?))
}

fn m_pack_into(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw(kw, "_struct.pack_into")?;
    let Some(fmt) = args.first() else { return Err(type_error("missing format argument")) };
    let layout = cached(fmt)?;
    pack_into_impl(&layout, &args[1..])
}

fn m_unpack(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "unpack", "unpack", 2, 2)?;
    let layout = cached(&args[0])?;
    unpack_impl(&layout, &args[1])
}

fn m_unpack_from(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(args, kw, "unpack_from", &["format", "buffer", "offset"], 1, 2)?;
    let layout = cached(a[0].as_ref().expect("required"))?;
    unpack_from_impl(&layout, a[1].as_ref().expect("required"), a[2].as_ref())
}

fn m_iter_unpack(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "iter_unpack", "iter_unpack", 2, 2)?;
    iter_unpack_impl(cached(&args[0])?, &args[1])
}

fn m_calcsize(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let fmt = clinic::one_arg(args, kw, "_struct.calcsize")?;
    Ok(new_int(cached(fmt)?.size as i64))
}

fn m_clearcache(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(args, kw, "_struct._clearcache")?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(none())
}

const MODULE_DOC: &str = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";

fn init_types() {
    let t = &STRUCT_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, struct_new);
    build::method(t, "__init__", struct_init);
    for (name, f) in [
        ("pack", struct_pack as NativeFn),
        ("pack_into", struct_pack_into),
        ("unpack", struct_unpack),
        ("unpack_from", struct_unpack_from),
        ("iter_unpack", struct_iter_unpack),
        ("__sizeof__", struct_sizeof),
    ] {
        build::method(t, name, f);
    }
    build::getset(t, "format", struct_format, None);
    build::attr(t, "__module__", new_str("_struct"));
    build::getset(t, "size", struct_size, None);
    build::doc(t, "Struct(fmt) --> compiled struct object\n\n");

    crate::objects::iter::register_iterator(&UNPACK_ITER_TYPE, unpack_iter_next);
    build::method(&UNPACK_ITER_TYPE, "__length_hint__", unpack_iter_len);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_struct");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("Struct", STRUCT_TYPE.as_value());
    mo.set("error", error_class());
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", m_pack),
        ("pack_into", m_pack_into),
        ("unpack", m_unpack),
        ("unpack_from", m_unpack_from),
        ("iter_unpack", m_iter_unpack),
        ("calcsize", m_calcsize),
        ("_clearcache", m_clearcache),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_struct")));
    }
    mo.set("__doc__", new_str(MODULE_DOC));
    m
}
