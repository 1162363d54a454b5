//! `re.Pattern` (CPython's PatternObject): the compiled code and the
//! matching methods built on the engine.

use super::constants::*;
use super::engine::{sre_match, sre_search, SreError, State};
use super::matchobj::{new_match, new_scanner};
use super::subject::{Subject, View};
use crate::error::{runtime_error, type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::clinic;
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::str::{as_str, new_str, StrObject};
use crate::objects::tuple::new_tuple;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct PatternObject {
    pub header: ObjHeader,
    /// The code words.
    pub code: Box<[u32]>,
    /// The pattern string (None when compiled from a parsed pattern).
    pub pattern: Value,
    pub flags: i64,
    /// Number of capturing groups.
    pub groups: usize,
    /// name -> index dict, when there are named groups.
    pub groupindex: Option<Value>,
    /// index -> name tuple, when there are named groups.
    pub indexgroup: Option<Value>,
    /// 1 for bytes, 0 for str, -1 when the pattern is None.
    pub isbytes: i8,
}

unsafe impl PyObj for PatternObject {
    fn class() -> &'static TypeObject {
        &PATTERN_TYPE
    }
}

pub static PATTERN_TYPE: TypeObject = TypeObject::builtin::<PatternObject>("Pattern", Some(&OBJECT_TYPE), 0).in_module("re");

/// `self` of a Pattern method.
pub fn this(args: &[Value]) -> PyResult<&PatternObject> {
    args.first().and_then(|v| v.downcast::<PatternObject>()).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 're.Pattern' object but received a '{}'",
            args.first().map_or("nothing", |v| v.ty().name())
        ))
    })
}

/// The Python error for an engine status (`pattern_error`).
pub fn engine_error(e: SreError) -> PyErr {
    match e {
        SreError::Interrupted => {
            crate::thread::ts().take_interrupt();
            PyErr::with_args(&crate::objects::exception::KEYBOARD_INTERRUPT, vec![])
        }
        SreError::Internal => runtime_error("internal error in regular expression engine"),
    }
}

impl PatternObject {
    /// `state_init`: a state over `subject[pos:endpos]`, after checking that
    /// the subject's kind matches the pattern's.
    pub fn state(&self, subj: &Subject, pos: i64, endpos: i64) -> PyResult<State> {
        if subj.is_bytes && self.isbytes == 0 {
            return Err(type_error("cannot use a string pattern on a bytes-like object"));
        }
        if !subj.is_bytes && self.isbytes > 0 {
            return Err(type_error("cannot use a bytes pattern on a string-like object"));
        }
        Ok(State::new(subj.len(), pos, endpos, self.groups))
    }

    /// `sre_match` / `sre_search` on the subject's characters.
    pub fn run(&self, st: &mut State, subj: &Subject, search: bool) -> PyResult<bool> {
        let code = &self.code[..];
        let r = match subj.chars.view() {
            View::U8(s) => {
                if search {
                    sre_search(st, s, code)
                } else {
                    st.ptr = st.start;
                    sre_match(st, s, code, 0, true)
                }
            }
            View::U32(s) => {
                if search {
                    sre_search(st, s, code)
                } else {
                    st.ptr = st.start;
                    sre_match(st, s, code, 0, true)
                }
            }
        };
        r.map_err(engine_error)
    }
}

