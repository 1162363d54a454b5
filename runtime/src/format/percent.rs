//! printf-style `%` formatting of str and bytes, ported from CPython's
//! PyUnicode_Format and _PyBytes_FormatEx.

use super::spec::{double_to_string, DtoaFlags};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::objects::float::float_val;
use crate::objects::int::{self, int_val};
use crate::objects::str::as_str;
use crate::objects::tuple::tuple_items;
use crate::ops;
use crate::value::Value;

/// One conversion's flags, width and precision.
struct Arg {
    ch: char,
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: i64,
    prec: i64,
}

/// The formatting state: the argument source and position.
struct Ctx<'a> {
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Option<&'a Value>,
    bytes: bool,
}

impl Ctx<'_> {
    /// CPython's unicode_format_getnextarg.
    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(tuple_items(&self.args).unwrap()[i as usize].clone());
        }
        Err(type_error("not enough arguments for format string"))
    }
}

/// Does `v` support the mapping protocol (CPython's PyMapping_Check)?
fn is_mapping(v: &Value) -> bool {
    crate::objects::dict::as_dict(v).is_some() || v.ty().has_slot(crate::types::Slot::GetItem)
}

/// `fmt % args` for str.
pub fn str_percent(fmt: &str, args: &Value) -> PyResult<String> {
    thread_local! {
        /// The format's characters: one buffer reused from call to call (a
        /// conversion that formats again, in a `__str__`, finds it taken
        /// and makes its own).
        static CHARS: std::cell::Cell<Vec<char>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut chars = CHARS.with(|c| c.take());
    chars.clear();
    chars.extend(fmt.chars());
    let r = format_impl(&chars, args, false);
    CHARS.with(|c| c.set(chars));
    r
}

/// `fmt % args` for bytes: the result's bytes.
pub fn bytes_percent(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let s = format_impl(&chars, args, true)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

/// The shared %-formatting loop over `chars` (latin-1 chars in bytes mode).
fn format_impl(chars: &[char], args: &Value, bytes: bool) -> PyResult<String> {
    let is_tuple = tuple_items(args).is_some();
    let (arglen, argidx) = if is_tuple { (tuple_items(args).unwrap().len() as i64, 0) } else { (-1, -2) };
    // A str (for str formatting) or str, bytes or bytearray (for bytes
    // formatting) is one value, not a mapping.
    let self_like = if bytes {
        args.downcast::<crate::objects::bytes::BytesObject>().is_some()
            || args.downcast::<crate::objects::bytes::ByteArrayObject>().is_some()
            || as_str(args).is_some()
    } else {
        as_str(args).is_some()
    };
    let dict = if !is_tuple && !self_like && is_mapping(args) { Some(args) } else { None };
    let mut ctx = Ctx { args: args.clone(), arglen, argidx, dict, bytes };
    let mut out = String::with_capacity(chars.len() + 16);
    let n = chars.len();
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            let start = pos;
            while pos < n && chars[pos] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos]);
            continue;
        }
        pos += 1;
        format_arg(&mut ctx, chars, &mut pos, &mut out)?;
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return Err(type_error(format!(
            "not all arguments converted during {} formatting",
            if bytes { "bytes" } else { "string" }
        )));
    }
    Ok(out)
}

/// Reads the next format character, or None at the end of the format.
fn read(chars: &[char], pos: &mut usize) -> Option<char> {
    let c = chars.get(*pos).copied();
    if c.is_some() {
        *pos += 1;
    }
    c
}

