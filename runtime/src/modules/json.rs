//! The `_json` module of CPython 3.11 (Modules/_json.c): the C speedups
//! `json.decoder` and `json.encoder` pick up when present, with the C
//! versions' error messages and positions: `scanstring`,
//! `encode_basestring_ascii`, `encode_basestring` and `make_encoder`.
//! (`make_scanner` is left to `json.scanner`'s pure-Python scanner, which
//! uses this `scanstring`.)

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, is_true_obj, none};
use crate::objects::dict::{as_dict, DictObject};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_int};
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{alloc_object, build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

/// `json.decoder.JSONDecodeError(msg, doc, pos)`.
fn decode_error(msg: &str, doc: &Value, pos: usize) -> PyErr {
    let r = (|| -> PyResult<Value> {
        let m = crate::import::import_module("json.decoder")?;
        let cls = ops::getattr_str(&m, "JSONDecodeError")?;
        crate::call::call(&cls, &[new_str(msg), doc.clone(), new_int(pos as i64)], None)
    })();
    match r {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

fn hex_digit(c: char) -> Option<u32> {
    c.to_digit(16).filter(|_| c.is_ascii_hexdigit())
}

/// CPython's scanstring_unicode: the string starting after the quote at `end`,
/// and the index after its closing quote.
fn scan(doc: &Value, chars: &[char], mut end: usize, strict: bool) -> PyResult<(String, usize)> {
    let len = chars.len();
    let begin = end.wrapping_sub(1);
    let mut out = String::new();
    loop {
        let mut next = end;
        let mut c = '\0';
        while next < len {
            c = chars[next];
            if c == '"' || c == '\\' {
                break;
            }
            if (c as u32) <= 0x1f && strict {
                return Err(decode_error("Invalid control character at", doc, next));
            }
            next += 1;
        }
        if next >= len {
            c = if len > end { chars[len - 1] } else { '\0' };
            if c == '"' || c == '\\' {
                c = '\0';
            }
        }
        if next >= len || (c != '"' && c != '\\') {
            return Err(decode_error("Unterminated string starting at", doc, begin));
        }
        out.extend(&chars[end..next]);
        next += 1;
        if c == '"' {
            end = next;
            break;
        }
        if next == len {
            return Err(decode_error("Unterminated string starting at", doc, begin));
        }
        let e = chars[next];
        let ch: u32;
        if e != 'u' {
            end = next + 1;
            ch = match e {
                '"' => '"' as u32,
                '\\' => '\\' as u32,
                '/' => '/' as u32,
                'b' => 8,
                'f' => 12,
                'n' => 10,
                'r' => 13,
                't' => 9,
                _ => return Err(decode_error("Invalid \\escape", doc, end - 2)),
            };
        } else {
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(decode_error("Invalid \\uXXXX escape", doc, next - 1));
            }
            let mut v = 0u32;
            while next < end {
                let d = hex_digit(chars[next]).ok_or_else(|| decode_error("Invalid \\uXXXX escape", doc, end - 5))?;
                v = (v << 4) | d;
                next += 1;
            }
            if (0xd800..0xdc00).contains(&v) && end + 6 < len && chars[next] == '\\' && chars[next + 1] == 'u' {
                next += 2;
                end += 6;
                let mut v2 = 0u32;
                while next < end {
                    let d = hex_digit(chars[next]).ok_or_else(|| decode_error("Invalid \\uXXXX escape", doc, end - 5))?;
                    v2 = (v2 << 4) | d;
                    next += 1;
                }
                if (0xdc00..0xe000).contains(&v2) {
                    v = 0x10000 + (((v - 0xd800) << 10) | (v2 - 0xdc00));
                } else {
                    end -= 6;
                }
            }
            ch = v;
        }
        match char::from_u32(ch) {
            Some(c) => out.push(c),
            None => return Err(value_error("surrogate code points are not supported")),
        }
    }
    Ok((out, end))
}

/// `scanstring(string, end, strict=True)` -> (str, end).
fn scanstring(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::parse_tuple(args, kw, "scanstring", "scanstring", 2, 3)?;
    let Some(s) = as_str(&args[0]) else {
        return Err(type_error(format!("first argument must be a string, not {}", args[0].ty().name())));
    };
    let end = crate::builtins::args::as_ssize(&args[1])?;
    let strict = match args.get(2) {
        Some(v) => crate::objects::clinic::int_arg(v)? != 0,
        None => true,
    };
    let chars: Vec<char> = s.chars().collect();
    if end < 0 || end as usize > chars.len() {
        return Err(value_error("end is out of bounds"));
    }
    let (text, next) = scan(&args[0], &chars, end as usize, strict)?;
    Ok(new_tuple(vec![new_str(text), new_int(next as i64)]))
}

fn escape_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (' '..='~').contains(&c) => out.push(c),
            c => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
        }
    }
    out.push('"');
    out
}