/// Parses `(string, pos=0, endpos=sys.maxsize)`.
fn string_pos_endpos(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<(Value, i64, i64)> {
    let a = clinic::keywords(&args[1..], kw, name, &["string", "pos", "endpos"], 0, 1)?;
    let string = a[0].clone().expect("required");
    let pos = match &a[1] {
        Some(v) => clinic::ssize_arg(v)?,
        None => 0,
    };
    let endpos = match &a[2] {
        Some(v) => clinic::ssize_arg(v)?,
        None => i64::MAX,
    };
    Ok((string, pos, endpos))
}

/// match/fullmatch/search: one attempt, a Match or None.
fn one(args: &[Value], kw: Option<&Kw>, name: &str, search: bool, match_all: bool) -> PyResult<Value> {
    let p = this(args)?;
    let (string, pos, endpos) = string_pos_endpos(args, kw, name)?;
    let subj = Subject::new(&string)?;
    let mut st = p.state(&subj, pos, endpos)?;
    st.match_all = match_all;
    if p.run(&mut st, &subj, search)? {
        new_match(&args[0], &subj, &st)
    } else {
        Ok(none())
    }
}

/// `Pattern.match(string, pos=0, endpos=sys.maxsize)`.
fn pattern_match(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one(args, kw, "match", false, false)
}

/// `Pattern.fullmatch(string, pos=0, endpos=sys.maxsize)`.
fn pattern_fullmatch(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one(args, kw, "fullmatch", false, true)
}

/// `Pattern.search(string, pos=0, endpos=sys.maxsize)`.
fn pattern_search(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    one(args, kw, "search", true, false)
}

/// `Pattern.findall(string, pos=0, endpos=sys.maxsize)`.
fn pattern_findall(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this(args)?;
    let (string, pos, endpos) = string_pos_endpos(args, kw, "findall")?;
    let subj = Subject::new(&string)?;
    let mut st = p.state(&subj, pos, endpos)?;
    let mut out = Vec::new();
    while st.start <= st.end {
        st.reset();
        st.ptr = st.start;
        if !p.run(&mut st, &subj, true)? {
            break;
        }
        let item = match p.groups {
            0 => subj.slice(st.start as usize, st.ptr as usize),
            1 => group_slice(&subj, &st, 1)?,
            n => new_tuple((1..=n).map(|g| group_slice(&subj, &st, g)).collect::<PyResult<Vec<_>>>()?),
        };
        out.push(item);
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    Ok(new_list(out))
}

/// The span of group `g` of a successful state, checked the way CPython
/// checks it (a reversed span is an engine bug: SystemError).
pub fn group_span(st: &State, g: usize) -> PyResult<Option<(isize, isize)>> {
    match st.group_span(g) {
        Some((i, j)) if i > j => Err(PyErr::new(
            &crate::objects::exception::SYSTEM_ERROR,
            "The span of capturing group is wrong, please report a bug for the re module.",
        )),
        span => Ok(span),
    }
}

/// `state_getslice` with `empty`: group `g` of the state, or an empty string.
fn group_slice(subj: &Subject, st: &State, g: usize) -> PyResult<Value> {
    Ok(match group_span(st, g)? {
        Some((i, j)) => subj.slice(i as usize, j as usize),
        None => subj.slice(0, 0),
    })
}

/// `Pattern.finditer(string, pos=0, endpos=sys.maxsize)`: an iterator over
/// `scanner.search`.
fn pattern_finditer(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this(args)?;
    let (string, pos, endpos) = string_pos_endpos(args, kw, "finditer")?;
    let scanner = new_scanner(&args[0], &string, pos, endpos)?;
    let search = crate::ops::getattr_str(&scanner, "search")?;
    Ok(crate::objects::iter::new_call_iter(search, none()))
}

/// `Pattern.scanner(string, pos=0, endpos=sys.maxsize)`.
fn pattern_scanner(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this(args)?;
    let (string, pos, endpos) = string_pos_endpos(args, kw, "scanner")?;
    new_scanner(&args[0], &string, pos, endpos)
}

/// `Pattern.split(string, maxsplit=0)`.
fn pattern_split(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = this(args)?;
    let a = clinic::keywords(&args[1..], kw, "split", &["string", "maxsplit"], 0, 1)?;
    let string = a[0].clone().expect("required");
    let maxsplit = match &a[1] {
        Some(v) => clinic::ssize_arg(v)?,
        None => 0,
    };
    let subj = Subject::new(&string)?;
    let mut st = p.state(&subj, 0, i64::MAX)?;
    let mut out = Vec::new();
    let mut n = 0i64;
    let mut last = st.start;
    while maxsplit == 0 || n < maxsplit {
        st.reset();
        st.ptr = st.start;
        if !p.run(&mut st, &subj, true)? {
            break;
        }
        out.push(subj.slice(last as usize, st.start as usize));
        for g in 1..=p.groups {
            out.push(match group_span(&st, g)? {
                Some((i, j)) => subj.slice(i as usize, j as usize),
                None => none(),
            });
        }
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        last = st.start;
    }
    out.push(subj.slice(last as usize, st.endpos as usize));
    Ok(new_list(out))
}

/// Calls `re.NAME(args...)` (CPython's `call(SRE_PY_MODULE, ...)`).
pub fn call_re(name: &str, args: &[Value]) -> PyResult<Value> {
    let re = crate::import::import_module("re")?;
    let f = crate::ops::getattr_str(&re, name)?;
    crate::call::call(&f, args, None)
}

/// Joins sub()'s pieces with `PyUnicode_Join` / `_PyBytes_Join` semantics.
fn join_pieces(is_bytes: bool, items: &[Value]) -> PyResult<Value> {
    if is_bytes {
        let mut out = Vec::new();
        for (i, it) in items.iter().enumerate() {
            match crate::builtins::memoryview::view_bytes(it) {
                Some(b) => out.extend_from_slice(&b),
                None => {
                    return Err(type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        it.ty().name()
                    )))
                }
            }
        }
        Ok(new_bytes(out))
    } else {
        if items.len() == 1 && items[0].is_type(&crate::objects::str::STR_TYPE) {
            return Ok(items[0].clone());
        }
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            match as_str(it) {
                Some(s) => out.push_str(s),
                None => {
                    return Err(type_error(format!("sequence item {i}: expected str instance, {} found", it.ty().name())))
                }
            }
        }
        Ok(new_str(out))
    }
}

