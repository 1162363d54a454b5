//! The `marshal` module of CPython 3.11 (Python/marshal.c) for values
//! (`None`, bools, ints, floats, complex, str, bytes, tuples, lists, dicts,
//! sets, frozensets, `...`, `StopIteration`): `dumps`/`loads`/`dump`/`load`
//! in CPython's format, version 4. `loads` understands back-references
//! (FLAG_REF); `dumps` writes none (CPython adds them to objects that have
//! more than one reference, which only makes its output shorter). Code
//! objects are not marshallable in tern (ValueError "unmarshallable object").

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{ellipsis, is_none, is_true_obj, new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_bigint, new_int};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::value::Value;
use malachite::num::arithmetic::traits::UnsignedAbs;
use malachite::Integer;

const FLAG_REF: u8 = 0x80;

fn eof() -> PyErr {
    PyErr::new(&crate::objects::exception::EOF_ERROR, "EOF read where object expected")
}

fn bad_data() -> PyErr {
    value_error("bad marshal data (unknown type code)")
}

struct Writer {
    out: Vec<u8>,
    depth: u32,
}

impl Writer {
    fn long(&mut self, x: i32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    fn sized(&mut self, code: u8, data: &[u8]) -> PyResult<()> {
        if data.len() > i32::MAX as usize {
            return Err(value_error("unmarshallable object"));
        }
        self.out.push(code);
        self.long(data.len() as i32);
        self.out.extend_from_slice(data);
        Ok(())
    }

    fn seq(&mut self, code: u8, items: &[Value]) -> PyResult<()> {
        self.out.push(code);
        self.long(items.len() as i32);
        for it in items {
            self.object(it)?;
        }
        Ok(())
    }

    fn object(&mut self, v: &Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > 2000 {
            return Err(value_error("object too deeply nested to marshal"));
        }
        let r = self.object_inner(v);
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self, v: &Value) -> PyResult<()> {
        use crate::objects as o;
        let t = v.ty();
        if is_none(v) {
            self.out.push(b'N');
        } else if v.is_type(&o::bool_none::BOOL_TYPE) {
            self.out.push(if is_true_obj(v) { b'T' } else { b'F' });
        } else if v.is(&ellipsis()) {
            self.out.push(b'.');
        } else if v.is(&o::exception::STOP_ITERATION.as_value()) {
            self.out.push(b'S');
        } else if let (true, Some(i)) = (v.is_type(&o::int::INT_TYPE), int_val(v)) {
            match i.as_i64().filter(|x| i32::try_from(*x).is_ok()) {
                Some(x) => {
                    self.out.push(b'i');
                    self.long(x as i32);
                }
                None => {
                    // Base 2**15 digits, least significant first; the count carries the sign.
                    let big = i.to_big();
                    let mut mag = big.clone().unsigned_abs();
                    let mut digits: Vec<u16> = Vec::new();
                    let base = malachite::Natural::from(1u32 << 15);
                    while mag > 0u32 {
                        let d = u16::try_from(&(&mag % &base)).unwrap_or(0);
                        digits.push(d);
                        mag >>= 15u32;
                    }
                    self.out.push(b'l');
                    let n = digits.len() as i32;
                    self.long(if big < 0 { -n } else { n });
                    for d in digits {
                        self.out.extend_from_slice(&d.to_le_bytes());
                    }
                }
            }
        } else if let Some(f) = v.downcast_exact::<o::float::FloatObject>() {
            self.out.push(b'g');
            self.out.extend_from_slice(&f.value.to_le_bytes());
        } else if let Some(c) = v.downcast_exact::<o::complex::ComplexObject>() {
            self.out.push(b'y');
            self.out.extend_from_slice(&c.re.to_le_bytes());
            self.out.extend_from_slice(&c.im.to_le_bytes());
        } else if let Some(s) = v.downcast_exact::<o::str::StrObject>() {
            let s = s.as_str();
            if s.is_ascii() && s.len() < 256 {
                self.out.push(b'z');
                self.out.push(s.len() as u8);
                self.out.extend_from_slice(s.as_bytes());
            } else if s.is_ascii() {
                self.sized(b'a', s.as_bytes())?;
            } else {
                self.sized(b'u', s.as_bytes())?;
            }
        } else if let Some(items) = v.downcast_exact::<o::tuple::TupleObject>().map(|t| t.items().to_vec()) {
            if items.len() < 256 {
                self.out.push(b')');
                self.out.push(items.len() as u8);
                for it in &items {
                    self.object(it)?;
                }
            } else {
                self.seq(b'(', &items)?;
            }
        } else if let Some(l) = v.downcast_exact::<o::list::ListObject>() {
            self.seq(b'[', &l.snapshot())?;
        } else if let Some(d) = v.downcast_exact::<o::dict::DictObject>() {
            self.out.push(b'{');
            for (k, x) in d.items() {
                self.object(&k)?;
                self.object(&x)?;
            }
            self.out.push(b'0');
        } else if std::ptr::eq(t, &o::set::SET_TYPE) || std::ptr::eq(t, &o::set::FROZENSET_TYPE) {
            let items = ops::collect(v)?;
            self.seq(if std::ptr::eq(t, &o::set::SET_TYPE) { b'<' } else { b'>' }, &items)?;
        } else if let Some(b) = crate::modules::support::buffer(v) {
            self.sized(b's', &b)?;
        } else {
            return Err(value_error("unmarshallable object"));
        }
        Ok(())
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Option<Value>>,
    depth: u32,
}

impl Reader<'_> {
    fn byte(&mut self) -> PyResult<u8> {
        let b = *self.data.get(self.pos).ok_or_else(eof)?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize) -> PyResult<&[u8]> {
        if self.pos + n > self.data.len() {
            return Err(PyErr::new(&crate::objects::exception::EOF_ERROR, "marshal data too short"));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn long(&mut self) -> PyResult<i32> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn size(&mut self) -> PyResult<usize> {
        let n = self.long()?;
        if n < 0 {
            return Err(value_error("bad marshal data (size out of range)"));
        }
        Ok(n as usize)
    }

    fn f64(&mut self) -> PyResult<f64> {
        let b = self.bytes(8)?;
        Ok(f64::from_le_bytes(b.try_into().unwrap()))
    }

    fn items(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let mut v = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            v.push(self.object()?);
        }
        Ok(v)
    }

    fn object(&mut self) -> PyResult<Value> {
        self.depth += 1;
        if self.depth > 2000 {
            return Err(value_error("recursion limit exceeded"));
        }
        let r = self.object_inner();
        self.depth -= 1;
        r
    }

    fn text(&mut self, n: usize) -> PyResult<Value> {
        let b = self.bytes(n)?.to_vec();
        Ok(new_str(String::from_utf8(b).map_err(|_| value_error("bad marshal data (invalid utf-8)"))?))
    }

    fn object_inner(&mut self) -> PyResult<Value> {
        use crate::objects as o;
        let code = self.byte()?;
        let flag = code & FLAG_REF != 0;
        let slot = if flag {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let v = match code & !FLAG_REF {
            b'N' => none(),
            b'T' => new_bool(true),
            b'F' => new_bool(false),
            b'.' => ellipsis(),
            b'S' => o::exception::STOP_ITERATION.as_value(),
            b'i' => new_int(self.long()? as i64),
            b'l' => {
                let n = self.long()?;
                let mut acc = Integer::from(0);
                let count = n.unsigned_abs() as usize;
                let raw = self.bytes(count * 2)?.to_vec();
                for (i, d) in raw.chunks(2).enumerate() {
                    let d = u16::from_le_bytes([d[0], d[1]]);
                    if d >= 1 << 15 {
                        return Err(value_error("bad marshal data (digit out of range in long)"));
                    }
                    acc += Integer::from(d) << (15 * i as u64);
                }
                new_bigint(if n < 0 { -acc } else { acc })
            }
            b'g' => o::float::new_float(self.f64()?),
            b'y' => {
                let re = self.f64()?;
                o::complex::new_complex(re, self.f64()?)
            }
            b's' => {
                let n = self.size()?;
                o::bytes::new_bytes(self.bytes(n)?.to_vec())
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.size()?;
                self.text(n)?
            }
            b'z' | b'Z' => {
                let n = self.byte()? as usize;
                self.text(n)?
            }
            b')' => {
                let n = self.byte()? as usize;
                new_tuple(self.items(n)?)
            }
            b'(' => {
                let n = self.size()?;
                new_tuple(self.items(n)?)
            }
            b'[' => {
                let n = self.size()?;
                let l = o::list::new_list(Vec::new());
                if let Some(i) = slot {
                    self.refs[i] = Some(l.clone());
                }
                let items = self.items(n)?;
                l.downcast::<o::list::ListObject>().unwrap().replace(items);
                l
            }
            b'{' => {
                let d = o::dict::new_dict();
                if let Some(i) = slot {
                    self.refs[i] = Some(d.clone());
                }
                loop {
                    if self.data.get(self.pos) == Some(&b'0') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.object()?;
                    let x = self.object()?;
                    o::dict::as_dict(&d).unwrap().set(k, x)?;
                }
                d
            }
            c @ (b'<' | b'>') => {
                let n = self.size()?;
                let items = self.items(n)?;
                let ty = if c == b'<' { &o::set::SET_TYPE } else { &o::set::FROZENSET_TYPE };
                crate::call::call(&ty.as_value(), &[o::list::new_list(items)], None)?
            }
            b'r' => {
                let i = self.long()?;
                return self
                    .refs
                    .get(i as usize)
                    .and_then(|r| r.clone())
                    .ok_or_else(|| value_error("bad marshal data (invalid reference)"));
            }
            _ => return Err(bad_data()),
        };
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
        Ok(v)
    }
}

fn dumps_bytes(v: &Value) -> PyResult<Vec<u8>> {
    let mut w = Writer { out: Vec::new(), depth: 0 };
    w.object(v)?;
    Ok(w.out)
}

fn version_arg(v: Option<&Value>) -> PyResult<()> {
    if let Some(v) = v {
        crate::objects::clinic::int_arg(v)?;
    }
    Ok(())
}

fn dumps(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "dumps", "dumps", 1, 2)?;
    version_arg(args.get(1))?;
    Ok(crate::objects::bytes::new_bytes(dumps_bytes(&args[0])?))
}

fn loads_from(data: &[u8]) -> PyResult<(Value, usize)> {
    let mut r = Reader { data, pos: 0, refs: Vec::new(), depth: 0 };
    let v = r.object()?;
    Ok((v, r.pos))
}

fn loads(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let b = crate::objects::clinic::one_arg(args, kw, "loads")?;
    let data = crate::modules::support::buffer(b)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", b.ty().name())))?;
    Ok(loads_from(&data)?.0)
}

fn dump(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "dump", "dump", 2, 3)?;
    version_arg(args.get(2))?;
    let data = crate::objects::bytes::new_bytes(dumps_bytes(&args[0])?);
    ops::call_method(&args[1], "write", &[data])?;
    Ok(none())
}

fn load(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let f = crate::objects::clinic::one_arg(args, kw, "load")?;
    // Reads everything left, then seeks back to just after the object when the file can.
    let rest = ops::call_method(f, "read", &[])?;
    let data = crate::modules::support::buffer(&rest)
        .ok_or_else(|| type_error(format!("file.read() returned not bytes but {}", rest.ty().name())))?;
    let (v, used) = loads_from(&data)?;
    if used < data.len() {
        ops::call_method(f, "seek", &[new_int(used as i64 - data.len() as i64), new_int(1)])?;
    }
    Ok(v)
}

pub fn create() -> Value {
    let m = new_module("marshal");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[("dumps", dumps), ("loads", loads), ("dump", dump), ("load", load)];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("marshal")));
    }
    mo.set("version", new_int(4));
    m
}
