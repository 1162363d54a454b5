//! The `_locale` module: the C library's locale (CPython's
//! Modules/_localemodule.c), which Lib's `locale.py` builds on.

use crate::error::{type_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::value::Value;
use std::cell::RefCell;
use std::ffi::{CStr, CString};

thread_local! {
    static LOCALE_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Raises `locale.Error(msg)`.
fn locale_error(msg: &str) -> PyErr {
    match LOCALE_ERROR.with(|c| c.borrow().clone()) {
        Some(cls) => match crate::call::call(&cls, &[new_str(msg)], None) {
            Ok(v) => PyErr::from_value(v),
            Err(e) => e,
        },
        None => PyErr::new(&crate::objects::exception::EXCEPTION, msg),
    }
}

fn c_text(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Sets LC_CTYPE from the environment as CPython does at start-up (the C
/// locale coerced to C.UTF-8, PEP 538).
pub fn init_ctype() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let empty = CString::default();
    let r = unsafe { libc::setlocale(libc::LC_CTYPE, empty.as_ptr()) };
    let name = c_text(r);
    if r.is_null() || name == "C" || name == "POSIX" {
        for cand in ["C.UTF-8", "C.utf8", "UTF-8"] {
            let c = CString::new(cand).expect("no nul");
            if !unsafe { libc::setlocale(libc::LC_CTYPE, c.as_ptr()) }.is_null() {
                break;
            }
        }
    }
}

/// `setlocale(category, locale=None)`: queries or sets a category's locale.
fn setlocale(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "setlocale", "setlocale", 1, 2)?;
    let cat = crate::builtins::args::as_c_int(&args[0])? as i32;
    if !(0..=12).contains(&cat) || cat == 7 {
        return Err(locale_error("invalid locale category"));
    }
    let r = match args.get(1).filter(|v| !is_none(v)) {
        Some(v) => {
            let s = as_str(v).ok_or_else(|| type_error(format!("setlocale() argument 2 must be str or None, not {}", v.ty().name())))?;
            let c = CString::new(s).map_err(|_| crate::error::value_error("embedded null character"))?;
            let r = unsafe { libc::setlocale(cat, c.as_ptr()) };
            if r.is_null() {
                return Err(locale_error("unsupported locale setting"));
            }
            r
        }
        None => {
            let r = unsafe { libc::setlocale(cat, std::ptr::null()) };
            if r.is_null() {
                return Err(locale_error("locale query failed"));
            }
            r
        }
    };
    Ok(new_str(c_text(r)))
}

/// A grouping string as the list CPython's `copy_grouping` makes.
fn grouping(p: *const libc::c_char) -> Value {
    let mut out = Vec::new();
    if !p.is_null() {
        let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
        if !bytes.is_empty() {
            for &b in bytes {
                out.push(new_int(b as i8 as i64));
                if b as i8 as i32 == libc::c_char::MAX as i32 {
                    break;
                }
            }
            if bytes.last().is_some_and(|&b| b as i8 as i32 != libc::c_char::MAX as i32) {
                out.push(new_int(0));
            }
        }
    }
    crate::objects::list::new_list(out)
}

/// `localeconv()`: the numeric and monetary conventions as a dict.
fn localeconv(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "localeconv")?;
    let l = unsafe { &*libc::localeconv() };
    let d = crate::objects::dict::new_dict();
    let dd = crate::objects::dict::as_dict(&d).expect("a dict");
    let s = |k: &str, p: *const libc::c_char| dd.set(new_str(k), new_str(c_text(p)));
    let i = |k: &str, v: libc::c_char| dd.set(new_str(k), new_int(v as i8 as i64));
    s("int_curr_symbol", l.int_curr_symbol)?;
    s("currency_symbol", l.currency_symbol)?;
    s("mon_decimal_point", l.mon_decimal_point)?;
    s("mon_thousands_sep", l.mon_thousands_sep)?;
    dd.set(new_str("mon_grouping"), grouping(l.mon_grouping))?;
    s("positive_sign", l.positive_sign)?;
    s("negative_sign", l.negative_sign)?;
    i("int_frac_digits", l.int_frac_digits)?;
    i("frac_digits", l.frac_digits)?;
    i("p_cs_precedes", l.p_cs_precedes)?;
    i("p_sep_by_space", l.p_sep_by_space)?;
    i("n_cs_precedes", l.n_cs_precedes)?;
    i("n_sep_by_space", l.n_sep_by_space)?;
    i("p_sign_posn", l.p_sign_posn)?;
    i("n_sign_posn", l.n_sign_posn)?;
    s("decimal_point", l.decimal_point)?;
    s("thousands_sep", l.thousands_sep)?;
    dd.set(new_str("grouping"), grouping(l.grouping))?;
    Ok(d)
}

/// `nl_langinfo(key)`.
fn nl_langinfo(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "nl_langinfo", "nl_langinfo", 1, 1)?;
    let key = crate::builtins::args::as_c_int(&args[0])? as i32;
    if !LANGINFO.iter().any(|(_, v)| *v == key) {
        return Err(crate::error::value_error("unsupported langinfo constant"));
    }
    Ok(new_str(c_text(unsafe { libc::nl_langinfo(key) })))
}

/// `getencoding()`: the locale's encoding.
fn getencoding(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::noargs(args, kw, "getencoding")?;
    let cs = c_text(unsafe { libc::nl_langinfo(libc::CODESET) });
    Ok(new_str(if cs.is_empty() || cs == "ANSI_X3.4-1968" { "UTF-8".to_owned() } else { cs }))
}

