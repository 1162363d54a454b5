//! The `_csv` module of CPython 3.11 (Modules/_csv.c): `Dialect`, the
//! `reader` and `writer` objects with CPython's parsing state machine and
//! quoting rules, the dialect registry and `field_size_limit`, with the C
//! module's error messages. `Lib/csv.py` (DictReader, DictWriter, Sniffer)
//! runs on top.

use crate::error::{attribute_error, type_error, PyErr, PyResult};
use crate::modules::support::{cls_arg, native_type, this};
use crate::objects::bool_none::{is_none, new_bool, none};
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::{int_val, new_int, INT_TYPE};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::ops;
use crate::types::{alloc_object, build, new_object, TypeObject, BASETYPE};
use crate::value::{ObjHeader, Value};
use std::cell::{Cell, RefCell};

const QUOTE_MINIMAL: i32 = 0;
const QUOTE_ALL: i32 = 1;
const QUOTE_NONNUMERIC: i32 = 2;
const QUOTE_NONE: i32 = 3;

fn hdr() -> ObjHeader {
    ObjHeader::new(std::ptr::null())
}

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static DIALECTS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

/// The `_csv.Error` class, created on first use.
fn error_class() -> Value {
    ERROR.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                crate::modules::support::new_exception_class("_csv", "Error", &crate::objects::exception::EXCEPTION)
            })
            .clone()
    })
}

fn csv_error(msg: impl Into<String>) -> PyErr {
    let cls = error_class();
    PyErr::new(cls.downcast::<TypeObject>().expect("_csv.Error is a class"), msg)
}

/// The dialect registry (`_csv._dialects`).
fn dialects() -> Value {
    DIALECTS.with(|d| d.borrow_mut().get_or_insert_with(new_dict).clone())
}

// ----- Dialect -----------------------------------------------------------------------

#[repr(C)]
pub struct DialectObject {
    header: ObjHeader,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
    quoting: i32,
    delimiter: Option<char>,
    quotechar: Option<char>,
    escapechar: Option<char>,
    lineterminator: Vec<char>,
    lineterminator_obj: Value,
}
native_type!(DIALECT_TYPE, "_csv", "Dialect", DialectObject, BASETYPE);

const DIALECT_KWS: [&str; 9] =
    ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

fn set_char(name: &str, src: Option<&Value>, dflt: char) -> PyResult<Option<char>> {
    let Some(src) = src else { return Ok(Some(dflt)) };
    let Some(s) = as_str(src) else {
        return Err(type_error(format!("\"{name}\" must be string, not {}", src.ty().name())));
    };
    one_char(name, s).map(Some)
}

fn one_char(name: &str, s: &str) -> PyResult<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(format!("\"{name}\" must be a 1-character string"))),
    }
}

fn set_char_or_none(name: &str, src: Option<&Value>, dflt: Option<char>) -> PyResult<Option<char>> {
    let Some(src) = src else { return Ok(dflt) };
    if is_none(src) {
        return Ok(None);
    }
    let Some(s) = as_str(src) else {
        return Err(type_error(format!("\"{name}\" must be string or None, not {}", src.ty().name())));
    };
    one_char(name, s).map(Some)
}

fn set_bool(src: Option<&Value>, dflt: bool) -> PyResult<bool> {
    match src {
        None => Ok(dflt),
        Some(v) => ops::truthy(v),
    }
}

fn set_int(name: &str, src: Option<&Value>, dflt: i32) -> PyResult<i32> {
    let Some(src) = src else { return Ok(dflt) };
    if !std::ptr::eq(src.ty(), &INT_TYPE) {
        return Err(type_error(format!("\"{name}\" must be an integer")));
    }
    let v = int_val(src).and_then(|i| i.as_i64()).filter(|v| i32::try_from(*v).is_ok());
    match v {
        Some(v) => Ok(v as i32),
        None => Err(crate::error::overflow_error("Python int too large to convert to C int")),
    }
}