/// `pattern_subx`: sub and subn.
fn subx(args: &[Value], kw: Option<&Kw>, name: &str, subn: bool) -> PyResult<Value> {
    let p = this(args)?;
    let a = clinic::keywords(&args[1..], kw, name, &["repl", "string", "count"], 0, 2)?;
    let template = a[0].clone().expect("required");
    let string = a[1].clone().expect("required");
    let count = match &a[2] {
        Some(v) => clinic::ssize_arg(v)?,
        None => 0,
    };
    let (filter, callable) = if crate::call::callable(&template) {
        (template, true)
    } else {
        // A literal replacement unless it has a backslash.
        let literal = if let Some(s) = template.downcast::<StrObject>() {
            !s.as_str().contains('\\')
        } else if let Some(b) = as_bytes(&template) {
            !b.contains(&b'\\')
        } else if let Some(b) = crate::builtins::memoryview::view_bytes(&template) {
            !b.contains(&b'\\')
        } else {
            false
        };
        if literal {
            (template, false)
        } else {
            let f = call_re("_subx", &[args[0].clone(), template])?;
            let c = crate::call::callable(&f);
            (f, c)
        }
    };
    let subj = Subject::new(&string)?;
    let mut st = p.state(&subj, 0, i64::MAX)?;
    let mut pieces: Vec<Value> = Vec::new();
    let mut n = 0i64;
    let mut i = 0isize;
    while count == 0 || n < count {
        st.reset();
        st.ptr = st.start;
        if !p.run(&mut st, &subj, true)? {
            break;
        }
        let (b, e) = (st.start, st.ptr);
        if i < b {
            pieces.push(subj.slice(i as usize, b as usize));
        }
        let item = if callable {
            let m = new_match(&args[0], &subj, &st)?;
            crate::call::call(&filter, &[m], None)?
        } else {
            filter.clone()
        };
        if !is_none(&item) {
            pieces.push(item);
        }
        i = e;
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if i < st.endpos {
        pieces.push(subj.slice(i as usize, st.endpos as usize));
    }
    let joined = if pieces.is_empty() { subj.slice(0, 0) } else { join_pieces(subj.is_bytes, &pieces)? };
    if subn {
        Ok(new_tuple(vec![joined, new_int(n)]))
    } else {
        Ok(joined)
    }
}

/// `Pattern.sub(repl, string, count=0)`.
fn pattern_sub(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    subx(args, kw, "sub", false)
}

/// `Pattern.subn(repl, string, count=0)`.
fn pattern_subn(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    subx(args, kw, "subn", true)
}

/// `Pattern.__copy__()`: patterns are immutable.
fn pattern_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this(args)?;
    clinic::noargs(&args[1..], kw, "__copy__")?;
    Ok(args[0].clone())
}

