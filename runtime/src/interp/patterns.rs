//! Structural pattern matching (`match` statements): the interpreter of the
//! pattern descriptions the compiler emits for MatchPattern (see
//! `Compiler::pattern_desc`), with CPython's matching rules and errors.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::str::{as_str, intern};
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

/// Is this a sequence for pattern matching (CPython's Py_TPFLAGS_SEQUENCE):
/// list, tuple, range and the like, but not str, bytes or bytearray?
fn is_sequence(v: &Value) -> bool {
    let t = v.ty();
    if t.is_subtype(&crate::objects::list::LIST_TYPE)
        || t.is_subtype(&crate::objects::tuple::TUPLE_TYPE)
        || t.is_subtype(&crate::objects::range::RANGE_TYPE)
    {
        return true;
    }
    t.mro().iter().any(|&m| {
        let m = unsafe { &*m };
        [&crate::modules::collections::DEQUE_TYPE, &crate::modules::array::ARRAY_TYPE, &crate::builtins::memoryview::MEMORYVIEW_TYPE]
            .iter()
            .any(|t| std::ptr::eq(m, *t))
    }) || abc_flags(t) == Some(ABC_SEQUENCE)
}

const ABC_SEQUENCE: i64 = 1 << 5;
const ABC_MAPPING: i64 = 1 << 6;

/// The collection flags a class inherits from `collections.abc`: the
/// `__abc_tpflags__` of Sequence and Mapping, which CPython's `_abc` turns
/// into type flags that subclasses inherit.
fn abc_flags(t: &TypeObject) -> Option<i64> {
    if !t.is_heap() {
        return None;
    }
    let key = intern("__abc_tpflags__");
    t.mro().iter().find_map(|&m| {
        let m = unsafe { &*m };
        m.dict().get_str(&key).and_then(|f| crate::objects::int::as_i64(&f)).map(|f| f & (ABC_SEQUENCE | ABC_MAPPING))
    })
}

/// Is this a mapping for pattern matching (dict and its subclasses, mappingproxy)?
fn is_mapping(v: &Value) -> bool {
    as_dict(v).is_some() || v.ty().is_subtype(&crate::objects::typeobj::MAPPINGPROXY_TYPE) || abc_flags(v.ty()) == Some(ABC_MAPPING)
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

    fn match_sequence(&mut self, subs: &[Value], subject: &Value) -> PyResult<bool> {
        if !is_sequence(subject) {
            return Ok(false);
        }
        let star = subs.iter().position(|s| items(s).first().and_then(as_str) == Some("*"));
        let n = ops::len(subject)?;
        match star {
            None if n != subs.len() => return Ok(false),
            Some(_) if n < subs.len() - 1 => return Ok(false),
            _ => {}
        }
        let elems = ops::collect(subject)?;
        if elems.len() != n {
            return Ok(false);
        }
        match star {
            None => {
                for (s, e) in subs.iter().zip(&elems) {
                    if !self.matches(s, e)? {
                        return Ok(false);
                    }
                }
            }
            Some(k) => {
                let after = subs.len() - k - 1;
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
        let get = ops::getattr(subject, &intern("get"))?;
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
            let match_args = match ops::getattr_opt(cls, &intern("__match_args__")) {
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