/// `_csv.Dialect(dialect=None, **fmtparams)`.
fn dialect_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = cls_arg(args)?;
    let args = &args[1..];
    let nkw = kw.map_or(0, |k| k.len());
    if args.len() + nkw > DIALECT_KWS.len() {
        return Err(type_error(format!("function takes at most 9 arguments ({} given)", args.len() + nkw)));
    }
    let mut p: Vec<Option<Value>> = vec![None; DIALECT_KWS.len()];
    for (i, a) in args.iter().enumerate() {
        p[i] = Some(a.clone());
    }
    if let Some(kw) = kw {
        for (k, v) in kw.iter() {
            match DIALECT_KWS.iter().position(|n| *n == k) {
                Some(i) if p[i].is_some() => {
                    return Err(type_error(format!(
                        "argument for function given by name ('{k}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) => p[i] = Some(v.clone()),
                None => return Err(type_error(format!("'{k}' is an invalid keyword argument for this function"))),
            }
        }
    }
    let mut dialect = p[0].take();
    if let Some(d) = &dialect {
        if as_str(d).is_some() {
            dialect = Some(get_dialect_from_registry(d)?);
        }
    }
    if let Some(d) = &dialect {
        if d.ty().is_subtype(&DIALECT_TYPE) && p[1..].iter().all(|x| x.is_none()) {
            return Ok(d.clone());
        }
        for (i, name) in DIALECT_KWS.iter().enumerate().skip(1) {
            if p[i].is_none() {
                p[i] = ops::getattr_str(d, name).ok();
            }
        }
    }
    let delimiter = set_char("delimiter", p[1].as_ref(), ',')?;
    let doublequote = set_bool(p[2].as_ref(), true)?;
    let escapechar = set_char_or_none("escapechar", p[3].as_ref(), None)?;
    let lineterminator = match &p[4] {
        None => Some(new_str("\r\n")),
        Some(v) if is_none(v) => None,
        Some(v) if as_str(v).is_some() => Some(v.clone()),
        Some(_) => return Err(type_error("\"lineterminator\" must be a string")),
    };
    let quotechar = set_char_or_none("quotechar", p[5].as_ref(), Some('"'))?;
    let mut quoting = set_int("quoting", p[6].as_ref(), QUOTE_MINIMAL)?;
    let skipinitialspace = set_bool(p[7].as_ref(), false)?;
    let strict = set_bool(p[8].as_ref(), false)?;
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&quoting) {
        return Err(type_error("bad \"quoting\" value"));
    }
    if delimiter.is_none() {
        return Err(type_error("\"delimiter\" must be a 1-character string"));
    }
    if p[5].as_ref().is_some_and(is_none) && p[6].is_none() {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar.is_none() {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    let Some(lineterminator_obj) = lineterminator else {
        return Err(type_error("lineterminator must be set"));
    };
    let lineterminator = as_str(&lineterminator_obj).unwrap_or("").chars().collect();
    Ok(alloc_object(
        cls,
        DialectObject {
            header: hdr(),
            doublequote,
            skipinitialspace,
            strict,
            quoting,
            delimiter,
            quotechar,
            escapechar,
            lineterminator,
            lineterminator_obj,
        },
    ))
}

/// The dialect of a reader or writer (`call_dialect` checked its type).
fn dialect_of(v: &Value) -> &DialectObject {
    unsafe { v.downcast_unchecked::<DialectObject>() }
}

fn char_or_none(c: Option<char>) -> Value {
    match c {
        Some(c) => new_str(c.to_string()),
        None => none(),
    }
}

fn d_delimiter(v: &Value) -> PyResult<Value> {
    Ok(char_or_none(this::<DialectObject>(std::slice::from_ref(v))?.delimiter))
}
fn d_quotechar(v: &Value) -> PyResult<Value> {
    Ok(char_or_none(this::<DialectObject>(std::slice::from_ref(v))?.quotechar))
}
fn d_escapechar(v: &Value) -> PyResult<Value> {
    Ok(char_or_none(this::<DialectObject>(std::slice::from_ref(v))?.escapechar))
}
fn d_lineterminator(v: &Value) -> PyResult<Value> {
    Ok(this::<DialectObject>(std::slice::from_ref(v))?.lineterminator_obj.clone())
}
fn d_quoting(v: &Value) -> PyResult<Value> {
    Ok(new_int(this::<DialectObject>(std::slice::from_ref(v))?.quoting as i64))
}
fn d_doublequote(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this::<DialectObject>(std::slice::from_ref(v))?.doublequote))
}
fn d_skipinitialspace(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this::<DialectObject>(std::slice::from_ref(v))?.skipinitialspace))
}
fn d_strict(v: &Value) -> PyResult<Value> {
    Ok(new_bool(this::<DialectObject>(std::slice::from_ref(v))?.strict))
}