fn escape_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn str_arg<'a>(args: &'a [Value], kw: Option<&Kw>, name: &str) -> PyResult<&'a str> {
    let v = crate::objects::clinic::one_arg(args, kw, name)?;
    as_str(v).ok_or_else(|| type_error(format!("first argument must be a string, not {}", v.ty().name())))
}

fn encode_basestring_ascii(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(escape_ascii(str_arg(args, kw, "encode_basestring_ascii")?)))
}

fn encode_basestring(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(escape_unicode(str_arg(args, kw, "encode_basestring")?)))
}

// ----- make_encoder ------------------------------------------------------------------

#[repr(C)]
pub struct EncoderObject {
    header: ObjHeader,
    markers: Value,
    default: Value,
    encoder: Value,
    indent: Value,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// 1: encode_basestring_ascii, 2: encode_basestring, 0: call `encoder`.
    fast: u8,
}

pub static ENCODER_TYPE: TypeObject =
    TypeObject::builtin::<EncoderObject>("_json.Encoder", Some(&OBJECT_TYPE), 0).in_module("_json").with_qualname("Encoder");

unsafe impl PyObj for EncoderObject {
    fn class() -> &'static TypeObject {
        &ENCODER_TYPE
    }
}

thread_local! {
    static FAST: std::cell::RefCell<Option<(Value, Value)>> = const { std::cell::RefCell::new(None) };
}

fn encoder_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = crate::modules::support::cls_arg(args)?;
    let names = ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];
    let a = crate::objects::clinic::keywords(&args[1..], kw, "make_encoder", &names, 0, 9)?;
    let a: Vec<Value> = a.into_iter().map(|v| v.unwrap_or_else(none)).collect();
    if !is_none(&a[0]) && as_dict(&a[0]).is_none() {
        return Err(type_error(format!("make_encoder() argument 1 must be dict or None, not {}", a[0].ty().name())));
    }
    let sep = |i: usize| -> PyResult<String> {
        as_str(&a[i]).map(str::to_owned).ok_or_else(|| {
            type_error(format!("make_encoder() argument {} must be str, not {}", i + 1, a[i].ty().name()))
        })
    };
    let (key_separator, item_separator) = (sep(4)?, sep(5)?);
    let fast = FAST.with(|f| {
        f.borrow().as_ref().map_or(0, |(ascii, uni)| {
            if a[2].is(ascii) {
                1
            } else if a[2].is(uni) {
                2
            } else {
                0
            }
        })
    });
    Ok(alloc_object(
        cls,
        EncoderObject {
            header: ObjHeader::new(std::ptr::null()),
            markers: a[0].clone(),
            default: a[1].clone(),
            encoder: a[2].clone(),
            indent: a[3].clone(),
            key_separator,
            item_separator,
            sort_keys: ops::truthy(&a[6])?,
            skipkeys: ops::truthy(&a[7])?,
            allow_nan: ops::truthy(&a[8])?,
            fast,
        },
    ))
}

impl EncoderObject {
    fn markers(&self) -> Option<&DictObject> {
        as_dict(&self.markers)
    }

    fn string(&self, out: &mut String, s: &Value) -> PyResult<()> {
        match (self.fast, as_str(s)) {
            (1, Some(t)) => out.push_str(&escape_ascii(t)),
            (2, Some(t)) => out.push_str(&escape_unicode(t)),
            _ => {
                let r = crate::call::call(&self.encoder, &[s.clone()], None)?;
                match as_str(&r) {
                    Some(t) => out.push_str(t),
                    None => return Err(type_error(format!("encoder() must return a string, not {}", r.ty().name()))),
                }
            }
        }
        Ok(())
    }

    fn float(&self, f: f64) -> PyResult<String> {
        if !f.is_finite() {
            if !self.allow_nan {
                return Err(value_error("Out of range float values are not JSON compliant"));
            }
            return Ok(if f > 0.0 { "Infinity" } else if f < 0.0 { "-Infinity" } else { "NaN" }.into());
        }
        Ok(crate::objects::float::float_repr(f))
    }

    fn enter(&self, obj: &Value) -> PyResult<Option<Value>> {
        let Some(m) = self.markers() else { return Ok(None) };
        let ident = new_int(obj.id() as i64);
        if m.get(&ident)?.is_some() {
            return Err(value_error("Circular reference detected"));
        }
        m.set(ident.clone(), obj.clone())?;
        Ok(Some(ident))
    }