/// An int from `*` (must be an int).
fn star_arg(ctx: &mut Ctx) -> PyResult<i64> {
    let v = ctx.next_arg()?;
    let i = int_val(&v).ok_or_else(|| type_error("* wants int"))?;
    i.as_i64().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// One `%` conversion starting after the `%` (CPython's unicode_format_arg).
fn format_arg(ctx: &mut Ctx, chars: &[char], pos: &mut usize, out: &mut String) -> PyResult<()> {
    if chars.get(*pos) == Some(&'%') {
        *pos += 1;
        out.push('%');
        return Ok(());
    }
    let incomplete = || value_error("incomplete format");
    let mut arg = Arg { ch: '\0', ljust: false, sign: false, blank: false, alt: false, zero: false, width: -1, prec: -1 };
    if chars.get(*pos) == Some(&'(') {
        let Some(dict) = ctx.dict else { return Err(type_error("format requires a mapping")) };
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < chars.len() {
            match chars[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(value_error("incomplete format key"));
        }
        let key_text: String = chars[start..*pos - 1].iter().collect();
        let key = if ctx.bytes {
            crate::objects::bytes::new_bytes(key_text.chars().map(|c| c as u32 as u8).collect())
        } else {
            crate::objects::str::new_str(key_text)
        };
        ctx.args = ops::get_item(dict, &key)?;
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    // Flags.
    let mut c = read(chars, pos).ok_or_else(incomplete)?;
    loop {
        match c {
            '-' => arg.ljust = true,
            '+' => arg.sign = true,
            ' ' => arg.blank = true,
            '#' => arg.alt = true,
            '0' => arg.zero = true,
            _ => break,
        }
        c = read(chars, pos).ok_or_else(incomplete)?;
    }
    let mut at_end = false;
    // Width.
    if c == '*' {
        let w = star_arg(ctx)?;
        arg.width = w;
        if w < 0 {
            arg.ljust = true;
            arg.width = -w;
        }
        match read(chars, pos) {
            Some(x) => c = x,
            None => at_end = true,
        }
    } else if c.is_ascii_digit() {
        arg.width = c as i64 - '0' as i64;
        loop {
            match read(chars, pos) {
                Some(x) if x.is_ascii_digit() => {
                    arg.width = arg
                        .width
                        .checked_mul(10)
                        .and_then(|w| w.checked_add(x as i64 - '0' as i64))
                        .ok_or_else(|| value_error("width too big"))?;
                }
                Some(x) => {
                    c = x;
                    break;
                }
                None => {
                    at_end = true;
                    break;
                }
            }
        }
    }
    // Precision.
    if !at_end && c == '.' {
        arg.prec = 0;
        match read(chars, pos) {
            Some(x) => c = x,
            None => at_end = true,
        }
        if !at_end && c == '*' {
            let p = star_arg(ctx)?;
            if p > i32::MAX as i64 || p < i32::MIN as i64 {
                return Err(overflow_error("Python int too large to convert to C int"));
            }
            arg.prec = p.max(0);
            match read(chars, pos) {
                Some(x) => c = x,
                None => at_end = true,
            }
        } else if !at_end && c.is_ascii_digit() {
            arg.prec = c as i64 - '0' as i64;
            loop {
                match read(chars, pos) {
                    Some(x) if x.is_ascii_digit() => {
                        arg.prec = arg.prec * 10 + (x as i64 - '0' as i64);
                        if arg.prec > i32::MAX as i64 {
                            return Err(value_error("precision too big"));
                        }
                    }
                    Some(x) => {
                        c = x;
                        break;
                    }
                    None => {
                        at_end = true;
                        break;
                    }
                }
            }
        }
    }
    // One length modifier is ignored.
    if !at_end && matches!(c, 'h' | 'l' | 'L') {
        match read(chars, pos) {
            Some(x) => c = x,
            None => at_end = true,
        }
    }
    if at_end {
        return Err(incomplete());
    }
    arg.ch = c;
    crate::objects::clinic::check_alloc(arg.width.max(arg.prec).max(0) as usize)?;
    let v = ctx.next_arg()?;
    let (text, numeric) = convert(ctx, &arg, &v, *pos - 1)?;
    output(&mut arg, &text, numeric, out);
    if ctx.dict.is_some() && ctx.argidx < ctx.arglen {
        return Err(type_error(format!(
            "not all arguments converted during {} formatting",
            if ctx.bytes { "bytes" } else { "string" }
        )));
    }
    Ok(())
}

/// The text for one conversion, and whether it is numeric (signed, zero-paddable).
fn convert(ctx: &Ctx, arg: &Arg, v: &Value, index: usize) -> PyResult<(String, bool)> {
    Ok(match arg.ch {
        's' | 'b' if ctx.bytes => (bytes_text(v)?, false),
        's' | 'r' | 'a' => {
            let s = match arg.ch {
                's' if !ctx.bytes => ops::str_of(v)?,
                'r' if !ctx.bytes => ops::repr_string(v)?,
                _ => crate::objects::str::ascii_escape(&ops::repr_string(v)?),
            };
            (s, false)
        }
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            if ctx.bytes && arg.ch == 'i' {
                let a2 = Arg { ch: 'd', ljust: arg.ljust, sign: arg.sign, blank: arg.blank, alt: arg.alt, zero: arg.zero, width: arg.width, prec: arg.prec };
                return Ok((format_long(v, &a2)?, true));
            }
            (format_long(v, arg)?, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(v).map_err(|e| {
                if ctx.bytes && e.matches(&crate::objects::exception::TYPE_ERROR) {
                    type_error(format!("float argument required, not {}", v.ty().name()))
                } else {
                    e
                }
            })?;
            let prec = if arg.prec < 0 { 6 } else { arg.prec as i32 };
            (double_to_string(x, arg.ch, prec, DtoaFlags { alt: arg.alt, ..Default::default() }), true)
        }
        'c' => (format_char(v, ctx.bytes)?.to_string(), false),
        other => {
            let shown = if (31..=126).contains(&(other as u32)) { other } else { '?' };
            return Err(value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                other as u32
            )));
        }
    })
}

/// The bytes of `%s`/`%b` in bytes formatting, as latin-1 characters.
fn bytes_text(v: &Value) -> PyResult<String> {
    let data = if let Some(b) = crate::objects::bytes::buffer_bytes(v) {
        b
    } else if let Some(f) = v.ty().lookup_str("__bytes__") {
        let r = ops::call_special(&f, v, &[])?;
        match r.downcast::<crate::objects::bytes::BytesObject>() {
            Some(b) => b.data.to_vec(),
            None => return Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name()))),
        }
    } else {
        return Err(type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            v.ty().name()
        )));
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