/// The setter of a read-only member (`PyMemberDef` with `READONLY`).
fn readonly(_v: &Value, _new: Option<&Value>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

fn dialect_reduce_ex(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = args.first().map_or_else(|| "Dialect".to_owned(), crate::modules::support::type_name);
    Err(type_error(format!("cannot pickle '{t}' instances")))
}

fn get_dialect_from_registry(name: &Value) -> PyResult<Value> {
    let d = dialects();
    match as_dict(&d).expect("registry is a dict").get(name)? {
        Some(v) => Ok(v),
        None => Err(csv_error("unknown dialect")),
    }
}

/// `_call_dialect`: `Dialect(dialect, **kwargs)` or `Dialect(**kwargs)`.
fn call_dialect(dialect: Option<&Value>, kw: Option<&Kw>) -> PyResult<Value> {
    let t = DIALECT_TYPE.as_value();
    let d = match dialect {
        Some(d) => crate::call::call(&t, std::slice::from_ref(d), kw)?,
        None => crate::call::call(&t, &[], kw)?,
    };
    if d.downcast::<DialectObject>().is_none() {
        return Err(type_error("dialect must be a _csv.Dialect"));
    }
    Ok(d)
}

/// `PyArg_UnpackTuple(args, "", min, max, ...)`.
fn unpack(args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!(" expected {at}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!(" expected {at}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

// ----- reader -----------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct Parser {
    fields: Vec<Value>,
    field: Vec<char>,
    state: State,
    numeric_field: bool,
}

#[repr(C)]
pub struct ReaderObject {
    header: ObjHeader,
    input_iter: Value,
    dialect: Value,
    line_num: Cell<i64>,
    parser: RefCell<Parser>,
}
native_type!(READER_TYPE, "_csv", "reader", ReaderObject, 0);

/// A character of the input, or the end of a line (CPython's `EOL`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ch {
    C(char),
    Eol,
}

impl Parser {
    fn reset(&mut self) {
        self.fields = Vec::new();
        self.field.clear();
        self.state = State::StartRecord;
        self.numeric_field = false;
    }

    fn save_field(&mut self) -> PyResult<()> {
        let s: String = self.field.drain(..).collect();
        let mut v = new_str(s);
        if self.numeric_field {
            self.numeric_field = false;
            v = crate::call::call(&crate::objects::float::FLOAT_TYPE.as_value(), &[v], None)?;
        }
        self.fields.push(v);
        Ok(())
    }

    fn add_char(&mut self, c: char) -> PyResult<()> {
        let limit = FIELD_LIMIT.with(|l| l.get());
        if self.field.len() as i64 >= limit {
            return Err(csv_error(format!("field larger than field limit ({limit})")));
        }
        self.field.push(c);
        Ok(())
    }

    fn process(&mut self, d: &DialectObject, ch: Ch) -> PyResult<()> {
        let is = |o: Option<char>| matches!((ch, o), (Ch::C(c), Some(x)) if c == x);
        let nl = matches!(ch, Ch::C('\n' | '\r'));
        let eol_state = if ch == Ch::Eol { State::StartRecord } else { State::EatCrnl };
        let quoting_on = d.quoting != QUOTE_NONE;
        let mut state = self.state;
        loop {
            match state {
                State::StartRecord => {
                    if ch == Ch::Eol {
                        return Ok(());
                    }
                    if nl {
                        self.state = State::EatCrnl;
                        return Ok(());
                    }
                    self.state = State::StartField;
                    state = State::StartField;
                    continue;
                }
                State::StartField => {
                    if nl || ch == Ch::Eol {
                        self.save_field()?;
                        self.state = eol_state;
                    } else if is(d.quotechar) && quoting_on {
                        self.state = State::InQuotedField;
                    } else if is(d.escapechar) {
                        self.state = State::EscapedChar;
                    } else if ch == Ch::C(' ') && d.skipinitialspace {
                    } else if is(d.delimiter) {
                        self.save_field()?;
                    } else {
                        if d.quoting == QUOTE_NONNUMERIC {
                            self.numeric_field = true;
                        }
                        if let Ch::C(c) = ch {
                            self.add_char(c)?;
                        }
                        self.state = State::InField;
                    }
                }
                State::EscapedChar => {
                    if let (true, Ch::C(c)) = (nl, ch) {
                        self.add_char(c)?;
                        self.state = State::AfterEscapedCrnl;
                        return Ok(());
                    }
                    let c = match ch {
                        Ch::C(c) => c,
                        Ch::Eol => '\n',
                    };
                    self.add_char(c)?;
                    self.state = State::InField;
                }
                State::AfterEscapedCrnl | State::InField => {
                    if state == State::AfterEscapedCrnl && ch == Ch::Eol {
                        return Ok(());
                    }
                    if nl || ch == Ch::Eol {
                        self.save_field()?;
                        self.state = eol_state;
                    } else if is(d.escapechar) {
                        self.state = State::EscapedChar;
                    } else if is(d.delimiter) {
                        self.save_field()?;
                        self.state = State::StartField;
                    } else if let Ch::C(c) = ch {
                        self.add_char(c)?;
                    }
                }
                State::InQuotedField => {
                    if ch == Ch::Eol {
                    } else if is(d.escapechar) {
                        self.state = State::EscapeInQuotedField;
                    } else if is(d.quotechar) && quoting_on {
                        self.state = if d.doublequote { State::QuoteInQuotedField } else { State::InField };
                    } else if let Ch::C(c) = ch {
                        self.add_char(c)?;
                    }
                }
                State::EscapeInQuotedField => {
                    let c = match ch {
                        Ch::C(c) => c,
                        Ch::Eol => '\n',
                    };
                    self.add_char(c)?;
                    self.state = State::InQuotedField;
                }
                State::QuoteInQuotedField => {
                    if quoting_on && is(d.quotechar) {
                        if let Ch::C(c) = ch {
                            self.add_char(c)?;
                        }
                        self.state = State::InQuotedField;
                    } else if is(d.delimiter) {
                        self.save_field()?;
                        self.state = State::StartField;
                    } else if nl || ch == Ch::Eol {
                        self.save_field()?;
                        self.state = eol_state;
                    } else if !d.strict {
                        if let Ch::C(c) = ch {
                            self.add_char(c)?;
                        }
                        self.state = State::InField;
                    } else {
                        return Err(csv_error(format!(
                            "'{}' expected after '{}'",
                            d.delimiter.unwrap_or(','),
                            d.quotechar.unwrap_or('"')
                        )));
                    }
                }
                State::EatCrnl => {
                    if nl {
                    } else if ch == Ch::Eol {
                        self.state = State::StartRecord;
                    } else {
                        return Err(csv_error(
                            "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
                        ));
                    }
                }
            }
            return Ok(());
        }
    }
}

fn reader_next(it: &Value) -> PyResult<Option<Value>> {
    let r = unsafe { it.downcast_unchecked::<ReaderObject>() };
    let d = dialect_of(&r.dialect);
    r.parser.try_borrow_mut().map_err(|_| crate::error::runtime_error("reader is already running"))?.reset();
    loop {
        let line = match ops::next(&r.input_iter)? {
            Some(l) => l,
            None => {
                let mut p = r.parser.borrow_mut();
                if !p.field.is_empty() || p.state == State::InQuotedField {
                    if d.strict {
                        return Err(csv_error("unexpected end of data"));
                    }
                    p.save_field()?;
                    break;
                }
                return Ok(None);
            }
        };
        let Some(s) = as_str(&line) else {
            return Err(csv_error(format!(
                "iterator should return strings, not {} (the file should be opened in text mode)",
                line.ty().name()
            )));
        };
        r.line_num.set(r.line_num.get() + 1);
        let mut p = r.parser.try_borrow_mut().map_err(|_| crate::error::runtime_error("reader is already running"))?;
        for c in s.chars() {
            p.process(d, Ch::C(c))?;
        }
        p.process(d, Ch::Eol)?;
        if p.state == State::StartRecord {
            break;
        }
    }
    let fields = std::mem::take(&mut r.parser.borrow_mut().fields);
    Ok(Some(new_list(fields)))
}

/// `reader(iterable, dialect='excel', **fmtparams)`.
fn csv_reader(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    unpack(args, 1, 2)?;
    let input_iter = ops::iter(&args[0])?;
    let dialect = call_dialect(args.get(1), kw)?;
    Ok(new_object(ReaderObject {
        header: hdr(),
        input_iter,
        dialect,
        line_num: Cell::new(0),
        parser: RefCell::new(Parser { fields: Vec::new(), field: Vec::new(), state: State::StartRecord, numeric_field: false }),
    }))
}

fn reader_dialect(v: &Value) -> PyResult<Value> {
    Ok(this::<ReaderObject>(std::slice::from_ref(v))?.dialect.clone())
}

fn reader_line_num(v: &Value) -> PyResult<Value> {
    Ok(new_int(this::<ReaderObject>(std::slice::from_ref(v))?.line_num.get()))
}

// ----- writer -----------------------------------------------------------------------

#[repr(C)]
pub struct WriterObject {
    header: ObjHeader,
    write: Value,
    dialect: Value,
}
native_type!(WRITER_TYPE, "_csv", "writer", WriterObject, 0);

/// CPython's `PyNumber_Check`.
fn is_number(v: &Value) -> bool {
    int_val(v).is_some()
        || crate::objects::float::float_val(v).is_some()
        || v.downcast::<crate::objects::complex::ComplexObject>().is_some()
        || ["__index__", "__int__", "__float__", "__complex__"].iter().any(|n| v.ty().lookup_str(n).is_some())
}

/// Appends one field to the record (`join_append_data`).
fn join_append(rec: &mut Vec<char>, num_fields: &mut usize, d: &DialectObject, field: Option<&str>, mut quoted: bool) -> PyResult<()> {
    let mut body: Vec<char> = Vec::new();
    for c in field.unwrap_or("").chars() {
        let sc = Some(c);
        if sc == d.delimiter || sc == d.escapechar || sc == d.quotechar || d.lineterminator.contains(&c) {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if sc == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if sc == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match d.escapechar {
                    Some(e) => body.push(e),
                    None => return Err(csv_error("need to escape, but no escapechar set")),
                }
            }
        }
        body.push(c);
    }
    if *num_fields > 0 {
        rec.push(d.delimiter.unwrap_or(','));
    }
    let q = d.quotechar.unwrap_or('"');
    if quoted {
        rec.push(q);
    }
    rec.extend(body);
    if quoted {
        rec.push(q);
    }
    *num_fields += 1;
    Ok(())
}