/// `Pattern.__deepcopy__(memo)`.
fn pattern_deepcopy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    this(args)?;
    clinic::one_arg(&args[1..], kw, "__deepcopy__")?;
    Ok(args[0].clone())
}

/// At most `n` characters of `s` (the `%.Nx` precision of PyUnicode_FromFormat).
pub fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((b, _)) => &s[..b],
        None => s,
    }
}

/// `repr(pattern)`: `re.compile('a+', re.IGNORECASE)`.
fn pattern_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = this(args)?;
    const NAMES: &[(&str, i64)] = &[
        ("re.TEMPLATE", FLAG_TEMPLATE),
        ("re.IGNORECASE", FLAG_IGNORECASE),
        ("re.LOCALE", FLAG_LOCALE),
        ("re.MULTILINE", FLAG_MULTILINE),
        ("re.DOTALL", FLAG_DOTALL),
        ("re.UNICODE", FLAG_UNICODE),
        ("re.VERBOSE", FLAG_VERBOSE),
        ("re.DEBUG", FLAG_DEBUG),
        ("re.ASCII", FLAG_ASCII),
    ];
    let mut flags = p.flags;
    // Omit re.UNICODE for valid string patterns.
    if p.isbytes == 0 && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let mut items: Vec<String> = Vec::new();
    for &(name, v) in NAMES {
        if flags & v != 0 {
            items.push(name.to_owned());
            flags &= !v;
        }
    }
    if flags != 0 {
        items.push(format!("0x{:x}", flags as i32));
    }
    let r = crate::ops::repr_string(&p.pattern)?;
    let r = truncate_chars(&r, 200);
    if items.is_empty() {
        Ok(new_str(format!("re.compile({r})")))
    } else {
        Ok(new_str(format!("re.compile({r}, {})", items.join("|"))))
    }
}

/// `pattern_hash`: the pattern's hash mixed with the code, flags and kind.
fn pattern_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = this(args)?;
    let mut h = crate::ops::hash(&p.pattern)?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_ne_bytes()).collect();
    h ^= crate::objects::bytes::hash_bytes(&bytes);
    h ^= p.flags;
    h ^= p.isbytes as i64;
    h ^= p.code.len() as i64;
    if h == -1 {
        h = -2;
    }
    Ok(new_int(h))
}

/// `pattern_richcompare` for == and !=.
fn compare(args: &[Value], ne: bool) -> PyResult<Value> {
    let l = this(args)?;
    let Some(other) = args.get(1) else {
        return Err(type_error("expected 1 argument, got 0"));
    };
    if !other.is_type(&PATTERN_TYPE) {
        return Ok(not_implemented());
    }
    let r = other.downcast::<PatternObject>().expect("a pattern");
    let mut eq = args[0].is(other);
    if !eq {
        eq = l.flags == r.flags && l.isbytes == r.isbytes && l.code == r.code && crate::ops::eq(&l.pattern, &r.pattern)?;
    }
    Ok(new_bool(eq != ne))
}

fn pattern_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, false)
}

fn pattern_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    compare(args, true)
}

fn get_pattern(v: &Value) -> PyResult<Value> {
    Ok(this(std::slice::from_ref(v))?.pattern.clone())
}

fn get_flags(v: &Value) -> PyResult<Value> {
    Ok(new_int(this(std::slice::from_ref(v))?.flags))
}

fn get_groups(v: &Value) -> PyResult<Value> {
    Ok(new_int(this(std::slice::from_ref(v))?.groups as i64))
}