/// `%c`: a one-character str (or one byte), or an int code point.
fn format_char(v: &Value, bytes: bool) -> PyResult<char> {
    if bytes {
        let err = || type_error("%c requires an integer in range(256) or a single byte");
        if let Some(b) = crate::objects::bytes::as_bytes(v) {
            return if b.len() == 1 { Ok(b[0] as char) } else { Err(err()) };
        }
        let Some(i) = ops::index_opt(v).map_err(|_| err())? else { return Err(err()) };
        return match int_val(&i).unwrap().as_i64() {
            Some(n) if (0..256).contains(&n) => Ok(n as u8 as char),
            _ => Err(overflow_error("%c arg not in range(256)")),
        };
    }
    if let Some(s) = as_str(v) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(type_error("%c requires int or char")),
        };
    }
    let Some(i) = ops::index_opt(v).map_err(|e| {
        if e.matches(&crate::objects::exception::TYPE_ERROR) {
            type_error("%c requires int or char")
        } else {
            e
        }
    })?
    else {
        return Err(type_error("%c requires int or char"));
    };
    match int_val(&i).unwrap().as_i64() {
        Some(n) if (0..=0x10ffff).contains(&n) => Ok(char::from_u32(n as u32).unwrap_or('\u{fffd}')),
        _ => Err(overflow_error("%c arg not in range(0x110000)")),
    }
}

/// PyFloat_AsDouble for %e/%f/%g.
fn float_arg(v: &Value) -> PyResult<f64> {
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    if let Some(i) = int_val(v) {
        return int::to_f64(i);
    }
    if let Some(f) = v.ty().lookup_str("__float__") {
        let r = ops::call_special(&f, v, &[])?;
        return float_val(&r)
            .ok_or_else(|| type_error(format!("{}.__float__ returned non-float (type {})", v.ty().name(), r.ty().name())));
    }
    if let Some(i) = ops::index_opt(v)? {
        return int::to_f64(int_val(&i).unwrap());
    }
    Err(type_error(format!("must be real number, not {}", v.ty().name())))
}