fn writerow_impl(w: &WriterObject, seq: &Value) -> PyResult<Value> {
    let d = dialect_of(&w.dialect);
    let iter = match ops::iter(seq) {
        Ok(i) => i,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => {
            return Err(csv_error(format!("iterable expected, not {}", seq.ty().name())))
        }
        Err(e) => return Err(e),
    };
    let mut rec: Vec<char> = Vec::new();
    let mut num_fields = 0usize;
    while let Some(field) = ops::next(&iter)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(&field),
            QUOTE_ALL => true,
            _ => false,
        };
        if let Some(s) = as_str(&field) {
            join_append(&mut rec, &mut num_fields, d, Some(s), quoted)?;
        } else if is_none(&field) {
            join_append(&mut rec, &mut num_fields, d, None, quoted)?;
        } else {
            let s = ops::str_of(&field)?;
            join_append(&mut rec, &mut num_fields, d, Some(&s), quoted)?;
        }
    }
    if num_fields > 0 && rec.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(csv_error("single empty field record must be quoted"));
        }
        num_fields -= 1;
        join_append(&mut rec, &mut num_fields, d, None, true)?;
    }
    rec.extend_from_slice(&d.lineterminator);
    let line: String = rec.into_iter().collect();
    crate::call::call(&w.write, &[new_str(line)], None)
}