    fn leave(&self, ident: Option<Value>) -> PyResult<()> {
        if let (Some(m), Some(i)) = (self.markers(), ident) {
            m.remove(&i)?;
        }
        Ok(())
    }

    fn nested(&self, out: &mut String, obj: &Value, level: i64) -> PyResult<()> {
        let t = crate::thread::ts();
        let d = t.depth.get();
        if d >= t.recursion_limit.get() || crate::thread::native_stack_low() {
            return Err(crate::error::recursion_error("maximum recursion depth exceeded while encoding a JSON object"));
        }
        t.depth.set(d + 1);
        let r = self.obj(out, obj, level);
        t.depth.set(t.depth.get() - 1);
        r
    }

    fn obj(&self, out: &mut String, obj: &Value, level: i64) -> PyResult<()> {
        use crate::objects as o;
        if is_none(obj) {
            out.push_str("null");
        } else if obj.is_type(&o::bool_none::BOOL_TYPE) {
            out.push_str(if is_true_obj(obj) { "true" } else { "false" });
        } else if as_str(obj).is_some() {
            self.string(out, obj)?;
        } else if let Some(i) = int_val(obj) {
            out.push_str(&o::int::to_decimal(i)?);
        } else if let Some(f) = o::float::float_val(obj) {
            out.push_str(&self.float(f)?);
        } else if obj.downcast::<o::list::ListObject>().is_some() || tuple_items(obj).is_some() {
            let items = ops::collect(obj)?;
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            let ident = self.enter(obj)?;
            out.push('[');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&self.item_separator);
                }
                self.nested(out, it, level)?;
            }
            self.leave(ident)?;
            out.push(']');
        } else if let Some(d) = as_dict(obj) {
            if d.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            let ident = self.enter(obj)?;
            out.push('{');
            let items = ops::call_method(obj, "items", &[])?;
            let list = o::list::new_list(ops::collect(&items)?);
            if self.sort_keys {
                crate::objects::list_methods::sort_list(&list, None)?;
            }
            let mut first = true;
            for item in ops::collect(&list)? {
                let kv = tuple_items(&item).ok_or_else(|| value_error("items must return 2-tuples"))?;
                let (key, value) = (&kv[0], &kv[1]);
                let kstr: Value = if as_str(key).is_some() {
                    key.clone()
                } else if let Some(f) = o::float::float_val(key) {
                    new_str(self.float(f)?)
                } else if is_none(key) {
                    new_str("null")
                } else if key.is_type(&o::bool_none::BOOL_TYPE) {
                    new_str(if is_true_obj(key) { "true" } else { "false" })
                } else if let Some(i) = int_val(key) {
                    new_str(o::int::to_decimal(i)?)
                } else if self.skipkeys {
                    continue;
                } else {
                    return Err(type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        key.ty().name()
                    )));
                };
                if !first {
                    out.push_str(&self.item_separator);
                }
                first = false;
                self.string(out, &kstr)?;
                out.push_str(&self.key_separator);
                self.nested(out, value, level)?;
            }
            self.leave(ident)?;
            out.push('}');
        } else {
            let ident = self.enter(obj)?;
            let new = crate::call::call(&self.default, &[obj.clone()], None)?;
            self.nested(out, &new, level)?;
            self.leave(ident)?;
        }
        Ok(())
    }
}

/// `encoder(obj, _current_indent_level)` -> a 1-tuple holding the JSON text.
fn encoder_call(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let e = crate::modules::support::this::<EncoderObject>(args)?;
    let a = crate::objects::clinic::keywords(&args[1..], kw, "_iterencode", &["obj", "_current_indent_level"], 0, 2)?;
    let obj = a[0].clone().unwrap_or_else(none);
    let level = crate::builtins::args::as_ssize(a[1].as_ref().unwrap())?;
    let _ = &e.indent;
    let mut out = String::new();
    e.obj(&mut out, &obj, level)?;
    Ok(new_tuple(vec![new_str(out)]))
}

fn get_markers(v: &Value) -> PyResult<Value> {
    Ok(crate::modules::support::this::<EncoderObject>(std::slice::from_ref(v))?.markers.clone())
}

fn init_types() {
    let t = &ENCODER_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, encoder_new);
    build::method(t, "__call__", encoder_call);
    build::getset(t, "markers", get_markers, None);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_json");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("scanstring", scanstring),
        ("encode_basestring_ascii", encode_basestring_ascii),
        ("encode_basestring", encode_basestring),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_json")));
    }
    FAST.with(|f| {
        *f.borrow_mut() = Some((mo.get("encode_basestring_ascii").unwrap(), mo.get("encode_basestring").unwrap()));
    });
    mo.set("make_encoder", ENCODER_TYPE.as_value());
    mo.set("__doc__", new_str("json speedups\n"));
    m
}