/// Is `v` a number for %d and friends (CPython's PyNumber_Check)?
fn is_number(v: &Value) -> bool {
    let t = v.ty();
    int_val(v).is_some()
        || float_val(v).is_some()
        || v.downcast::<crate::objects::complex::ComplexObject>().is_some()
        || t.lookup_str("__index__").is_some()
        || t.lookup_str("__int__").is_some()
        || t.lookup_str("__float__").is_some()
}

/// CPython's mainformatlong + _PyUnicode_FormatLong: sign, `0x` prefix (with
/// `#`), zero-extended digits to the precision.
fn format_long(v: &Value, arg: &Arg) -> PyResult<String> {
    let ch = arg.ch;
    let wrong = || {
        if matches!(ch, 'o' | 'x' | 'X') {
            type_error(format!("%{ch} format: an integer is required, not {}", v.ty().name()))
        } else {
            type_error(format!("%{ch} format: a real number is required, not {}", v.ty().name()))
        }
    };
    if let (Some(i), 'd' | 'i' | 'u') = (v.as_small(), ch) {
        // The common case: the digits are the text (`output` pads them).
        if arg.prec < 0 {
            return Ok(i.to_string());
        }
    }
    if !is_number(v) {
        return Err(wrong());
    }
    let iobj = if int_val(v).is_some() {
        v.clone()
    } else {
        let r = if matches!(ch, 'o' | 'x' | 'X') {
            ops::index(v)
        } else {
            crate::objects::int_methods::int_from_value(v)
        };
        match r {
            Ok(i) => i,
            Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) => return Err(wrong()),
            Err(e) => return Err(e),
        }
    };
    let iv = int_val(&iobj).unwrap();
    let mut digits = match ch {
        'o' => int::to_base(iv, 8),
        'x' | 'X' => int::to_base(iv, 16),
        _ => int::to_decimal(iv)?.trim_start_matches('-').to_owned(),
    };
    if arg.prec > digits.len() as i64 {
        digits = format!("{}{}", "0".repeat(arg.prec as usize - digits.len()), digits);
    }
    let prefix = match ch {
        'o' if arg.alt => "0o",
        'x' | 'X' if arg.alt => "0x",
        _ => "",
    };
    let mut s = format!("{}{prefix}{digits}", if iv.is_negative() { "-" } else { "" });
    if ch == 'X' {
        s = s.to_uppercase();
    }
    Ok(s)
}

/// Pads one conversion into `out` (CPython's unicode_format_arg_output).
fn output(arg: &mut Arg, text: &str, numeric: bool, out: &mut String) {
    let fill = if numeric && arg.zero { '0' } else { ' ' };
    // No width, no sign to add, no precision cutting a string: the text as is.
    if arg.width == -1 && !(arg.sign || arg.blank) && (arg.prec == -1 || !matches!(arg.ch, 's' | 'r' | 'a' | 'b')) {
        out.push_str(text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if (arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) && !(arg.sign || arg.blank) {
        out.push_str(text);
        return;
    }
    if matches!(arg.ch, 's' | 'r' | 'a' | 'b') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = None;
    let mut has_sign = numeric;
    if has_sign {
        let c0 = chars.first().copied();
        if c0 == Some('-') || c0 == Some('+') {
            signchar = c0;
            len -= 1;
            pindex = 1;
        } else if arg.sign {
            signchar = Some('+');
        } else if arg.blank {
            signchar = Some(' ');
        } else {
            has_sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    if has_sign {
        if fill != ' ' {
            out.extend(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let prefixed = arg.alt && matches!(arg.ch, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && !arg.ljust {
        out.extend(std::iter::repeat(fill).take((arg.width - len) as usize));
        arg.width = len;
    }
    if fill == ' ' {
        if has_sign {
            out.extend(signchar);
        }
        if prefixed {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    if arg.width > len {
        out.extend(std::iter::repeat(' ').take((arg.width - len) as usize));
    }
}