fn writer_writerow(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let w = this::<WriterObject>(args)?;
    let seq = crate::objects::clinic::one_arg(&args[1..], kw, "writer.writerow")?;
    writerow_impl(w, seq)
}

fn writer_writerows(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let w = this::<WriterObject>(args)?;
    let rows = crate::objects::clinic::one_arg(&args[1..], kw, "writer.writerows")?;
    let it = ops::iter(rows)?;
    while let Some(row) = ops::next(&it)? {
        writerow_impl(w, &row)?;
    }
    Ok(none())
}

fn writer_dialect(v: &Value) -> PyResult<Value> {
    Ok(this::<WriterObject>(std::slice::from_ref(v))?.dialect.clone())
}

/// `writer(fileobj, dialect='excel', **fmtparams)`.
fn csv_writer(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    unpack(args, 1, 2)?;
    let write = ops::getattr_opt(&args[0], &crate::objects::str::intern_static("write"))?;
    let Some(write) = write.filter(crate::call::callable) else {
        return Err(type_error("argument 1 must have a \"write\" method"));
    };
    let dialect = call_dialect(args.get(1), kw)?;
    Ok(new_object(WriterObject { header: hdr(), write, dialect }))
}

// ----- the registry -------------------------------------------------------------------

fn register_dialect(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    unpack(args, 1, 2)?;
    if as_str(&args[0]).is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let dialect = call_dialect(args.get(1), kw)?;
    as_dict(&dialects()).expect("registry is a dict").set(args[0].clone(), dialect)?;
    Ok(none())
}