fn str_arg<'a>(fname: &str, n: usize, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{fname}() argument {n} must be str, not {}", v.ty().name())))
}

/// `strcoll(os1, os2)`: compares by the locale's collation.
fn strcoll(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "strcoll", "strcoll", 2, 2)?;
    let a = CString::new(str_arg("strcoll", 1, &args[0])?).map_err(|_| crate::error::value_error("embedded null character"))?;
    let b = CString::new(str_arg("strcoll", 2, &args[1])?).map_err(|_| crate::error::value_error("embedded null character"))?;
    let r = unsafe { libc::strcoll(a.as_ptr(), b.as_ptr()) };
    Ok(new_int(r.signum() as i64))
}

/// `strxfrm(string)`: a key comparing as strcoll does.
fn strxfrm(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::clinic::positional(args, kw, "strxfrm", "strxfrm", 1, 1)?;
    Ok(new_str(str_arg("strxfrm", 1, &args[0])?))
}

/// `gettext(msg)` and friends: no message catalogs, so the message itself.
fn gettext(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or_else(none))
}

fn dgettext(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(args.get(1).cloned().unwrap_or_else(none))
}

fn textdomain(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(match args.first().filter(|v| !is_none(v)) {
        Some(v) => v.clone(),
        None => new_str("messages"),
    })
}

const LANGINFO: &[(&str, i32)] = &[
    ("CODESET", libc::CODESET),
    ("D_T_FMT", libc::D_T_FMT),
    ("D_FMT", libc::D_FMT),
    ("T_FMT", libc::T_FMT),
    ("T_FMT_AMPM", libc::T_FMT_AMPM),
    ("AM_STR", libc::AM_STR),
    ("PM_STR", libc::PM_STR),
    ("DAY_1", libc::DAY_1),
    ("DAY_2", libc::DAY_2),
    ("DAY_3", libc::DAY_3),
    ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5),
    ("DAY_6", libc::DAY_6),
    ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1),
    ("ABDAY_2", libc::ABDAY_2),
    ("ABDAY_3", libc::ABDAY_3),
    ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5),
    ("ABDAY_6", libc::ABDAY_6),
    ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1),
    ("MON_2", libc::MON_2),
    ("MON_3", libc::MON_3),
    ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5),
    ("MON_6", libc::MON_6),
    ("MON_7", libc::MON_7),
    ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9),
    ("MON_10", libc::MON_10),
    ("MON_11", libc::MON_11),
    ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1),
    ("ABMON_2", libc::ABMON_2),
    ("ABMON_3", libc::ABMON_3),
    ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5),
    ("ABMON_6", libc::ABMON_6),
    ("ABMON_7", libc::ABMON_7),
    ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9),
    ("ABMON_10", libc::ABMON_10),
    ("ABMON_11", libc::ABMON_11),
    ("ABMON_12", libc::ABMON_12),
    ("RADIXCHAR", libc::RADIXCHAR),
    ("THOUSEP", libc::THOUSEP),
    ("YESEXPR", libc::YESEXPR),
    ("NOEXPR", libc::NOEXPR),
    ("CRNCYSTR", libc::CRNCYSTR),
    ("ERA", libc::ERA),
    ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT),
    ("ERA_T_FMT", libc::ERA_T_FMT),
    ("ALT_DIGITS", libc::ALT_DIGITS),
    ("_DATE_FMT", 0x2006c),
];

/// Creates the `_locale` module.
pub fn create() -> Value {
    init_ctype();
    let m = new_module("_locale");
    let mo = m.downcast::<ModuleObject>().expect("a module");
    let fns: &[(&'static str, NativeFn)] = &[
        ("setlocale", setlocale),
        ("localeconv", localeconv),
        ("nl_langinfo", nl_langinfo),
        ("getencoding", getencoding),
        ("strcoll", strcoll),
        ("strxfrm", strxfrm),
        ("gettext", gettext),
        ("dgettext", dgettext),
        ("dcgettext", dgettext),
        ("textdomain", textdomain),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_locale")));
    }
    for (name, v) in [
        ("LC_CTYPE", libc::LC_CTYPE),
        ("LC_NUMERIC", libc::LC_NUMERIC),
        ("LC_TIME", libc::LC_TIME),
        ("LC_COLLATE", libc::LC_COLLATE),
        ("LC_MONETARY", libc::LC_MONETARY),
        ("LC_MESSAGES", libc::LC_MESSAGES),
        ("LC_ALL", libc::LC_ALL),
        ("CHAR_MAX", 127),
    ] {
        mo.set(name, new_int(v as i64));
    }
    for (name, v) in LANGINFO {
        mo.set(name, new_int(*v as i64));
    }
    let ns = crate::objects::dict::new_dict();
    let nsd = crate::objects::dict::as_dict(&ns).expect("a dict");
    nsd.set_str(crate::objects::str::intern_static("__module__"), new_str("locale"));
    let bases = crate::objects::tuple::new_tuple(vec![crate::objects::exception::EXCEPTION.as_value()]);
    if let Ok(cls) = crate::call::call(&crate::types::TYPE_TYPE.as_value(), &[new_str("Error"), bases, ns], None) {
        LOCALE_ERROR.with(|c| *c.borrow_mut() = Some(cls.clone()));
        mo.set("Error", cls);
    }
    m
}
