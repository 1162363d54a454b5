//! The `binascii` module of CPython 3.11 (Modules/binascii.c): hex, base64
//! (with `strict_mode`), uuencode, CRC-32 and CRC-CCITT, with `binascii.Error`
//! and `binascii.Incomplete` and CPython's messages. (Quoted-printable is not
//! here; `quopri` falls back to its pure-Python codec without it.)

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::modules::support::type_name;
use crate::objects::bytes::new_bytes;
use crate::objects::clinic;
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_int_u64};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::ops;
use crate::types::TypeObject;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static CLASSES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// (Error, Incomplete), created on first use.
fn classes() -> (Value, Value) {
    CLASSES.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let err = crate::modules::support::new_exception_class(
                    "binascii",
                    "Error",
                    &crate::objects::exception::VALUE_ERROR,
                );
                let inc = crate::modules::support::new_exception_class(
                    "binascii",
                    "Incomplete",
                    &crate::objects::exception::EXCEPTION,
                );
                (err, inc)
            })
            .clone()
    })
}

fn error(msg: impl Into<String>) -> PyErr {
    let cls = classes().0;
    PyErr::new(cls.downcast::<TypeObject>().expect("binascii.Error is a class"), msg)
}

/// A bytes-like argument ("y*").
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::modules::support::buffer(v)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// CPython's ascii_buffer converter: a buffer or an ASCII-only str.
fn ascii_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            return Err(value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::modules::support::buffer(v).ok_or_else(|| {
        type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", type_name(v)))
    })
}

/// An "unsigned int" argument with bitmask (PyLong_AsUnsignedLongMask, then truncation).
fn uint_mask(v: &Value) -> PyResult<u32> {
    if crate::objects::float::float_val(v).is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = ops::index(v)?;
    let n = int_val(&i).map(|x| x.to_big()).unwrap_or_default();
    let m = malachite::Integer::from(1u64) << 32u64;
    let r = ((n % &m) + &m) % &m;
    Ok(u32::try_from(&r).unwrap_or(0))
}

// ----- hex ------------------------------------------------------------------------------

fn hexlify_impl(name: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(args, kw, name, &["data", "sep", "bytes_per_sep"], 0, 1)?;
    let data = data_arg(a[0].as_ref().expect("required"))?;
    let b = new_bytes(data);
    let mut hargs = Vec::new();
    if let Some(sep) = &a[1] {
        hargs.push(sep.clone());
        if let Some(n) = &a[2] {
            hargs.push(n.clone());
        }
    } else if a[2].is_some() {
        // bytes_per_sep without sep: hex() ignores it as CPython's helper does.
    }
    let s = ops::call_method(&b, "hex", &hargs)?;
    Ok(new_bytes(as_str(&s).unwrap_or("").as_bytes().to_vec()))
}

fn b2a_hex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    hexlify_impl("b2a_hex", args, kw)
}

fn hexlify(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    hexlify_impl("hexlify", args, kw)
}

fn unhex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = clinic::one_arg(args, kw, "a2b_hex")?;
    let data = ascii_arg(v)?;
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

// ----- base64 ----------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn b2a_base64(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords_kwonly(args, kw, "b2a_base64", &["data", "newline"], 1, 1, 1)?;
    let data = data_arg(a[0].as_ref().expect("required"))?;
    let newline = match &a[1] {
        Some(v) => ops::truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if chunk.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn a2b_base64(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords_kwonly(args, kw, "a2b_base64", &["data", "strict_mode"], 1, 1, 1)?;
    let data = ascii_arg(a[0].as_ref().expect("required"))?;
    let strict = match &a[1] {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad_pos = 0;
    let mut pads = 0;
    let mut leftchar: u8 = 0;
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    for (i, &ch) in data.iter().enumerate() {
        if ch == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(new_bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(ch) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    if quad_pos == 1 {
        return Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )));
    }
    if quad_pos != 0 {
        return Err(error("Incorrect padding"));
    }
    Ok(new_bytes(out))
}

// ----- uuencode ---------------------------------------------------------------------------

fn b2a_uu(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords_kwonly(args, kw, "b2a_uu", &["data", "backtick"], 1, 1, 1)?;
    let data = data_arg(a[0].as_ref().expect("required"))?;
    let backtick = match &a[1] {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(if backtick && data.is_empty() { b'`' } else { b' ' + data.len() as u8 });
    let (mut leftchar, mut leftbits): (u32, u32) = (0, 0);
    let mut rest = data.len() as i64;
    let mut k = 0;
    while rest > 0 || leftbits != 0 {
        if rest > 0 {
            leftchar = (leftchar << 8) | data[k] as u32;
        } else {
            leftchar <<= 8;
        }
        leftbits += 8;
        while leftbits >= 6 {
            let ch = ((leftchar >> (leftbits - 6)) & 0x3f) as u8;
            leftbits -= 6;
            out.push(if backtick && ch == 0 { b'`' } else { ch + b' ' });
        }
        leftchar &= (1 << leftbits) - 1;
        rest -= 1;
        k += 1;
    }
    out.push(b'\n');
    Ok(new_bytes(out))
}

fn a2b_uu(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = clinic::one_arg(args, kw, "a2b_uu")?;
    let data = ascii_arg(v)?;
    // Like CPython, an empty line reads its terminating NUL as the length byte.
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut pos = 1usize;
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits): (u32, u32) = (0, 0);
    while bin_len > 0 {
        let ch = data.get(pos).copied();
        let v = match ch {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        leftchar = (leftchar << 6) | v as u32;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push(((leftchar >> leftbits) & 0xff) as u8);
            leftchar &= (1 << leftbits) - 1;
            bin_len -= 1;
        }
        pos += 1;
    }
    while pos < data.len() {
        let c = data[pos];
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
        pos += 1;
    }
    Ok(new_bytes(out))
}

// ----- CRCs ----------------------------------------------------------------------------------

fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn crc32(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "crc32", "crc32", 1, 2)?;
    let data = data_arg(&args[0])?;
    let crc = match args.get(1) {
        Some(v) => uint_mask(v)?,
        None => 0,
    };
    Ok(new_int_u64(crc32_update(crc, &data) as u64))
}

fn crc_hqx(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "crc_hqx", "crc_hqx", 2, 2)?;
    let data = data_arg(&args[0])?;
    let mut crc = (uint_mask(&args[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(new_int_u64(crc as u64))
}

pub fn create() -> Value {
    let m = new_module("binascii");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let (err, inc) = classes();
    mo.set("Error", err);
    mo.set("Incomplete", inc);
    let fns: &[(&'static str, NativeFn)] = &[
        ("a2b_base64", a2b_base64),
        ("a2b_hex", unhex),
        ("a2b_uu", a2b_uu),
        ("b2a_base64", b2a_base64),
        ("b2a_hex", b2a_hex),
        ("b2a_uu", b2a_uu),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("hexlify", hexlify),
        ("unhexlify", unhex),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("binascii")));
    }
    mo.set("__doc__", new_str("Conversion between binary data and ASCII"));
    m
}