fn unregister_dialect(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let name = crate::objects::clinic::keywords(args, kw, "unregister_dialect", &["name"], 0, 1)?;
    let name = name[0].clone().unwrap_or_else(none);
    match as_dict(&dialects()).expect("registry is a dict").remove(&name)? {
        Some(_) => Ok(none()),
        None => Err(csv_error("unknown dialect")),
    }
}

fn get_dialect(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let name = crate::objects::clinic::keywords(args, kw, "get_dialect", &["name"], 0, 1)?;
    get_dialect_from_registry(name[0].as_ref().expect("required"))
}

fn list_dialects(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "list_dialects")?;
    Ok(new_list(as_dict(&dialects()).expect("registry is a dict").keys()))
}

fn field_size_limit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::objects::clinic::keywords(args, kw, "field_size_limit", &["new_limit"], 0, 0)?;
    let old = FIELD_LIMIT.with(|l| l.get());
    if let Some(v) = &a[0] {
        if !std::ptr::eq(v.ty(), &INT_TYPE) {
            return Err(type_error("limit must be an integer"));
        }
        match int_val(v).and_then(|i| i.as_i64()) {
            Some(n) => FIELD_LIMIT.with(|l| l.set(n)),
            None => return Err(crate::error::overflow_error("Python int too large to convert to C long")),
        }
    }
    Ok(new_int(old))
}

// ----- the module ---------------------------------------------------------------------

fn init_types() {
    let t = &DIALECT_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, dialect_new);
    build::getset(t, "delimiter", d_delimiter, None);
    build::getset(t, "escapechar", d_escapechar, None);
    build::getset(t, "lineterminator", d_lineterminator, None);
    build::getset(t, "quotechar", d_quotechar, None);
    build::getset(t, "quoting", d_quoting, None);
    build::getset(t, "doublequote", d_doublequote, Some(readonly));
    build::getset(t, "skipinitialspace", d_skipinitialspace, Some(readonly));
    build::getset(t, "strict", d_strict, Some(readonly));
    build::method(t, "__reduce_ex__", dialect_reduce_ex);
    build::attr(t, "__module__", new_str("_csv"));
    build::doc(t, "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n");

    crate::objects::iter::register_iterator(&READER_TYPE, reader_next);
    build::getset(&READER_TYPE, "dialect", reader_dialect, Some(readonly));
    build::getset(&READER_TYPE, "line_num", reader_line_num, Some(readonly));
    build::attr(&READER_TYPE, "__module__", new_str("_csv"));

    crate::types::init_builtin_type(&WRITER_TYPE);
    build::method(&WRITER_TYPE, "writerow", writer_writerow);
    build::method(&WRITER_TYPE, "writerows", writer_writerows);
    build::getset(&WRITER_TYPE, "dialect", writer_dialect, Some(readonly));
    build::attr(&WRITER_TYPE, "__module__", new_str("_csv"));
}

static INIT: std::sync::Once = std::sync::Once::new();

const MODULE_DOC: &str = "CSV parsing and writing.\n";

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_csv");
    let mo = m.downcast::<ModuleObject>().unwrap();
    mo.set("__version__", new_str("1.0"));
    mo.set("__doc__", new_str(MODULE_DOC));
    mo.set("Dialect", DIALECT_TYPE.as_value());
    mo.set("Reader", READER_TYPE.as_value());
    mo.set("Writer", WRITER_TYPE.as_value());
    mo.set("Error", error_class());
    mo.set("_dialects", dialects());
    for (name, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
    ] {
        mo.set(name, new_int(v as i64));
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("reader", csv_reader),
        ("writer", csv_writer),
        ("register_dialect", register_dialect),
        ("unregister_dialect", unregister_dialect),
        ("get_dialect", get_dialect),
        ("list_dialects", list_dialects),
        ("field_size_limit", field_size_limit),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_csv")));
    }
    m
}
