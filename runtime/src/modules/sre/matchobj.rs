//! `re.Match` (CPython's MatchObject) and `_sre.SRE_Scanner`.

use super::engine::State;
use super::pattern::{call_re, this as pattern_this, truncate_chars, PatternObject};
use super::subject::{slice_chars, Chars, Subject};
use crate::error::{index_error, type_error, PyResult};
use crate::objects::bool_none::none;
use crate::objects::clinic;
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[repr(C)]
pub struct MatchObject {
    pub header: ObjHeader,
    /// The Pattern that made the match.
    pattern: Value,
    /// The subject as given.
    string: Value,
    is_bytes: bool,
    chars: Rc<Chars>,
    /// Start and end of group 0, 1, ... (-1 for groups that did not match).
    marks: Box<[isize]>,
    pos: isize,
    endpos: isize,
    lastindex: isize,
    regs: RefCell<Option<Value>>,
}

unsafe impl PyObj for MatchObject {
    fn class() -> &'static TypeObject {
        &MATCH_TYPE
    }
}

pub static MATCH_TYPE: TypeObject = TypeObject::builtin::<MatchObject>("Match", Some(&OBJECT_TYPE), 0).in_module("re");

/// `pattern_new_match`: a Match from a successful state.
pub fn new_match(pattern: &Value, subj: &Subject, st: &State) -> PyResult<Value> {
    let p = pattern.downcast::<PatternObject>().expect("a pattern");
    let mut marks = Vec::with_capacity(2 * (p.groups + 1));
    marks.push(st.start);
    marks.push(st.ptr);
    for g in 1..=p.groups {
        match super::pattern::group_span(st, g)? {
            Some((i, j)) => {
                marks.push(i);
                marks.push(j);
            }
            None => {
                marks.push(-1);
                marks.push(-1);
            }
        }
    }
    Ok(crate::types::new_object(MatchObject {
        header: ObjHeader::new(std::ptr::null()),
        pattern: pattern.clone(),
        string: subj.obj.clone(),
        is_bytes: subj.is_bytes,
        chars: subj.chars.clone(),
        marks: marks.into_boxed_slice(),
        pos: st.pos,
        endpos: st.endpos,
        lastindex: st.lastindex,
        regs: RefCell::new(None),
    }))
}

fn this(args: &[Value]) -> PyResult<&MatchObject> {
    args.first().and_then(|v| v.downcast::<MatchObject>()).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 're.Match' object but received a '{}'",
            args.first().map_or("nothing", |v| v.ty().name())
        ))
    })
}

impl MatchObject {
    fn pat(&self) -> &PatternObject {
        self.pattern.downcast::<PatternObject>().expect("a pattern")
    }

    /// Number of groups including group 0.
    fn ngroups(&self) -> usize {
        self.marks.len() / 2
    }

    /// `match_getslice_by_index`: group `index`'s text, or `def`.
    fn slice_by_index(&self, index: usize, def: &Value) -> Value {
        let (i, j) = (self.marks[2 * index], self.marks[2 * index + 1]);
        if i < 0 {
            return def.clone();
        }
        slice_chars(&self.string, self.is_bytes, &self.chars, i as usize, j as usize)
    }

    /// `match_getindex`: a group number from an int or a group name.
    fn index(&self, index: &Value) -> PyResult<usize> {
        let i: i64 = if crate::ops::index_opt(index)?.is_some() {
            ssize_clip(index)?
        } else {
            let mut i = -1;
            if let Some(gi) = &self.pat().groupindex {
                let d = crate::objects::dict::as_dict(gi).expect("a dict");
                if let Some(v) = d.get(index)? {
                    if let Some(n) = crate::objects::int::int_val(&v) {
                        i = n.as_i64().unwrap_or(-1);
                    }
                }
            }
            i
        };
        if i < 0 || i as usize >= self.ngroups() {
            return Err(index_error("no such group"));
        }
        Ok(i as usize)
    }

    /// `match_getslice`.
    fn slice(&self, index: &Value, def: &Value) -> PyResult<Value> {
        let i = self.index(index)?;
        Ok(self.slice_by_index(i, def))
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: an index clipped to the ssize range.
fn ssize_clip(v: &Value) -> PyResult<i64> {
    let i = crate::ops::index(v)?;
    Ok(match crate::objects::int::int_val(&i) {
        Some(x) => x.as_i64().unwrap_or(if x.to_big() < 0 { i64::MIN } else { i64::MAX }),
        None => 0,
    })
}

/// `Match.group([group1, ...])`.
fn match_group(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = this(args)?;
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(type_error("group() takes no keyword arguments"));
    }
    let a = &args[1..];
    match a.len() {
        0 => Ok(m.slice_by_index(0, &none())),
        1 => m.slice(&a[0], &none()),
        _ => {
            let mut out = Vec::with_capacity(a.len());
            for g in a {
                out.push(m.slice(g, &none())?);
            }
            Ok(new_tuple(out))
        }
    }
}

/// `Match.__getitem__(g)`: `m[g]` is `m.group(g)`.
fn match_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = this(args)?;
    let Some(g) = args.get(1) else {
        return Err(type_error("expected 1 argument, got 0"));
    };
    m.slice(g, &none())
}

