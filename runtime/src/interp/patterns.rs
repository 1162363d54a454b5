//! Structural pattern matching (`match` statements): the interpreter of the
//! pattern descriptions the compiler emits for MatchPattern (see
//! `Compiler::pattern_desc`), with CPython's matching rules and errors.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::str::{as_str, intern_static};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::TypeObject;
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

/// Matches `subject` against the case description `(names, pattern)`; the
/// captured values in `names` order, or None if it does not match.
pub fn match_case(desc: &Value, subject: &Value, values: &[Value]) -> PyResult<Option<Value>> {
    let d = tuple_items(desc).unwrap_or(&[]);
    let (Some(names), Some(pat)) = (d.first().and_then(tuple_items), d.get(1)) else {
        return Ok(None);
    };
    let mut m = Matcher { names, values, caps: vec![None; names.len()] };
    if !m.matches(pat, subject)? {
        return Ok(None);
    }
    Ok(Some(new_tuple(m.caps.into_iter().map(|c| c.unwrap_or_else(none)).collect())))
}

struct Matcher<'a> {
    names: &'a [Value],
    values: &'a [Value],
    caps: Vec<Option<Value>>,
}

fn items(v: &Value) -> &[Value] {
    tuple_items(v).unwrap_or(&[])
}

fn index(v: &Value) -> usize {
    crate::objects::int::as_i64(v).unwrap_or(0) as usize
}

/// Is this a sequence for pattern matching? Its type has CPython's
/// Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview, array, deque, their
/// subclasses, and classes that `collections.abc.Sequence` marked (never
/// str, bytes or bytearray).
fn is_sequence(v: &Value) -> bool {
    v.ty().flags.get() & crate::types::SEQUENCE != 0
}

/// Is this a mapping for pattern matching (Py_TPFLAGS_MAPPING: dict,
/// mappingproxy, their subclasses, classes `collections.abc.Mapping` marked)?
fn is_mapping(v: &Value) -> bool {
    v.ty().flags.get() & crate::types::MAPPING != 0
}

fn tag_of(p: &Value) -> &str {
    items(p).first().and_then(as_str).unwrap_or("")
}

/// `_` (a capture pattern without a name or sub-pattern).
fn is_wildcard(p: &Value) -> bool {
    let i = items(p);
    tag_of(p) == "a" && is_none(&i[1]) && is_none(&i[2])
}

/// `*_`.
fn is_star_wildcard(p: &Value) -> bool {
    tag_of(p) == "*" && is_none(&items(p)[1])
}

/// Built-in types whose instances match a single positional sub-pattern themselves.
fn matches_self(t: &TypeObject) -> bool {
    use crate::objects as o;
    let selfish: [&TypeObject; 11] = [
        &o::bool_none::BOOL_TYPE,
        &o::bytes::BYTEARRAY_TYPE,
        &o::bytes::BYTES_TYPE,
        &o::dict::DICT_TYPE,
        &o::float::FLOAT_TYPE,
        &o::set::FROZENSET_TYPE,
        &o::int::INT_TYPE,
        &o::list::LIST_TYPE,
        &o::set::SET_TYPE,
        &o::str::STR_TYPE,
        &o::tuple::TUPLE_TYPE,
    ];
    selfish.iter().any(|s| t.is_subtype(s))
}