/// `groupindex`: a read-only view of the name -> index dict.
fn get_groupindex(v: &Value) -> PyResult<Value> {
    let p = this(std::slice::from_ref(v))?;
    Ok(match &p.groupindex {
        Some(d) => crate::objects::typeobj::new_mappingproxy(d.clone()),
        None => crate::objects::dict::new_dict(),
    })
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn sre_compile(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(
        args,
        kw,
        "compile",
        &["pattern", "flags", "code", "groups", "groupindex", "indexgroup"],
        0,
        6,
    )?;
    let arg = |i: usize| a[i].clone().expect("required");
    let pattern = arg(0);
    let flags = clinic::int_arg(&arg(1))? as i64;
    let code_v = arg(2);
    let Some(code_list) = crate::objects::list::as_list(&code_v) else {
        return Err(type_error(format!(
            "compile() argument 'code' must be list, not {}",
            clinic::arg_type_name(&code_v)
        )));
    };
    let groups = clinic::ssize_arg(&arg(3))?;
    let groupindex = arg(4);
    if crate::objects::dict::as_dict(&groupindex).is_none() {
        return Err(type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            clinic::arg_type_name(&groupindex)
        )));
    }
    let indexgroup = arg(5);
    if crate::objects::tuple::tuple_items(&indexgroup).is_none() {
        return Err(type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            clinic::arg_type_name(&indexgroup)
        )));
    }
    let items: Vec<Value> = crate::ops::collect(&code_v)?;
    let _ = code_list;
    let mut code = Vec::with_capacity(items.len());
    for o in &items {
        let v = code_word(o)?;
        code.push(v);
    }
    let isbytes: i8 = if is_none(&pattern) {
        -1
    } else {
        i8::from(Subject::new(&pattern)?.is_bytes)
    };
    let gi = crate::objects::dict::as_dict(&groupindex).expect("a dict");
    let (groupindex, indexgroup) = if !gi.is_empty() {
        let ig = if crate::objects::tuple::tuple_items(&indexgroup).is_some_and(|t| !t.is_empty()) {
            Some(indexgroup)
        } else {
            None
        };
        (Some(groupindex), ig)
    } else {
        (None, None)
    };
    if !super::validate::validate(&code, groups) {
        return Err(runtime_error("invalid SRE code"));
    }
    Ok(crate::types::new_object(PatternObject {
        header: ObjHeader::new(std::ptr::null()),
        code: code.into_boxed_slice(),
        pattern,
        flags,
        groups: groups as usize,
        groupindex,
        indexgroup,
        isbytes,
    }))
}

/// One code word: `PyLong_AsUnsignedLong` truncated to 32 bits (OverflowError
/// when it does not fit).
fn code_word(o: &Value) -> PyResult<u32> {
    let Some(i) = crate::objects::int::int_val(o) else {
        return Err(type_error(format!("an integer is required (got type {})", o.ty().name())));
    };
    let big = i.to_big();
    if big < 0 {
        return Err(crate::error::overflow_error("can't convert negative value to unsigned int"));
    }
    match u32::try_from(&big) {
        Ok(v) => Ok(v),
        Err(_) => {
            if u64::try_from(&big).is_ok() {
                Err(crate::error::overflow_error("regular expression code size limit exceeded"))
            } else {
                Err(crate::error::overflow_error("Python int too large to convert to C unsigned long"))
            }
        }
    }
}

pub fn init() {
    crate::types::init_builtin_type(&PATTERN_TYPE);
    let t = &PATTERN_TYPE;
    build::doc(t, "Compiled regular expression object.");
    build::method(t, "match", pattern_match);
    build::method(t, "fullmatch", pattern_fullmatch);
    build::method(t, "search", pattern_search);
    build::method(t, "sub", pattern_sub);
    build::method(t, "subn", pattern_subn);
    build::method(t, "findall", pattern_findall);
    build::method(t, "split", pattern_split);
    build::method(t, "finditer", pattern_finditer);
    build::method(t, "scanner", pattern_scanner);
    build::method(t, "__copy__", pattern_copy);
    build::method(t, "__deepcopy__", pattern_deepcopy);
    build::method(t, "__repr__", pattern_repr);
    build::method(t, "__hash__", pattern_hash);
    build::method(t, "__eq__", pattern_eq);
    build::method(t, "__ne__", pattern_ne);
    build::classmethod(t, "__class_getitem__", super::class_getitem);
    build::getset(t, "pattern", get_pattern, None);
    build::getset(t, "flags", get_flags, None);
    build::getset(t, "groups", get_groups, None);
    build::getset(t, "groupindex", get_groupindex, None);
}