/// `Match.groups(default=None)`.
fn match_groups(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = this(args)?;
    let a = clinic::keywords(&args[1..], kw, "groups", &["default"], 0, 0)?;
    let def = a[0].clone().unwrap_or_else(none);
    Ok(new_tuple((1..m.ngroups()).map(|i| m.slice_by_index(i, &def)).collect()))
}

/// `Match.groupdict(default=None)`.
fn match_groupdict(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = this(args)?;
    let a = clinic::keywords(&args[1..], kw, "groupdict", &["default"], 0, 0)?;
    let def = a[0].clone().unwrap_or_else(none);
    let out = crate::objects::dict::new_dict();
    if let Some(gi) = &m.pat().groupindex {
        let d = crate::objects::dict::as_dict(gi).expect("a dict");
        let od = crate::objects::dict::as_dict(&out).expect("a dict");
        for (k, _) in d.items() {
            let v = m.slice(&k, &def)?;
            od.set(k, v)?;
        }
    }
    Ok(out)
}

/// The optional `group` argument of start/end/span.
fn group_arg(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<usize> {
    let m = this(args)?;
    clinic::positional(&args[1..], kw, name, name, 0, 1)?;
    match args.get(1) {
        Some(g) => m.index(g),
        None => Ok(0),
    }
}

/// `Match.start(group=0)`.
fn match_start(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let i = group_arg(args, kw, "start")?;
    Ok(new_int(this(args)?.marks[2 * i] as i64))
}

/// `Match.end(group=0)`.
fn match_end(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let i = group_arg(args, kw, "end")?;
    Ok(new_int(this(args)?.marks[2 * i + 1] as i64))
}

fn pair(a: isize, b: isize) -> Value {
    new_tuple(vec![new_int(a as i64), new_int(b as i64)])
}

/// `Match.span(group=0)`.
fn match_span(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let i = group_arg(args, kw, "span")?;
    let m = this(args)?;
    Ok(pair(m.marks[2 * i], m.marks[2 * i + 1]))
}

/// `Match.expand(template)`: `re._expand(pattern, match, template)`.
fn match_expand(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = this(args)?;
    let a = clinic::keywords(&args[1..], kw, "expand", &["template"], 0, 1)?;
    call_re("_expand", &[m.pattern.clone(), args[0].clone(), a[0].clone().expect("required")])
}

/// `Match.__copy__()`.
fn match_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this(args)?;
    clinic::noargs(&args[1..], kw, "__copy__")?;
    Ok(args[0].clone())
}

/// `Match.__deepcopy__(memo)`.
fn match_deepcopy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this(args)?;
    clinic::one_arg(&args[1..], kw, "__deepcopy__")?;
    Ok(args[0].clone())
}

/// `repr(match)`: `<re.Match object; span=(0, 3), match='abc'>`.
fn match_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = this(args)?;
    let g0 = m.slice_by_index(0, &none());
    let r = crate::ops::repr_string(&g0)?;
    Ok(new_str(format!(
        "<re.Match object; span=({}, {}), match={}>",
        m.marks[0],
        m.marks[1],
        truncate_chars(&r, 50)
    )))
}

fn get_lastindex(v: &Value) -> PyResult<Value> {
    let m = this(std::slice::from_ref(v))?;
    Ok(if m.lastindex >= 0 { new_int(m.lastindex as i64) } else { none() })
}

fn get_lastgroup(v: &Value) -> PyResult<Value> {
    let m = this(std::slice::from_ref(v))?;
    if let Some(ig) = &m.pat().indexgroup {
        let items = crate::objects::tuple::tuple_items(ig).unwrap_or(&[]);
        if m.lastindex >= 0 && (m.lastindex as usize) < items.len() {
            return Ok(items[m.lastindex as usize].clone());
        }
    }
    Ok(none())
}

fn get_regs(v: &Value) -> PyResult<Value> {
    let m = this(std::slice::from_ref(v))?;
    if let Some(r) = m.regs.borrow().as_ref() {
        return Ok(r.clone());
    }
    let regs = new_tuple((0..m.ngroups()).map(|i| pair(m.marks[2 * i], m.marks[2 * i + 1])).collect());
    *m.regs.borrow_mut() = Some(regs.clone());
    Ok(regs)
}