impl Matcher<'_> {
    fn bind(&mut self, name: &Value, v: Value) {
        if let Some(i) = self.names.iter().position(|n| as_str(n) == as_str(name)) {
            self.caps[i] = Some(v);
        }
    }

    fn matches(&mut self, pat: &Value, subject: &Value) -> PyResult<bool> {
        let p = items(pat);
        let tag = p.first().and_then(as_str).unwrap_or("");
        match tag {
            "v" => {
                let v = &self.values[index(&p[1])];
                ops::compare(subject, v, CmpOp::Eq)
            }
            "s" => Ok(subject.is(&p[1])),
            "a" => {
                if !is_none(&p[1]) && !self.matches(&p[1], subject)? {
                    return Ok(false);
                }
                if !is_none(&p[2]) {
                    self.bind(&p[2], subject.clone());
                }
                Ok(true)
            }
            "o" => {
                for alt in items(&p[1]) {
                    let saved = self.caps.clone();
                    if self.matches(alt, subject)? {
                        return Ok(true);
                    }
                    self.caps = saved;
                }
                Ok(false)
            }
            "q" => self.match_sequence(items(&p[1]), subject),
            "m" => self.match_mapping(items(&p[1]), items(&p[2]), &p[3], subject),
            "k" => self.match_class(&p[1], items(&p[2]), items(&p[3]), items(&p[4]), subject),
            _ => Ok(false),
        }
    }

    /// CPython's compiled form of a sequence pattern: the length check (none
    /// for `[*x]`), then nothing more when every sub-pattern is a wildcard,
    /// subscripts when the star is `*_`, else unpacking by iteration.
    fn match_sequence(&mut self, subs: &[Value], subject: &Value) -> PyResult<bool> {
        if !is_sequence(subject) {
            return Ok(false);
        }
        let size = subs.len();
        let star = subs.iter().position(|s| tag_of(s) == "*");
        match star {
            None if ops::len(subject)? != size => return Ok(false),
            Some(_) if size > 1 && ops::len(subject)? < size - 1 => return Ok(false),
            _ => {}
        }
        if subs.iter().all(|s| is_wildcard(s) || is_star_wildcard(s)) {
            return Ok(true);
        }
        match star {
            None => {
                let elems = if let Some(t) = subject.downcast_exact::<crate::objects::tuple::TupleObject>().filter(|t| t.len() == size) {
                    t.items().to_vec()
                } else if let Some(l) = subject.downcast_exact::<crate::objects::list::ListObject>().filter(|l| l.len() == size) {
                    l.snapshot()
                } else {
                    crate::interp::eval::unpack_generic(subject, size, None)?
                };
                for (s, e) in subs.iter().zip(&elems) {
                    if !self.matches(s, e)? {
                        return Ok(false);
                    }
                }
            }
            Some(k) if is_star_wildcard(&subs[k]) => {
                for (i, s) in subs.iter().enumerate() {
                    if i == k || is_wildcard(s) {
                        continue;
                    }
                    let idx = if i < k { i as i64 } else { ops::len(subject)? as i64 - (size - i) as i64 };
                    let e = ops::get_item(subject, &crate::objects::int::new_int(idx))?;
                    if !self.matches(s, &e)? {
                        return Ok(false);
                    }
                }
            }
            Some(k) => {
                let after = size - k - 1;
                let elems = crate::interp::eval::unpack_generic(subject, k, Some(after))?;
                let n = elems.len();
                for (s, e) in subs[..k].iter().zip(&elems[..k]) {
                    if !self.matches(s, e)? {
                        return Ok(false);
                    }
                }
                let name = &items(&subs[k])[1];
                if !is_none(name) {
                    let middle = elems[k..n - after].to_vec();
                    self.bind(name, crate::objects::list::new_list(middle));
                }
                for (s, e) in subs[k + 1..].iter().zip(&elems[n - after..]) {
                    if !self.matches(s, e)? {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }

    fn match_mapping(&mut self, keys: &[Value], subs: &[Value], rest: &Value, subject: &Value) -> PyResult<bool> {
        if !is_mapping(subject) {
            return Ok(false);
        }
        if keys.is_empty() && is_none(rest) {
            return Ok(true);
        }
        if ops::len(subject)? < keys.len() {
            return Ok(false);
        }
        let key_values: Vec<Value> = keys.iter().map(|k| self.values[index(k)].clone()).collect();
        let seen = new_dict();
        let seen_d = as_dict(&seen).unwrap();
        let get = ops::getattr(subject, &intern_static("get"))?;
        let dummy = crate::call::call(&crate::types::OBJECT_TYPE.as_value(), &[], None)?;
        let mut found = Vec::with_capacity(key_values.len());
        for k in &key_values {
            if seen_d.contains(k)? {
                return Err(crate::error::value_error(format!("mapping pattern checks duplicate key ({})", ops::repr_string(k)?)));
            }
            seen_d.set(k.clone(), none())?;
            let v = crate::call::call(&get, &[k.clone(), dummy.clone()], None)?;
            if v.is(&dummy) {
                return Ok(false);
            }
            found.push(v);
        }
        for (s, v) in subs.iter().zip(&found) {
            if !self.matches(s, v)? {
                return Ok(false);
            }
        }
        if !is_none(rest) {
            let copy = new_dict();
            crate::ops::call_method(&copy, "update", &[subject.clone()])?;
            let cd = as_dict(&copy).unwrap();
            for k in &key_values {
                cd.remove(k)?;
            }
            self.bind(rest, copy);
        }
        Ok(true)
    }

    fn match_class(&mut self, cls_i: &Value, pos: &[Value], kw_names: &[Value], kw: &[Value], subject: &Value) -> PyResult<bool> {
        let cls = &self.values[index(cls_i)];
        let Some(ct) = cls.downcast::<TypeObject>() else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !ops::isinstance(subject, cls)? {
            return Ok(false);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        let attr = |seen: &mut Vec<String>, name: &Value| -> PyResult<Option<Value>> {
            let n = as_str(name).unwrap_or("?").to_owned();
            if seen.contains(&n) {
                return Err(type_error(format!(
                    "{}() got multiple sub-patterns for attribute {}",
                    ct.name(),
                    ops::repr_string(name)?
                )));
            }
            seen.push(n);
            match ops::getattr_opt(subject, &crate::objects::str::intern_value(name)) {
                Ok(v) => Ok(v),
                Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => Ok(None),
                Err(e) => Err(e),
            }
        };
        if !pos.is_empty() {
            let match_args = match ops::getattr_opt(cls, &intern_static("__match_args__")) {
                Ok(v) => v,
                Err(e) if e.matches(&crate::objects::exception::ATTRIBUTE_ERROR) => None,
                Err(e) => return Err(e),
            };
            let match_self = match_args.is_none() && matches_self(ct);
            let args: Vec<Value> = match &match_args {
                Some(a) if a.is_type(&crate::objects::tuple::TUPLE_TYPE) => items(a).to_vec(),
                Some(a) => {
                    return Err(type_error(format!("{}.__match_args__ must be a tuple (got {})", ct.name(), a.ty().name())));
                }
                None => Vec::new(),
            };
            let allowed = if match_self { 1 } else { args.len() };
            if allowed < pos.len() {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    ct.name(),
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    pos.len()
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &args[..pos.len()] {
                    if as_str(name).is_none() {
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", name.ty().name())));
                    }
                    match attr(&mut seen, name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(false),
                    }
                }
            }
        }
        for name in kw_names {
            match attr(&mut seen, name)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        for (s, v) in pos.iter().chain(kw).zip(&attrs) {
            if !self.matches(s, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