fn get_string(v: &Value) -> PyResult<Value> {
    Ok(this(std::slice::from_ref(v))?.string.clone())
}

fn get_re(v: &Value) -> PyResult<Value> {
    Ok(this(std::slice::from_ref(v))?.pattern.clone())
}

fn get_pos(v: &Value) -> PyResult<Value> {
    Ok(new_int(this(std::slice::from_ref(v))?.pos as i64))
}

fn get_endpos(v: &Value) -> PyResult<Value> {
    Ok(new_int(this(std::slice::from_ref(v))?.endpos as i64))
}

#[repr(C)]
pub struct ScannerObject {
    pub header: ObjHeader,
    pattern: Value,
    subject: Subject,
    state: RefCell<State>,
    /// The state's start is NULL: the scanner is exhausted.
    done: Cell<bool>,
    executing: Cell<bool>,
}

unsafe impl PyObj for ScannerObject {
    fn class() -> &'static TypeObject {
        &SCANNER_TYPE
    }
}

pub static SCANNER_TYPE: TypeObject =
    TypeObject::builtin::<ScannerObject>("SRE_Scanner", Some(&OBJECT_TYPE), 0).in_module("_sre");

/// `pattern_scanner`: a scanner over `string[pos:endpos]`.
pub fn new_scanner(pattern: &Value, string: &Value, pos: i64, endpos: i64) -> PyResult<Value> {
    let p = pattern_this(std::slice::from_ref(pattern))?;
    let subject = Subject::new(string)?;
    let st = p.state(&subject, pos, endpos)?;
    Ok(crate::types::new_object(ScannerObject {
        header: ObjHeader::new(std::ptr::null()),
        pattern: pattern.clone(),
        subject,
        state: RefCell::new(st),
        done: Cell::new(false),
        executing: Cell::new(false),
    }))
}

fn scanner_this(args: &[Value]) -> PyResult<&ScannerObject> {
    args.first().and_then(|v| v.downcast::<ScannerObject>()).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_sre.SRE_Scanner' object but received a '{}'",
            args.first().map_or("nothing", |v| v.ty().name())
        ))
    })
}

/// SRE_Scanner.match / .search: the next match from where the last ended.
fn scan(args: &[Value], kw: Option<&Kw>, name: &str, search: bool) -> PyResult<Value> {
    let s = scanner_this(args)?;
    clinic::noargs(&args[1..], kw, name)?;
    if s.executing.get() {
        return Err(crate::error::value_error("regular expression scanner already executing"));
    }
    if s.done.get() {
        return Ok(none());
    }
    s.executing.set(true);
    let p = s.pattern.downcast::<PatternObject>().expect("a pattern");
    let mut st = s.state.borrow_mut();
    st.reset();
    st.ptr = st.start;
    let r = p.run(&mut st, &s.subject, search);
    s.executing.set(false);
    let found = r?;
    if !found {
        s.done.set(true);
        return Ok(none());
    }
    let m = new_match(&s.pattern, &s.subject, &st);
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
    m
}

fn scanner_match(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    scan(args, kw, "match", false)
}

fn scanner_search(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    scan(args, kw, "search", true)
}

fn get_scanner_pattern(v: &Value) -> PyResult<Value> {
    Ok(scanner_this(std::slice::from_ref(v))?.pattern.clone())
}

pub fn init() {
    crate::types::init_builtin_type(&MATCH_TYPE);
    let t = &MATCH_TYPE;
    build::doc(t, "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.");
    build::method(t, "group", match_group);
    build::method(t, "start", match_start);
    build::method(t, "end", match_end);
    build::method(t, "span", match_span);
    build::method(t, "groups", match_groups);
    build::method(t, "groupdict", match_groupdict);
    build::method(t, "expand", match_expand);
    build::method(t, "__copy__", match_copy);
    build::method(t, "__deepcopy__", match_deepcopy);
    build::method(t, "__repr__", match_repr);
    build::method(t, "__getitem__", match_getitem);
    build::classmethod(t, "__class_getitem__", super::class_getitem);
    build::getset(t, "lastindex", get_lastindex, None);
    build::getset(t, "lastgroup", get_lastgroup, None);
    build::getset(t, "regs", get_regs, None);
    build::getset(t, "string", get_string, None);
    build::getset(t, "re", get_re, None);
    build::getset(t, "pos", get_pos, None);
    build::getset(t, "endpos", get_endpos, None);

    crate::types::init_builtin_type(&SCANNER_TYPE);
    let t = &SCANNER_TYPE;
    build::method(t, "match", scanner_match);
    build::method(t, "search", scanner_search);
    build::getset(t, "pattern", get_scanner_pattern, None);
}
